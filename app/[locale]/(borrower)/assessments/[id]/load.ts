import "server-only";
import { cache } from "react";
import { getAssessment, type OwnedAssessment } from "@/lib/server/assessments/get-assessment";
import { AppError } from "@/lib/server/errors";
import { getOwner } from "@/lib/server/owner/current-owner";

/** The assessment for this request's owner, or null (→ 404) when it is not theirs or does not exist. */
export const loadOwnedAssessment = cache(async (id: string): Promise<OwnedAssessment | null> => {
  try {
    return await getAssessment({ owner: await getOwner(), id });
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") return null;
    throw error;
  }
});
