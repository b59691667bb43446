import { z } from "zod";
import { recordIdSchema } from "./share";

export const REVIEW_MESSAGE_MAX = 1000;

/** "Request a human review": the borrower's optional message to support staff. */
export const reviewRequestSchema = z.object({
  assessmentId: recordIdSchema,
  message: z
    .string()
    .trim()
    .max(REVIEW_MESSAGE_MAX)
    .optional()
    .transform((v) => (v ? v : undefined)),
});

export type ReviewRequestInput = z.input<typeof reviewRequestSchema>;
