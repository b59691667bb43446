import "server-only";
import { db as defaultDb, type Db } from "@/lib/db";

/** "Sign out everywhere": bumps sessionVersion, which ends every session of the account. */
export async function endAllSessions({ db = defaultDb, userId }: { db?: Db; userId: string }): Promise<{ sessionVersion: number }> {
  const [user] = await db.$transaction([
    db.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } }, select: { sessionVersion: true, role: true } }),
    db.auditEvent.create({ data: { actorId: userId, action: "account.sessions_ended", targetType: "user", targetId: userId } }),
  ]);
  return { sessionVersion: user.sessionVersion };
}
