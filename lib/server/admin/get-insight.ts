import "server-only";
import { db as defaultDb, type Db } from "@/lib/db";
import { BANDS, type Band } from "@/lib/scoring";
import { AppError } from "@/lib/server/errors";
import { caseFiltersSchema, type CaseFilters } from "@/lib/validation/admin";
import { assertStaff, type Actor } from "./assert-staff";
import { caseWhere } from "./case-where";

/** Reasons and checklist rates are read from the newest this-many assessments in the range. */
export const INSIGHT_SAMPLE = 2000;
const DEFAULT_DAYS = 90;
const DAY = 24 * 60 * 60 * 1000;
const CHINA = 8 * 60 * 60 * 1000;

export interface Insight {
  /** The filters applied, with the default range (the last 90 days) filled in. */
  filters: CaseFilters & { from: string; to: string };
  total: number;
  bucket: "day" | "month";
  /** Assessments per day (or month), oldest first, empty buckets included. */
  series: { key: string; count: number }[];
  /** Band distribution per platform. */
  bands: { platform: string; total: number; counts: Record<Band, number> }[];
  /** Negative reasons by how many assessments carry them, most common first (top 10). */
  reasons: { code: string; count: number; share: number }[];
  /** Checklist items: how often offered, how often ticked off (most offered first, top 12). */
  checklist: { id: string; offered: number; done: number; rate: number }[];
  sample: { size: number; capped: boolean };
}

/** `Date` → `YYYY-MM-DD` in China time. */
const chinaDay = (d: Date) => new Date(d.getTime() + CHINA).toISOString().slice(0, 10);

/**
 * The whole picture for staff: assessments over time, band distribution per
 * platform, the most common negative reasons and checklist completion rates,
 * for the same filters as the case list. Counts only: no personal data. Staff only.
 */
export async function getInsight({
  db = defaultDb,
  actor,
  filters,
  now = new Date(),
}: {
  db?: Db;
  actor: Actor;
  filters: unknown;
  now?: Date;
}): Promise<Insight> {
  await assertStaff(db, actor);
  const parsed = caseFiltersSchema.safeParse(filters ?? {});
  if (!parsed.success) throw new AppError("VALIDATION", "Invalid filters");
  const to = parsed.data.to ?? chinaDay(now);
  const from = parsed.data.from ?? chinaDay(new Date(Date.parse(`${to}T00:00:00Z`) - (DEFAULT_DAYS - 1) * DAY));
  const f = { ...parsed.data, from: from <= to ? from : to, to };
  const { where } = caseWhere(f);

  const [dates, grouped, sample] = await Promise.all([
    db.assessment.findMany({ where, select: { createdAt: true }, orderBy: { createdAt: "asc" }, take: 200_000 }),
    db.assessment.groupBy({ by: ["platform", "band"], where, _count: { _all: true } }),
    db.assessment.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: INSIGHT_SAMPLE,
      select: { output: true, checklist: { where: { done: true }, select: { itemId: true } } },
    }),
  ]);

  // Over time: by day up to ~4 months, by month beyond.
  const spanDays = Math.round((Date.parse(`${f.to}T00:00:00Z`) - Date.parse(`${f.from}T00:00:00Z`)) / DAY) + 1;
  const bucket: Insight["bucket"] = spanDays <= 124 ? "day" : "month";
  const keyOf = (d: string) => (bucket === "day" ? d : d.slice(0, 7));
  const series = new Map<string, number>();
  for (let t = Date.parse(`${f.from}T00:00:00Z`); t <= Date.parse(`${f.to}T00:00:00Z`); t += DAY) {
    series.set(keyOf(new Date(t).toISOString().slice(0, 10)), 0);
  }
  for (const { createdAt } of dates) {
    const key = keyOf(chinaDay(createdAt));
    series.set(key, (series.get(key) ?? 0) + 1);
  }

  const byPlatform = new Map<string, Insight["bands"][number]>();
  for (const g of grouped) {
    const entry = byPlatform.get(g.platform) ?? { platform: g.platform, total: 0, counts: Object.fromEntries(BANDS.map((b) => [b, 0])) as Record<Band, number> };
    if ((BANDS as readonly string[]).includes(g.band)) entry.counts[g.band as Band] += g._count._all;
    entry.total += g._count._all;
    byPlatform.set(g.platform, entry);
  }

  const reasonCounts = new Map<string, number>();
  const offered = new Map<string, { offered: number; done: number }>();
  for (const row of sample) {
    const output = row.output as { reasons?: { code?: unknown; direction?: unknown }[]; checklist?: { id?: unknown }[] } | null;
    const negative = new Set((output?.reasons ?? []).filter((r) => r.direction === "negative" && typeof r.code === "string").map((r) => r.code as string));
    for (const code of negative) reasonCounts.set(code, (reasonCounts.get(code) ?? 0) + 1);
    const done = new Set(row.checklist.map((c) => c.itemId));
    const items = new Set((output?.checklist ?? []).map((c) => c.id).filter((id): id is string => typeof id === "string"));
    for (const id of items) {
      const e = offered.get(id) ?? { offered: 0, done: 0 };
      e.offered += 1;
      if (done.has(id)) e.done += 1;
      offered.set(id, e);
    }
  }
  const n = sample.length;
  return {
    filters: f,
    total: grouped.reduce((sum, g) => sum + g._count._all, 0),
    bucket,
    series: [...series].map(([key, count]) => ({ key, count })),
    bands: [...byPlatform.values()].sort((a, b) => b.total - a.total || a.platform.localeCompare(b.platform)),
    reasons: [...reasonCounts]
      .map(([code, count]) => ({ code, count, share: n ? count / n : 0 }))
      .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code))
      .slice(0, 10),
    checklist: [...offered]
      .map(([id, e]) => ({ id, offered: e.offered, done: e.done, rate: e.offered ? e.done / e.offered : 0 }))
      .sort((a, b) => b.offered - a.offered || a.id.localeCompare(b.id))
      .slice(0, 12),
    sample: { size: n, capped: n === INSIGHT_SAMPLE },
  };
}
