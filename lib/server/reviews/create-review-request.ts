import "server-only";
import { db as defaultDb, type Db } from "@/lib/db";
import { AppError } from "@/lib/server/errors";
import { ownedBy, type Owner } from "@/lib/server/owner/current-owner";
import { reviewRequestSchema } from "@/lib/validation/review";
import { OPEN_REVIEW_STATUSES, toReviewRequestView, type ReviewRequestView } from "./types";

/**
 * "Request a human review" of an assessment: only its owner may ask, with an
 * optional message (≤1000 characters). One open request per assessment: while
 * one is open or in progress, another answers CONFLICT; once answered, the
 * borrower may ask again.
 */
export async function createReviewRequest({
  db = defaultDb,
  owner,
  assessmentId,
  message,
}: {
  db?: Db;
  owner: Owner;
  assessmentId: string;
  message?: string;
}): Promise<ReviewRequestView> {
  const parsed = reviewRequestSchema.safeParse({ assessmentId, message });
  if (!parsed.success) throw new AppError("VALIDATION", "Invalid review request");
  const assessment = await db.assessment.findFirst({ where: { id: parsed.data.assessmentId, ...ownedBy(owner) }, select: { id: true } });
  if (!assessment) throw new AppError("NOT_FOUND", "Assessment not found");

  return db.$transaction(async (tx) => {
    const open = await tx.reviewRequest.findFirst({
      where: { assessmentId: assessment.id, status: { in: [...OPEN_REVIEW_STATUSES] } },
      select: { id: true },
    });
    if (open) throw new AppError("CONFLICT", "A review request is already open for this assessment");
    const created = await tx.reviewRequest.create({
      data: {
        assessmentId: assessment.id,
        requesterId: owner.kind === "user" ? owner.user.id : null,
        anonOwnerHash: owner.kind === "anonymous" ? owner.anonOwnerHash : null,
        message: parsed.data.message ?? null,
      },
    });
    return toReviewRequestView(created);
  });
}
