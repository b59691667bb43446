import "server-only";
import { db as defaultDb, type Db } from "@/lib/db";
import { AppError } from "@/lib/server/errors";
import { revealFieldSchema, type RevealField } from "@/lib/validation/admin";
import { assertStaff, type Actor } from "./assert-staff";
import { AUDIT_ACTIONS } from "./audit-actions";
import { readRevealField } from "./mask";
import { recordAudit } from "./record-audit";

/**
 * Shows one masked field of a case (the email, an amount) to a staff member
 * who says why. The reason (10–500 characters) and the field — never its
 * value — go to the audit log first; no audit entry, no value.
 */
export async function revealCaseField({
  db = defaultDb,
  actor,
  assessmentId,
  field,
  reason,
}: {
  db?: Db;
  actor: Actor;
  assessmentId: string;
  field: RevealField | string;
  reason: string;
}): Promise<{ field: RevealField; value: string | number | null }> {
  const staff = await assertStaff(db, actor);
  const parsed = revealFieldSchema.safeParse({ assessmentId, field, reason });
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (fieldErrors[String(issue.path[0] ?? "_form")] ??= []).push(issue.code);
    throw new AppError("VALIDATION", "Invalid reveal request", fieldErrors);
  }
  const row = await db.assessment.findUnique({
    where: { id: parsed.data.assessmentId },
    select: { id: true, input: true, user: { select: { email: true } } },
  });
  if (!row) throw new AppError("NOT_FOUND", "Case not found");
  const value = readRevealField(parsed.data.field, { email: row.user?.email ?? null, input: row.input });
  await recordAudit(db, staff, {
    action: AUDIT_ACTIONS.caseReveal,
    targetType: "assessment",
    targetId: row.id,
    reason: parsed.data.reason,
    metadata: { field: parsed.data.field, present: value !== null },
  });
  return { field: parsed.data.field, value };
}
