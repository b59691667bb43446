// Seeding helpers shared by the data layer's integration tests (never imported by the app).
import { randomBytes } from "node:crypto";
import bcrypt from "bcryptjs";
import type { Db } from "@/lib/db/create-client";
import type { Owner } from "@/lib/server/owner/current-owner";

export type Role = "BORROWER" | "SUPPORT" | "ADMIN";

/** Test addresses share this domain, so masked forms (`a•••@test.example`) are predictable. */
export const TEST_EMAIL_DOMAIN = "test.example";
export const uniqueEmail = (label = "t") => `${label}-${Date.now().toString(36)}-${randomBytes(4).toString("hex")}@${TEST_EMAIL_DOMAIN}`;
export const uniqueHash = () => randomBytes(32).toString("hex");

/** A user with a known password (cheap bcrypt cost: tests only). */
export async function seedUser(db: Db, opts: { email?: string; password?: string; role?: Role; disabled?: boolean } = {}) {
  const role = opts.role ?? "BORROWER";
  const email = opts.email ?? uniqueEmail(role.toLowerCase());
  const password = opts.password ?? "correct horse battery";
  const user = await db.user.create({
    data: { email, passwordHash: await bcrypt.hash(password, 4), role, name: "测试", disabledAt: opts.disabled ? new Date() : null },
    select: { id: true, email: true, role: true, name: true, sessionVersion: true },
  });
  return { ...user, password };
}

export const userOwner = (user: { id: string; email: string; role?: string }): Owner => ({
  kind: "user",
  user: { id: user.id, email: user.email, name: null, role: (user.role as Role) ?? "BORROWER" },
});
export const anonOwner = (anonOwnerHash: string): Owner => ({ kind: "anonymous", anonOwnerHash });
