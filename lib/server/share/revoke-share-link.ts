import "server-only";
import { db as defaultDb, type Db } from "@/lib/db";
import { AppError } from "@/lib/server/errors";
import { ownedBy } from "@/lib/server/owner/current-owner";
import { requireStaffUser } from "./authorize";
import type { ShareActor } from "./types";

/**
 * Revokes a link: its page answers "revoked" from now on. The owner of the
 * assessment or staff may revoke; anyone else gets NOT_FOUND. Idempotent: a
 * revoked link keeps its first revocation time.
 */
export async function revokeShareLink({
  db = defaultDb,
  actor,
  linkId,
  now = new Date(),
}: {
  db?: Db;
  actor: ShareActor;
  linkId: string;
  now?: Date;
}): Promise<{ revokedAt: Date }> {
  const staff = actor.kind === "staff" ? await requireStaffUser(db, actor.userId) : null;
  const link = await db.shareLink.findFirst({
    where: { id: linkId, ...(actor.kind === "owner" ? { assessment: { is: ownedBy(actor.owner) } } : {}) },
    select: { id: true, revokedAt: true, assessmentId: true, code: true },
  });
  if (!link) throw new AppError("NOT_FOUND", "Share link not found");
  if (link.revokedAt) return { revokedAt: link.revokedAt };
  await db.shareLink.updateMany({ where: { id: link.id, revokedAt: null }, data: { revokedAt: now } });
  if (staff) {
    await db.auditEvent.create({
      data: {
        actorId: staff.id,
        actorRole: staff.role,
        action: "share_link.revoke",
        targetType: "assessment",
        targetId: link.assessmentId,
        metadata: { linkId: link.id, code: link.code },
      },
    });
  }
  const after = await db.shareLink.findUnique({ where: { id: link.id }, select: { revokedAt: true } });
  return { revokedAt: after?.revokedAt ?? now };
}
