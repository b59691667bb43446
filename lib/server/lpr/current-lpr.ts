import "server-only";
import { z } from "zod";
import { DEFAULT_LPR, makeLprConfig, type LprConfig } from "@/lib/calculator/lpr";

/**
 * The one-year LPR the calculator flags against, from configuration.
 *
 *   LPR_ONE_YEAR_PERCENT=3.0  LPR_AS_OF=2025-05-20
 *
 * Both or neither: with neither, `DEFAULT_LPR` (lib/calculator/lpr.ts) applies.
 * A half-set or malformed pair is a configuration mistake and throws with the
 * variable's name, like lib/env.ts does, rather than quietly showing a wrong
 * line to borrowers. The page shows the date next to the figure.
 */
const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

const lprEnvSchema = z
  .object({
    LPR_ONE_YEAR_PERCENT: z.preprocess(blankToUndefined, z.coerce.number().gt(0).lt(100).optional()),
    LPR_AS_OF: z.preprocess(
      blankToUndefined,
      z.iso.date().optional(),
    ),
  })
  .refine((v) => (v.LPR_ONE_YEAR_PERCENT === undefined) === (v.LPR_AS_OF === undefined), {
    message: "set both LPR_ONE_YEAR_PERCENT and LPR_AS_OF, or neither",
    path: ["LPR_AS_OF"],
  });

/** Parses the LPR variables out of an environment; pure, for tests. */
export function parseLprEnv(source: Record<string, string | undefined>): LprConfig {
  const result = lprEnvSchema.safeParse({ LPR_ONE_YEAR_PERCENT: source.LPR_ONE_YEAR_PERCENT, LPR_AS_OF: source.LPR_AS_OF });
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".") || "(env)"}: ${i.message}`);
    throw new Error(`Invalid LPR configuration:\n${lines.join("\n")}`);
  }
  const { LPR_ONE_YEAR_PERCENT: percent, LPR_AS_OF: asOf } = result.data;
  if (percent === undefined || asOf === undefined) return DEFAULT_LPR;
  return makeLprConfig(percent / 100, asOf);
}

/** The LPR for this server process (read when a page is rendered). */
export function currentLpr(): LprConfig {
  return parseLprEnv(process.env);
}
