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

// ---------------------------------------------------------------------------
// Realistic population (for benchmarks and load tests)

/** true with probability p (weighted choice: fast-check's numeric bias towards edges would inflate it). */
const chance = (p: number) =>
  fc.oneof(
    { weight: Math.round(1000 * (1 - p)), arbitrary: fc.constant(false) },
    { weight: Math.round(1000 * p), arbitrary: fc.constant(true) },
  );
const maybe = <T>(p: number, arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> =>
  fc.tuple(chance(p), arb).map(([yes, v]) => (yes ? v : undefined));
const ALIPAY = new Set<PlatformId>(["jiebei", "huabei", "mybank"]);

/**
 * Borrowers as they are likely to arrive: everyday ranges, misuse and open
 * overdues rare (2–3%), optional extras given about half the time, platform
 * questions answered on their platform. `assessmentInputArb` is the
 * edge-hunting population for tests; this one is for measuring.
 */
export const realisticInputArb: fc.Arbitrary<AssessmentInput> = fc
  .record({
    platform: fc.constantFrom(...PLATFORMS),
    goal: fc.constantFrom<Goal>("raise", "raise", "restore", "open"),
    current: fc.integer({ min: 1000, max: 80_000 }),
    cutFactor: fc.double({ min: 1.2, max: 5, noNaN: true }),
    cutReason: fc.constantFrom(...CUT_REASONS, "overdue", "unused", "unknown"),
    cutMonths: nat(12),
    usedPercent: nat(100),
    onTimeMonths: nat(48),
    overdue: maybe(0.15, fc.record({ count: fc.integer({ min: 1, max: 3 }), days: fc.integer({ min: 1, max: 60 }) })),
    currentlyOverdue: chance(0.03),
    autopay: fc.boolean(),
    income: fc.integer({ min: 2000, max: 30_000 }),
    debtShare: fc.double({ min: 0, max: 0.6, noNaN: true }),
    lenders: nat(6),
    applications: nat(5),
    loans12m: nat(15),
    avgLoanDays: fc.integer({ min: 3, max: 40 }),
    sameDay: fc.oneof({ weight: 4, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 3 }) }),
    monthsSinceUse: nat(12),
    firstLoan: maybe(0.3, fc.integer({ min: 1, max: 30 })),
    cashOut: chance(0.02),
    restricted: chance(0.02),
    payments: nat(60),
    scenes: nat(8),
    wealth: fc.oneof(nat(3000), nat(50_000)),
    cardMonths: fc.oneof(fc.constant(0), nat(48)),
    profile,
    zhima: maybe(0.5, fc.integer({ min: 550, max: 800 })),
    vip: maybe(0.3, nat(5)),
    campaigns: maybe(0.3, fc.boolean()),
    shop: maybe(0.7, shop),
    account: maybe(0.5, fc.record({ deviceChanges12m: nat(3), entryChecksPerMonth: nat(8) })),
    thirdParty: chance(0.02),
    lends: chance(0.01),
  })
  .map((r): AssessmentInput => {
    const open = r.goal === "open";
    const extras: NonNullable<AssessmentInput["extras"]> = {};
    if (r.zhima !== undefined && ALIPAY.has(r.platform)) extras.zhimaScore = r.zhima;
    if (r.vip !== undefined) extras.vipLevel = r.vip;
    if (r.campaigns !== undefined) extras.joinsCampaigns = r.campaigns;
    if (r.shop && r.platform === "mybank") extras.shop = r.shop;
    if (r.account && r.platform === "weilidai") extras.account = r.account;
    if (r.thirdParty) extras.thirdPartyOffer = true;
    if (r.lends) extras.lendsAccount = true;
    return {
      platform: r.platform,
      goal: r.goal,
      limit: open
        ? { current: 0, usedPercent: 0 }
        : r.goal === "restore"
          ? { current: r.current, previous: Math.round(r.current * r.cutFactor), usedPercent: r.usedPercent }
          : { current: r.current, usedPercent: r.usedPercent },
      ...(r.goal === "restore" ? { cut: { reason: r.cutReason, monthsAgo: r.cutMonths } } : {}),
      repayment: {
        onTimeMonths: r.overdue ? Math.min(r.onTimeMonths, 11) : r.onTimeMonths,
        overdueCount12m: r.overdue?.count ?? 0,
        maxOverdueDays12m: r.overdue?.days ?? 0,
        currentlyOverdue: r.currentlyOverdue,
        autopay: r.autopay,
      },
      debt: {
        monthlyIncome: r.income,
        monthlyDebtPayment: Math.round(r.income * r.debtShare),
        lendersWithBalance: r.lenders,
        applications3m: r.applications,
      },
      usage: {
        loans12m: open ? 0 : r.loans12m,
        avgLoanDays: open ? 0 : r.avgLoanDays,
        sameDayRepays12m: open ? 0 : r.sameDay,
        monthsSinceLastUse: open ? 0 : r.monthsSinceUse,
        ...(r.firstLoan !== undefined && r.goal === "raise" ? { firstLoanRepaidWithinDays: r.firstLoan } : {}),
        cashOut: r.cashOut,
        restrictedPurpose: r.restricted,
      },
      ecosystem: {
        paymentsPerMonth: r.payments,
        paymentScenes: r.scenes,
        wealthBalance: r.wealth,
        creditCardMonths: r.cardMonths,
      },
      profile: r.profile,
      ...(Object.keys(extras).length ? { extras } : {}),
    };
  });
