import "server-only";
import { db } from "@/lib/db";
import { assessmentInputSchema, assessmentSchema, type Assessment, type AssessmentInput } from "@/lib/scoring";
import { AppError } from "@/lib/server/errors";
import { ownedBy, type Owner } from "@/lib/server/owner/current-owner";

export interface OwnedAssessment {
  id: string;
  createdAt: Date;
  /** The model version that produced `output` (may be older than the running one). */
  modelVersion: string;
  input: AssessmentInput;
  output: Assessment;
  /** Checklist item ids the owner has ticked off. */
  done: string[];
}

/** Ids are cuids; anything else cannot exist, so it is not even looked up. */
const ID = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * One assessment, only for its owner. Someone else's, or an unknown id, is
 * NOT_FOUND (404) — never FORBIDDEN, so guessing ids reveals nothing.
 */
export async function getAssessment({ owner, id }: { owner: Owner | null; id: string }): Promise<OwnedAssessment> {
  if (!owner || !ID.test(id)) throw new AppError("NOT_FOUND", "Assessment not found");
  const row = await db.assessment.findFirst({
    where: { id, ...ownedBy(owner) },
    select: {
      id: true,
      createdAt: true,
      modelVersion: true,
      input: true,
      output: true,
      checklist: { where: { done: true }, select: { itemId: true } },
    },
  });
  if (!row) throw new AppError("NOT_FOUND", "Assessment not found");
  // Stored JSON is checked like any other input: a row written by an older model
  // that no longer fits the shape fails here loudly instead of rendering garbage.
  const input = assessmentInputSchema.parse(row.input);
  const output = assessmentSchema.parse(row.output) as Assessment;
  return {
    id: row.id,
    createdAt: row.createdAt,
    modelVersion: row.modelVersion,
    input,
    output,
    done: row.checklist.map((c) => c.itemId),
  };
}
