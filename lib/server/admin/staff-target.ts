import "server-only";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/server/errors";
import type { Staff } from "./assert-staff";

/**
 * The staff account an admin acts on. Borrower accounts are not managed here
 * (NOT_FOUND), and nobody changes their own role or status (CONFLICT), so the
 * acting admin always remains and the last admin cannot lock everyone out.
 */
export async function staffTarget(db: Pick<Db, "user">, admin: Staff, userId: string) {
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true, email: true, role: true, disabledAt: true } });
  if (!user || user.role === "BORROWER") throw new AppError("NOT_FOUND", "Staff account not found");
  if (user.id === admin.id) throw new AppError("CONFLICT", "You cannot change your own account here");
  return user;
}
