import { expect, test } from "@playwright/test";
import { closeDb, input, newContext, seedAssessment, seedUser, signIn } from "../fixtures/users";

test.afterAll(closeDb);

const DAY = 86_400_000;

test("history shows the trend per platform and compares two check-ups change by change", async ({ browser }) => {
  const user = await seedUser();
  const before = input("jiebei", (i) => {
    i.repayment.onTimeMonths = 3;
    i.debt.applications3m = 6;
  });
  const after = input("jiebei", (i) => {
    i.repayment.onTimeMonths = 9;
    i.repayment.autopay = true;
    i.debt.applications3m = 0;
  });
  const first = await seedAssessment({ userId: user.id }, before, new Date(Date.now() - 60 * DAY));
  await seedAssessment({ userId: user.id }, input("huabei"), new Date(Date.now() - 30 * DAY));
  const second = await seedAssessment({ userId: user.id }, after, new Date(Date.now() - DAY));

  const context = await newContext(browser);
  const page = await context.newPage();
  await signIn(page, user.email);

  await expect(page.getByTestId("history-row")).toHaveCount(3);
  // The chart arrives lazily, into a box of fixed height; the summary is there before it.
  await expect(page.getByRole("img", { name: /折线图/ })).toBeVisible();
  await expect(page.locator(".recharts-surface").first()).toBeVisible();
  await expect(page.locator(".recharts-line")).toHaveCount(2);
  await expect(page.getByText(/借呗：2 次体检，从 \d+% 变为 \d+%/)).toBeVisible();
  await expect(page.getByText(/花呗：1 次体检/)).toBeVisible();

  // "Compare with the previous one on this platform" on the newest 借呗 row.
  const newest = page.getByTestId("history-row").first();
  await newest.getByRole("link", { name: "与同平台上一次比较" }).click();
  await expect(page).toHaveURL(new RegExp(`a=${first.id}&b=${second.id}#compare$`));
  const comparison = page.getByTestId("comparison");
  await expect(comparison).toContainText(`可能性从 ${Math.round(first.probability * 100)}% 变为 ${Math.round(second.probability * 100)}%`);
  const groups = comparison.getByTestId("comparison-group");
  await expect(groups).toHaveCount(2);
  await expect(groups.nth(0)).toContainText("还款记录");
  await expect(groups.nth(0)).toContainText("3 → 9");
  await expect(groups.nth(0)).toContainText(/\+\d+\.\d 个百分点/);
  await expect(groups.nth(1)).toContainText("收入和负债");
  await expect(groups.nth(1)).toContainText("6 → 0");
  await expect(comparison.getByTestId("comparison-total")).toContainText(/合计\s*[+−]?\d+\.\d 个百分点/);

  // The same comparison from the two pickers (order does not matter: older first).
  await page.goto("/history");
  await page.getByLabel("较早的一次").selectOption(second.id);
  await page.getByLabel("较晚的一次").selectOption(first.id);
  await page.getByRole("button", { name: "比较" }).click();
  await expect(page.getByTestId("comparison-group")).toHaveCount(2);

  // Another person's id is refused.
  const stranger = await seedUser();
  const theirs = await seedAssessment({ userId: stranger.id });
  await page.goto(`/history?a=${first.id}&b=${theirs.id}`);
  await expect(page.getByText("找不到要比较的体检记录。")).toBeVisible();
  await expect(page.getByTestId("comparison")).toHaveCount(0);
  await context.close();
});

test("a new borrower sees an empty history with a way to start", async ({ browser }) => {
  const user = await seedUser();
  const context = await newContext(browser);
  const page = await context.newPage();
  await signIn(page, user.email);
  await expect(page.getByRole("heading", { name: "还没有体检记录" })).toBeVisible();
  await expect(page.getByRole("link", { name: "开始体检" })).toHaveAttribute("href", "/check");
  await context.close();
});
