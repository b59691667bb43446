// Seeding helpers for the admin view's integration tests (never imported by the app).
import type { Db } from "@/lib/db/create-client";
import { assess, assessmentInputSchema, referenceInput, type AssessmentInput } from "@/lib/scoring";

export { seedUser, uniqueEmail, uniqueHash } from "@/lib/server/testing/seed-users";

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

