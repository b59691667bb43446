import "server-only";
import { db as defaultDb, type Db } from "@/lib/db";
import { AppError } from "@/lib/server/errors";
import { staffAccountSchema } from "@/lib/validation/admin";
import { assertStaff, type Actor } from "./assert-staff";
import { AUDIT_ACTIONS } from "./audit-actions";
import { recordAudit } from "./record-audit";
import { staffTarget } from "./staff-target";

/** Lets a disabled staff account sign in again (old sessions stay ended). Admins only; recorded as `staff.enable`. */
export async function enableStaffAccount({ db = defaultDb, actor, userId }: { db?: Db; actor: Actor; userId: string }): Promise<{ id: string }> {
  const admin = await assertStaff(db, actor, ["ADMIN"]);
  const parsed = staffAccountSchema.safeParse({ userId });
  if (!parsed.success) throw new AppError("NOT_FOUND", "Staff account not found");
  return db.$transaction(async (tx) => {
    const target = await staffTarget(tx, admin, parsed.data.userId);
    if (!target.disabledAt) return { id: target.id };
    await tx.user.update({ where: { id: target.id }, data: { disabledAt: null } });
    await recordAudit(tx, admin, { action: AUDIT_ACTIONS.staffEnable, targetType: "user", targetId: target.id, metadata: { email: target.email } });
    return { id: target.id };
  });
}
