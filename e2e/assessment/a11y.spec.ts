import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { msg, next, quickAssessment, showCharts } from "./helpers";

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(" ")).slice(0, 5) }));
}

for (const width of [375, 1280]) {
  test.describe(`axe-core at ${width}px`, () => {
    test.use({ viewport: { width, height: 900 } });

    test("landing page", async ({ page }) => {
      await page.goto("/");
      expect(await seriousViolations(page)).toEqual([]);
    });

    test("wizard, including a step showing errors", async ({ page }) => {
      await page.goto("/check");
      expect(await seriousViolations(page)).toEqual([]);
      await page.getByRole("radiogroup", { name: msg("check.fields.platform.label") }).getByText(msg("check.options.platform.mybank.label"), { exact: true }).click();
      await next(page);
      await page.getByRole("radiogroup", { name: msg("check.fields.goal.label") }).getByText(msg("check.options.goal.restore.label"), { exact: true }).click();
      await next(page);
      await next(page);
      await expect(page.locator("[id$=-error]").first()).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });

    test("dashboard, with its charts loaded, and the printable plan", async ({ page }) => {
      const url = await quickAssessment(page, { "repayment.currentlyOverdue": "yes" });
      await showCharts(page);
      expect(await seriousViolations(page)).toEqual([]);
      await page.goto(`${url}/print`);
      expect(await seriousViolations(page)).toEqual([]);
    });
  });
}

test.describe("no horizontal scrolling at 375px", () => {
  test.use({ viewport: { width: 375, height: 812 } });
  test("wizard and dashboard fit the screen", async ({ page }) => {
    await page.goto("/check");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await quickAssessment(page, { platform: "weilidai", goal: "restore", "limit.previous": "50000", "cut.reason": "unused", "cut.monthsAgo": "2", "extras.account.entryChecksPerMonth": "3" });
    await showCharts(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });
});
