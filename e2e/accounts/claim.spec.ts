import { expect, test } from "@playwright/test";
import { closeDb, newContext, seedAssessment, testDb, uniqueEmail, visitor, input, PASSWORD } from "../fixtures/users";

test.afterAll(closeDb);

test("signing up claims the check-up this browser made anonymously", async ({ browser, baseURL }) => {
  const v = visitor();
  const anon = await seedAssessment({ anonOwnerHash: v.hash }, input("weilidai"));
  const context = await newContext(browser);
  await context.addCookies([{ name: "lw_visitor", value: v.id, url: baseURL! }]);
  const page = await context.newPage();

  await page.goto("/signup?callbackUrl=%2Fhistory");
  const email = uniqueEmail("claim");
  await page.getByLabel("邮箱", { exact: true }).fill(email);
  await page.getByLabel("密码", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "注册" }).click();
  await expect(page).toHaveURL(/\/history$/);

  await expect(page.getByRole("heading", { level: 1, name: "我的体检记录" })).toBeVisible();
  await expect(page.getByTestId("history-row")).toHaveCount(1);
  await expect(page.getByTestId("history-row").first()).toContainText("微粒贷");

  const user = await testDb().user.findUniqueOrThrow({ where: { email } });
  const claimed = await testDb().assessment.findUniqueOrThrow({ where: { id: anon.id } });
  expect(claimed.userId).toBe(user.id);
  await context.close();
});

test("history and settings send signed-out visitors to sign in, and come back after", async ({ browser }) => {
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.goto("/settings");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fsettings$/);
  await page.goto("/en/history");
  await expect(page).toHaveURL(/\/en\/signin\?callbackUrl=%2Fhistory$/);
  await context.close();
});
