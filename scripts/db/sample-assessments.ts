// A few realistic, anonymous sample check-ups so the admin view and the
// insight charts have something to show on a fresh install.
import { assess, assessmentInputSchema, type AssessmentInput } from "../../lib/scoring";
import type { Db } from "../../lib/db/create-client";

const base = {
  limit: { current: 20000, usedPercent: 40 },
  repayment: { onTimeMonths: 18, overdueCount12m: 0, maxOverdueDays12m: 0, currentlyOverdue: false, autopay: true },
  debt: { monthlyIncome: 9000, monthlyDebtPayment: 2200, lendersWithBalance: 2, applications3m: 1 },
  usage: { loans12m: 5, avgLoanDays: 20, sameDayRepays12m: 0, monthsSinceLastUse: 1, cashOut: false, restrictedPurpose: false },
  ecosystem: { paymentsPerMonth: 25, paymentScenes: 5, wealthBalance: 12000, creditCardMonths: 24 },
  profile: {
    realName: true,
    faceVerified: true,
    bankCardMonths: 36,
    educationFilled: true,
    occupationFilled: true,
    employment: "large_company",
    socialInsurance: true,
    incomeProof: false,
    assetProof: false,
  },
} as const;

const SAMPLES: unknown[] = [
  { ...base, platform: "jiebei", goal: "raise" },
  {
    ...base,
    platform: "jiebei",
    goal: "restore",
    limit: { current: 10000, previous: 30000, usedPercent: 60 },
    cut: { reason: "overdue", monthsAgo: 4 },
    repayment: { onTimeMonths: 4, overdueCount12m: 1, maxOverdueDays12m: 25, currentlyOverdue: false, autopay: true },
  },
  { ...base, platform: "huabei", goal: "raise", extras: { zhimaScore: 690, joinsCampaigns: true } },
  {
    ...base,
    platform: "weilidai",
    goal: "open",
    limit: { current: 0, usedPercent: 0 },
    usage: { ...base.usage, loans12m: 0, monthsSinceLastUse: 12 },
    extras: { account: { deviceChanges12m: 1, entryChecksPerMonth: 2 } },
  },
  {
    ...base,
    platform: "mybank",
    goal: "restore",
    limit: { current: 5000, previous: 50000, usedPercent: 0 },
    cut: { reason: "unused", monthsAgo: 2 },
    usage: { ...base.usage, loans12m: 0, monthsSinceLastUse: 10 },
    extras: { shop: { monthlyRevenue: 30000, revenueTrend: "up", positiveRatePercent: 98, returnRatePercent: 3 } },
  },
  {
    ...base,
    platform: "generic",
    goal: "raise",
    debt: { monthlyIncome: 6000, monthlyDebtPayment: 4200, lendersWithBalance: 6, applications3m: 7 },
  },
];

export async function seedSampleAssessments(db: Db): Promise<number> {
  let created = 0;
  for (const [i, sample] of SAMPLES.entries()) {
    const input: AssessmentInput = assessmentInputSchema.parse(sample);
    const output = assess(input);
    await db.assessment.create({
      data: {
        anonOwnerHash: `seed-sample-${i}`,
        platform: input.platform,
        goal: input.goal,
        modelVersion: output.modelVersion,
        input: input as object,
        output: output as object,
        probability: output.probability,
        band: output.band,
      },
    });
    created++;
  }
  return created;
}
