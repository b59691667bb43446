import type { Prisma } from "@/lib/generated/sqlite/client";
import { normaliseShareCode } from "@/lib/server/share/token";
import { dayRange, type CaseFilters } from "@/lib/validation/admin";

/** Which way a search box entry was understood. */
export type SearchKind = "email" | "code" | "id";

/**
 * The Prisma `where` for the case list and its CSV export. The search box takes
 * an email (exact, case-insensitive), a share-link code (as a borrower reads it
 * out: any case, spaces or dashes) or an assessment id.
 */
export function caseWhere(filters: CaseFilters & { q?: string }): { where: Prisma.AssessmentWhereInput; kinds: SearchKind[] } {
  const and: Prisma.AssessmentWhereInput[] = [];
  const kinds: SearchKind[] = [];
  const q = filters.q?.trim();
  if (q) {
    if (q.includes("@")) {
      kinds.push("email");
      and.push({ user: { is: { email: q.toLowerCase() } } });
    } else {
      const or: Prisma.AssessmentWhereInput[] = [];
      const code = normaliseShareCode(q);
      if (code) {
        kinds.push("code");
        or.push({ shareLinks: { some: { code } } });
      }
      if (/^[A-Za-z0-9_-]{1,64}$/.test(q)) {
        kinds.push("id");
        or.push({ id: q });
      }
      // Nothing a search could match: an impossible condition, not "everything".
      and.push(or.length ? { OR: or } : { id: "" });
    }
  }
  if (filters.platform) and.push({ platform: filters.platform });
  if (filters.goal) and.push({ goal: filters.goal });
  if (filters.band) and.push({ band: filters.band });
  const range = dayRange(filters.from, filters.to);
  if (range.gte || range.lt) and.push({ createdAt: range });
  return { where: and.length ? { AND: and } : {}, kinds };
}
