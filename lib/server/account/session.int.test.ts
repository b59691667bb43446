import { describe, expect, it } from "vitest";
import bcrypt from "bcryptjs";
import { db } from "@/lib/db";
import { seedUser } from "./test-support";
import { checkSession, isSessionValid } from "./session-validity";
import { changePassword } from "./change-password";
import { endAllSessions } from "./end-all-sessions";

describe("session invalidation", () => {
  it("the pure rule: same version, not disabled, account exists", () => {
    expect(isSessionValid({ user: { sessionVersion: 2, disabledAt: null }, tokenSv: 2 })).toBe(true);
    expect(isSessionValid({ user: { sessionVersion: 3, disabledAt: null }, tokenSv: 2 })).toBe(false);
    expect(isSessionValid({ user: { sessionVersion: 2, disabledAt: new Date() }, tokenSv: 2 })).toBe(false);
    expect(isSessionValid({ user: null, tokenSv: 0 })).toBe(false);
    expect(isSessionValid({ user: { sessionVersion: 0, disabledAt: null }, tokenSv: undefined })).toBe(false);
  });

  it("a password change ends every existing session and the old password stops working", async () => {
    const user = await seedUser(db, { password: "old password 123" });
    const tokenSv = user.sessionVersion;
    expect(await checkSession({ userId: user.id, tokenSv })).toBe(true);

    const result = await changePassword({ userId: user.id, currentPassword: "old password 123", newPassword: "new password 456" });
    expect(result).toEqual({ email: user.email, sessionVersion: tokenSv + 1 });
    expect(await checkSession({ userId: user.id, tokenSv })).toBe(false);
    expect(await checkSession({ userId: user.id, tokenSv: result.sessionVersion })).toBe(true);

    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await bcrypt.compare("new password 456", row.passwordHash)).toBe(true);
    expect(await bcrypt.compare("old password 123", row.passwordHash)).toBe(false);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { actorId: user.id, action: "account.password_changed" } });
    expect(JSON.stringify(audit)).not.toContain("password 456");
  });

  it("a wrong current password, the same password or a short one changes nothing", async () => {
    const user = await seedUser(db, { password: "old password 123" });
    await expect(changePassword({ userId: user.id, currentPassword: "wrong password", newPassword: "new password 456" })).rejects.toMatchObject({
      code: "FORBIDDEN",
      fieldErrors: { currentPassword: ["wrong"] },
    });
    await expect(changePassword({ userId: user.id, currentPassword: "old password 123", newPassword: "old password 123" })).rejects.toMatchObject({
      code: "VALIDATION",
    });
    await expect(changePassword({ userId: user.id, currentPassword: "old password 123", newPassword: "short" })).rejects.toMatchObject({
      code: "VALIDATION",
    });
    expect(await checkSession({ userId: user.id, tokenSv: user.sessionVersion })).toBe(true);
  });

  it("guessing the current password is rate-limited with the account's sign-in limit", async () => {
    const user = await seedUser(db, { password: "old password 123" });
    for (let i = 0; i < 10; i++) {
      await expect(changePassword({ userId: user.id, currentPassword: `guess ${i}`, newPassword: "new password 456" })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    }
    await expect(changePassword({ userId: user.id, currentPassword: "old password 123", newPassword: "new password 456" })).rejects.toMatchObject({
      code: "RATE_LIMITED",
    });
  });

  it("'sign out everywhere' and disabling an account end sessions too", async () => {
    const user = await seedUser(db);
    const { sessionVersion } = await endAllSessions({ userId: user.id });
    expect(await checkSession({ userId: user.id, tokenSv: user.sessionVersion })).toBe(false);
    expect(await checkSession({ userId: user.id, tokenSv: sessionVersion })).toBe(true);
    await db.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect(await checkSession({ userId: user.id, tokenSv: sessionVersion })).toBe(false);
    await db.user.delete({ where: { id: user.id } });
    expect(await checkSession({ userId: user.id, tokenSv: sessionVersion })).toBe(false);
  });
});
