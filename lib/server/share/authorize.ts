import "server-only";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/server/errors";
import { ownedBy } from "@/lib/server/owner/current-owner";
import type { ShareActor } from "./types";

export interface StaffUser {
  id: string;
  role: "SUPPORT" | "ADMIN";
}

/** The staff member acting, re-checked against the database (role and not disabled), or FORBIDDEN. */
export async function requireStaffUser(db: Db, userId: string): Promise<StaffUser> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true, role: true, disabledAt: true } });
  if (!user || user.disabledAt || (user.role !== "SUPPORT" && user.role !== "ADMIN")) throw new AppError("FORBIDDEN", "Not allowed");
  return { id: user.id, role: user.role };
}

/**
 * The assessment `actor` may share, or NOT_FOUND: an owner only reaches their
 * own (another person's id answers exactly like a missing one), staff reach any.
 */
export async function shareableAssessment(db: Db, actor: ShareActor, assessmentId: string) {
  const select = { id: true, output: true, createdAt: true } as const;
  const staff = actor.kind === "staff" ? await requireStaffUser(db, actor.userId) : null;
  const assessment =
    actor.kind === "owner"
      ? await db.assessment.findFirst({ where: { id: assessmentId, ...ownedBy(actor.owner) }, select })
      : await db.assessment.findUnique({ where: { id: assessmentId }, select });
  if (!assessment) throw new AppError("NOT_FOUND", "Assessment not found");
  return { assessment, staff };
}
