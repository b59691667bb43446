import { randomUUID } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { assess, assessmentInputSchema, MODEL_VERSION, type AssessmentInput } from "@/lib/scoring";
import { AppError } from "@/lib/server/errors";
import type { Owner } from "@/lib/server/owner/current-owner";
import { CONSENT_PURPOSE, CONSENT_VERSION } from "./consent-terms";
import { createAssessment } from "./create-assessment";

const t = (key: string, values?: Record<string, string | number>) => (values ? `${key}:${JSON.stringify(values)}` : key);
const anon = (): Owner => ({ kind: "anonymous", anonOwnerHash: `test-${randomUUID()}` });
const consent = { agreed: true, version: CONSENT_VERSION };

const INPUT: AssessmentInput = {
  platform: "jiebei",
  goal: "raise",
  limit: { current: 20000, usedPercent: 40 },
  repayment: { onTimeMonths: 10, overdueCount12m: 0, maxOverdueDays12m: 0, currentlyOverdue: false, autopay: false },
  debt: { monthlyIncome: 8000, monthlyDebtPayment: 2500, lendersWithBalance: 3, applications3m: 3 },
  usage: { loans12m: 4, avgLoanDays: 20, sameDayRepays12m: 0, monthsSinceLastUse: 1, cashOut: false, restrictedPurpose: false },
  ecosystem: { paymentsPerMonth: 12, paymentScenes: 3, wealthBalance: 2000, creditCardMonths: 0 },
  profile: {
    realName: true,
    faceVerified: true,
    bankCardMonths: 12,
    educationFilled: false,
    occupationFilled: false,
    employment: "private",
    socialInsurance: true,
    incomeProof: false,
    assetProof: false,
  },
};

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("createAssessment on the real database", () => {
  it("scores and stores the input for an anonymous owner, with the consent it was given under", async () => {
    const owner = anon();
    const { id } = await createAssessment({ input: INPUT, consent, resolveOwner: async () => owner, t });
    const row = await db.assessment.findUniqueOrThrow({ where: { id } });
    const expected = assess(assessmentInputSchema.parse(INPUT));
    expect(row).toMatchObject({
      userId: null,
      anonOwnerHash: owner.kind === "anonymous" ? owner.anonOwnerHash : "",
      platform: "jiebei",
      goal: "raise",
      modelVersion: MODEL_VERSION,
      band: expected.band,
    });
    expect(row.probability).toBeCloseTo(expected.probability, 10);
    expect(row.input).toEqual(INPUT);
    expect(row.output).toEqual(JSON.parse(JSON.stringify(expected)));
    const consents = await db.consentRecord.findMany({ where: { anonOwnerHash: row.anonOwnerHash } });
    expect(consents).toHaveLength(1);
    expect(consents[0]).toMatchObject({ version: CONSENT_VERSION, purpose: CONSENT_PURPOSE, userId: null, withdrawnAt: null });
  });

  it("stores it under the signed-in user when there is one", async () => {
    const user = await db.user.create({ data: { email: `create-${randomUUID()}@example.com`, passwordHash: "x" } });
    const owner: Owner = { kind: "user", user: { id: user.id, email: user.email, name: null, role: "BORROWER" } };
    const { id } = await createAssessment({ input: { ...INPUT, platform: "weilidai", goal: "open", limit: { current: 0, usedPercent: 0 } }, consent, resolveOwner: async () => owner, t });
    const row = await db.assessment.findUniqueOrThrow({ where: { id }, select: { userId: true, anonOwnerHash: true, goal: true } });
    expect(row).toEqual({ userId: user.id, anonOwnerHash: null, goal: "open" });
    expect(await db.consentRecord.count({ where: { userId: user.id, version: CONSENT_VERSION } })).toBe(1);
  });

  it("rejects bad values field by field, before giving anyone a cookie, and stores nothing", async () => {
    const resolveOwner = vi.fn(async () => anon());
    const before = await db.assessment.count();
    const bad = {
      ...INPUT,
      limit: { current: -5, usedPercent: 140 },
      repayment: { ...INPUT.repayment, onTimeMonths: 2.5 },
      debt: { ...INPUT.debt, monthlyIncome: "lots" },
    };
    const error = await rejection(createAssessment({ input: bad, consent, resolveOwner, t }));
    expect(error.code).toBe("VALIDATION");
    expect(error.status).toBe(422);
    expect(error.fieldErrors).toEqual({
      "limit.current": ['atLeast:{"min":0}'],
      "limit.usedPercent": ['atMost:{"max":100}'],
      "repayment.onTimeMonths": ["integer"],
      "debt.monthlyIncome": ["number"],
    });
    expect(resolveOwner).not.toHaveBeenCalled();
    expect(await db.assessment.count()).toBe(before);
  });

  it("applies the product rules the schema cannot: goals per platform, a restore needs a higher previous line", async () => {
    const wrongGoal = await rejection(
      createAssessment({ input: { ...INPUT, goal: "open" }, consent, resolveOwner: async () => anon(), t }),
    );
    expect(wrongGoal.fieldErrors).toEqual({ goal: ["choose"] });
    const noPrevious = await rejection(
      createAssessment({ input: { ...INPUT, goal: "restore", cut: { reason: "overdue", monthsAgo: 2 } }, consent, resolveOwner: async () => anon(), t }),
    );
    expect(noPrevious.fieldErrors).toEqual({ "limit.previous": ["required"] });
    const notHigher = await rejection(
      createAssessment({
        input: { ...INPUT, goal: "restore", limit: { current: 20000, previous: 15000, usedPercent: 10 }, cut: { reason: "overdue", monthsAgo: 2 } },
        consent,
        resolveOwner: async () => anon(),
        t,
      }),
    );
    expect(notHigher.fieldErrors).toEqual({ "limit.previous": ['greaterThan:{"min":20000}'] });
  });

  it("requires consent, and consent to the current text", async () => {
    const missing = await rejection(createAssessment({ input: INPUT, consent: { agreed: false, version: CONSENT_VERSION }, resolveOwner: async () => anon(), t }));
    expect(missing.code).toBe("VALIDATION");
    expect(missing.fieldErrors).toEqual({ _consent: ["required"] });
    const outdated = await rejection(createAssessment({ input: INPUT, consent: { agreed: true, version: "check-1999-01" }, resolveOwner: async () => anon(), t }));
    expect(outdated.code).toBe("CONFLICT");
  });

  it.each([null, "hello", 42, [], { platform: "alipay" }, { ...INPUT, limit: null }, { ...INPUT, extras: { zhimaScore: 10_000 } }])(
    "answers odd input %j with VALIDATION, never a crash",
    async (input) => {
      const error = await rejection(createAssessment({ input, consent, resolveOwner: async () => anon(), t }));
      expect(error.code).toBe("VALIDATION");
      expect(Object.keys(error.fieldErrors ?? {}).length).toBeGreaterThan(0);
    },
  );

  it("limits one owner to 30 new assessments per 10 minutes", async () => {
    const owner = anon();
    for (let i = 0; i < 30; i++) await createAssessment({ input: INPUT, consent, resolveOwner: async () => owner, t });
    const error = await rejection(createAssessment({ input: INPUT, consent, resolveOwner: async () => owner, t }));
    expect(error.code).toBe("RATE_LIMITED");
    expect(error.retryAfterSeconds).toBeGreaterThan(0);
    // Someone else is not affected.
    await expect(createAssessment({ input: INPUT, consent, resolveOwner: async () => anon(), t })).resolves.toHaveProperty("id");
  });
});

describe("checklist progress carries over", () => {
  it("a new check-up of the same platform starts with the items the owner already ticked", async () => {
    const owner = anon();
    const first = await createAssessment({ input: INPUT, consent, resolveOwner: async () => owner, t });
    const output = assess(assessmentInputSchema.parse(INPUT));
    const ticked = output.checklist[0]!.id;
    await db.checklistProgress.create({ data: { assessmentId: first.id, itemId: ticked, done: true, doneAt: new Date() } });

    const second = await createAssessment({ input: INPUT, consent, resolveOwner: async () => owner, t });
    const progress = await db.checklistProgress.findMany({ where: { assessmentId: second.id }, select: { itemId: true, done: true } });
    expect(progress).toEqual([{ itemId: ticked, done: true }]);

    // Another platform, or another owner, starts clean.
    const other = await createAssessment({ input: { ...INPUT, platform: "generic" }, consent, resolveOwner: async () => owner, t });
    expect(await db.checklistProgress.count({ where: { assessmentId: other.id } })).toBe(0);
    const stranger = await createAssessment({ input: INPUT, consent, resolveOwner: async () => anon(), t });
    expect(await db.checklistProgress.count({ where: { assessmentId: stranger.id } })).toBe(0);
  });
});

describe("a visitor whose cookie this request minted", () => {
  it("owns nothing yet, so the check-up is stored without looking up earlier ones", async () => {
    const owner: Owner = { kind: "anonymous", anonOwnerHash: `test-${randomUUID()}`, isNew: true };
    const findFirst = vi.spyOn(db.assessment, "findFirst");
    try {
      const { id } = await createAssessment({ input: INPUT, consent, resolveOwner: async () => owner, t });
      expect(findFirst).not.toHaveBeenCalled();
      expect(await db.assessment.count({ where: { id, anonOwnerHash: owner.anonOwnerHash } })).toBe(1);
      expect(await db.checklistProgress.count({ where: { assessmentId: id } })).toBe(0);
    } finally {
      findFirst.mockRestore();
    }
    // The same visitor coming back (cookie already set) is looked up as usual.
    const back: Owner = { kind: "anonymous", anonOwnerHash: owner.anonOwnerHash };
    const spy = vi.spyOn(db.assessment, "findFirst");
    try {
      await createAssessment({ input: INPUT, consent, resolveOwner: async () => back, t });
      expect(spy).toHaveBeenCalled();
    } finally {
      spy.mockRestore();
    }
  });
});
