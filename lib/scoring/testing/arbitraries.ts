/**
 * fast-check arbitraries for the scoring library's input — shared with the
 * app's fuzzers. Test-only: imports fast-check (a dev dependency), so never
 * import this file from app code.
 *
 *   fc.assert(fc.property(assessmentInputArb, (input) => …))
 *
 * Values cover realistic ranges with their edges (zero income, maxed lines,
 * 60-month records, long overdues) and every optional field both present and
 * absent; every generated value passes `assessmentInputSchema`.
 */
import fc from "fast-check";
import { CUT_REASONS, EMPLOYMENTS, GOALS, PLATFORMS, REVENUE_TRENDS, type Goal, type PlatformId } from "../constants";
import type { AssessmentInput } from "../schema";

const nat = (max: number) => fc.integer({ min: 0, max });
/** Amounts in yuan, rounded to whole yuan, biased to everyday sizes. */
const yuan = (max: number) => fc.oneof(nat(max), nat(Math.min(max, 20000)));
const percent = fc.oneof(nat(100), fc.double({ min: 0, max: 100, noNaN: true }));
/** Mostly false: misuse and open overdues are the exception, not the rule. */
const rarely = fc.oneof({ weight: 4, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) });

const limit = fc.record(
  { current: yuan(300_000), previous: yuan(300_000), usedPercent: percent },
  { requiredKeys: ["current", "usedPercent"] },
);
const cut = fc.record({ reason: fc.constantFrom(...CUT_REASONS), monthsAgo: nat(36) });
const repayment = fc.record({
  onTimeMonths: nat(72),
  overdueCount12m: fc.oneof(fc.constant(0), nat(12)),
  maxOverdueDays12m: fc.oneof(fc.constant(0), nat(30), nat(400)),
  currentlyOverdue: rarely,
  autopay: fc.boolean(),
});
const debt = fc.record({
  monthlyIncome: yuan(100_000),
  monthlyDebtPayment: yuan(50_000),
  lendersWithBalance: nat(12),
  applications3m: nat(12),
});
const usage = fc.record(
  {
    loans12m: nat(40),
    avgLoanDays: fc.oneof(nat(60), fc.double({ min: 0, max: 365, noNaN: true })),
    sameDayRepays12m: fc.oneof(fc.constant(0), nat(15)),
    monthsSinceLastUse: nat(30),
    firstLoanRepaidWithinDays: nat(90),
    cashOut: rarely,
    restrictedPurpose: rarely,
  },
  {
    requiredKeys: [
      "loans12m",
      "avgLoanDays",
      "sameDayRepays12m",
      "monthsSinceLastUse",
      "cashOut",
      "restrictedPurpose",
    ],
  },
);
const ecosystem = fc.record({
  paymentsPerMonth: nat(80),
  paymentScenes: nat(12),
  wealthBalance: yuan(300_000),
  creditCardMonths: nat(60),
});
const profile = fc.record({
  realName: fc.boolean(),
  faceVerified: fc.boolean(),
  bankCardMonths: nat(60),
  educationFilled: fc.boolean(),
  occupationFilled: fc.boolean(),
  employment: fc.constantFrom(...EMPLOYMENTS),
  socialInsurance: fc.boolean(),
  incomeProof: fc.boolean(),
  assetProof: fc.boolean(),
});
const shop = fc.record({
  monthlyRevenue: yuan(1_000_000),
  revenueTrend: fc.constantFrom(...REVENUE_TRENDS),
  positiveRatePercent: percent,
  returnRatePercent: percent,
});
const account = fc.record(
  { deviceChanges12m: nat(10), entryChecksPerMonth: nat(40), riskyGroups: fc.boolean() },
  { requiredKeys: ["deviceChanges12m", "entryChecksPerMonth"] },
);
const extras = fc.record(
  {
    zhimaScore: fc.integer({ min: 350, max: 950 }),
    vipLevel: nat(5),
    joinsCampaigns: fc.boolean(),
    shop,
    account,
    temporaryLimit: yuan(50_000),
    thirdPartyOffer: rarely,
    lendsAccount: rarely,
  },
  { requiredKeys: [] },
);

/** A valid input for the given platform and goal (any when omitted). */
export function assessmentInputArbFor(
  options: { platform?: PlatformId; goal?: Goal } = {},
): fc.Arbitrary<AssessmentInput> {
  return fc
    .record(
      {
        platform: options.platform ? fc.constant(options.platform) : fc.constantFrom(...PLATFORMS),
        goal: options.goal ? fc.constant(options.goal) : fc.constantFrom(...GOALS),
        limit,
        cut,
        repayment,
        debt,
        usage,
        ecosystem,
        profile,
        extras,
      },
      { requiredKeys: ["platform", "goal", "limit", "repayment", "debt", "usage", "ecosystem", "profile"] },
    )
    .map((input) => {
      // The contract: an "open" has no line yet; a cut belongs to a restore.
      if (input.goal === "open") input.limit = { current: 0, usedPercent: 0 };
      if (input.goal !== "restore") delete input.cut;
      return input;
    });
}

/** Any valid input. */
export const assessmentInputArb: fc.Arbitrary<AssessmentInput> = assessmentInputArbFor();
