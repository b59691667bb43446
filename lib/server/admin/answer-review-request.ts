import "server-only";
import { db as defaultDb, type Db } from "@/lib/db";
import { AppError } from "@/lib/server/errors";
import { answerReviewSchema } from "@/lib/validation/admin";
import { assertStaff, type Actor } from "./assert-staff";
import { AUDIT_ACTIONS } from "./audit-actions";
import { recordAudit } from "./record-audit";

/**
 * Answers a review request. The borrower sees the answer with the request on
 * their assessment (components/review). An answer is final (a second one is
 * CONFLICT; the borrower may ask again). Unassigned requests become the
 * answerer's. Recorded as `review.answer` (the length, not the text).
 */
export async function answerReviewRequest({
  db = defaultDb,
  actor,
  requestId,
  answer,
  now = new Date(),
}: {
  db?: Db;
  actor: Actor;
  requestId: string;
  answer: string;
  now?: Date;
}): Promise<{ id: string; status: "ANSWERED"; answeredAt: Date }> {
  const staff = await assertStaff(db, actor);
  const parsed = answerReviewSchema.safeParse({ requestId, answer });
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (fieldErrors[String(issue.path[0] ?? "_form")] ??= []).push(issue.code);
    if (fieldErrors.requestId) throw new AppError("NOT_FOUND", "Review request not found");
    throw new AppError("VALIDATION", "Invalid answer", fieldErrors);
  }
  return db.$transaction(async (tx) => {
    const request = await tx.reviewRequest.findUnique({
      where: { id: parsed.data.requestId },
      select: { id: true, status: true, assigneeId: true, assessmentId: true },
    });
    if (!request) throw new AppError("NOT_FOUND", "Review request not found");
    if (request.status === "ANSWERED") throw new AppError("CONFLICT", "Already answered");
    const updated = await tx.reviewRequest.updateMany({
      where: { id: request.id, status: { in: ["OPEN", "IN_PROGRESS"] } },
      data: { status: "ANSWERED", answer: parsed.data.answer, answeredAt: now, assigneeId: request.assigneeId ?? staff.id },
    });
    if (updated.count !== 1) throw new AppError("CONFLICT", "Already answered");
    await recordAudit(tx, staff, {
      action: AUDIT_ACTIONS.reviewAnswer,
      targetType: "review_request",
      targetId: request.id,
      metadata: { assessmentId: request.assessmentId, length: parsed.data.answer.length },
      at: now,
    });
    return { id: request.id, status: "ANSWERED" as const, answeredAt: now };
  });
}
