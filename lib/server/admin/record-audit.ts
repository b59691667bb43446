import "server-only";
import type { Db } from "@/lib/db";
import type { Staff } from "./assert-staff";
import type { AuditAction } from "./audit-actions";

type Writer = Pick<Db, "auditEvent">;

/**
 * Appends one staff action to the audit log. There is deliberately no update
 * or delete counterpart anywhere in the admin code: the log is append-only.
 * Metadata must never carry the personal data the action was about (a reveal
 * records which field, not its value; a note records its length, not its text).
 */
export async function recordAudit(
  db: Writer,
  staff: Staff,
  event: { action: AuditAction; targetType?: string; targetId?: string; reason?: string; metadata?: Record<string, unknown>; at?: Date },
): Promise<{ id: string }> {
  return db.auditEvent.create({
    data: {
      actorId: staff.id,
      actorRole: staff.role,
      action: event.action,
      targetType: event.targetType ?? null,
      targetId: event.targetId ?? null,
      reason: event.reason ?? null,
      metadata: (event.metadata ?? undefined) as object | undefined,
      ...(event.at ? { createdAt: event.at } : {}),
    },
    select: { id: true },
  });
}
