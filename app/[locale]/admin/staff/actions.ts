"use server";

import { changeStaffRole } from "@/lib/server/admin/change-staff-role";
import { createStaffAccount } from "@/lib/server/admin/create-staff-account";
import { disableStaffAccount } from "@/lib/server/admin/disable-staff-account";
import { enableStaffAccount } from "@/lib/server/admin/enable-staff-account";
import { changeStaffRoleSchema, createStaffSchema, staffAccountSchema } from "@/lib/validation/admin";
import { adminAction, type ActionResult } from "../action-result";

/** Creates a staff account; its first password is returned once, to hand over. */
export async function createStaffAction(raw: unknown): Promise<ActionResult<{ email: string; temporaryPassword: string }>> {
  return adminAction("createStaffAction", createStaffSchema, raw, async (input, actor) => {
    const created = await createStaffAccount({ actor, account: input });
    return { email: created.email, temporaryPassword: created.temporaryPassword };
  });
}

export async function changeRoleAction(raw: unknown): Promise<ActionResult<{ changed: boolean }>> {
  return adminAction("changeRoleAction", changeStaffRoleSchema, raw, async (input, actor) => {
    const r = await changeStaffRole({ actor, ...input });
    return { changed: r.changed };
  });
}

/** Disables a staff account and ends its sessions. */
export async function disableStaffAction(raw: unknown): Promise<ActionResult> {
  return adminAction("disableStaffAction", staffAccountSchema, raw, async (input, actor) => {
    await disableStaffAccount({ actor, userId: input.userId });
    return {};
  });
}

export async function enableStaffAction(raw: unknown): Promise<ActionResult> {
  return adminAction("enableStaffAction", staffAccountSchema, raw, async (input, actor) => {
    await enableStaffAccount({ actor, userId: input.userId });
    return {};
  });
}
