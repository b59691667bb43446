import { expect, test } from "@playwright/test";
import { msg, quickAssessment } from "./helpers";

test.describe("the dashboard", () => {
  test("what-if: moving a slider shows the new chance next to the current one", async ({ page }) => {
    await quickAssessment(page);
    const current = (await page.getByTestId("whatif-current").textContent())!;
    await expect(page.getByTestId("whatif-new")).toHaveText(current);

    const panel = page.locator("#what-if");
    const slider = panel.getByLabel(msg("dashboard.whatIf.sliders.onTimeMonths"));
    await slider.fill("36");
    await expect(page.getByTestId("whatif-new")).not.toHaveText(current);
    await expect(page.getByTestId("whatif-current")).toHaveText(current);
    await expect(page.getByTestId("whatif-delta")).toContainText("+");

    await panel.getByLabel(msg("dashboard.whatIf.toggles.autopay")).check();
    const both = (await page.getByTestId("whatif-new").textContent())!;
    expect(parseInt(both, 10)).toBeGreaterThan(parseInt(current, 10));

    await panel.getByRole("button", { name: msg("dashboard.whatIf.reset") }).click();
    await expect(page.getByTestId("whatif-new")).toHaveText(current);
  });

  test("a ticked checklist item is still ticked after a reload", async ({ page }) => {
    await quickAssessment(page);
    const items = page.locator("#checklist [data-item]");
    await expect(items.first()).toBeVisible();
    const total = await items.count();
    const first = items.first().getByRole("checkbox");
    const second = items.nth(1).getByRole("checkbox");
    await expect(first).not.toBeChecked();
    await first.check();
    await second.check();
    await expect(page.getByTestId("checklist-progress")).toHaveText(msg("dashboard.checklist.progress").replace("{done}", "2").replace("{total}", String(total)));
    await expect(page.getByText(msg("dashboard.checklist.saving"))).toHaveCount(0);
    await second.uncheck();
    await expect(page.getByText(msg("dashboard.checklist.saving"))).toHaveCount(0);

    await page.reload();
    await expect(items.first().getByRole("checkbox")).toBeChecked();
    await expect(items.nth(1).getByRole("checkbox")).not.toBeChecked();
    await expect(page.getByTestId("checklist-progress")).toHaveText(msg("dashboard.checklist.progress").replace("{done}", "1").replace("{total}", String(total)));
  });

  test("another visitor cannot open it, nor its printable plan: 404", async ({ page, browser }) => {
    const url = await quickAssessment(page);
    const stranger = await browser.newContext();
    try {
      const other = await stranger.newPage();
      const response = await other.goto(url);
      expect(response?.status()).toBe(404);
      await expect(other.getByRole("heading", { level: 1 })).toHaveText(msg("common.errors.notFoundTitle"));
      await expect(other.getByText(msg("dashboard.chance.estimate"))).toHaveCount(0);
      expect((await other.goto(`${url}/print`))?.status()).toBe(404);
      expect((await other.goto(url.replace(/[^/]+$/, "not-a-real-id")))?.status()).toBe(404);
    } finally {
      await stranger.close();
    }
    // The owner still can.
    expect((await page.goto(url))?.status()).toBe(200);
  });

  test("warnings come first, with what to do now and a way to check a scam", async ({ page }) => {
    await quickAssessment(page, { "repayment.currentlyOverdue": "yes", "extras.thirdPartyOffer": "yes" });
    const warnings = page.locator("#warnings");
    await expect(warnings.locator("[data-warning=CURRENT_OVERDUE]")).toBeVisible();
    await expect(warnings.locator("[data-warning=SCAM_RISK]").getByRole("link", { name: msg("dashboard.warnings.scamCheck") })).toHaveAttribute("href", "/tools/scam-check");
    const box = async (sel: string) => (await page.locator(sel).boundingBox())!.y;
    expect(await box("#warnings")).toBeLessThan(await box("#chance"));
    await expect(warnings.getByText(msg("dashboard.warnings.todo")).first()).toBeVisible();
  });

  test("guide links point at the guide section that explains the item", async ({ page }) => {
    await quickAssessment(page);
    const href = await page.locator("#checklist [data-item]").first().getByRole("link").getAttribute("href");
    expect(href).toMatch(/^\/guides\/[a-z-]+#[a-z-]+$/);
  });

  test("the printable plan lists the checklist and the months, with a print button", async ({ page }) => {
    const url = await quickAssessment(page);
    await page.locator("#checklist [data-item]").first().getByRole("checkbox").check();
    await expect(page.getByText(msg("dashboard.checklist.saving"))).toHaveCount(0);
    await page.getByRole("link", { name: msg("dashboard.header.print") }).click();
    await expect(page).toHaveURL(`${url}/print`);
    await expect(page.getByRole("button", { name: msg("dashboard.print.button") })).toBeVisible();
    await expect(page.getByText(msg("dashboard.print.done")).first()).toBeVisible();
    await expect(page.getByText(msg("dashboard.plan.month").replace("{month}", "1")).first()).toBeVisible();
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("button", { name: msg("dashboard.print.button") })).toBeHidden();
    await expect(page.locator("header").filter({ has: page.getByRole("navigation") })).toBeHidden();
  });

  test("in English under /en", async ({ page }) => {
    await quickAssessment(page);
    const id = page.url().split("/").pop()!;
    await page.goto(`/en/assessments/${id}`);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 2, name: msg("dashboard.checklist.title", "en") })).toBeVisible();
    await expect(page.getByText(msg("dashboard.disclaimer.estimate", "en"))).toBeVisible();
  });
});
