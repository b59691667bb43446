import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { authOptions } from "./options";
import { db } from "@/lib/db";
import { AppError } from "@/lib/server/errors";
import type { AppRole } from "./types";

export interface CurrentUser {
  id: string;
  email: string;
  name: string | null;
  role: AppRole;
}

/**
 * The signed-in user, re-checked against the database on every request: a
 * deleted or disabled account, or a bumped sessionVersion (password change,
 * role change, "end sessions"), ends the session even though its JWT is valid.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(authOptions);
  const token = session?.user;
  if (!token?.id) return null;
  const user = await db.user.findUnique({
    where: { id: token.id },
    select: { id: true, email: true, name: true, role: true, sessionVersion: true, disabledAt: true },
  });
  if (!user || user.disabledAt || user.sessionVersion !== token.sv) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
});

/** The signed-in user, or UNAUTHENTICATED (401). */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new AppError("UNAUTHENTICATED", "Sign in required");
  return user;
}

/** The signed-in user with one of `roles`, or UNAUTHENTICATED (401) / FORBIDDEN (403). */
export async function requireRole(...roles: AppRole[]): Promise<CurrentUser> {
  const user = await requireUser();
  if (!roles.includes(user.role)) throw new AppError("FORBIDDEN", "Not allowed");
  return user;
}

export const isStaff = (user: CurrentUser | null): boolean => user?.role === "SUPPORT" || user?.role === "ADMIN";
