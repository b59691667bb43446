import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { assess, type AssessmentInput } from "@/lib/scoring";
import { AppError } from "@/lib/server/errors";
import type { Owner } from "@/lib/server/owner/current-owner";
import { getAssessment } from "./get-assessment";
import { setChecklistItem } from "./set-checklist-item";

const INPUT: AssessmentInput = {
  platform: "weilidai",
  goal: "raise",
  limit: { current: 8000, usedPercent: 90 },
  repayment: { onTimeMonths: 6, overdueCount12m: 0, maxOverdueDays12m: 0, currentlyOverdue: false, autopay: false },
  debt: { monthlyIncome: 6000, monthlyDebtPayment: 2500, lendersWithBalance: 4, applications3m: 4 },
  usage: { loans12m: 2, avgLoanDays: 5, sameDayRepays12m: 1, monthsSinceLastUse: 2, cashOut: false, restrictedPurpose: false },
  ecosystem: { paymentsPerMonth: 10, paymentScenes: 2, wealthBalance: 0, creditCardMonths: 0 },
  profile: {
    realName: true,
    faceVerified: true,
    bankCardMonths: 6,
    educationFilled: false,
    occupationFilled: false,
    employment: "private",
    socialInsurance: false,
    incomeProof: false,
    assetProof: false,
  },
  extras: { account: { deviceChanges12m: 1, entryChecksPerMonth: 8 } },
};

const anon = (): Owner & { kind: "anonymous" } => ({ kind: "anonymous", anonOwnerHash: `test-${randomUUID()}` });

async function seed(owner: Owner & { kind: "anonymous" }) {
  const output = assess(INPUT);
  const row = await db.assessment.create({
    data: {
      anonOwnerHash: owner.anonOwnerHash,
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
  return { id: row.id, items: output.checklist.map((c) => c.id) };
}

async function failure(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("setChecklistItem on the real database", () => {
  it("ticks, keeps the first tick time when ticked again, and unticks", async () => {
    const owner = anon();
    const { id, items } = await seed(owner);
    expect(items.length).toBeGreaterThan(1);
    const first = await setChecklistItem({ owner, assessmentId: id, itemId: items[0]!, done: true });
    expect(first.done).toBe(true);
    expect(first.doneAt).toBeInstanceOf(Date);
    const again = await setChecklistItem({ owner, assessmentId: id, itemId: items[0]!, done: true });
    expect(again.doneAt?.getTime()).toBe(first.doneAt!.getTime());
    expect((await getAssessment({ owner, id })).done).toEqual([items[0]]);

    const undone = await setChecklistItem({ owner, assessmentId: id, itemId: items[0]!, done: false });
    expect(undone).toEqual({ done: false, doneAt: null });
    expect((await getAssessment({ owner, id })).done).toEqual([]);
    expect(await db.checklistProgress.count({ where: { assessmentId: id } })).toBe(1);
  });

  it("is idempotent under concurrent ticks: one row, ticked", async () => {
    const owner = anon();
    const { id, items } = await seed(owner);
    await Promise.all(Array.from({ length: 5 }, () => setChecklistItem({ owner, assessmentId: id, itemId: items[1]!, done: true })));
    const rows = await db.checklistProgress.findMany({ where: { assessmentId: id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ itemId: items[1], done: true });
  });

  it("refuses anyone but the owner with NOT_FOUND, writing nothing", async () => {
    const owner = anon();
    const { id, items } = await seed(owner);
    for (const stranger of [anon(), null]) {
      const error = await failure(setChecklistItem({ owner: stranger, assessmentId: id, itemId: items[0]!, done: true }));
      expect(error.code).toBe("NOT_FOUND");
    }
    expect((await failure(setChecklistItem({ owner, assessmentId: "nope", itemId: items[0]!, done: true }))).code).toBe("NOT_FOUND");
    expect(await db.checklistProgress.count({ where: { assessmentId: id } })).toBe(0);
  });

  it("refuses an item that is not on this assessment's checklist", async () => {
    const owner = anon();
    const { id, items } = await seed(owner);
    const notOnIt = ["improve_shop", "made_up_item"].find((x) => !items.includes(x as never))!;
    const error = await failure(setChecklistItem({ owner, assessmentId: id, itemId: notOnIt, done: true }));
    expect(error.code).toBe("VALIDATION");
    expect(await db.checklistProgress.count({ where: { assessmentId: id } })).toBe(0);
  });
});
