import "server-only";
import { db as defaultDb, type Db } from "@/lib/db";
import { AppError } from "@/lib/server/errors";
import { revokeShareLink } from "@/lib/server/share/revoke-share-link";
import { revokeLinkSchema } from "@/lib/validation/admin";
import { assertStaff, type Actor } from "./assert-staff";

/**
 * Revokes any share link of a case (the borrower's own or an advice link).
 * The link must belong to the case named, so a stale form cannot revoke
 * another case's link. `revokeShareLink` writes the `share_link.revoke` audit entry.
 */
export async function revokeAdviceLink({
  db = defaultDb,
  actor,
  assessmentId,
  linkId,
  now,
}: {
  db?: Db;
  actor: Actor;
  assessmentId: string;
  linkId: string;
  now?: Date;
}): Promise<{ revokedAt: Date }> {
  const staff = await assertStaff(db, actor);
  const parsed = revokeLinkSchema.safeParse({ assessmentId, linkId });
  if (!parsed.success) throw new AppError("NOT_FOUND", "Share link not found");
  const link = await db.shareLink.findFirst({ where: { id: parsed.data.linkId, assessmentId: parsed.data.assessmentId }, select: { id: true } });
  if (!link) throw new AppError("NOT_FOUND", "Share link not found");
  return revokeShareLink({ db, actor: { kind: "staff", userId: staff.id }, linkId: link.id, now });
}
