import "server-only";
import { db as defaultDb, type Db } from "@/lib/db";
import { AppError } from "@/lib/server/errors";
import { staffAccountSchema } from "@/lib/validation/admin";
import { assertStaff, type Actor } from "./assert-staff";
import { AUDIT_ACTIONS } from "./audit-actions";
import { recordAudit } from "./record-audit";
import { staffTarget } from "./staff-target";

/**
 * Disables a staff account and ends every session it has (sessionVersion + 1):
 * its next request is signed out, and it cannot sign in again until enabled.
 * Idempotent. Admins only, never on themselves; recorded as `staff.disable`.
 */
export async function disableStaffAccount({
  db = defaultDb,
  actor,
  userId,
  now = new Date(),
}: {
  db?: Db;
  actor: Actor;
  userId: string;
  now?: Date;
}): Promise<{ id: string; disabledAt: Date }> {
  const admin = await assertStaff(db, actor, ["ADMIN"]);
  const parsed = staffAccountSchema.safeParse({ userId });
  if (!parsed.success) throw new AppError("NOT_FOUND", "Staff account not found");
  return db.$transaction(async (tx) => {
    const target = await staffTarget(tx, admin, parsed.data.userId);
    if (target.disabledAt) return { id: target.id, disabledAt: target.disabledAt };
    await tx.user.update({ where: { id: target.id }, data: { disabledAt: now, sessionVersion: { increment: 1 } } });
    await recordAudit(tx, admin, {
      action: AUDIT_ACTIONS.staffDisable,
      targetType: "user",
      targetId: target.id,
      metadata: { email: target.email, role: target.role },
      at: now,
    });
    return { id: target.id, disabledAt: now };
  });
}
