import bcrypt from "bcryptjs";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { checkSession } from "@/lib/server/account/session-validity";
import { seedUser, uniqueEmail } from "./test-support";
import { listStaffAccounts } from "./list-staff-accounts";
import { createStaffAccount } from "./create-staff-account";
import { changeStaffRole } from "./change-staff-role";
import { disableStaffAccount } from "./disable-staff-account";
import { enableStaffAccount } from "./enable-staff-account";
import { searchCases } from "./search-cases";

describe("staff management (admins only)", () => {
  it("creates a staff account with a one-time random password that works", async () => {
    const admin = await seedUser(db, { role: "ADMIN" });
    const email = uniqueEmail("new-support");
    const created = await createStaffAccount({ actor: admin, account: { email: `  ${email.toUpperCase()} `, name: "小王", role: "SUPPORT" } });
    expect(created).toMatchObject({ email, role: "SUPPORT" });
    expect(created.temporaryPassword.length).toBeGreaterThanOrEqual(16);
    const row = await db.user.findUniqueOrThrow({ where: { id: created.id } });
    expect(row).toMatchObject({ email, role: "SUPPORT", name: "小王", disabledAt: null });
    expect(await bcrypt.compare(created.temporaryPassword, row.passwordHash)).toBe(true);

    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "staff.create", targetId: created.id } });
    expect(audit).toMatchObject({ actorId: admin.id, actorRole: "ADMIN", metadata: { email, role: "SUPPORT" } });
    expect(JSON.stringify(audit)).not.toContain(created.temporaryPassword);
    expect((await listStaffAccounts({ actor: admin })).find((s) => s.id === created.id)).toMatchObject({ role: "SUPPORT", self: false });
    // The new account can do staff work right away.
    await expect(searchCases({ actor: created, search: {} })).resolves.toBeDefined();
  });

  it("refuses an email that already has an account (a borrower is never silently promoted) and bad input", async () => {
    const admin = await seedUser(db, { role: "ADMIN" });
    const borrower = await seedUser(db);
    await expect(createStaffAccount({ actor: admin, account: { email: borrower.email, role: "SUPPORT" } })).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await db.user.findUniqueOrThrow({ where: { id: borrower.id } })).role).toBe("BORROWER");
    await expect(createStaffAccount({ actor: admin, account: { email: "not an email", role: "SUPPORT" } })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { email: expect.any(Array) },
    });
    await expect(createStaffAccount({ actor: admin, account: { email: uniqueEmail(), role: "BORROWER" as "SUPPORT" } })).rejects.toMatchObject({
      code: "VALIDATION",
    });
  });

  it("a role change ends the account's sessions and applies at once", async () => {
    const admin = await seedUser(db, { role: "ADMIN" });
    const support = await seedUser(db, { role: "SUPPORT" });
    expect(await checkSession({ userId: support.id, tokenSv: support.sessionVersion })).toBe(true);
    const result = await changeStaffRole({ actor: admin, userId: support.id, role: "ADMIN" });
    expect(result).toEqual({ id: support.id, role: "ADMIN", changed: true });
    expect(await checkSession({ userId: support.id, tokenSv: support.sessionVersion })).toBe(false);
    await expect(listStaffAccounts({ actor: support })).resolves.toBeDefined();
    // Same role again: nothing to do, nothing recorded.
    expect(await changeStaffRole({ actor: admin, userId: support.id, role: "ADMIN" })).toMatchObject({ changed: false });
    const events = await db.auditEvent.findMany({ where: { action: "staff.role_change", targetId: support.id } });
    expect(events.map((e) => e.metadata)).toEqual([{ email: support.email, from: "SUPPORT", to: "ADMIN" }]);
  });

  it("disabling ends every session and stops all staff access; enabling lets the account sign in again", async () => {
    const admin = await seedUser(db, { role: "ADMIN" });
    const support = await seedUser(db, { role: "SUPPORT" });
    await disableStaffAccount({ actor: admin, userId: support.id });
    const row = await db.user.findUniqueOrThrow({ where: { id: support.id } });
    expect(row.disabledAt).not.toBeNull();
    expect(row.sessionVersion).toBe(support.sessionVersion + 1);
    expect(await checkSession({ userId: support.id, tokenSv: support.sessionVersion })).toBe(false);
    expect(await checkSession({ userId: support.id, tokenSv: row.sessionVersion })).toBe(false);
    await expect(searchCases({ actor: support, search: {} })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    // Idempotent: a second disable changes nothing.
    await disableStaffAccount({ actor: admin, userId: support.id });
    expect((await db.user.findUniqueOrThrow({ where: { id: support.id } })).sessionVersion).toBe(row.sessionVersion);
    expect(await db.auditEvent.count({ where: { action: "staff.disable", targetId: support.id } })).toBe(1);

    await enableStaffAccount({ actor: admin, userId: support.id });
    expect(await checkSession({ userId: support.id, tokenSv: support.sessionVersion })).toBe(false);
    expect(await checkSession({ userId: support.id, tokenSv: row.sessionVersion })).toBe(true);
    await expect(searchCases({ actor: support, search: {} })).resolves.toBeDefined();
    expect(await db.auditEvent.count({ where: { action: "staff.enable", targetId: support.id } })).toBe(1);
  });

  it("an admin cannot change or disable their own account, nor manage borrowers here", async () => {
    const admin = await seedUser(db, { role: "ADMIN" });
    const borrower = await seedUser(db);
    await expect(changeStaffRole({ actor: admin, userId: admin.id, role: "SUPPORT" })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(disableStaffAccount({ actor: admin, userId: admin.id })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(disableStaffAccount({ actor: admin, userId: borrower.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(changeStaffRole({ actor: admin, userId: borrower.id, role: "ADMIN" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const me = await db.user.findUniqueOrThrow({ where: { id: admin.id } });
    expect(me).toMatchObject({ role: "ADMIN", disabledAt: null, sessionVersion: admin.sessionVersion });
    expect((await db.user.findUniqueOrThrow({ where: { id: borrower.id } })).role).toBe("BORROWER");
    expect((await listStaffAccounts({ actor: admin })).find((s) => s.id === admin.id)).toMatchObject({ self: true });
  });
});
