export const OPEN_REVIEW_STATUSES = ["OPEN", "IN_PROGRESS"] as const;
export type ReviewStatusValue = "OPEN" | "IN_PROGRESS" | "ANSWERED";

/** What the borrower sees of a review request (never who on the staff handled it). */
export interface ReviewRequestView {
  id: string;
  status: ReviewStatusValue;
  message: string | null;
  answer: string | null;
  answeredAt: string | null;
  createdAt: string;
}

export function toReviewRequestView(r: {
  id: string;
  status: ReviewStatusValue;
  message: string | null;
  answer: string | null;
  answeredAt: Date | null;
  createdAt: Date;
}): ReviewRequestView {
  return {
    id: r.id,
    status: r.status,
    message: r.message,
    answer: r.status === "ANSWERED" ? r.answer : null,
    answeredAt: r.answeredAt?.toISOString() ?? null,
    createdAt: r.createdAt.toISOString(),
  };
}
