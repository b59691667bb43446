/**
 * How a checklist action is written, and the small helpers actions share.
 *
 * `apply(f, months, base)` sets `f` to how the profile would look `months`
 * after starting the action (from `base`, the profile when it started). The
 * checklist applies each action over the goal's horizon and re-scores; the
 * plan applies every started action month by month. So an action only
 * promises what the model says it is worth.
 */
import type { GuideAnchor } from "../../guides/anchors";
import type { ChecklistId, Effort, ReasonCode } from "../constants";
import type { Profile, RawFeatureName } from "../features";
import { platformAnchor } from "../guide";
import type { PlatformProfile } from "../platforms";
import type { ScoreTable } from "../tables";

/** How an action is written below (optional fields default in `ActionSpec`). */
export interface ActionDef {
  id: ChecklistId;
  effort: Effort;
  /** Days by which to start (or finish) it. */
  dueInDays?: number;
  /** Must come first: nothing else counts while it stands (overdue, cash-out, misuse, scams). */
  blocking?: true;
  reasonCode: ReasonCode | ((f: Profile) => ReasonCode);
  anchor: (p: PlatformProfile, goal: ScoreTable["goal"], cutReason: number) => GuideAnchor;
  applies: (f: Profile, t: ScoreTable) => boolean;
  apply: (f: Profile, months: number, base: Profile) => void;
  /** Every raw feature `apply` may write (checked by `actions.test.ts`); lets re-scoring skip the rest. */
  touches: readonly RawFeatureName[];
  /** In the plan, repeat the step every n months (e.g. one small loan every 2 months). */
  repeatEvery?: number;
  /** `apply` ignores `months` (a one-off change): the plan may apply it once instead of every month. */
  instant?: true;
}

/** An action with every field present, so all actions share one object shape (fast property access). */
export interface ActionSpec {
  id: ChecklistId;
  effort: Effort;
  dueInDays: number | undefined;
  blocking: boolean;
  reasonCode: (f: Profile) => ReasonCode;
  anchor: ActionDef["anchor"];
  applies: ActionDef["applies"];
  apply: ActionDef["apply"];
  touches: readonly RawFeatureName[];
  repeatEvery: number;
  instant: boolean;
}

export function spec(d: ActionDef): ActionSpec {
  const code = d.reasonCode;
  return {
    id: d.id,
    effort: d.effort,
    dueInDays: d.dueInDays,
    blocking: d.blocking === true,
    reasonCode: typeof code === "function" ? code : () => code,
    anchor: d.anchor,
    applies: d.applies,
    apply: d.apply,
    touches: d.touches,
    repeatEvery: d.repeatEvery ?? 0,
    instant: d.instant === true,
  };
}

export const at = (f: Profile, slot: number): number => f[slot]!;
export const fraction = (months: number, over: number): number => (months >= over ? 1 : months / over);
export const section =
  (s: Parameters<typeof platformAnchor>[1]) =>
  (p: PlatformProfile): GuideAnchor =>
    platformAnchor(p, s);
export const proofAnchor = (p: PlatformProfile, goal: string): GuideAnchor =>
  goal === "restore" ? "after-cut#proof" : p.id === "jiebei" ? "jiebei#limit-page" : platformAnchor(p, "profile");
/**
 * What is left of a stopped misuse after n months: the platform has seen it,
 * so its weight fades over a year instead of vanishing (the gate lifts at
 * once — the behaviour stopped — but the points do not).
 */
export const residual = (months: number): number => 1 - fraction(months, 12);
export const withLine = (t: ScoreTable): boolean => t.goal !== "open";
export const hasWeight = (t: ScoreTable, factor: number): boolean => t.weights[factor]! !== 0;
