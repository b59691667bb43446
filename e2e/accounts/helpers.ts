// Seeding and sign-in helpers for the accounts journeys. Each test seeds its
// own data (unique emails) straight into the database the server uses.
import { createHash, randomBytes } from "node:crypto";
import bcrypt from "bcryptjs";
import { expect, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { createDb, type Db } from "@/lib/db/create-client";
import { assess, assessmentInputSchema, referenceInput, type AssessmentInput } from "@/lib/scoring";
import { newShareCode, newShareToken } from "@/lib/server/share/token";
import { buildShareSnapshot } from "@/lib/server/share/snapshot";

let client: Db | undefined;
export function testDb(): Db {
  client ??= createDb(process.env.DATABASE_URL);
  return client;
}
export async function closeDb() {
  await client?.$disconnect();
  client = undefined;
}

export const uniqueEmail = (label: string) => `${label}-${Date.now().toString(36)}-${randomBytes(3).toString("hex")}@e2e.example`;
export const PASSWORD = "e2e password 1234";

/** A distinct client address per context, so per-IP limits (sign-in, share lookups) are per test. */
export async function newContext(browser: Browser): Promise<BrowserContext> {
  const ip = `10.${randomBytes(1)[0]}.${randomBytes(1)[0]}.${randomBytes(1)[0]! % 250 + 1}`;
  return browser.newContext({ locale: "zh-CN", extraHTTPHeaders: { "x-forwarded-for": ip } });
}

export async function seedUser(opts: { email?: string; password?: string } = {}) {
  const email = opts.email ?? uniqueEmail("user");
  const user = await testDb().user.create({
    data: { email, passwordHash: await bcrypt.hash(opts.password ?? PASSWORD, 4), role: "BORROWER" },
  });
  return { ...user, password: opts.password ?? PASSWORD };
}

/** A real input, adjusted: `tweak` edits a copy of the reference borrower on that platform. */
export function input(platform: AssessmentInput["platform"] = "jiebei", tweak: (i: AssessmentInput) => void = () => {}): AssessmentInput {
  const i = structuredClone(referenceInput(platform, "raise"));
  tweak(i);
  return assessmentInputSchema.parse(i);
}

/** Stores a real `assess()` result, as the check-up would. */
export async function seedAssessment(owner: { userId?: string; anonOwnerHash?: string }, i: AssessmentInput = input(), createdAt?: Date) {
  const output = assess(i);
  return testDb().assessment.create({
    data: {
      userId: owner.userId ?? null,
      anonOwnerHash: owner.anonOwnerHash ?? null,
      platform: i.platform,
      goal: i.goal,
      modelVersion: output.modelVersion,
      input: i as object,
      output: output as object,
      probability: output.probability,
      band: output.band,
      ...(createdAt ? { createdAt } : {}),
    },
  });
}

/** A share link written directly (e.g. one that already expired); returns its token. */
export async function seedShareLink(assessment: { id: string; output: unknown; createdAt: Date }, opts: { expiresAt?: Date; revokedAt?: Date } = {}) {
  const { token, tokenHash } = newShareToken();
  await testDb().shareLink.create({
    data: {
      tokenHash,
      code: newShareCode(),
      assessmentId: assessment.id,
      snapshot: buildShareSnapshot(assessment.output, { showReasons: false, showChecklist: false, assessedAt: assessment.createdAt }),
      expiresAt: opts.expiresAt ?? new Date(Date.now() + 7 * 86_400_000),
      revokedAt: opts.revokedAt ?? null,
    },
  });
  return token;
}

export function visitor() {
  const id = randomBytes(32).toString("base64url");
  return { id, hash: createHash("sha256").update(id).digest("hex") };
}

export async function signIn(page: Page, email: string, password = PASSWORD, callbackUrl = "/history") {
  await page.goto(`/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  await page.getByLabel("邮箱", { exact: true }).fill(email);
  await page.getByLabel("密码", { exact: true }).fill(password);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page).toHaveURL(new RegExp(`${callbackUrl.replace(/[/?]/g, "\\$&")}(\\?|#|$)`));
}
