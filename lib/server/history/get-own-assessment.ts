import "server-only";
import { db as defaultDb, type Db } from "@/lib/db";
import { AppError } from "@/lib/server/errors";

/** A summary of one of the user's own assessments, or NOT_FOUND (also for someone else's). */
export async function getOwnAssessmentSummary({ db = defaultDb, userId, assessmentId }: { db?: Db; userId: string; assessmentId: string }) {
  const a = await db.assessment.findFirst({
    where: { id: assessmentId, userId },
    select: { id: true, createdAt: true, platform: true, goal: true, probability: true, band: true },
  });
  if (!a) throw new AppError("NOT_FOUND", "Assessment not found");
  return a;
}
