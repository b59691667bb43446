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
import type { ActionSpec } from "./actions/types";
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
const CUTS = [-1, 0, 1, 2, 3, 4, 5, 6]; // cut reason index, -1 for none

/**
 * What the checklist needs about action a, one object per action (all of one shape): the loops read
 * plain fields of one object instead of a dozen module-level arrays, each re-loaded and checked by V8
 * on every use.
 */
interface ActionRow {
  /** The action itself (every spec has one shape, see `actions/types.ts`). */
  readonly spec: ActionSpec;
  readonly cost: number;
  /** Feature slots the action can change (its own plus the derived ones). */
  readonly slots: Int32Array;
  /** The factors it can move. */
  readonly factors: Int32Array;
  /** It touches something a derived feature is built from (else `derive` can be skipped). */
  readonly needsDerive: boolean;
  readonly keyAction: string;
  readonly keyWhy: string;
  /** Guide anchor by `(platform * GOALS.length + goal) * CUTS.length + cutReason + 1`, built once. */
  readonly anchors: readonly GuideAnchor[];
}

const ROWS: readonly ActionRow[] = ACTIONS.map((a): ActionRow => {
  const slots = slotsOf(a.touches);
  return {
    spec: a,
    cost: EFFORT_COST[a.effort],
    slots,
    factors: factorsOf(slots),
    needsDerive: Object.values(DERIVED_FROM).some((from) => from.some((n) => a.touches.includes(n))),
    keyAction: `checklist.${a.id}.action`,
    keyWhy: `checklist.${a.id}.why`,
    anchors: PLATFORMS.flatMap((p) => GOALS.flatMap((g) => CUTS.map((cut) => a.anchor(PLATFORM_PROFILES[p], g, cut)))),
  };
});

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

/** Probability of WORK after action `r` alone (only its factors can have moved). */
function probabilityAfter(r: ActionRow, refPts: Float64Array, refRaw: number, t: ScoreTable): number {
  if (r.needsDerive) derive(WORK);
  return 1 / (1 + Math.exp(-gatedLogit(WORK, t, rescoreFactors(WORK, refPts, refRaw, t, r.factors))));
}

/** WORK = base with every applicable blocker except `skip` done. */
function applyBlockers(base: Profile, months: number, skip: number): void {
  WORK.set(base);
  for (let a = 0; a < N; a++) if (a !== skip && APPLIES[a] === 1 && ROWS[a]!.spec.blocking) ROWS[a]!.spec.apply(WORK, months, base);
}

export function buildChecklist(
  base: Profile,
  basePts: Float64Array,
  baseRaw: number,
  t: ScoreTable,
  baseP: number,
): ChecklistItem[] {
  const months = t.horizonMonths;
  const rows = ROWS;
  let blockers = 0;
  for (let a = 0; a < N; a++) {
    const r = rows[a]!;
    const applies = r.spec.applies(base, t);
    APPLIES[a] = applies ? 1 : 0;
    GAIN[a] = 0;
    if (applies && r.spec.blocking) blockers++;
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
      if (APPLIES[a] !== 1 || !rows[a]!.spec.blocking) continue;
      dependsOn.push(rows[a]!.spec.id);
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
    const r = rows[a]!;
    const blocking = r.spec.blocking;
    if (!blocking) {
      const slots = r.slots;
      r.spec.apply(WORK, months, ref);
      GAIN[a] = probabilityAfter(r, refPts, refRaw, t) - refP;
      for (let k = 0; k < slots.length; k++) WORK[slots[k]!] = ref[slots[k]!]!;
    }
    const gain = GAIN[a]!;
    // Blockers are always listed (even at no modelled gain: a freeze can cap everything); the rest must earn their place.
    if (!blocking && gain < MIN_GAIN) continue;
    // Blockers rank above everything; the rest by gain per effort.
    const rank = blocking ? 1e6 + gain : gain / r.cost;
    let j = n++;
    while (j > 0 && RANK[j - 1]! < rank) {
      ORDER[j] = ORDER[j - 1]!;
      RANK[j] = RANK[j - 1]!;
      j--;
    }
    ORDER[j] = a;
    RANK[j] = rank;
  }

  const anchor = (base[X.platform]! * GOALS.length + t.goalIndex) * CUTS.length + base[X.cutReason]! + 1;
  if (n > MAX_ITEMS) n = MAX_ITEMS;
  const items = new Array<ChecklistItem>(n);
  for (let k = 0; k < n; k++) {
    const a = ORDER[k]!;
    const r = rows[a]!;
    const spec = r.spec;
    // Same keys on every item (undefined when absent): one object shape.
    items[k] = {
      id: spec.id,
      action: r.keyAction,
      why: r.keyWhy,
      expectedGain: GAIN[a]!,
      effort: spec.effort,
      dueInDays: spec.dueInDays,
      reasonCode: spec.reasonCode(base),
      guideAnchor: r.anchors[anchor]!,
      dependsOn: spec.blocking ? undefined : dependsOn,
    };
  }
  return items;
}
