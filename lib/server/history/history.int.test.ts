import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { assess, referenceInput, type AssessmentInput } from "@/lib/scoring";
import { seedUser } from "@/lib/server/account/test-support";
import { listHistory } from "./list-history";
import { getComparison } from "./get-comparison";

async function seedReal(userId: string, input: AssessmentInput, createdAt: Date) {
  const output = assess(input);
  return db.assessment.create({
    data: {
      userId,
      platform: input.platform,
      goal: input.goal,
      modelVersion: output.modelVersion,
      input,
      output: output as object,
      probability: output.probability,
      band: output.band,
      createdAt,
    },
  });
}

describe("history", () => {
  it("lists one's own assessments oldest first, with checklist progress", async () => {
    const user = await seedUser(db);
    const other = await seedUser(db);
    const base = referenceInput("jiebei", "raise");
    const a = await seedReal(user.id, base, new Date(Date.now() - 86_400_000));
    const b = await seedReal(user.id, { ...base, platform: "huabei" }, new Date());
    await seedReal(other.id, base, new Date());
    const first = (a.output as { checklist: { id: string }[] }).checklist[0];
    if (first) await db.checklistProgress.create({ data: { assessmentId: a.id, itemId: first.id, done: true } });
    const list = await listHistory({ userId: user.id });
    expect(list.map((e) => e.id)).toEqual([a.id, b.id]);
    expect(list[0]).toMatchObject({ platform: "jiebei", probability: a.probability, checklist: { done: first ? 1 : 0 } });
    expect(list[0]!.interval).not.toBeNull();
    expect(list[1]!.platform).toBe("huabei");
  });

  it("compares two of one's own assessments in time order, and refuses someone else's", async () => {
    const user = await seedUser(db);
    const base = referenceInput("weilidai", "raise");
    const older = await seedReal(user.id, base, new Date(Date.now() - 30 * 86_400_000));
    const improved = { ...base, repayment: { ...base.repayment, onTimeMonths: 24, autopay: true }, debt: { ...base.debt, applications3m: 0 } };
    const newer = await seedReal(user.id, improved, new Date());

    const c = await getComparison({ userId: user.id, ids: [newer.id, older.id] });
    expect(c.from.id).toBe(older.id);
    expect(c.to.id).toBe(newer.id);
    expect(c.total).toBeCloseTo(newer.probability - older.probability, 12);
    expect(c.attributable).toBe(true);
    expect(c.groups.map((g) => g.group)).toEqual(["repayment", "debt"]);
    const sum = c.groups.reduce((s, g) => s + (g.effect ?? 0), 0) + (c.combined ?? 0);
    expect(sum).toBeCloseTo(c.total, 10);
    expect(JSON.stringify(c)).not.toContain("monthlyIncome\":");

    const stranger = await seedUser(db);
    await expect(getComparison({ userId: stranger.id, ids: [older.id, newer.id] })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getComparison({ userId: user.id, ids: [older.id, older.id] })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
