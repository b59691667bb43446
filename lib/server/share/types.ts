import type { Owner } from "@/lib/server/owner/current-owner";

/**
 * Who acts on a share link: the owner of the assessment (signed in or an
 * anonymous visitor), or support staff (role checked against the database).
 */
export type ShareActor = { kind: "owner"; owner: Owner } | { kind: "staff"; userId: string };

export type ShareLinkStatus = "active" | "expired" | "revoked";

export function shareLinkStatus(link: { revokedAt: Date | null; expiresAt: Date }, now: Date = new Date()): ShareLinkStatus {
  if (link.revokedAt) return "revoked";
  return link.expiresAt.getTime() <= now.getTime() ? "expired" : "active";
}

/** One of the owner's links, as listed in the share panel. Never carries the token. */
export interface ShareLinkSummary {
  id: string;
  code: string;
  assessmentId: string;
  showReasons: boolean;
  showChecklist: boolean;
  note: string | null;
  staffNote: string | null;
  createdByStaff: boolean;
  status: ShareLinkStatus;
  views: number;
  lastViewedAt: string | null;
  expiresAt: string;
  revokedAt: string | null;
  createdAt: string;
}
