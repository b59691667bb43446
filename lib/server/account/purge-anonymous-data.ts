// The retention rule for anonymous data, used by `npm run db:retention`
// (scripts/db/retention.ts). Deliberately free of `server-only` and of the
// app's db singleton so the plain tsx script can run it on any client.
import type { Db } from "../../db/create-client";

export const DEFAULT_ANON_RETENTION_DAYS = 90;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface RetentionCounts {
  cutoff: string;
  assessments: number;
  checklistItems: number;
  shareLinks: number;
  reviewRequests: number;
  supportNotes: number;
  consents: number;
}

/** Parses ANON_RETENTION_DAYS: a whole number of days from 1 to 3650, default 90. */
export function retentionDays(value: string | undefined): number {
  if (value === undefined || value.trim() === "") return DEFAULT_ANON_RETENTION_DAYS;
  const days = Number(value);
  if (!Number.isInteger(days) || days < 1 || days > 3650) {
    throw new Error(`ANON_RETENTION_DAYS must be a whole number of days from 1 to 3650 (got "${value}")`);
  }
  return days;
}

/**
 * Deletes anonymous assessments (no account) created more than `days` ago,
 * with everything hanging off them (checklist progress, share links — which
 * stop opening —, review requests, notes), and anonymous consent records older
 * than the cut-off whose visitor has no assessment left. Accounts' data is
 * never touched: it lives until the person deletes it. `dryRun` only counts.
 */
export async function purgeAnonymousData({
  db,
  days,
  now = new Date(),
  dryRun = false,
}: {
  db: Db;
  days: number;
  now?: Date;
  dryRun?: boolean;
}): Promise<RetentionCounts> {
  const cutoff = new Date(now.getTime() - days * DAY_MS);
  const old = { userId: null, createdAt: { lt: cutoff } };
  const ofOld = { assessment: { is: old } };

  const [assessments, checklistItems, shareLinks, reviewRequests, supportNotes] = await Promise.all([
    db.assessment.count({ where: old }),
    db.checklistProgress.count({ where: ofOld }),
    db.shareLink.count({ where: ofOld }),
    db.reviewRequest.count({ where: ofOld }),
    db.supportNote.count({ where: ofOld }),
  ]);
  if (!dryRun) await db.assessment.deleteMany({ where: old });

  // Old anonymous consents go once their visitor has nothing stored any more.
  const candidates = await db.consentRecord.findMany({
    where: { userId: null, grantedAt: { lt: cutoff } },
    select: { id: true, anonOwnerHash: true },
  });
  const hashes = [...new Set(candidates.map((c) => c.anonOwnerHash).filter((h): h is string => !!h))];
  const stillHolding = new Set<string>();
  for (let i = 0; i < hashes.length; i += 500) {
    const chunk = hashes.slice(i, i + 500);
    const rows = await db.assessment.findMany({
      where: { userId: null, anonOwnerHash: { in: chunk }, createdAt: { gte: cutoff } },
      select: { anonOwnerHash: true },
      distinct: ["anonOwnerHash"],
    });
    for (const r of rows) if (r.anonOwnerHash) stillHolding.add(r.anonOwnerHash);
  }
  const consentIds = candidates.filter((c) => !c.anonOwnerHash || !stillHolding.has(c.anonOwnerHash)).map((c) => c.id);
  if (!dryRun) {
    for (let i = 0; i < consentIds.length; i += 500) {
      await db.consentRecord.deleteMany({ where: { id: { in: consentIds.slice(i, i + 500) } } });
    }
  }

  const counts: RetentionCounts = {
    cutoff: cutoff.toISOString(),
    assessments,
    checklistItems,
    shareLinks,
    reviewRequests,
    supportNotes,
    consents: consentIds.length,
  };
  if (!dryRun) {
    await db.auditEvent.create({ data: { action: "retention.anonymous_purged", actorRole: "SYSTEM", metadata: { days, ...counts } } });
  }
  return counts;
}
