import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { assess, type AssessmentInput } from "@/lib/scoring";
import { AppError } from "@/lib/server/errors";
import type { Owner } from "@/lib/server/owner/current-owner";
import { getAssessment } from "./get-assessment";

const INPUT: AssessmentInput = {
  platform: "mybank",
  goal: "restore",
  limit: { current: 5000, previous: 50000, usedPercent: 0 },
  cut: { reason: "unused", monthsAgo: 2 },
  repayment: { onTimeMonths: 18, overdueCount12m: 0, maxOverdueDays12m: 0, currentlyOverdue: false, autopay: true },
  debt: { monthlyIncome: 9000, monthlyDebtPayment: 2200, lendersWithBalance: 2, applications3m: 1 },
  usage: { loans12m: 0, avgLoanDays: 0, sameDayRepays12m: 0, monthsSinceLastUse: 10, cashOut: false, restrictedPurpose: false },
  ecosystem: { paymentsPerMonth: 25, paymentScenes: 5, wealthBalance: 12000, creditCardMonths: 24 },
  profile: {
    realName: true,
    faceVerified: true,
    bankCardMonths: 36,
    educationFilled: true,
    occupationFilled: true,
    employment: "self_employed",
    socialInsurance: false,
    incomeProof: false,
    assetProof: false,
  },
  extras: { shop: { monthlyRevenue: 30000, revenueTrend: "up", positiveRatePercent: 98, returnRatePercent: 3 } },
};

const anon = (): Owner & { kind: "anonymous" } => ({ kind: "anonymous", anonOwnerHash: `test-${randomUUID()}` });

async function seed(owner: { userId?: string; anonOwnerHash?: string }) {
  const output = assess(INPUT);
  return db.assessment.create({
    data: {
      ...owner,
      platform: INPUT.platform,
      goal: INPUT.goal,
      modelVersion: output.modelVersion,
      input: INPUT as object,
      output: output as object,
      probability: output.probability,
      band: output.band,
    },
    select: { id: true },
  });
}

async function notFound(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe("NOT_FOUND");
  expect((error as AppError).status).toBe(404);
}

describe("getAssessment on the real database", () => {
  it("gives the owner the input, the output and the ticked items", async () => {
    const owner = anon();
    const { id } = await seed({ anonOwnerHash: owner.anonOwnerHash });
    const output = assess(INPUT);
    expect(output.checklist.length).toBeGreaterThan(0);
    const itemId = output.checklist[0]!.id;
    await db.checklistProgress.create({ data: { assessmentId: id, itemId, done: true, doneAt: new Date() } });
    const result = await getAssessment({ owner, id });
    expect(result.id).toBe(id);
    expect(result.input).toEqual(INPUT);
    expect(result.output.probability).toBeCloseTo(output.probability, 10);
    expect(result.output.checklist.map((c) => c.id)).toEqual(output.checklist.map((c) => c.id));
    expect(result.done).toEqual([itemId]);
    expect(result.createdAt).toBeInstanceOf(Date);
  });

  it("is NOT_FOUND for another visitor, another user, nobody, an unknown id or a malformed id", async () => {
    const owner = anon();
    const { id } = await seed({ anonOwnerHash: owner.anonOwnerHash });
    const other = await db.user.create({ data: { email: `get-${randomUUID()}@example.com`, passwordHash: "x" } });
    await notFound(getAssessment({ owner: anon(), id }));
    await notFound(getAssessment({ owner: { kind: "user", user: { id: other.id, email: other.email, name: null, role: "BORROWER" } }, id }));
    await notFound(getAssessment({ owner: null, id }));
    await notFound(getAssessment({ owner, id: "cl0000000000000000000000" }));
    await notFound(getAssessment({ owner, id: "../../etc/passwd" }));
  });

  it("a user's assessment is theirs alone, even for the browser it was made in before it was claimed", async () => {
    const user = await db.user.create({ data: { email: `claim-${randomUUID()}@example.com`, passwordHash: "x" } });
    const browser = anon();
    const { id } = await seed({ userId: user.id, anonOwnerHash: browser.anonOwnerHash });
    await notFound(getAssessment({ owner: browser, id }));
    const result = await getAssessment({ owner: { kind: "user", user: { id: user.id, email: user.email, name: null, role: "BORROWER" } }, id });
    expect(result.id).toBe(id);
  });
});
