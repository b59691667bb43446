import "server-only";
import bcrypt from "bcryptjs";
import { db as defaultDb, type Db } from "@/lib/db";
import { AppError } from "@/lib/server/errors";
import { consume, reset } from "@/lib/server/rate-limit/limiters";
import { changePasswordSchema } from "@/lib/validation/account";

/**
 * Changes the password after checking the current one, and bumps
 * sessionVersion so every existing session (this one included) ends; the
 * caller signs in again with the new password. Wrong current passwords count
 * against the account's sign-in limit (loginPerAccount).
 *
 * Errors: VALIDATION (bad shape or same password), FORBIDDEN (wrong current
 * password), RATE_LIMITED, NOT_FOUND.
 */
export async function changePassword({
  db = defaultDb,
  userId,
  currentPassword,
  newPassword,
}: {
  db?: Db;
  userId: string;
  currentPassword: string;
  newPassword: string;
}): Promise<{ email: string; sessionVersion: number }> {
  const parsed = changePasswordSchema.safeParse({ currentPassword, newPassword });
  if (!parsed.success) throw new AppError("VALIDATION", "Invalid password");
  if (parsed.data.currentPassword === parsed.data.newPassword) {
    throw new AppError("VALIDATION", "The new password must differ", { newPassword: ["same"] });
  }
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true, email: true, role: true, passwordHash: true, disabledAt: true } });
  if (!user || user.disabledAt) throw new AppError("NOT_FOUND", "Account not found");
  await consume("loginPerAccount", user.email);
  if (!(await bcrypt.compare(parsed.data.currentPassword, user.passwordHash))) {
    throw new AppError("FORBIDDEN", "Current password is wrong", { currentPassword: ["wrong"] });
  }
  await reset("loginPerAccount", user.email);
  const passwordHash = await bcrypt.hash(parsed.data.newPassword, 10);
  const [updated] = await db.$transaction([
    db.user.update({ where: { id: user.id }, data: { passwordHash, sessionVersion: { increment: 1 } }, select: { sessionVersion: true } }),
    db.auditEvent.create({ data: { actorId: user.id, actorRole: user.role, action: "account.password_changed", targetType: "user", targetId: user.id } }),
  ]);
  return { email: user.email, sessionVersion: updated.sessionVersion };
}
