// Screenshots of this feature's pages at phone and desktop widths, for looking
// at (written to screenshots/, git-ignored). Also checks nothing overflows sideways.
import path from "node:path";
import { mkdirSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import type { AssessmentInput } from "@/lib/scoring";
import { closeDb, input, newContext, seedAssessment, seedShareLink, seedUser, signIn, testDb } from "../fixtures/users";

test.afterAll(closeDb);

const OUT = path.join(process.cwd(), "screenshots");
const DAY = 86_400_000;

async function shoot(page: Page, name: string) {
  await page.evaluate(() => document.fonts.ready);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `${name} scrolls sideways`).toBeLessThanOrEqual(0);
  await page.screenshot({ path: path.join(OUT, `${name}.png`), fullPage: true });
}

test("history, settings, share panel, shared page and expired page at 375 and 1280 px", async ({ browser }) => {
  // A dozen full-page screenshots of five pages: 38–39 s on a quiet CI run, past the default 45 s on a busy one.
  test.setTimeout(120_000);
  mkdirSync(OUT, { recursive: true });
  const user = await seedUser();
  const steps: [number, (i: AssessmentInput) => void][] = [
    [120, (i) => ((i.repayment.onTimeMonths = 2), (i.debt.applications3m = 6), (i.debt.lendersWithBalance = 5))],
    [90, (i) => ((i.repayment.onTimeMonths = 5), (i.debt.applications3m = 3), (i.debt.lendersWithBalance = 4))],
    [60, (i) => ((i.repayment.onTimeMonths = 8), (i.debt.applications3m = 1), (i.repayment.autopay = true))],
    [10, (i) => ((i.repayment.onTimeMonths = 12), (i.debt.applications3m = 0), (i.repayment.autopay = true), (i.ecosystem.paymentsPerMonth = 30))],
  ];
  let latest;
  let previous;
  for (const [daysAgo, tweak] of steps) {
    previous = latest;
    latest = await seedAssessment({ userId: user.id }, input("jiebei", tweak), new Date(Date.now() - daysAgo * DAY));
  }
  await seedAssessment({ userId: user.id }, input("huabei", (i) => (i.extras = { zhimaScore: 680 })), new Date(Date.now() - 75 * DAY));
  await seedAssessment({ userId: user.id }, input("huabei", (i) => (i.extras = { zhimaScore: 720 })), new Date(Date.now() - 20 * DAY));
  await testDb().consentRecord.create({ data: { userId: user.id, version: "2026-11", purpose: "assessment" } });
  const expired = await seedShareLink(latest!, { expiresAt: new Date(Date.now() - DAY) });

  const context = await newContext(browser);
  const page = await context.newPage();
  await signIn(page, user.email);

  // One real link with reasons and checklist, through the panel.
  await page.goto(`/history/${latest!.id}`);
  const panel = page.getByTestId("share-panel");
  await panel.getByLabel(/同时显示原因/).check();
  await panel.getByLabel(/同时显示行动清单/).check();
  await panel.getByLabel(/给对方的留言/).fill("爸妈，这是我接下来几个月的还款计划。");
  await panel.getByRole("button", { name: "生成分享链接" }).click();
  const url = await page.getByTestId("created-link").getByLabel("分享链接").inputValue();
  await expect(page.getByTestId("share-qr")).toBeVisible();

  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: width < 500 ? 812 : 900 });
    await page.goto(`/history?a=${previous!.id}&b=${latest!.id}`);
    await expect(page.locator(".recharts-line").first()).toBeVisible();
    await shoot(page, `accounts-history-${width}`);
    await page.goto("/settings");
    await shoot(page, `accounts-settings-${width}`);
    await page.goto(`/history/${latest!.id}`);
    await shoot(page, `accounts-record-${width}`);

    const viewer = await (await newContext(browser)).newPage();
    await viewer.setViewportSize({ width, height: width < 500 ? 812 : 900 });
    await viewer.goto(url);
    await expect(viewer.getByTestId("shared-advice")).toBeVisible();
    await shoot(viewer, `accounts-share-${width}`);
    await viewer.goto(`/en${new URL(url).pathname}`);
    await shoot(viewer, `accounts-share-en-${width}`);
    await viewer.goto(`/s/${expired}`);
    await expect(viewer.getByTestId("share-state-expired")).toBeVisible();
    await shoot(viewer, `accounts-share-expired-${width}`);
    await viewer.context().close();
  }
  await context.close();
});
