import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { closeDb, input, newContext, seedAssessment, seedShareLink, seedUser, signIn, testDb, visitor } from "../fixtures/users";

test.afterAll(closeDb);

test("export all data as JSON, then delete the account: its data is gone and its links no longer open", async ({ browser, baseURL }) => {
  const user = await seedUser();
  const a1 = await seedAssessment({ userId: user.id }, input("jiebei"));
  const a2 = await seedAssessment({ userId: user.id }, input("mybank", (i) => (i.extras = { shop: { monthlyRevenue: 30000, revenueTrend: "up", positiveRatePercent: 98, returnRatePercent: 2 } })));
  await testDb().checklistProgress.create({ data: { assessmentId: a1.id, itemId: "enable_autopay", done: true, doneAt: new Date() } });
  await testDb().reviewRequest.create({ data: { assessmentId: a1.id, requesterId: user.id, message: "请帮我看看" } });
  await testDb().consentRecord.create({ data: { userId: user.id, version: "e2e", purpose: "assessment" } });
  const token = await seedShareLink(a2);
  // This browser also holds an anonymous check-up: it goes with the account.
  const v = visitor();
  const anon = await seedAssessment({ anonOwnerHash: v.hash });

  const context = await newContext(browser);
  await context.addCookies([{ name: "lw_visitor", value: v.id, url: baseURL! }]);
  const page = await context.newPage();
  await signIn(page, user.email, undefined, "/settings");
  await expect(page.getByRole("heading", { level: 1, name: "账户与数据" })).toBeVisible();

  // Before: the link opens for anyone.
  const viewer = await (await newContext(browser)).newPage();
  await viewer.goto(`/s/${token}`);
  await expect(viewer.getByTestId("shared-advice")).toBeVisible();

  // Export.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "下载我的数据（JSON）" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^limitwise-export-\d{4}-\d\d-\d\d\.json$/);
  const data = JSON.parse(await readFile((await download.path())!, "utf8"));
  expect(data.account.email).toBe(user.email);
  // Signing in with the visitor cookie claimed the anonymous check-up, so it is in the export too.
  expect(data.assessments.map((a: { id: string }) => a.id).sort()).toEqual([a1.id, a2.id, anon.id].sort());
  expect(data.assessments.find((a: { id: string }) => a.id === a1.id).checklist).toMatchObject([{ itemId: "enable_autopay", done: true }]);
  expect(data.consents).toMatchObject([{ version: "e2e" }]);
  expect(JSON.stringify(data)).not.toMatch(/passwordHash|tokenHash/);
  expect(JSON.stringify(data)).not.toContain(token);

  // The API refuses anyone signed out.
  const anonymous = await (await newContext(browser)).request.get("/api/me/export");
  expect(anonymous.status()).toBe(401);

  // Delete, with the typed confirmation.
  const deleteButton = page.getByRole("button", { name: "永久删除我的账户" });
  await expect(deleteButton).toBeDisabled();
  await page.getByLabel(/请输入你的邮箱/).fill("wrong@e2e.example");
  await expect(deleteButton).toBeDisabled();
  await page.getByLabel(/请输入你的邮箱/).fill(user.email.toUpperCase());
  await deleteButton.click();
  await expect(page).toHaveURL(/\/settings\/deleted$/);
  await expect(page.getByRole("heading", { name: "账户已删除" })).toBeVisible();

  const db = testDb();
  const ids = [a1.id, a2.id, anon.id];
  expect(await db.user.count({ where: { id: user.id } })).toBe(0);
  expect(await db.assessment.count({ where: { id: { in: ids } } })).toBe(0);
  expect(await db.shareLink.count({ where: { assessmentId: { in: ids } } })).toBe(0);
  expect(await db.checklistProgress.count({ where: { assessmentId: { in: ids } } })).toBe(0);
  expect(await db.reviewRequest.count({ where: { assessmentId: { in: ids } } })).toBe(0);
  expect(await db.consentRecord.count({ where: { userId: user.id } })).toBe(0);
  const audit = await db.auditEvent.findFirst({ where: { action: "account.deleted" }, orderBy: { createdAt: "desc" } });
  expect(JSON.stringify(audit)).not.toContain(user.email);

  // The link no longer opens, and the browser is signed out.
  await viewer.reload();
  await expect(viewer.getByRole("heading", { name: "链接无效" })).toBeVisible();
  await page.goto("/history");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fhistory$/);
  await context.close();
});

test("withdrawing consent marks it withdrawn and says what it means", async ({ browser }) => {
  const user = await seedUser();
  await testDb().consentRecord.create({ data: { userId: user.id, version: "2026-11", purpose: "assessment" } });
  const context = await newContext(browser);
  const page = await context.newPage();
  await signIn(page, user.email, undefined, "/settings");
  await expect(page.getByText("撤回同意意味着什么")).toBeVisible();
  await expect(page.getByTestId("consent-row").getByText("有效", { exact: true })).toBeVisible();
  page.once("dialog", (d) => d.accept());
  await page.getByRole("button", { name: "撤回同意" }).click();
  await expect(page.getByText("已撤回同意。下次体检前会重新征求你的同意。")).toBeVisible();
  await expect(page.getByText(/已于 .* 撤回/)).toBeVisible();
  const row = await testDb().consentRecord.findFirstOrThrow({ where: { userId: user.id } });
  expect(row.withdrawnAt).not.toBeNull();
  await context.close();
});
