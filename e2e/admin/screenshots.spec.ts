// Screenshots of every admin page at phone and desktop widths, for looking at
// (written to screenshots/, git-ignored). Runs only with SCREENSHOTS=1:
//   SCREENSHOTS=1 NEXT_DIST_DIR=.next-admin E2E_PORT=3501 node scripts/test.mjs e2e e2e/admin/screenshots
// Also checks that no page scrolls sideways.
import path from "node:path";
import { mkdirSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import type { AssessmentInput } from "@/lib/scoring";
import { closeDb, input, newContext, seedAssessment, seedUser, signIn, testDb } from "../fixtures/users";

test.skip(!process.env.SCREENSHOTS, "screenshots only with SCREENSHOTS=1");
test.afterAll(closeDb);

const OUT = path.join(process.cwd(), "screenshots");
const DAY = 86_400_000;

async function shoot(page: Page, name: string) {
  await page.evaluate(() => document.fonts.ready);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `${name} scrolls sideways`).toBeLessThanOrEqual(0);
  await page.screenshot({ path: path.join(OUT, `${name}.png`), fullPage: true });
}

test("admin pages at 375 and 1280 px", async ({ browser }) => {
  test.setTimeout(180_000);
  mkdirSync(OUT, { recursive: true });
  const admin = await seedUser("ADMIN", { email: `lin.admin-${Date.now().toString(36)}@limitwise.example` });
  const support = await seedUser("SUPPORT", { name: "小王" });
  const borrowers = await Promise.all([0, 1, 2, 3].map(() => seedUser("BORROWER")));
  const tweaks: [AssessmentInput["platform"], (i: AssessmentInput) => void][] = [
    ["jiebei", (i) => ((i.repayment.onTimeMonths = 2), (i.debt.applications3m = 6), (i.debt.lendersWithBalance = 5))],
    ["huabei", (i) => ((i.extras = { zhimaScore: 690 }), (i.usage.sameDayRepays12m = 6))],
    ["weilidai", (i) => ((i.debt.applications3m = 4), (i.repayment.autopay = false))],
    ["mybank", (i) => (i.extras = { shop: { monthlyRevenue: 42000, revenueTrend: "up", positiveRatePercent: 98, returnRatePercent: 3 } })],
    ["jiebei", (i) => ((i.repayment.onTimeMonths = 24), (i.repayment.autopay = true))],
  ];
  const cases = [];
  for (let k = 0; k < 24; k++) {
    const [platform, tweak] = tweaks[k % tweaks.length]!;
    cases.push(await seedAssessment({ userId: borrowers[k % borrowers.length]!.id }, input(platform, tweak), new Date(Date.now() - ((k * 5) % 60) * DAY - k * 3600_000)));
  }
  const focus = cases[0]!;
  for (const c of cases.slice(0, 12)) {
    const items = (c.output as { checklist: { id: string }[] }).checklist.slice(0, 1 + (cases.indexOf(c) % 2));
    for (const item of items) await testDb().checklistProgress.create({ data: { assessmentId: c.id, itemId: item.id, done: true, doneAt: new Date() } });
  }
  const [open, , answered] = await Promise.all([
    testDb().reviewRequest.create({ data: { assessmentId: focus.id, requesterId: focus.userId, message: "我上个月已经结清了逾期，为什么结果还这么低？" } }),
    testDb().reviewRequest.create({ data: { assessmentId: cases[1]!.id, requesterId: cases[1]!.userId, status: "IN_PROGRESS", assigneeId: support.id, message: "花呗什么时候能恢复？" } }),
    testDb().reviewRequest.create({
      data: { assessmentId: cases[2]!.id, requesterId: cases[2]!.userId, status: "ANSWERED", assigneeId: support.id, answer: "建议先开通自动还款，三个月后再看。", answeredAt: new Date() },
    }),
  ]);
  void open;
  void answered;
  await testDb().supportNote.create({ data: { assessmentId: focus.id, subjectUserId: focus.userId, authorId: support.id, body: "借款人来电：上个月已结清逾期，想知道多久能提额。" } });

  const context = await newContext(browser);
  const page = await context.newPage();
  await signIn(page, admin.email, admin.password, "/admin");
  // A few real actions so the audit log and links have something to show.
  await page.goto(`/admin/cases/${focus.id}`);
  await page.getByLabel("给借款人的建议").fill("先开通自动还款，三个月内不要申请新的贷款，按时还款后再做一次体检。");
  await page.getByRole("button", { name: "生成建议链接" }).click();
  await expect(page.getByTestId("created-advice-link")).toBeVisible();
  const income = page.locator('[data-input="debt.monthlyIncome"]');
  await income.getByRole("button", { name: "显示每月收入" }).click();
  await income.getByLabel("为什么需要查看每月收入？").fill("借款人来电说收入填错了，核对原值");
  await income.getByRole("button", { name: "显示并记录" }).click();
  await expect(income.locator('[data-revealed="monthlyIncome"]')).toBeVisible();

  const pages: [string, string, (p: Page) => Promise<void>][] = [
    ["find", `/admin?q=${encodeURIComponent(borrowers[0]!.email)}`, async (p) => void (await expect(p.getByTestId("case-results")).toBeVisible())],
    ["find-all", "/admin", async (p) => void (await expect(p.getByTestId("case-results")).toBeVisible())],
    ["case", `/admin/cases/${focus.id}`, async (p) => void (await expect(p.locator(".recharts-wrapper")).toHaveCount(2))],
    ["reviews", "/admin/reviews", async (p) => void (await expect(p.getByTestId("review-queue")).toBeVisible())],
    ["insight", "/admin/insight", async (p) => void (await expect(p.locator(".recharts-wrapper")).toHaveCount(4))],
    ["staff", "/admin/staff", async (p) => void (await expect(p.getByTestId("staff-list")).toBeVisible())],
    ["audit", "/admin/audit", async (p) => void (await expect(p.getByTestId("audit-log")).toBeVisible())],
  ];
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: width < 500 ? 812 : 900 });
    for (const [name, url, ready] of pages) {
      await page.goto(url);
      await ready(page);
      await shoot(page, `admin-${name}-${width}`);
    }
  }
  await page.goto(`/en/admin/cases/${focus.id}`);
  await expect(page.getByRole("heading", { name: "What the borrower saw" })).toBeVisible();
  await shoot(page, "admin-case-en-1280");
  await context.close();
});
