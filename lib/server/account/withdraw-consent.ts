import "server-only";
import { db as defaultDb, type Db } from "@/lib/db";

/**
 * Withdraws every consent the account has given (PIPL art. 15): marks them
 * withdrawn, keeping the record that consent was once given and when it was
 * withdrawn. From then on no new assessment is stored for this account until
 * the person consents again in the check-up. What is already stored stays until
 * deleted (settings → delete account), because withdrawal does not reach back.
 */
export async function withdrawConsent({ db = defaultDb, userId, now = new Date() }: { db?: Db; userId: string; now?: Date }): Promise<number> {
  const [result] = await db.$transaction([
    db.consentRecord.updateMany({ where: { userId, withdrawnAt: null }, data: { withdrawnAt: now } }),
    db.auditEvent.create({ data: { actorId: userId, action: "consent.withdrawn", targetType: "user", targetId: userId } }),
  ]);
  return result.count;
}

/** The latest consent still in force for an owner, or null (then nothing new may be stored). */
export async function activeConsent({
  db = defaultDb,
  userId,
  anonOwnerHash,
}: {
  db?: Db;
  userId?: string;
  anonOwnerHash?: string;
}): Promise<{ version: string; purpose: string; grantedAt: Date } | null> {
  if (!userId && !anonOwnerHash) return null;
  return db.consentRecord.findFirst({
    where: { withdrawnAt: null, ...(userId ? { userId } : { userId: null, anonOwnerHash }) },
    orderBy: { grantedAt: "desc" },
    select: { version: true, purpose: true, grantedAt: true },
  });
}
