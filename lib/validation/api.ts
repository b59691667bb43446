import { z } from "zod";

/**
 * `POST /api/v1/assessments` envelope. The `input` itself is validated by the
 * scoring library's schema (so its errors carry the input's field paths).
 */
export const createAssessmentRequestSchema = z.object({
  input: z.unknown(),
  /** false: score only, nothing stored. true (default): stored like the wizard, which needs consent. */
  persist: z.boolean().default(true),
  consent: z.object({ agreed: z.boolean(), version: z.string().max(40) }).optional(),
});
