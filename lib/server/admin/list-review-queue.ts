import "server-only";
import { db as defaultDb, type Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/sqlite/client";
import { AppError } from "@/lib/server/errors";
import { PAGE_SIZE, REVIEW_STATUSES, reviewQueueSchema, type ReviewQueueFilters } from "@/lib/validation/admin";
import { assertStaff, type Actor } from "./assert-staff";
import { maskEmail } from "./mask";

export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export interface ReviewQueueItem {
  id: string;
  status: ReviewStatus;
  message: string | null;
  answer: string | null;
  answeredAt: Date | null;
  createdAt: Date;
  assessment: { id: string; platform: string; goal: string; band: string; probability: number; createdAt: Date };
  /** Masked email, or null for an anonymous borrower. */
  requester: string | null;
  assignee: { id: string; email: string } | null;
}

export interface ReviewQueue {
  items: ReviewQueueItem[];
  total: number;
  page: number;
  pageCount: number;
  /** Requests per status, for the filter tabs (ignoring the status filter itself). */
  counts: Record<ReviewStatus, number>;
  filters: ReviewQueueFilters;
}

/**
 * "Request a human review" items for support staff: open ones first by age
 * (oldest waiting first), answered ones newest first; filtered by status and
 * assignee. Staff only.
 */
export async function listReviewQueue({
  db = defaultDb,
  actor,
  filters,
  pageSize = PAGE_SIZE,
}: {
  db?: Db;
  actor: Actor;
  filters: unknown;
  pageSize?: number;
}): Promise<ReviewQueue> {
  const staff = await assertStaff(db, actor);
  const parsed = reviewQueueSchema.safeParse(filters ?? {});
  if (!parsed.success) throw new AppError("VALIDATION", "Invalid filters");
  const f = parsed.data;
  const assigneeWhere: Prisma.ReviewRequestWhereInput =
    f.assignee === "me" ? { assigneeId: staff.id } : f.assignee === "unassigned" ? { assigneeId: null } : {};
  const where: Prisma.ReviewRequestWhereInput = { ...assigneeWhere, ...(f.status ? { status: f.status } : {}) };
  const [total, rows, grouped] = await Promise.all([
    db.reviewRequest.count({ where }),
    db.reviewRequest.findMany({
      where,
      // Waiting requests first, oldest first; then answered ones, the most recently answered first.
      // (Not by status: enum order differs between SQLite, text, and PostgreSQL, declaration order.)
      orderBy: [{ answeredAt: { sort: "desc", nulls: "first" } }, { createdAt: "asc" }, { id: "asc" }],
      skip: (f.page - 1) * pageSize,
      take: pageSize,
      select: {
        id: true,
        status: true,
        message: true,
        answer: true,
        answeredAt: true,
        createdAt: true,
        assessment: { select: { id: true, platform: true, goal: true, band: true, probability: true, createdAt: true } },
        requester: { select: { email: true } },
        assignee: { select: { id: true, email: true } },
      },
    }),
    db.reviewRequest.groupBy({ by: ["status"], where: assigneeWhere, _count: { _all: true } }),
  ]);
  const counts = Object.fromEntries(REVIEW_STATUSES.map((s) => [s, 0])) as Record<ReviewStatus, number>;
  for (const g of grouped) counts[g.status] = g._count._all;
  return {
    items: rows.map((r) => ({
      id: r.id,
      status: r.status,
      message: r.message,
      answer: r.answer,
      answeredAt: r.answeredAt,
      createdAt: r.createdAt,
      assessment: r.assessment,
      requester: r.requester ? maskEmail(r.requester.email) : null,
      assignee: r.assignee,
    })),
    total,
    page: f.page,
    pageCount: Math.max(1, Math.ceil(total / pageSize)),
    counts,
    filters: f,
  };
}
