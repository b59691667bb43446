/**
 * The checklist: each action applied to the profile over the goal's horizon
 * and re-scored. `expectedGain` is the model's own answer — the probability
 * after the action minus the probability before — never a separate estimate.
 *
 * Blocking actions (clear an open overdue, stop cash-out or misuse, refuse a
 * third-party "channel") come first, because nothing else counts while they
 * stand: each one's gain is what it adds once the other blockers are done,
 * and every other action is measured after all of them (`dependsOn`).
 * The rest are ranked by gain per unit of effort (easy 1, medium 2, hard 4)
 * and listed only if they gain at least `MIN_GAIN`.
 */
import type { GuideAnchor } from "../guides/anchors";
import { ACTIONS } from "./actions";
import { GOALS, PLATFORMS, type ChecklistId } from "./constants";
import { factorsOf, rescore, rescoreFactors, scoreFull } from "./engine";
import { FACTOR_COUNT } from "./factors";
import { derive, DERIVED_FROM, newProfile, slotsOf, X as SLOT, type Profile } from "./features";
import { gatedLogit } from "./gates";
import { PLATFORM_PROFILES } from "./platforms";
import type { ScoreTable } from "./tables";
import type { ChecklistItem } from "./types";

/** Feature slots (a module-local alias: cheaper than an imported binding in hot code). */
const X = SLOT;

export const EFFORT_COST = { easy: 1, medium: 2, hard: 4 } as const;
/** Gains below 0.1 percentage point are noise, not advice. */
export const MIN_GAIN = 0.001;
/** A phone screen's worth: the rest would only dilute the first steps. */
export const MAX_ITEMS = 10;

const N = ACTIONS.length;
const KEY_ACTION = ACTIONS.map((a) => `checklist.${a.id}.action`);
const KEY_WHY = ACTIONS.map((a) => `checklist.${a.id}.why`);
const COST = Float64Array.from(ACTIONS.map((a) => EFFORT_COST[a.effort]));
const BLOCKING = Uint8Array.from(ACTIONS.map((a) => (a.blocking ? 1 : 0)));
const APPLIES_FN = ACTIONS.map((a) => a.applies);
const APPLY_FN = ACTIONS.map((a) => a.apply);
/** Feature slots each action can change (its own plus the derived ones). */
const SLOTS = ACTIONS.map((a) => slotsOf(a.touches));
/** The factors each action can move. */
const FACTORS_OF = SLOTS.map((slots) => factorsOf(slots));
/** Whether an action touches anything a derived feature is built from (else `derive` can be skipped). */
const NEEDS_DERIVE = Uint8Array.from(
  ACTIONS.map((a) => (Object.values(DERIVED_FROM).some((from) => from.some((n) => a.touches.includes(n))) ? 1 : 0)),
);

/** `[action][platform][goal][cutReason + 1]`, built once. */
const ANCHORS: readonly GuideAnchor[][][][] = ACTIONS.map((a) =>
  PLATFORMS.map((p) => GOALS.map((g) => [-1, 0, 1, 2, 3, 4, 5, 6].map((cut) => a.anchor(PLATFORM_PROFILES[p], g, cut)))),
);

const CLEARED = newProfile();
const CLEARED_PTS = new Float64Array(FACTOR_COUNT);
const WORK = newProfile();
const APPLIES = new Uint8Array(N);
const GAIN = new Float64Array(N);
const RANK = new Float64Array(N);
const ORDER = new Int32Array(N);

/**
 * Action indices (into `ACTIONS`) of the last checklist built, in rank order;
 * the first `checklist.length` entries are valid. Lets the plan skip id lookups.
 */
export function rankedActions(): Int32Array {
  return ORDER;
}

/** Probability of WORK, an edited copy of `ref`. */
function probabilityOf(ref: Profile, refPts: Float64Array, refRaw: number, t: ScoreTable): number {
  derive(WORK);
  return 1 / (1 + Math.exp(-gatedLogit(WORK, t, rescore(WORK, ref, refPts, refRaw, t))));
}

/** Probability of WORK after action `a` alone (only its factors can have moved). */
function probabilityAfter(a: number, refPts: Float64Array, refRaw: number, t: ScoreTable): number {
  if (NEEDS_DERIVE[a] === 1) derive(WORK);
  return 1 / (1 + Math.exp(-gatedLogit(WORK, t, rescoreFactors(WORK, refPts, refRaw, t, FACTORS_OF[a]!))));
}

/** WORK = base with every applicable blocker except `skip` done. */
function applyBlockers(base: Profile, months: number, skip: number): void {
  WORK.set(base);
  for (let a = 0; a < N; a++) if (a !== skip && APPLIES[a] === 1 && BLOCKING[a] === 1) APPLY_FN[a]!(WORK, months, base);
}

export function buildChecklist(
  base: Profile,
  basePts: Float64Array,
  baseRaw: number,
  t: ScoreTable,
  baseP: number,
): ChecklistItem[] {
  const months = t.horizonMonths;
  let blockers = 0;
  for (let a = 0; a < N; a++) {
    const applies = APPLIES_FN[a]!(base, t) ? 1 : 0;
    APPLIES[a] = applies;
    GAIN[a] = 0;
    blockers += applies & BLOCKING[a]!;
  }

  // Blockers: the state with all of them done, and each one's marginal gain.
  let ref = base;
  let refPts = basePts;
  let refRaw = baseRaw;
  let refP = baseP;
  let dependsOn: ChecklistId[] | undefined;
  if (blockers > 0) {
    applyBlockers(base, months, -1);
    CLEARED.set(WORK);
    derive(CLEARED);
    const clearedRaw = scoreFull(CLEARED, t, CLEARED_PTS);
    const clearedP = 1 / (1 + Math.exp(-gatedLogit(CLEARED, t, clearedRaw)));
    dependsOn = [];
    for (let a = 0; a < N; a++) {
      if (APPLIES[a] !== 1 || BLOCKING[a] !== 1) continue;
      dependsOn.push(ACTIONS[a]!.id);
      applyBlockers(base, months, a);
      GAIN[a] = clearedP - probabilityOf(base, basePts, baseRaw, t);
    }
    ref = CLEARED;
    refPts = CLEARED_PTS;
    refRaw = clearedRaw;
    refP = clearedP;
  }

  // Everything else, measured from there; insertion-sorted as we go (stable).
  // WORK starts as a copy of ref; after each action only the slots it touched are put back.
  WORK.set(ref);
  let n = 0;
  for (let a = 0; a < N; a++) {
    if (APPLIES[a] !== 1) continue;
    const blocking = BLOCKING[a] === 1;
    if (!blocking) {
      const slots = SLOTS[a]!;
      APPLY_FN[a]!(WORK, months, ref);
      GAIN[a] = probabilityAfter(a, refPts, refRaw, t) - refP;
      for (let k = 0; k < slots.length; k++) WORK[slots[k]!] = ref[slots[k]!]!;
    }
    const gain = GAIN[a]!;
    // Blockers are always listed (even at no modelled gain: a freeze can cap everything); the rest must earn their place.
    if (!blocking && gain < MIN_GAIN) continue;
    // Blockers rank above everything; the rest by gain per effort.
    const rank = blocking ? 1e6 + gain : gain / COST[a]!;
    let j = n++;
    while (j > 0 && RANK[j - 1]! < rank) {
      ORDER[j] = ORDER[j - 1]!;
      RANK[j] = RANK[j - 1]!;
      j--;
    }
    ORDER[j] = a;
    RANK[j] = rank;
  }

  const anchors = ANCHORS;
  const platform = base[X.platform]!;
  const goal = t.goalIndex;
  const cut = base[X.cutReason]! + 1;
  if (n > MAX_ITEMS) n = MAX_ITEMS;
  const items = new Array<ChecklistItem>(n);
  for (let k = 0; k < n; k++) {
    const a = ORDER[k]!;
    const spec = ACTIONS[a]!;
    // Same keys on every item (undefined when absent): one object shape.
    items[k] = {
      id: spec.id,
      action: KEY_ACTION[a]!,
      why: KEY_WHY[a]!,
      expectedGain: GAIN[a]!,
      effort: spec.effort,
      dueInDays: spec.dueInDays,
      reasonCode: spec.reasonCode(base),
      guideAnchor: anchors[a]![platform]![goal]![cut]!,
      dependsOn: spec.blocking ? undefined : dependsOn,
    };
  }
  return items;
}
