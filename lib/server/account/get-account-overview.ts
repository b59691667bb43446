import "server-only";
import { db as defaultDb, type Db } from "@/lib/db";
import { AppError } from "@/lib/server/errors";

/** What the settings page shows about the signed-in account. */
export async function getAccountOverview({ db = defaultDb, userId, now = new Date() }: { db?: Db; userId: string; now?: Date }) {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, name: true, role: true, createdAt: true },
  });
  if (!user) throw new AppError("NOT_FOUND", "Account not found");
  const [assessments, activeLinks, openReviews, consents] = await Promise.all([
    db.assessment.count({ where: { userId } }),
    db.shareLink.count({ where: { assessment: { is: { userId } }, revokedAt: null, expiresAt: { gt: now } } }),
    db.reviewRequest.count({ where: { assessment: { is: { userId } }, status: { in: ["OPEN", "IN_PROGRESS"] } } }),
    db.consentRecord.findMany({
      where: { userId },
      orderBy: { grantedAt: "desc" },
      take: 20,
      select: { id: true, version: true, purpose: true, grantedAt: true, withdrawnAt: true },
    }),
  ]);
  return { user, counts: { assessments, activeLinks, openReviews }, consents };
}

export type AccountOverview = Awaited<ReturnType<typeof getAccountOverview>>;
