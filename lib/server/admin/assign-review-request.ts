import "server-only";
import { db as defaultDb, type Db } from "@/lib/db";
import { AppError } from "@/lib/server/errors";
import { assignReviewSchema } from "@/lib/validation/admin";
import { assertStaff, type Actor } from "./assert-staff";
import { AUDIT_ACTIONS } from "./audit-actions";
import { recordAudit } from "./record-audit";

/**
 * Gives a waiting review request to a staff member (oneself or another active
 * staff account) and marks it in progress. An answered request is closed:
 * CONFLICT. Recorded as `review.assign`.
 */
export async function assignReviewRequest({
  db = defaultDb,
  actor,
  requestId,
  assigneeId,
}: {
  db?: Db;
  actor: Actor;
  requestId: string;
  assigneeId: string;
}): Promise<{ id: string; status: "IN_PROGRESS"; assigneeId: string }> {
  const staff = await assertStaff(db, actor);
  const parsed = assignReviewSchema.safeParse({ requestId, assigneeId });
  if (!parsed.success) throw new AppError("NOT_FOUND", "Review request not found");
  const assignee = await db.user.findUnique({ where: { id: parsed.data.assigneeId }, select: { id: true, role: true, disabledAt: true } });
  if (!assignee || assignee.disabledAt || assignee.role === "BORROWER") {
    throw new AppError("VALIDATION", "Assignee must be an active staff account", { assigneeId: ["invalid"] });
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
      data: { assigneeId: assignee.id, status: "IN_PROGRESS" },
    });
    if (updated.count !== 1) throw new AppError("CONFLICT", "Already answered");
    await recordAudit(tx, staff, {
      action: AUDIT_ACTIONS.reviewAssign,
      targetType: "review_request",
      targetId: request.id,
      metadata: { assessmentId: request.assessmentId, assigneeId: assignee.id, previousAssigneeId: request.assigneeId },
    });
    return { id: request.id, status: "IN_PROGRESS" as const, assigneeId: assignee.id };
  });
}
