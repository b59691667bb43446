/**
 * Zod schema for the scam checker form. No custom message strings: the page
 * translates issues by code (`scam.errors.<code>`, with `minimum`/`maximum`).
 * The text is checked in memory and never stored.
 */

import { z } from "zod";

/** Long enough for a chat transcript, short enough to keep the check instant. */
export const SCAM_TEXT_MAX_LENGTH = 5000;

export const scamCheckInputSchema = z.object({
  text: z.string().trim().min(1).max(SCAM_TEXT_MAX_LENGTH),
});

export type ScamCheckInput = z.output<typeof scamCheckInputSchema>;

/** Issue codes the schema can produce; `scam.errors.<code>` exists for each. */
export const SCAM_ISSUE_CODES = ["invalid_type", "too_small", "too_big"] as const;
