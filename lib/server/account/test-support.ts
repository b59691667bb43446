// Seeding helpers for this feature's integration tests (never imported by the app).
import type { Db } from "@/lib/db/create-client";

export { anonOwner, seedUser, uniqueEmail, uniqueHash, userOwner } from "@/lib/server/testing/seed-users";

/** A minimal assessment output with the shape of lib/scoring's Assessment. */
export function fakeOutput(overrides: { platform?: string; goal?: string; probability?: number } = {}) {
  const probability = overrides.probability ?? 0.42;
  return {
    modelVersion: "test",
    platform: overrides.platform ?? "jiebei",
    goal: overrides.goal ?? "raise",
    probability,
    interval: { low: Math.max(0.01, probability - 0.1), high: Math.min(0.99, probability + 0.1) },
    band: "fair",
    horizonMonths: 3,
    intercept: -0.5,
    logOdds: 0,
    dimensions: [{ id: "repayment", score: 70, weight: 0.3 }],
    reasons: [
      { code: "ONTIME_LONG", direction: "positive", impact: "high", points: 0.8, factor: "onTime", dimension: "repayment", sources: ["000"], guideAnchor: "x", params: { months: 18 } },
      { code: "LENDERS_MANY", direction: "negative", impact: "medium", points: -0.4, factor: "lenders", dimension: "debt", sources: ["000"], guideAnchor: "x" },
    ],
    checklist: [
      { id: "enable_autopay", action: "checklist.enable_autopay.action", why: "checklist.enable_autopay.why", expectedGain: 0.03, effort: "easy", reasonCode: "AUTOPAY_ON", guideAnchor: "x" },
      { id: "pay_down_debt", action: "checklist.pay_down_debt.action", why: "checklist.pay_down_debt.why", expectedGain: 0.05, effort: "hard", reasonCode: "DEBT_HIGH", guideAnchor: "x" },
    ],
    plan: { steps: [{ month: 1, actions: ["enable_autopay"] }], projection: [{ month: 0, probability }, { month: 3, probability: probability + 0.05 }] },
    warnings: [],
  };
}

/** Income and habits only a raw input has: used to prove they never leak into shares or audits. */
export const SECRET_INCOME = 87654.32;
export function fakeInput(platform = "jiebei") {
  return { platform, goal: "raise", debt: { monthlyIncome: SECRET_INCOME, monthlyDebtPayment: 1234, lendersWithBalance: 3, applications3m: 1 } };
}

export async function seedAssessment(
  db: Db,
  owner: { userId?: string; anonOwnerHash?: string },
  opts: { platform?: string; goal?: string; probability?: number; createdAt?: Date; input?: object; output?: object } = {},
) {
  const output = opts.output ?? fakeOutput(opts);
  const o = output as { platform: string; goal: string; probability: number; band: string; modelVersion: string };
  return db.assessment.create({
    data: {
      userId: owner.userId ?? null,
      anonOwnerHash: owner.anonOwnerHash ?? null,
      platform: o.platform,
      goal: o.goal,
      modelVersion: o.modelVersion,
      input: opts.input ?? fakeInput(o.platform),
      output,
      probability: o.probability,
      band: o.band,
      ...(opts.createdAt ? { createdAt: opts.createdAt } : {}),
    },
  });
}
