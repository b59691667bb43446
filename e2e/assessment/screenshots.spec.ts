import { mkdirSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { choose, expectStep, fill, msg, next, quickAssessment, showCharts } from "./helpers";

/**
 * Pictures of the wizard and the dashboard for people to look at (not
 * assertions): `SCREENSHOTS=1 node scripts/test.mjs e2e e2e/assessment/screenshots`.
 * Saved under screenshots/ (git-ignored).
 */
test.skip(!process.env.SCREENSHOTS, "set SCREENSHOTS=1 to take screenshots");
mkdirSync("screenshots", { recursive: true });

for (const width of [375, 1280]) {
  test(`wizard and dashboard at ${width}px`, async ({ page }) => {
    await page.setViewportSize({ width, height: width < 500 ? 812 : 900 });
    await page.goto("/check");
    await expectStep(page, "platform");
    await page.screenshot({ path: `screenshots/check-platform-${width}.png`, fullPage: true });
    await choose(page, "platform", msg("check.options.platform.mybank.label"));
    await next(page);
    await choose(page, "goal", msg("check.options.goal.restore.label"));
    await page.screenshot({ path: `screenshots/check-goal-${width}.png`, fullPage: true });
    await next(page);
    await fill(page, "limit.current", "abc");
    await next(page);
    await expect(page.locator("[id$=-error]").first()).toBeVisible();
    await page.screenshot({ path: `screenshots/check-limit-errors-${width}.png`, fullPage: true });

    await quickAssessment(page, {
      platform: "mybank",
      goal: "restore",
      "limit.current": "5000",
      "limit.previous": "50000",
      "limit.usedPercent": "0",
      "cut.reason": "unused",
      "cut.monthsAgo": "2",
      "usage.loans12m": "0",
      "usage.monthsSinceLastUse": "10",
      "extras.shop.monthlyRevenue": "30000",
      "extras.shop.revenueTrend": "up",
      "extras.shop.positiveRatePercent": "98",
      "extras.shop.returnRatePercent": "3",
      "extras.thirdPartyOffer": "yes",
    });
    await showCharts(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `screenshots/dashboard-${width}.png`, fullPage: true });
    await page.screenshot({ path: `screenshots/dashboard-top-${width}.png` });
    await page.locator("#what-if").scrollIntoViewIfNeeded();
    await page.locator("#what-if").getByLabel(msg("dashboard.whatIf.sliders.onTimeMonths")).fill("24");
    await page.locator("#what-if").screenshot({ path: `screenshots/dashboard-whatif-${width}.png` });
    await page.getByRole("link", { name: msg("dashboard.header.print") }).click();
    await expect(page.getByRole("button", { name: msg("dashboard.print.button") })).toBeVisible();
    await page.screenshot({ path: `screenshots/print-${width}.png`, fullPage: true });
  });
}
