import "server-only";
import { randomBytes } from "node:crypto";
import bcrypt from "bcryptjs";
import { db as defaultDb, type Db } from "@/lib/db";
import { AppError } from "@/lib/server/errors";
import { createStaffSchema, type StaffRole } from "@/lib/validation/admin";
import { assertStaff, type Actor } from "./assert-staff";
import { AUDIT_ACTIONS } from "./audit-actions";
import { recordAudit } from "./record-audit";

/**
 * A new support or admin account with a random first password, returned once
 * for the admin to hand over (the new colleague changes it in settings). An
 * email that already has an account is CONFLICT: a borrower is never silently
 * turned into staff. Admins only; recorded as `staff.create`.
 */
export async function createStaffAccount({
  db = defaultDb,
  actor,
  account,
}: {
  db?: Db;
  actor: Actor;
  account: { email: string; name?: string; role: StaffRole };
}): Promise<{ id: string; email: string; role: StaffRole; temporaryPassword: string }> {
  const admin = await assertStaff(db, actor, ["ADMIN"]);
  const parsed = createStaffSchema.safeParse(account);
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (fieldErrors[String(issue.path[0] ?? "_form")] ??= []).push(issue.code);
    throw new AppError("VALIDATION", "Invalid staff account", fieldErrors);
  }
  const temporaryPassword = randomBytes(12).toString("base64url");
  const passwordHash = await bcrypt.hash(temporaryPassword, 10);
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { email: parsed.data.email, name: parsed.data.name ?? null, role: parsed.data.role, passwordHash },
        select: { id: true, email: true },
      });
      await recordAudit(tx, admin, {
        action: AUDIT_ACTIONS.staffCreate,
        targetType: "user",
        targetId: user.id,
        metadata: { email: user.email, role: parsed.data.role },
      });
      return { id: user.id, email: user.email, role: parsed.data.role, temporaryPassword };
    });
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") throw new AppError("CONFLICT", "An account with this email exists", { email: ["taken"] });
    throw error;
  }
}
