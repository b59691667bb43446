import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { GUIDE_SLUGS } from "@/lib/guides";

const PAGES = [
  "/guides",
  "/en/guides",
  ...GUIDE_SLUGS.flatMap((slug) => [`/guides/${slug}`, `/en/guides/${slug}`]),
  "/tools",
  "/en/tools",
  "/tools/loan-cost",
  "/en/tools/loan-cost",
  "/tools/scam-check",
  "/en/tools/scam-check",
];

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(" ")).slice(0, 5) }));
}

for (const path of PAGES) {
  for (const width of [375, 1280]) {
    test(`axe: ${path} at ${width}px has no serious violations`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(path);
      expect(await seriousViolations(page)).toEqual([]);
    });
  }
}

for (const width of [375, 1280]) {
  test(`axe: the calculator's other tools, errors and chart at ${width}px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto("/tools/loan-cost#schedule");
    await expect(page.getByRole("tabpanel", { name: "还款计划" })).toBeVisible();
    await page.locator("#schedule-months").fill("abc");
    await page.locator("#schedule-form").getByRole("button", { name: "计算" }).click();
    expect(await seriousViolations(page)).toEqual([]);
    await page.locator("#schedule-months").fill("24");
    await page.locator("#schedule-form").getByRole("button", { name: "计算" }).click();
    await page.getByTestId("schedule-results").locator("figure").scrollIntoViewIfNeeded();
    await expect(page.locator(".recharts-surface").first()).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    for (const tab of ["分期真实年化", "逾期罚息"]) {
      await page.getByRole("tab", { name: tab }).click();
      if (tab === "分期真实年化") await page.getByTestId("feeApr-results").locator("summary").click(); // open the instalment table
      expect(await seriousViolations(page)).toEqual([]);
    }
  });
}

test("axe: scam checker results", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 900 });
  await page.goto("/tools/scam-check");
  await page.getByRole("button", { name: "恭喜获得微粒贷开通资格，点击专属邀请链接立即激活。" }).click();
  await expect(page.getByTestId("scam-result")).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test("keyboard: the calculator tabs follow the arrow keys", async ({ page }) => {
  await page.goto("/tools/loan-cost");
  await page.getByRole("tab", { name: "日利率换算" }).focus();
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("tab", { name: "分期真实年化" })).toBeFocused();
  await expect(page.getByRole("tab", { name: "分期真实年化" })).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("End");
  await expect(page.getByRole("tab", { name: "逾期罚息" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("tabpanel", { name: "逾期罚息" })).toBeVisible();
});
