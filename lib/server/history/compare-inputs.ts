/**
 * What changed between two check-ups, and how much each change moved the chance.
 *
 * Method (documented for borrowers on /history and in docs/security.md):
 *  1. Both stored inputs are re-scored with the current model (`simulate(x, {})`
 *     returns the chance of `x`), so differences between model versions do
 *     not pass for changes in the borrower's situation.
 *  2. The input is split into its groups (limit, cut, repayment, debt, usage,
 *     payments & savings, profile, platform extras). For each group that
 *     changed, its effect is the average of two one-at-a-time swaps:
 *       forward  = chance(older with this group from newer) − chance(older)
 *       backward = chance(newer) − chance(newer with this group from older)
 *     (the two-sided average is fairer than either alone when changes
 *     interact: for two groups it equals their Shapley value).
 *  3. Whatever the group effects do not explain — interactions between
 *     changes and the hard caps (e.g. a current overdue) — is shown as one
 *     "combined" line, so the lines always add up to the total change.
 * Attribution needs the same platform and goal (a different question has a
 * different scorecard); otherwise only the field changes are listed.
 */
import { assessmentInputSchema, simulate, type AssessmentInput } from "@/lib/scoring";

export const INPUT_GROUPS = ["limit", "cut", "repayment", "debt", "usage", "ecosystem", "profile", "extras"] as const;
export type InputGroup = (typeof INPUT_GROUPS)[number];

export type FieldValue = string | number | boolean | null;
export interface FieldChange {
  /** Dotted path inside the input, e.g. `debt.lendersWithBalance` or `extras.shop.revenueTrend`. */
  path: string;
  before: FieldValue;
  after: FieldValue;
}

export interface GroupChange {
  group: InputGroup;
  fields: FieldChange[];
  /** Effect on the chance (0–1 scale, signed); null when attribution is not possible. */
  effect: number | null;
}

export interface InputComparison {
  /** False when the platform or goal differs, or a stored input no longer validates. */
  attributable: boolean;
  samePlatformAndGoal: boolean;
  groups: GroupChange[];
  /** Re-scored with the current model (null when not attributable). */
  rescored: { from: number; to: number } | null;
  /** Total − Σ group effects: interactions and caps. */
  combined: number | null;
}

function flatten(value: unknown, prefix: string, out: Map<string, FieldValue>) {
  if (value !== null && typeof value === "object" && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
    return;
  }
  if (value === undefined) return;
  out.set(prefix, typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? value : value === null ? null : JSON.stringify(value));
}

export function fieldChanges(group: InputGroup, a: unknown, b: unknown): FieldChange[] {
  const before = new Map<string, FieldValue>();
  const after = new Map<string, FieldValue>();
  flatten(a, group, before);
  flatten(b, group, after);
  const paths = [...new Set([...before.keys(), ...after.keys()])];
  return paths
    .filter((p) => (before.get(p) ?? null) !== (after.get(p) ?? null))
    .map((path) => ({ path, before: before.get(path) ?? null, after: after.get(path) ?? null }));
}

function withGroup(base: AssessmentInput, from: AssessmentInput, group: InputGroup): AssessmentInput {
  const out = { ...base } as Record<string, unknown>;
  const v = (from as Record<string, unknown>)[group];
  if (v === undefined) delete out[group];
  else out[group] = v;
  return out as AssessmentInput;
}

const chance = (input: AssessmentInput) => simulate(input, {}).probability;

/** Compares the inputs of an older (`from`) and a newer (`to`) check-up. */
export function compareInputs(fromRaw: unknown, toRaw: unknown): InputComparison {
  const a = assessmentInputSchema.safeParse(fromRaw);
  const b = assessmentInputSchema.safeParse(toRaw);
  const get = (x: unknown, g: string) => (x && typeof x === "object" ? (x as Record<string, unknown>)[g] : undefined);
  const groups: GroupChange[] = INPUT_GROUPS.map((group) => ({ group, fields: fieldChanges(group, get(fromRaw, group), get(toRaw, group)), effect: null as number | null })).filter(
    (g) => g.fields.length > 0,
  );
  const samePlatformAndGoal = get(fromRaw, "platform") === get(toRaw, "platform") && get(fromRaw, "goal") === get(toRaw, "goal");
  if (!a.success || !b.success || !samePlatformAndGoal) {
    return { attributable: false, samePlatformAndGoal, groups, rescored: null, combined: null };
  }
  const pa = chance(a.data);
  const pb = chance(b.data);
  let explained = 0;
  for (const g of groups) {
    const forward = chance(withGroup(a.data, b.data, g.group)) - pa;
    const backward = pb - chance(withGroup(b.data, a.data, g.group));
    g.effect = (forward + backward) / 2;
    explained += g.effect;
  }
  return { attributable: true, samePlatformAndGoal, groups, rescored: { from: pa, to: pb }, combined: pb - pa - explained };
}
