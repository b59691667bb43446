import "server-only";
import { db as defaultDb, type Db } from "@/lib/db";
import { AppError } from "@/lib/server/errors";
import { consume } from "@/lib/server/rate-limit/limiters";
import { shareTokenSchema } from "@/lib/validation/share";
import { shareSnapshotSchema, type ShareSnapshot } from "./snapshot";
import { hashShareToken } from "./token";

export interface SharedAdvice {
  code: string;
  snapshot: ShareSnapshot;
  note: string | null;
  staffNote: string | null;
  createdAt: Date;
  expiresAt: Date;
  views: number;
}

export type ResolvedShareLink =
  | { state: "ok"; link: SharedAdvice }
  | { state: "expired"; expiredAt: Date }
  | { state: "revoked" }
  | { state: "not_found" }
  | { state: "rate_limited"; retryAfterSeconds: number };

/**
 * Opens a share link by its token, as the public page does: rate-limited per
 * IP (`shareLookup`), looked up by the token's hash, and counted as a view when
 * it is live. Expired, revoked and unknown links are distinct states so the
 * page can say which; none of them reveals anything about the assessment.
 */
export async function resolveShareLink({
  db = defaultDb,
  token,
  ip,
  now = new Date(),
}: {
  db?: Db;
  token: string;
  ip: string;
  now?: Date;
}): Promise<ResolvedShareLink> {
  try {
    await consume("shareLookup", ip);
  } catch (error) {
    if (error instanceof AppError && error.code === "RATE_LIMITED") {
      return { state: "rate_limited", retryAfterSeconds: error.retryAfterSeconds ?? 60 };
    }
    throw error;
  }
  if (!shareTokenSchema.safeParse(token).success) return { state: "not_found" };

  const link = await db.shareLink.findUnique({
    where: { tokenHash: hashShareToken(token) },
    select: { id: true, code: true, snapshot: true, note: true, staffNote: true, createdAt: true, expiresAt: true, revokedAt: true },
  });
  if (!link) return { state: "not_found" };
  if (link.revokedAt) return { state: "revoked" };
  if (link.expiresAt.getTime() <= now.getTime()) return { state: "expired", expiredAt: link.expiresAt };

  const snapshot = shareSnapshotSchema.safeParse(link.snapshot);
  if (!snapshot.success) {
    console.error("[resolveShareLink] unreadable snapshot on link", link.id);
    return { state: "not_found" };
  }
  const counted = await db.shareLink.update({
    where: { id: link.id },
    data: { views: { increment: 1 }, lastViewedAt: now },
    select: { views: true },
  });
  return {
    state: "ok",
    link: {
      code: link.code,
      snapshot: snapshot.data,
      note: link.note,
      staffNote: link.staffNote,
      createdAt: link.createdAt,
      expiresAt: link.expiresAt,
      views: counted.views,
    },
  };
}
