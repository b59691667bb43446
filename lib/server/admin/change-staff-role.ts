import "server-only";
import { db as defaultDb, type Db } from "@/lib/db";
import { AppError } from "@/lib/server/errors";
import { changeStaffRoleSchema, type StaffRole } from "@/lib/validation/admin";
import { assertStaff, type Actor } from "./assert-staff";
import { AUDIT_ACTIONS } from "./audit-actions";
import { recordAudit } from "./record-audit";
import { staffTarget } from "./staff-target";

/**
 * Makes a staff account SUPPORT or ADMIN. A real change ends the account's
 * sessions (sessionVersion + 1), so the new role applies from its next
 * sign-in. Admins only, never on themselves; recorded as `staff.role_change`.
 */
export async function changeStaffRole({
  db = defaultDb,
  actor,
  userId,
  role,
}: {
  db?: Db;
  actor: Actor;
  userId: string;
  role: StaffRole;
}): Promise<{ id: string; role: StaffRole; changed: boolean }> {
  const admin = await assertStaff(db, actor, ["ADMIN"]);
  const parsed = changeStaffRoleSchema.safeParse({ userId, role });
  if (!parsed.success) throw new AppError("VALIDATION", "Invalid role change", { role: ["invalid"] });
  return db.$transaction(async (tx) => {
    const target = await staffTarget(tx, admin, parsed.data.userId);
    if (target.role === parsed.data.role) return { id: target.id, role: parsed.data.role, changed: false };
    await tx.user.update({ where: { id: target.id }, data: { role: parsed.data.role, sessionVersion: { increment: 1 } } });
    await recordAudit(tx, admin, {
      action: AUDIT_ACTIONS.staffRoleChange,
      targetType: "user",
      targetId: target.id,
      metadata: { email: target.email, from: target.role, to: parsed.data.role },
    });
    return { id: target.id, role: parsed.data.role, changed: true };
  });
}
