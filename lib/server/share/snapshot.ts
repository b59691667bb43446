import { z } from "zod";

/**
 * The frozen copy of what a share link shows, built once when the link is
 * created. It is a whitelist: Zod drops every key not named here, so nothing
 * from the borrower's inputs (amounts, income, habits) or account can leak into
 * it, even if the assessment output grows new fields. Texts are codes; the
 * page translates them in the viewer's language.
 */
const probability = z.number().min(0).max(1);
const code = z.string().min(1).max(64);

const reasonSchema = z.object({ code, direction: z.enum(["positive", "negative"]), impact: z.enum(["high", "medium", "low"]) });
const checklistSchema = z.object({ id: code, effort: z.enum(["easy", "medium", "hard"]), expectedGain: z.number() });

export const shareSnapshotSchema = z.object({
  v: z.literal(1),
  modelVersion: z.string().max(40),
  assessedAt: z.string(),
  platform: code,
  goal: code,
  probability,
  band: code,
  interval: z.object({ low: probability, high: probability }),
  horizonMonths: z.number().int().min(0).max(120),
  plan: z.object({
    steps: z.array(z.object({ month: z.number().int(), actions: z.array(code) })),
    projection: z.array(z.object({ month: z.number().int(), probability })),
  }),
  reasons: z.array(reasonSchema).optional(),
  checklist: z.array(checklistSchema).optional(),
});

export type ShareSnapshot = z.infer<typeof shareSnapshotSchema>;

/** Assessment output as stored (see lib/scoring/types.ts); read leniently. */
const outputSchema = z.object({
  modelVersion: z.string(),
  platform: code,
  goal: code,
  probability,
  band: code,
  interval: z.object({ low: probability, high: probability }),
  horizonMonths: z.number().int(),
  reasons: z.array(reasonSchema).default([]),
  checklist: z.array(checklistSchema).default([]),
  plan: z
    .object({
      steps: z.array(z.object({ month: z.number().int(), actions: z.array(code) })).default([]),
      projection: z.array(z.object({ month: z.number().int(), probability })).default([]),
    })
    .default({ steps: [], projection: [] }),
});

export function buildShareSnapshot(
  output: unknown,
  options: { showReasons: boolean; showChecklist: boolean; assessedAt: Date },
): ShareSnapshot {
  const o = outputSchema.parse(output);
  return shareSnapshotSchema.parse({
    v: 1,
    modelVersion: o.modelVersion,
    assessedAt: options.assessedAt.toISOString(),
    platform: o.platform,
    goal: o.goal,
    probability: o.probability,
    band: o.band,
    interval: o.interval,
    horizonMonths: o.horizonMonths,
    plan: o.plan,
    ...(options.showReasons ? { reasons: o.reasons } : {}),
    ...(options.showChecklist ? { checklist: o.checklist } : {}),
  });
}
