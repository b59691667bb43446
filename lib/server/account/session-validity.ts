import "server-only";
import { db as defaultDb, type Db } from "@/lib/db";

/**
 * The rule getCurrentUser() (lib/auth/session.ts) applies to every request,
 * as a pure function: a session token is good only while its account exists,
 * is not disabled, and still has the sessionVersion the token was issued with.
 * Bumping sessionVersion (password change, "sign out everywhere", a role change
 * or an admin disabling the account) therefore ends every existing session.
 */
export function isSessionValid({
  user,
  tokenSv,
}: {
  user: { sessionVersion: number; disabledAt: Date | null } | null;
  tokenSv: number | undefined;
}): boolean {
  return !!user && !user.disabledAt && typeof tokenSv === "number" && user.sessionVersion === tokenSv;
}

/** isSessionValid against the database, for a token's `{ uid, sv }`. */
export async function checkSession({ db = defaultDb, userId, tokenSv }: { db?: Db; userId: string; tokenSv: number | undefined }) {
  const user = await db.user.findUnique({ where: { id: userId }, select: { sessionVersion: true, disabledAt: true } });
  return isSessionValid({ user, tokenSv });
}
