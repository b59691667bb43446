"use server";

import { answerReviewRequest } from "@/lib/server/admin/answer-review-request";
import { assignReviewRequest } from "@/lib/server/admin/assign-review-request";
import { answerReviewSchema, assignReviewSchema } from "@/lib/validation/admin";
import { adminAction, type ActionResult } from "../action-result";

export async function assignReviewAction(raw: unknown): Promise<ActionResult<{ assigneeId: string }>> {
  return adminAction("assignReviewAction", assignReviewSchema, raw, async (input, actor) => {
    const r = await assignReviewRequest({ actor, ...input });
    return { assigneeId: r.assigneeId };
  });
}

/** Answers a review request; the borrower sees the answer with the request on their assessment. */
export async function answerReviewAction(raw: unknown): Promise<ActionResult<{ answeredAt: string }>> {
  return adminAction("answerReviewAction", answerReviewSchema, raw, async (input, actor) => {
    const r = await answerReviewRequest({ actor, ...input });
    return { answeredAt: r.answeredAt.toISOString() };
  });
}
