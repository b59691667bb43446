import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { closeDb, input, newContext, seedAssessment, seedShareLink, seedUser, signIn, testDb } from "../fixtures/users";

test.afterAll(closeDb);

async function serious(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

test("history, settings, share-and-review and shared pages have no serious accessibility violations", async ({ browser }) => {
  // Six pages, each loaded and scanned by axe (a few seconds each on a busy 2-core machine): more than one page's budget.
  test.setTimeout(120_000);
  const user = await seedUser();
  const a = await seedAssessment({ userId: user.id }, input("jiebei", (i) => (i.repayment.onTimeMonths = 3)), new Date(Date.now() - 30 * 86_400_000));
  const b = await seedAssessment({ userId: user.id }, input("jiebei", (i) => (i.repayment.onTimeMonths = 9)));
  await testDb().consentRecord.create({ data: { userId: user.id, version: "2026-11", purpose: "assessment" } });
  const live = await seedShareLink(b);
  const expired = await seedShareLink(b, { expiresAt: new Date(Date.now() - 60_000) });

  const context = await newContext(browser);
  const page = await context.newPage();
  await signIn(page, user.email);
  for (const path of [`/history?a=${a.id}&b=${b.id}`, "/settings", `/history/${b.id}`, `/s/${live}`, `/s/${expired}`, `/en/history`]) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    expect(await serious(page), path).toEqual([]);
  }
  await context.close();
});
