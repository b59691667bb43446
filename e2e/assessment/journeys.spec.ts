import { expect, test } from "@playwright/test";
import { completeWizard, GOALS, msg, showCharts, type Platform } from "./helpers";

/**
 * A new borrower on a phone, in Chinese: every platform, every situation that
 * applies to it, through the whole wizard to a dashboard with the chance, the
 * reasons, the checklist, the plan and the what-if panel.
 */
test.use({ viewport: { width: 375, height: 812 } });

const journeys = (Object.entries(GOALS) as [Platform, (typeof GOALS)[Platform]][]).flatMap(([platform, goals]) => goals.map((goal) => ({ platform, goal })));

for (const { platform, goal } of journeys) {
  test(`${platform} / ${goal}: wizard to dashboard`, async ({ page }) => {
    await completeWizard(page, platform, goal);

    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const chance = page.locator("#chance");
    await expect(chance.getByRole("heading", { level: 2 })).toBeVisible();
    await expect(chance.getByTestId("chance-sentence")).toContainText("%");
    await expect(chance.getByRole("img")).toHaveAttribute("aria-label", /\d+%/);

    await expect(page.getByRole("heading", { level: 2, name: msg("dashboard.reasons.title") })).toBeVisible();
    await expect(page.locator("[data-reason]").first()).toBeVisible();
    await expect(page.locator("#reasons").getByText(msg("dashboard.reasons.basis").trim()).first()).toBeVisible();

    await expect(page.getByRole("heading", { level: 2, name: msg("dashboard.checklist.title") })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: msg("dashboard.plan.title") })).toBeVisible();
    await expect(page.locator("#plan li").first()).toBeVisible();
    await expect(page.getByTestId("cannot-promise")).toBeVisible();
    if (goal === "restore") await expect(page.getByTestId("restore-expectation")).toBeVisible();

    await expect(page.getByRole("heading", { level: 2, name: msg("dashboard.whatIf.title") })).toBeVisible();
    await expect(page.getByTestId("whatif-new")).toHaveText(/\d+%/);
    await expect(page.getByText(msg("dashboard.disclaimer.estimate"))).toBeVisible();

    // The charts arrive when scrolled to, in boxes that were already their size.
    await showCharts(page);
  });
}
