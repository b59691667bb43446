import "server-only";
import { db as defaultDb, type Db } from "@/lib/db";
import { AppError } from "@/lib/server/errors";
import { createShareLink, type CreatedShareLink } from "@/lib/server/share/create-share-link";
import { adviceLinkSchema } from "@/lib/validation/admin";
import { assertStaff, type Actor } from "./assert-staff";

/**
 * An advice link for the borrower: the shared-link mechanism (hashed token,
 * frozen snapshot, expiry) with the staff member's advice on it. The token is
 * returned once, to be passed on to the borrower. `createShareLink` re-checks
 * the staff role and writes the `share_link.create` audit entry.
 */
export async function createAdviceLink({
  db = defaultDb,
  actor,
  link,
  now,
}: {
  db?: Db;
  actor: Actor;
  link: { assessmentId: string; staffNote: string; expiresInDays?: number; showReasons?: boolean; showChecklist?: boolean };
  now?: Date;
}): Promise<CreatedShareLink> {
  const staff = await assertStaff(db, actor);
  const parsed = adviceLinkSchema.safeParse(link);
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (fieldErrors[String(issue.path[0] ?? "_form")] ??= []).push(issue.code);
    throw new AppError("VALIDATION", "Invalid advice link", fieldErrors);
  }
  const { assessmentId, staffNote, ...options } = parsed.data;
  return createShareLink({ db, actor: { kind: "staff", userId: staff.id }, assessmentId, staffNote, options, now });
}
