import { expect, test, type Page } from "@playwright/test";
import { localePath, msg, type Locale } from "./messages";

const field = (page: Page, tool: string, name: string) => page.locator(`#${tool}-${name}`);
const results = (page: Page, tool: string) => page.getByTestId(`${tool}-results`);

async function openTool(page: Page, tool: "dailyRate" | "feeApr" | "schedule" | "overdue", locale: Locale = "zh-CN") {
  await page.getByRole("tab", { name: msg(`calculator.tools.${tool}.name`, locale) }).click();
  await expect(page.getByRole("tabpanel", { name: msg(`calculator.tools.${tool}.name`, locale) })).toBeVisible();
}

async function calculate(page: Page, tool: string, locale: Locale = "zh-CN") {
  await page.locator(`#${tool}-form`).getByRole("button", { name: msg("calculator.actions.calculate", locale) }).click();
}

test.describe("loan-cost calculator", () => {
  test("converts a daily rate and flags a rate above 36%", async ({ page }) => {
    await page.goto("/tools/loan-cost");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(msg("calculator.page.heading"));
    // The worked example is on the page before any typing (server-rendered).
    await expect(results(page, "dailyRate")).toContainText("18.25%");

    await field(page, "dailyRate", "dailyRatePercent").fill("0.1");
    await calculate(page, "dailyRate");
    const r = results(page, "dailyRate");
    await expect(r.getByRole("status")).toHaveText(msg("calculator.results.dailyRate.summary", "zh-CN", { daily: "0.1%", nominal: "36.5%", effective: "44.03%" }));
    await expect(r.locator('[data-flag="above36"]')).toContainText(msg("calculator.flags.above36.title"));
    await expect(r.locator('[data-flag="above24"]')).toBeVisible();
    await expect(r.locator('[data-flag="aboveFourLpr"]')).toContainText("12%");
    // The LPR and its date are shown next to the flags.
    await expect(r).toContainText("2025年5月20日");

    await field(page, "dailyRate", "dailyRatePercent").fill("0.03");
    await calculate(page, "dailyRate");
    await expect(r).toContainText("10.95%");
    await expect(r.locator("[data-flag]")).toHaveCount(0);
    await expect(r).toContainText(msg("calculator.flags.none"));
  });

  test("computes a schedule with totals, compares methods, and draws the chart lazily", async ({ page }) => {
    await page.goto("/tools/loan-cost");
    await openTool(page, "schedule");
    await expect(page).toHaveURL(/#schedule$/);
    await field(page, "schedule", "principalYuan").fill("20,000");
    await field(page, "schedule", "months").fill("12");
    await field(page, "schedule", "ratePercent").fill("18");
    await field(page, "schedule", "rateUnit").selectOption("annual");
    await page.getByRole("radio", { name: new RegExp(msg("calculator.methods.equalInstalment.name")) }).check();
    await calculate(page, "schedule");

    const r = results(page, "schedule");
    // 20,000 at 1.5% a month over 12 months: 20000 × 0.015 / (1 − 1.015^−12) = 1,833.60 a month,
    // 12 × 1,833.60 = 22,003.20; per-fen rounding of each month's interest leaves 0.01 in the last row.
    await expect(r.getByTestId("total-interest")).toHaveText("¥2,003.21");
    await expect(r.getByTestId("total-payment")).toHaveText("¥22,003.21");
    const totals = r.getByTestId("schedule-totals");
    await expect(totals).toContainText("22,003.21");
    await expect(totals).toContainText("20,000.00");
    await expect(totals).toContainText("2,003.21");
    await expect(r.getByRole("table", { name: msg("calculator.table.caption", "zh-CN", { method: msg("calculator.methods.equalInstalment.name") }) }).locator("tbody tr")).toHaveCount(12);
    // 18% is above 4 × LPR (12%) but below 24%.
    await expect(r.locator("[data-flag]")).toHaveCount(1);

    // The chart arrives once it is on screen, in a box that already had its height.
    const chartBox = r.locator("figure div[aria-hidden]");
    const before = await chartBox.boundingBox();
    await chartBox.scrollIntoViewIfNeeded();
    await expect(chartBox.locator(".recharts-surface").first()).toBeVisible();
    expect((await chartBox.boundingBox())?.height).toBe(before?.height);

    await page.getByRole("radio", { name: new RegExp(msg("calculator.methods.equalPrincipal.name")) }).check();
    await calculate(page, "schedule");
    await expect(r.getByTestId("total-interest")).toHaveText("¥1,950.00");
    await expect(r.getByRole("table", { name: msg("calculator.results.schedule.compareHeading") }).locator("tbody tr")).toHaveCount(3);
  });

  test("shows field errors for bad input and focuses the first one", async ({ page }) => {
    await page.goto("/tools/loan-cost#schedule");
    await expect(page.getByRole("tabpanel", { name: msg("calculator.tools.schedule.name") })).toBeVisible();
    await field(page, "schedule", "principalYuan").fill("");
    await field(page, "schedule", "months").fill("1.5");
    await field(page, "schedule", "ratePercent").fill("abc");
    await calculate(page, "schedule");

    const principal = field(page, "schedule", "principalYuan");
    await expect(principal).toHaveAttribute("aria-invalid", "true");
    await expect(principal).toBeFocused();
    await expect(page.locator("#schedule-principalYuan-error")).toHaveText(msg("common.validation.required"));
    await expect(page.locator("#schedule-months-error")).toHaveText(msg("common.validation.integer"));
    await expect(page.locator("#schedule-ratePercent-error")).toHaveText(msg("calculator.errors.invalid_type"));
    await expect(results(page, "schedule").getByTestId("total-interest")).toHaveCount(0);

    // A daily rate above 1% is refused with the limit in the message.
    await field(page, "schedule", "principalYuan").fill("10000");
    await field(page, "schedule", "months").fill("12");
    await field(page, "schedule", "ratePercent").fill("2");
    await field(page, "schedule", "rateUnit").selectOption("daily");
    await calculate(page, "schedule");
    await expect(page.locator("#schedule-ratePercent-error")).toHaveText("不能大于 1");
  });

  test("finds the real APR of a flat-fee instalment loan and the cost of being late", async ({ page }) => {
    await page.goto("/tools/loan-cost");
    await openTool(page, "feeApr");
    await field(page, "feeApr", "principalYuan").fill("1.2万");
    await field(page, "feeApr", "periods").fill("12");
    await field(page, "feeApr", "feeRatePercent").fill("0.6");
    await calculate(page, "feeApr");
    // Hand-checked in lib/calculator/fee-apr.test.ts: 0.6% a month on 12,000 over 12 months ≈ 13.03% APR.
    await expect(results(page, "feeApr").getByRole("status")).toContainText("13.03%");
    await expect(results(page, "feeApr").getByRole("status")).toContainText("7.2%");

    await openTool(page, "overdue");
    await field(page, "overdue", "amountYuan").fill("1000");
    await field(page, "overdue", "ratePercent").fill("0.05");
    await field(page, "overdue", "rateUnit").selectOption("daily");
    await field(page, "overdue", "days").fill("10");
    await calculate(page, "overdue");
    await expect(results(page, "overdue").getByRole("status")).toHaveText(
      msg("calculator.results.overdue.summary", "zh-CN", { days: 10, interest: "¥7.50", extra: "¥2.50" }),
    );
  });

  test("works in English", async ({ page }) => {
    await page.goto(localePath("en", "/tools/loan-cost"));
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await field(page, "dailyRate", "dailyRatePercent").fill("0.1");
    await calculate(page, "dailyRate", "en");
    const r = results(page, "dailyRate");
    await expect(r).toContainText("36.5%");
    await expect(r.locator('[data-flag="above36"]')).toContainText(msg("calculator.flags.above36.title", "en"));
    await expect(r).toContainText("20 May 2025");
  });
});

test("the tools index links to both tools", async ({ page }) => {
  for (const locale of ["zh-CN", "en"] as const) {
    await page.goto(localePath(locale, "/tools"));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(msg("calculator.toolsIndex.heading", locale));
    await expect(page.getByRole("link", { name: msg("calculator.page.heading", locale) })).toHaveAttribute("href", localePath(locale, "/tools/loan-cost"));
    await expect(page.getByRole("link", { name: msg("scam.page.heading", locale) })).toHaveAttribute("href", localePath(locale, "/tools/scam-check"));
  }
});
