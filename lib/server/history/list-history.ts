import "server-only";
import { db as defaultDb, type Db } from "@/lib/db";

export interface HistoryEntry {
  id: string;
  createdAt: string;
  platform: string;
  goal: string;
  probability: number;
  band: string;
  modelVersion: string;
  interval: { low: number; high: number } | null;
  horizonMonths: number | null;
  /** Ticked checklist items / items in the checklist. */
  checklist: { done: number; total: number };
}

function outputSummary(output: unknown) {
  const o = (output ?? {}) as { interval?: { low?: unknown; high?: unknown }; horizonMonths?: unknown; checklist?: unknown };
  const interval =
    typeof o.interval?.low === "number" && typeof o.interval?.high === "number" ? { low: o.interval.low, high: o.interval.high } : null;
  return {
    interval,
    horizonMonths: typeof o.horizonMonths === "number" ? o.horizonMonths : null,
    checklistTotal: Array.isArray(o.checklist) ? o.checklist.length : 0,
  };
}

/** The signed-in borrower's assessments, oldest first (at most the latest `limit`). */
export async function listHistory({ db = defaultDb, userId, limit = 200 }: { db?: Db; userId: string; limit?: number }): Promise<HistoryEntry[]> {
  const rows = await db.assessment.findMany({
    where: { userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: {
      id: true,
      createdAt: true,
      platform: true,
      goal: true,
      probability: true,
      band: true,
      modelVersion: true,
      output: true,
      _count: { select: { checklist: { where: { done: true } } } },
    },
  });
  return rows.reverse().map((r) => {
    const s = outputSummary(r.output);
    return {
      id: r.id,
      createdAt: r.createdAt.toISOString(),
      platform: r.platform,
      goal: r.goal,
      probability: r.probability,
      band: r.band,
      modelVersion: r.modelVersion,
      interval: s.interval,
      horizonMonths: s.horizonMonths,
      checklist: { done: r._count.checklist, total: s.checklistTotal },
    };
  });
}
