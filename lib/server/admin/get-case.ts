import "server-only";
import { db as defaultDb, type Db } from "@/lib/db";
import { assessmentSchema, type Assessment } from "@/lib/scoring";
import { AppError } from "@/lib/server/errors";
import { shareLinkStatus, type ShareLinkStatus } from "@/lib/server/share/types";
import { recordIdSchema } from "@/lib/validation/share";
import { assertStaff, type Actor } from "./assert-staff";
import { AUDIT_ACTIONS } from "./audit-actions";
import { maskEmail, maskedInputRows, maskOutput, type InputRow, type MaskedReason } from "./mask";
import { recordAudit } from "./record-audit";

export type MaskedOutput = Omit<Assessment, "reasons"> & { reasons: MaskedReason[] };

export interface CaseDetail {
  assessment: {
    id: string;
    createdAt: Date;
    modelVersion: string;
    platform: string;
    goal: string;
    band: string;
    probability: number;
    /** What the borrower saw, amounts taken out; null when the stored output no longer fits the model's shape. */
    output: MaskedOutput | null;
    /** The answers, sensitive ones masked. */
    inputs: InputRow[];
    /** Checklist items the borrower ticked off. */
    done: string[];
  };
  owner:
    | { kind: "user"; id: string; email: string; role: string; since: Date; disabled: boolean }
    | { kind: "anonymous" };
  /** The same borrower's assessments, newest first (this one included, marked `current`). */
  history: { id: string; createdAt: Date; platform: string; goal: string; band: string; probability: number; current: boolean }[];
  notes: { id: string; body: string; createdAt: Date; author: string; onThisAssessment: boolean }[];
  links: {
    id: string;
    code: string;
    status: ShareLinkStatus;
    staffNote: string | null;
    note: string | null;
    byStaff: string | null;
    views: number;
    createdAt: Date;
    expiresAt: Date;
    revokedAt: Date | null;
  }[];
  reviews: {
    id: string;
    status: "OPEN" | "IN_PROGRESS" | "ANSWERED";
    message: string | null;
    answer: string | null;
    answeredAt: Date | null;
    createdAt: Date;
    assignee: { id: string; email: string } | null;
  }[];
}

/**
 * One case for support staff: the assessment as the borrower saw it, its
 * answers, the borrower's other assessments, notes, links and review requests.
 * Email and amounts come back masked. Every call is a "case.view" in the audit log.
 */
export async function getCase({
  db = defaultDb,
  actor,
  assessmentId,
  now = new Date(),
}: {
  db?: Db;
  actor: Actor;
  assessmentId: string;
  now?: Date;
}): Promise<CaseDetail> {
  const staff = await assertStaff(db, actor);
  if (!recordIdSchema.safeParse(assessmentId).success) throw new AppError("NOT_FOUND", "Case not found");
  const row = await db.assessment.findUnique({
    where: { id: assessmentId },
    select: {
      id: true,
      createdAt: true,
      modelVersion: true,
      platform: true,
      goal: true,
      band: true,
      probability: true,
      input: true,
      output: true,
      userId: true,
      anonOwnerHash: true,
      user: { select: { id: true, email: true, role: true, createdAt: true, disabledAt: true } },
      checklist: { where: { done: true }, select: { itemId: true } },
    },
  });
  if (!row) throw new AppError("NOT_FOUND", "Case not found");

  const ownerWhere = row.userId ? { userId: row.userId } : row.anonOwnerHash ? { anonOwnerHash: row.anonOwnerHash, userId: null } : { id: row.id };
  const [history, notes, links, reviews] = await Promise.all([
    db.assessment.findMany({
      where: ownerWhere,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: 50,
      select: { id: true, createdAt: true, platform: true, goal: true, band: true, probability: true },
    }),
    db.supportNote.findMany({
      where: { OR: [{ assessmentId: row.id }, ...(row.userId ? [{ subjectUserId: row.userId }] : [])] },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: 100,
      select: { id: true, body: true, createdAt: true, assessmentId: true, author: { select: { email: true } } },
    }),
    db.shareLink.findMany({
      where: { assessmentId: row.id },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: 50,
      select: {
        id: true,
        code: true,
        staffNote: true,
        note: true,
        views: true,
        createdAt: true,
        expiresAt: true,
        revokedAt: true,
        createdBy: { select: { email: true, role: true } },
      },
    }),
    db.reviewRequest.findMany({
      where: { assessmentId: row.id },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: 50,
      select: {
        id: true,
        status: true,
        message: true,
        answer: true,
        answeredAt: true,
        createdAt: true,
        assignee: { select: { id: true, email: true } },
      },
    }),
  ]);

  await recordAudit(db, staff, { action: AUDIT_ACTIONS.caseView, targetType: "assessment", targetId: row.id, at: now });

  const output = assessmentSchema.safeParse(row.output);
  return {
    assessment: {
      id: row.id,
      createdAt: row.createdAt,
      modelVersion: row.modelVersion,
      platform: row.platform,
      goal: row.goal,
      band: row.band,
      probability: row.probability,
      output: output.success ? maskOutput(output.data as Assessment) : null,
      inputs: maskedInputRows(row.input),
      done: row.checklist.map((c) => c.itemId),
    },
    owner: row.user
      ? {
          kind: "user",
          id: row.user.id,
          email: maskEmail(row.user.email),
          role: row.user.role,
          since: row.user.createdAt,
          disabled: row.user.disabledAt !== null,
        }
      : { kind: "anonymous" },
    history: history.map((h) => ({ ...h, current: h.id === row.id })),
    notes: notes.map((n) => ({ id: n.id, body: n.body, createdAt: n.createdAt, author: n.author.email, onThisAssessment: n.assessmentId === row.id })),
    links: links.map((l) => ({
      id: l.id,
      code: l.code,
      status: shareLinkStatus(l, now),
      staffNote: l.staffNote,
      note: l.note,
      byStaff: l.createdBy && l.createdBy.role !== "BORROWER" ? l.createdBy.email : null,
      views: l.views,
      createdAt: l.createdAt,
      expiresAt: l.expiresAt,
      revokedAt: l.revokedAt,
    })),
    reviews,
  };
}
