import "server-only";
import { db as defaultDb, type Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/sqlite/client";
import { AppError } from "@/lib/server/errors";
import { auditFiltersSchema, dayRange, PAGE_SIZE, type AuditFilters } from "@/lib/validation/admin";
import { assertStaff, type Actor } from "./assert-staff";
import { maskEmail } from "./mask";

export interface AuditEntry {
  id: string;
  createdAt: Date;
  action: string;
  /** Staff are named; a borrower acting on their own account is masked. Null for system events or deleted accounts. */
  actor: string | null;
  actorRole: string | null;
  targetType: string | null;
  targetId: string | null;
  reason: string | null;
  metadata: unknown;
}

export interface AuditLog {
  items: AuditEntry[];
  total: number;
  page: number;
  pageCount: number;
  /** Every action that occurs in the log, for the filter. */
  actions: string[];
  filters: AuditFilters;
}

/**
 * The audit log, newest first, filtered by action, actor email, target id and
 * days. Read-only: nothing in the admin code updates or deletes an entry. Staff only.
 */
export async function listAuditEvents({
  db = defaultDb,
  actor,
  filters,
  pageSize = PAGE_SIZE,
}: {
  db?: Db;
  actor: Actor;
  filters: unknown;
  pageSize?: number;
}): Promise<AuditLog> {
  await assertStaff(db, actor);
  const parsed = auditFiltersSchema.safeParse(filters ?? {});
  if (!parsed.success) throw new AppError("VALIDATION", "Invalid filters");
  const f = parsed.data;
  const and: Prisma.AuditEventWhereInput[] = [];
  if (f.action) and.push({ action: f.action });
  if (f.actor) and.push({ actor: { is: { email: f.actor } } });
  if (f.target) and.push({ targetId: f.target });
  const range = dayRange(f.from, f.to);
  if (range.gte || range.lt) and.push({ createdAt: range });
  const where: Prisma.AuditEventWhereInput = and.length ? { AND: and } : {};
  const [total, rows, actions] = await Promise.all([
    db.auditEvent.count({ where }),
    db.auditEvent.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (f.page - 1) * pageSize,
      take: pageSize,
      select: {
        id: true,
        createdAt: true,
        action: true,
        actorRole: true,
        targetType: true,
        targetId: true,
        reason: true,
        metadata: true,
        actor: { select: { email: true, role: true } },
      },
    }),
    db.auditEvent.groupBy({ by: ["action"], orderBy: { action: "asc" } }),
  ]);
  return {
    items: rows.map((r) => ({
      id: r.id,
      createdAt: r.createdAt,
      action: r.action,
      actor: r.actor ? (r.actor.role === "BORROWER" ? maskEmail(r.actor.email) : r.actor.email) : null,
      actorRole: r.actorRole ?? r.actor?.role ?? null,
      targetType: r.targetType,
      targetId: r.targetId,
      reason: r.reason,
      metadata: r.metadata,
    })),
    total,
    page: f.page,
    pageCount: Math.max(1, Math.ceil(total / pageSize)),
    actions: actions.map((a) => a.action),
    filters: f,
  };
}
