import { expect, test } from "@playwright/test";
import { closeDb, newContext, seedAssessment, seedUser, signIn, testDb } from "../fixtures/users";

test.afterAll(closeDb);

test("request a human review and see support's answer", async ({ browser }) => {
  const user = await seedUser();
  const assessment = await seedAssessment({ userId: user.id });
  const context = await newContext(browser);
  const page = await context.newPage();
  await signIn(page, user.email, undefined, `/history/${assessment.id}`);

  const box = page.getByTestId("request-review");
  await expect(box.getByRole("heading", { name: "这个估算是怎么得出的" })).toBeVisible();
  await expect(box.getByRole("link", { name: "查看模型说明" })).toBeVisible();
  await box.getByLabel("想告诉客服的情况（可不填）").fill("我上个月已经结清了逾期，为什么结果还这么低？");
  await box.getByRole("button", { name: "申请人工复核" }).click();

  await expect(box.getByText("已提交，等待处理")).toBeVisible();
  await expect(box.getByText("这次体检已经有一个正在处理的复核申请，请等待答复。")).toBeVisible();
  await expect(box.getByRole("button", { name: "申请人工复核" })).toHaveCount(0);
  const request = await testDb().reviewRequest.findFirstOrThrow({ where: { assessmentId: assessment.id } });
  expect(request).toMatchObject({ status: "OPEN", requesterId: user.id, message: "我上个月已经结清了逾期，为什么结果还这么低？" });

  // Support answers (the admin view's job; written directly here).
  await testDb().reviewRequest.update({
    where: { id: request.id },
    data: { status: "ANSWERED", answer: "逾期结清后还需要连续按时还款几个月，分数才会回升。", answeredAt: new Date() },
  });
  await page.reload();
  await expect(box.getByText("已答复")).toBeVisible();
  await expect(box.getByText("逾期结清后还需要连续按时还款几个月，分数才会回升。")).toBeVisible();
  await expect(box.getByRole("button", { name: "申请人工复核" })).toBeVisible();
  await context.close();
});

test("another borrower cannot open someone's share-and-review page", async ({ browser }) => {
  const owner = await seedUser();
  const assessment = await seedAssessment({ userId: owner.id });
  const other = await seedUser();
  const context = await newContext(browser);
  const page = await context.newPage();
  await signIn(page, other.email);
  const response = await page.goto(`/history/${assessment.id}`);
  expect(response!.status()).toBe(404);
  await expect(page.getByTestId("request-review")).toHaveCount(0);
  await context.close();
});
