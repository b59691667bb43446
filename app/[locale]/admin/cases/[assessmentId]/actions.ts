"use server";

import { addSupportNote } from "@/lib/server/admin/add-support-note";
import { createAdviceLink } from "@/lib/server/admin/create-advice-link";
import { revealCaseField } from "@/lib/server/admin/reveal-case-field";
import { revokeAdviceLink } from "@/lib/server/admin/revoke-advice-link";
import { adviceLinkSchema, revealFieldSchema, revokeLinkSchema, supportNoteSchema, type RevealField } from "@/lib/validation/admin";
import { adminAction, type ActionResult } from "../../action-result";

/** Shows one masked field after the staff member gave a reason; the reveal is audited in the data layer. */
export async function revealFieldAction(raw: unknown): Promise<ActionResult<{ field: RevealField; value: string | number | null }>> {
  return adminAction("revealFieldAction", revealFieldSchema, raw, (input, actor) => revealCaseField({ actor, ...input }));
}

export async function addNoteAction(raw: unknown): Promise<ActionResult<{ id: string }>> {
  return adminAction("addNoteAction", supportNoteSchema, raw, async (input, actor) => {
    const note = await addSupportNote({ actor, ...input });
    return { id: note.id };
  });
}

/** Creates an advice link; the token-bearing path is returned once, for the staff member to pass on. */
export async function createAdviceLinkAction(raw: unknown): Promise<ActionResult<{ path: string; code: string; expiresAt: string }>> {
  return adminAction("createAdviceLinkAction", adviceLinkSchema, raw, async (input, actor) => {
    const link = await createAdviceLink({ actor, link: input });
    return { path: link.path, code: link.code, expiresAt: link.expiresAt.toISOString() };
  });
}

export async function revokeLinkAction(raw: unknown): Promise<ActionResult<{ revokedAt: string }>> {
  return adminAction("revokeLinkAction", revokeLinkSchema, raw, async (input, actor) => {
    const result = await revokeAdviceLink({ actor, assessmentId: input.assessmentId, linkId: input.linkId });
    return { revokedAt: result.revokedAt.toISOString() };
  });
}
