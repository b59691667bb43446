import "server-only";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/server/errors";
import type { StaffRole } from "@/lib/validation/admin";

/** Who is acting: the signed-in user (from `getCurrentUser()`), or nobody. Only the id is trusted. */
export type Actor = { id: string } | null | undefined;

export interface Staff {
  id: string;
  email: string;
  role: StaffRole;
}

/**
 * The acting staff member, re-read from the database on every call: the role
 * the session claims is never trusted. Nobody, an unknown or a disabled
 * account is UNAUTHENTICATED (401); a borrower, or support where only admins
 * may act, is FORBIDDEN (403). Every admin data-layer function starts here.
 */
export async function assertStaff(db: Db, actor: Actor, roles: readonly StaffRole[] = ["SUPPORT", "ADMIN"]): Promise<Staff> {
  if (!actor?.id) throw new AppError("UNAUTHENTICATED", "Sign in required");
  const user = await db.user.findUnique({ where: { id: actor.id }, select: { id: true, email: true, role: true, disabledAt: true } });
  if (!user || user.disabledAt) throw new AppError("UNAUTHENTICATED", "Sign in required");
  if (user.role === "BORROWER" || !roles.includes(user.role)) throw new AppError("FORBIDDEN", "Not allowed");
  return { id: user.id, email: user.email, role: user.role };
}
