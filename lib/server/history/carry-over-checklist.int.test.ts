import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seedAssessment, seedUser, uniqueHash } from "@/lib/server/account/test-support";
import { carryOverChecklist } from "./carry-over-checklist";

const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000);

async function tick(assessmentId: string, items: Record<string, boolean>, doneAt = minutesAgo(30)) {
  for (const [itemId, done] of Object.entries(items)) {
    await db.checklistProgress.create({ data: { assessmentId, itemId, done, doneAt: done ? doneAt : null } });
  }
}
const progress = async (assessmentId: string) =>
  (await db.checklistProgress.findMany({ where: { assessmentId }, orderBy: { itemId: "asc" } })).map((p) => [p.itemId, p.done]);

describe("carryOverChecklist", () => {
  it("copies ticked items of the previous assessment of the same platform that the new checklist has", async () => {
    const user = await seedUser(db);
    const older = await seedAssessment(db, { userId: user.id }, { platform: "jiebei", createdAt: minutesAgo(120) });
    const previous = await seedAssessment(db, { userId: user.id }, { platform: "jiebei", createdAt: minutesAgo(60) });
    const otherPlatform = await seedAssessment(db, { userId: user.id }, { platform: "huabei", createdAt: minutesAgo(10) });
    await tick(older.id, { grow_savings: true });
    const doneAt = minutesAgo(45);
    await tick(previous.id, { enable_autopay: true, pay_down_debt: true, daily_payments: false, bind_bank_card: true }, doneAt);
    await tick(otherPlatform.id, { join_campaigns: true });
    const next = await seedAssessment(db, { userId: user.id }, { platform: "jiebei" });

    const carried = await carryOverChecklist({
      userId: user.id,
      platform: "jiebei",
      newAssessmentId: next.id,
      newItemIds: ["enable_autopay", "pay_down_debt", "daily_payments", "grow_savings", "join_campaigns"],
    });
    expect(carried.sort()).toEqual(["enable_autopay", "pay_down_debt"]);
    expect(await progress(next.id)).toEqual([
      ["enable_autopay", true],
      ["pay_down_debt", true],
    ]);
    const row = await db.checklistProgress.findFirstOrThrow({ where: { assessmentId: next.id, itemId: "enable_autopay" } });
    expect(row.doneAt?.getTime()).toBe(doneAt.getTime());
    // The previous assessment keeps its own progress.
    expect((await progress(previous.id)).length).toBe(4);
  });

  it("is idempotent and keeps what the borrower already changed on the new assessment", async () => {
    const user = await seedUser(db);
    const previous = await seedAssessment(db, { userId: user.id }, { createdAt: minutesAgo(60) });
    await tick(previous.id, { enable_autopay: true, pay_down_debt: true });
    const next = await seedAssessment(db, { userId: user.id });
    await tick(next.id, { pay_down_debt: false });
    const args = { userId: user.id, platform: "jiebei", newAssessmentId: next.id, newItemIds: ["enable_autopay", "pay_down_debt"] };
    await carryOverChecklist(args);
    await carryOverChecklist(args);
    expect(await progress(next.id)).toEqual([
      ["enable_autopay", true],
      ["pay_down_debt", false],
    ]);
  });

  it("never copies another owner's progress, and works for anonymous visitors", async () => {
    const a = await seedUser(db);
    const b = await seedUser(db);
    const theirs = await seedAssessment(db, { userId: b.id }, { createdAt: minutesAgo(5) });
    await tick(theirs.id, { enable_autopay: true });
    const first = await seedAssessment(db, { userId: a.id });
    expect(await carryOverChecklist({ userId: a.id, platform: "jiebei", newAssessmentId: first.id, newItemIds: ["enable_autopay"] })).toEqual([]);

    const hash = uniqueHash();
    const anonPrev = await seedAssessment(db, { anonOwnerHash: hash }, { createdAt: minutesAgo(5) });
    await tick(anonPrev.id, { enable_autopay: true });
    const anonNext = await seedAssessment(db, { anonOwnerHash: hash });
    expect(
      await carryOverChecklist({ anonOwnerHash: hash, platform: "jiebei", newAssessmentId: anonNext.id, newItemIds: ["enable_autopay"] }),
    ).toEqual(["enable_autopay"]);
    // Someone else's new assessment cannot be written to.
    await expect(
      carryOverChecklist({ userId: a.id, platform: "jiebei", newAssessmentId: anonNext.id, newItemIds: ["enable_autopay"] }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("does nothing for a first assessment", async () => {
    const user = await seedUser(db);
    const only = await seedAssessment(db, { userId: user.id });
    expect(await carryOverChecklist({ userId: user.id, platform: "jiebei", newAssessmentId: only.id, newItemIds: ["enable_autopay"] })).toEqual([]);
  });
});
