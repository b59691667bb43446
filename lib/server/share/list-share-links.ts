import "server-only";
import { db as defaultDb, type Db } from "@/lib/db";
import { ownedBy, type Owner } from "@/lib/server/owner/current-owner";
import { shareLinkStatus, type ShareLinkSummary } from "./types";

/** The owner's share links (optionally of one assessment), newest first. Tokens are never part of it. */
export async function listShareLinks({
  db = defaultDb,
  owner,
  assessmentId,
  now = new Date(),
}: {
  db?: Db;
  owner: Owner;
  assessmentId?: string;
  now?: Date;
}): Promise<ShareLinkSummary[]> {
  const links = await db.shareLink.findMany({
    where: { assessment: { is: ownedBy(owner) }, ...(assessmentId ? { assessmentId } : {}) },
    orderBy: { createdAt: "desc" },
    take: 100,
    select: {
      id: true,
      code: true,
      assessmentId: true,
      showReasons: true,
      showChecklist: true,
      note: true,
      staffNote: true,
      createdById: true,
      createdBy: { select: { role: true } },
      views: true,
      lastViewedAt: true,
      expiresAt: true,
      revokedAt: true,
      createdAt: true,
    },
  });
  return links.map((l) => ({
    id: l.id,
    code: l.code,
    assessmentId: l.assessmentId,
    showReasons: l.showReasons,
    showChecklist: l.showChecklist,
    note: l.note,
    staffNote: l.staffNote,
    createdByStaff: l.createdBy?.role === "SUPPORT" || l.createdBy?.role === "ADMIN",
    status: shareLinkStatus(l, now),
    views: l.views,
    lastViewedAt: l.lastViewedAt?.toISOString() ?? null,
    expiresAt: l.expiresAt.toISOString(),
    revokedAt: l.revokedAt?.toISOString() ?? null,
    createdAt: l.createdAt.toISOString(),
  }));
}
