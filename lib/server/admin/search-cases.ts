import "server-only";
import { db as defaultDb, type Db } from "@/lib/db";
import { AppError } from "@/lib/server/errors";
import { caseSearchSchema, PAGE_SIZE, type CaseSearch } from "@/lib/validation/admin";
import { assertStaff, type Actor } from "./assert-staff";
import { caseWhere, type SearchKind } from "./case-where";
import { maskEmail } from "./mask";

export interface CaseListItem {
  id: string;
  createdAt: Date;
  platform: string;
  goal: string;
  band: string;
  probability: number;
  /** Masked: `z•••@qq.com`, or null for an anonymous check-up. */
  ownerEmail: string | null;
  openReviews: number;
  shareLinks: number;
}

export interface CaseSearchResult {
  items: CaseListItem[];
  total: number;
  page: number;
  pageCount: number;
  pageSize: number;
  /** How the search box was read (empty without a search). */
  searchedBy: SearchKind[];
}

/** Finds cases (assessments) by share code, email or id, with filters, newest first, a page at a time. Staff only. */
export async function searchCases({
  db = defaultDb,
  actor,
  search,
  pageSize = PAGE_SIZE,
}: {
  db?: Db;
  actor: Actor;
  search: unknown;
  pageSize?: number;
}): Promise<CaseSearchResult> {
  await assertStaff(db, actor);
  const parsed = caseSearchSchema.safeParse(search ?? {});
  if (!parsed.success) throw new AppError("VALIDATION", "Invalid search");
  const s: CaseSearch = parsed.data;
  const { where, kinds } = caseWhere(s);
  const [total, rows] = await Promise.all([
    db.assessment.count({ where }),
    db.assessment.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (s.page - 1) * pageSize,
      take: pageSize,
      select: {
        id: true,
        createdAt: true,
        platform: true,
        goal: true,
        band: true,
        probability: true,
        user: { select: { email: true } },
        _count: { select: { reviewRequests: { where: { status: { in: ["OPEN", "IN_PROGRESS"] } } }, shareLinks: true } },
      },
    }),
  ]);
  return {
    items: rows.map((r) => ({
      id: r.id,
      createdAt: r.createdAt,
      platform: r.platform,
      goal: r.goal,
      band: r.band,
      probability: r.probability,
      ownerEmail: r.user ? maskEmail(r.user.email) : null,
      openReviews: r._count.reviewRequests,
      shareLinks: r._count.shareLinks,
    })),
    total,
    page: s.page,
    pageCount: Math.max(1, Math.ceil(total / pageSize)),
    pageSize,
    searchedBy: kinds,
  };
}
