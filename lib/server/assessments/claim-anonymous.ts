import "server-only";
import { db } from "@/lib/db";

/**
 * Moves what this browser made anonymously (assessments, consents, review
 * requests) to the account that just signed in or up. Idempotent.
 */
export async function claimAnonymous({ userId, anonOwnerHash }: { userId: string; anonOwnerHash: string }): Promise<number> {
  const [assessments] = await db.$transaction([
    db.assessment.updateMany({ where: { anonOwnerHash, userId: null }, data: { userId } }),
    db.consentRecord.updateMany({ where: { anonOwnerHash, userId: null }, data: { userId } }),
    db.reviewRequest.updateMany({ where: { anonOwnerHash, requesterId: null }, data: { requesterId: userId } }),
  ]);
  return assessments.count;
}
