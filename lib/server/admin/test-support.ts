// Seeding helpers for the admin view's integration tests (never imported by the app).
import { randomBytes } from "node:crypto";
import bcrypt from "bcryptjs";
import type { Db } from "@/lib/db/create-client";
import { assess, assessmentInputSchema, referenceInput, type AssessmentInput } from "@/lib/scoring";

export const uniqueEmail = (label = "t") => `${label}-${Date.now().toString(36)}-${randomBytes(4).toString("hex")}@admin-test.example`;

export async function seedUser(db: Db, role: "BORROWER" | "SUPPORT" | "ADMIN" = "BORROWER", opts: { email?: string; disabled?: boolean } = {}) {
  return db.user.create({
    data: {
      email: opts.email ?? uniqueEmail(role.toLowerCase()),
      passwordHash: await bcrypt.hash("correct horse battery", 4),
      role,
      disabledAt: opts.disabled ? new Date() : null,
    },
    select: { id: true, email: true, role: true, sessionVersion: true },
  });
}

/** A real input: the reference borrower of a platform, with amounts we can look for in leaks. */
export const SECRET_INCOME = 23456;
export const SECRET_LIMIT = 45678;
export function realInput(platform: AssessmentInput["platform"] = "jiebei", tweak: (i: AssessmentInput) => void = () => {}): AssessmentInput {
  const i = structuredClone(referenceInput(platform, "raise"));
  i.debt.monthlyIncome = SECRET_INCOME;
  i.limit.current = SECRET_LIMIT;
  tweak(i);
  return assessmentInputSchema.parse(i);
}

/** Stores a real `assess()` result, as the check-up does. */
export async function seedCase(
  db: Db,
  owner: { userId?: string; anonOwnerHash?: string },
  input: AssessmentInput = realInput(),
  createdAt?: Date,
) {
  const output = assess(input);
  return db.assessment.create({
    data: {
      userId: owner.userId ?? null,
      anonOwnerHash: owner.anonOwnerHash ?? null,
      platform: input.platform,
      goal: input.goal,
      modelVersion: output.modelVersion,
      input: input as object,
      output: output as object,
      probability: output.probability,
      band: output.band,
      ...(createdAt ? { createdAt } : {}),
    },
    select: { id: true, platform: true, goal: true, band: true, probability: true, createdAt: true, output: true, userId: true },
  });
}

export const uniqueHash = () => randomBytes(32).toString("hex");
