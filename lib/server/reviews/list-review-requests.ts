import "server-only";
import { db as defaultDb, type Db } from "@/lib/db";
import { ownedBy, type Owner } from "@/lib/server/owner/current-owner";
import { toReviewRequestView, type ReviewRequestView } from "./types";

/** The owner's review requests on one assessment, newest first ([] for someone else's assessment). */
export async function listReviewRequests({
  db = defaultDb,
  owner,
  assessmentId,
}: {
  db?: Db;
  owner: Owner;
  assessmentId: string;
}): Promise<ReviewRequestView[]> {
  const rows = await db.reviewRequest.findMany({
    where: { assessmentId, assessment: { is: ownedBy(owner) } },
    orderBy: { createdAt: "desc" },
    take: 20,
    select: { id: true, status: true, message: true, answer: true, answeredAt: true, createdAt: true },
  });
  return rows.map(toReviewRequestView);
}
