import "server-only";
import { db as defaultDb, type Db } from "@/lib/db";
import { AppError } from "@/lib/server/errors";
import { shareOptionsSchema, staffNoteSchema, type ShareOptionsInput } from "@/lib/validation/share";
import { buildShareSnapshot } from "./snapshot";
import { newShareCode, newShareToken } from "./token";
import { shareableAssessment } from "./authorize";
import type { ShareActor } from "./types";

export interface CreatedShareLink {
  id: string;
  /** The secret: returned once, never stored. */
  token: string;
  code: string;
  /** Locale-less path of the public page; prefix `/en` for English. */
  path: string;
  expiresAt: Date;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Creates a share link for an assessment: the owner's own, or (staff) anyone's
 * with an optional staff note. What it shows is frozen now into `snapshot`.
 * Only the SHA-256 of the token is stored.
 */
export async function createShareLink({
  db = defaultDb,
  actor,
  assessmentId,
  options,
  staffNote,
  now = new Date(),
}: {
  db?: Db;
  actor: ShareActor;
  assessmentId: string;
  options: ShareOptionsInput;
  /** Staff only: advice shown on the shared page. */
  staffNote?: string;
  now?: Date;
}): Promise<CreatedShareLink> {
  const parsed = shareOptionsSchema.safeParse(options);
  if (!parsed.success) throw new AppError("VALIDATION", "Invalid share options");
  const opts = parsed.data;
  if (staffNote !== undefined && actor.kind !== "staff") throw new AppError("FORBIDDEN", "Only staff add a staff note");
  const note = staffNote === undefined ? undefined : staffNoteSchema.safeParse(staffNote);
  if (note && !note.success) throw new AppError("VALIDATION", "Invalid staff note");

  const { assessment, staff } = await shareableAssessment(db, actor, assessmentId);
  const snapshot = buildShareSnapshot(assessment.output, {
    showReasons: opts.showReasons,
    showChecklist: opts.showChecklist,
    assessedAt: assessment.createdAt,
  });
  const createdById = actor.kind === "staff" ? actor.userId : actor.owner.kind === "user" ? actor.owner.user.id : null;
  const expiresAt = new Date(now.getTime() + opts.expiresInDays * DAY_MS);

  // The code is short, so a collision is possible (31^8 ≈ 8.5e11): try again.
  for (let attempt = 0; ; attempt++) {
    const { token, tokenHash } = newShareToken();
    const code = newShareCode();
    try {
      const link = await db.shareLink.create({
        data: {
          tokenHash,
          code,
          assessmentId: assessment.id,
          createdById,
          showReasons: opts.showReasons,
          showChecklist: opts.showChecklist,
          note: opts.note ?? null,
          staffNote: note?.data ?? null,
          snapshot,
          expiresAt,
          createdAt: now,
        },
        select: { id: true, code: true, expiresAt: true },
      });
      if (staff) {
        await db.auditEvent.create({
          data: {
            actorId: staff.id,
            actorRole: staff.role,
            action: "share_link.create",
            targetType: "assessment",
            targetId: assessment.id,
            metadata: { linkId: link.id, code: link.code, expiresInDays: opts.expiresInDays },
          },
        });
      }
      return { id: link.id, token, code: link.code, path: `/s/${token}`, expiresAt: link.expiresAt };
    } catch (error) {
      if ((error as { code?: string }).code === "P2002" && attempt < 5) continue;
      throw error;
    }
  }
}
