/**
 * Zod schema for the scam checker form. No custom message strings: the page
 * translates issues by code (`scam.errors.<code>`, with `minimum`/`maximum`).
 * The text is checked in memory and never stored.
 */

import { z } from "zod";
import { SCAM_TEXT_MAX_LENGTH } from "./limits";

export { SCAM_TEXT_MAX_LENGTH };

export const scamCheckInputSchema = z.object({
  text: z.string().trim().min(1).max(SCAM_TEXT_MAX_LENGTH),
});

export type ScamCheckInput = z.output<typeof scamCheckInputSchema>;

/** Issue codes the schema can produce; `scam.errors.<code>` exists for each. */
export const SCAM_ISSUE_CODES = ["invalid_type", "too_small", "too_big"] as const;
