import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, type Page } from "@playwright/test";

type Tree = { [key: string]: string | Tree };

function load(locale: "zh-CN" | "en", namespace: string): Tree {
  return JSON.parse(readFileSync(path.join(process.cwd(), "lib/i18n/messages", locale, `${namespace}.json`), "utf8")) as Tree;
}

/** A message as the borrower reads it (placeholders left in, so use it for texts without any). */
export function msg(key: string, locale: "zh-CN" | "en" = "zh-CN"): string {
  const [namespace, ...rest] = key.split(".");
  const value = rest.reduce<string | Tree | undefined>((node, k) => (typeof node === "object" ? node[k] : undefined), load(locale, namespace!));
  if (typeof value !== "string") throw new Error(`No message ${key} in ${locale}`);
  return value;
}

export type Platform = "jiebei" | "huabei" | "mybank" | "weilidai" | "generic";
export type Goal = "raise" | "restore" | "open";

export const GOALS: Record<Platform, Goal[]> = {
  jiebei: ["raise", "restore"],
  huabei: ["raise", "restore"],
  mybank: ["raise", "restore", "open"],
  weilidai: ["raise", "restore", "open"],
  generic: ["raise", "restore"],
};

const label = (field: string) => msg(`check.fields.${field}.label`);

/** The step's heading, so every test knows which screen it is on. */
export async function expectStep(page: Page, step: string) {
  const title = msg(`check.steps.${step}.title`);
  // platformExtras' title is an ICU select; its own lead text identifies it well enough.
  if (title.includes("{")) await expect(page.locator("#wizard-step-title")).toBeVisible();
  else await expect(page.getByRole("heading", { level: 2, name: title })).toBeVisible();
}

export async function fill(page: Page, field: string, value: string) {
  await page.getByLabel(label(field)).fill(value);
}

export async function choose(page: Page, field: string, option: string) {
  await page.getByRole("radiogroup", { name: label(field) }).getByText(option, { exact: true }).click();
}

export async function next(page: Page) {
  await page.getByRole("button", { name: msg("check.actions.next") }).click();
}

/**
 * Walks the whole wizard as a borrower would: one screen at a time, only the
 * questions that screen asks, then agrees and submits. Ends on the dashboard.
 */
export async function completeWizard(page: Page, platform: Platform, goal: Goal): Promise<string> {
  await page.goto("/check");
  await expectStep(page, "platform");
  await choose(page, "platform", msg(`check.options.platform.${platform}.label`));
  await next(page);

  await expectStep(page, "goal");
  await choose(page, "goal", msg(`check.options.goal.${goal}.label`));
  await next(page);

  if (goal !== "open") {
    await expectStep(page, "limit");
    await fill(page, "limit.current", goal === "restore" ? "1万" : "20000");
    if (goal === "restore") await fill(page, "limit.previous", "30,000");
    await fill(page, "limit.usedPercent", "30");
    if (goal === "restore") {
      await choose(page, "cut.reason", msg("check.options.cutReason.overdue.label"));
      await fill(page, "cut.monthsAgo", "3");
    }
    await next(page);
  }

  await expectStep(page, "repayment");
  await fill(page, "repayment.onTimeMonths", "12");
  await choose(page, "repayment.autopay", msg("check.options.yes"));
  await next(page);

  await expectStep(page, "debt");
  await fill(page, "debt.monthlyIncome", "8000");
  await fill(page, "debt.monthlyDebtPayment", "2000");
  await fill(page, "debt.lendersWithBalance", "2");
  await next(page);

  await expectStep(page, "usage");
  if (goal !== "open") {
    await fill(page, "usage.loans12m", "4");
    await fill(page, "usage.avgLoanDays", "20");
    await fill(page, "usage.monthsSinceLastUse", "1");
  } else {
    await expect(page.getByLabel(label("usage.loans12m"))).toHaveCount(0);
  }
  await next(page);

  await expectStep(page, "ecosystem");
  await fill(page, "ecosystem.paymentsPerMonth", "20");
  await fill(page, "ecosystem.paymentScenes", "4");
  await next(page);

  await expectStep(page, "profile");
  await fill(page, "profile.bankCardMonths", "24");
  await choose(page, "profile.employment", msg("check.options.employment.private"));
  await choose(page, "profile.educationFilled", msg("check.options.yes"));
  await choose(page, "profile.occupationFilled", msg("check.options.no"));
  await choose(page, "profile.socialInsurance", msg("check.options.yes"));
  await next(page);

  if (platform === "huabei") {
    await fill(page, "extras.zhimaScore", "680");
    await next(page);
  } else if (platform === "mybank") {
    await fill(page, "extras.shop.monthlyRevenue", "3万");
    await choose(page, "extras.shop.revenueTrend", msg("check.options.revenueTrend.up"));
    await fill(page, "extras.shop.positiveRatePercent", "98");
    await fill(page, "extras.shop.returnRatePercent", "3");
    await next(page);
  } else if (platform === "weilidai") {
    await fill(page, "extras.account.entryChecksPerMonth", "2");
    await next(page);
  }

  await expectStep(page, "consent");
  await page.getByLabel(msg("check.consent.agree")).check();
  await page.getByRole("button", { name: msg("check.actions.submit") }).click();
  await page.waitForURL(/\/assessments\/[A-Za-z0-9_-]+$/);
  return page.url();
}

/** Answers for a quick start: a finished draft, put where the wizard keeps it, then agreed and submitted. */
export const READY_DRAFT: Record<string, string> = {
  platform: "jiebei",
  goal: "raise",
  "limit.current": "20000",
  "limit.usedPercent": "40",
  "repayment.onTimeMonths": "8",
  "repayment.overdueCount12m": "0",
  "repayment.currentlyOverdue": "no",
  "repayment.autopay": "no",
  "debt.monthlyIncome": "8000",
  "debt.monthlyDebtPayment": "2500",
  "debt.lendersWithBalance": "3",
  "debt.applications3m": "3",
  "usage.loans12m": "4",
  "usage.avgLoanDays": "20",
  "usage.sameDayRepays12m": "0",
  "usage.monthsSinceLastUse": "1",
  "usage.cashOut": "no",
  "usage.restrictedPurpose": "no",
  "extras.lendsAccount": "no",
  "extras.thirdPartyOffer": "no",
  "ecosystem.paymentsPerMonth": "10",
  "ecosystem.paymentScenes": "3",
  "ecosystem.wealthBalance": "0",
  "ecosystem.creditCardMonths": "0",
  "profile.realName": "yes",
  "profile.faceVerified": "yes",
  "profile.bankCardMonths": "12",
  "profile.employment": "private",
  "profile.educationFilled": "no",
  "profile.occupationFilled": "no",
  "profile.socialInsurance": "no",
  "profile.incomeProof": "no",
  "profile.assetProof": "no",
};

export async function seedDraft(page: Page, draft: Record<string, string>, step: string) {
  await page.goto("/check");
  await page.evaluate(([d, s]) => sessionStorage.setItem("limitwise:check:v1", JSON.stringify({ draft: d, step: s })), [draft, step] as const);
  await page.reload();
}

/** A dashboard of this browser's own, via the wizard's last step. */
export async function quickAssessment(page: Page, overrides: Record<string, string> = {}): Promise<string> {
  await seedDraft(page, { ...READY_DRAFT, ...overrides }, "consent");
  await expectStep(page, "consent");
  await page.getByLabel(msg("check.consent.agree")).check();
  await page.getByRole("button", { name: msg("check.actions.submit") }).click();
  await page.waitForURL(/\/assessments\/[A-Za-z0-9_-]+$/);
  return page.url();
}

/** Charts load when scrolled near; bring both into view and wait for them to draw. */
export async function showCharts(page: Page) {
  for (const id of ["#dimensions", "#plan"]) {
    await page.locator(id).scrollIntoViewIfNeeded();
    await expect(page.locator(`${id} .recharts-surface`)).toBeVisible();
  }
}
