/**
 * The plan: a month-by-month schedule, and the chance it leads to.
 *
 * Schedule. Three new things a month, in checklist order: blocking items and
 * the two or three best-ranked start in month 1, the next three in month 2,
 * the rest in month 3 (a few things at a time is what people manage; the
 * ranking already weighs effort). Blocking items always start in month 1.
 * Recurring items repeat (one small loan every 2 months). Plan-only
 * steps frame the months: repay on time every month, the platform's review
 * points, the restore request, and — for policy cuts and freezes — what not
 * to expect.
 *
 * Projection. For each month m the profile is evolved from today's: time
 * passes (the on-time streak grows, the cut gets older, cards age, a dormant
 * line stays dormant unless the plan uses it, an overdue older than 12 months
 * leaves the window) and every started action is applied for the months it
 * has run. The evolved profile is re-scored by the same model: the projection
 * is what `assess` would say then, if the plan is followed.
 */
import { ACTIONS } from "./actions";
import type { ActionSpec } from "./actions/types";
import type { PlanActionId } from "./constants";
import {
  derive,
  FEATURE_COUNT,
  GOAL_OPEN,
  GOAL_RAISE,
  GOAL_RESTORE,
  newProfile,
  slotsOf,
  X as SLOT,
  type Profile,
} from "./features";
import { factorsOf, rescoreFactors } from "./engine";
import { FACTOR_COUNT } from "./factors";
import { gatedLogit } from "./gates";
import type { ScoreTable } from "./tables";
import type { ChecklistItem, PlanStep, ProjectionPoint, Warning } from "./types";

/** Feature slots (a module-local alias: cheaper than an imported binding in hot code). */
const X = SLOT;

/** Months the plan covers: two 微粒贷 review cycles, one restore window. */
export const PLAN_MONTHS = 6;


/** New checklist items started per month (blocking items always start in month 1). */
const ITEMS_PER_MONTH = 3;
const N = ACTIONS.length;

/**
 * An action as the plan uses it, one object per action (all of one shape, so the monthly loop reads
 * plain fields instead of module-level arrays V8 re-loads and checks on every use). `chosen`, `start`
 * and `once` are set for each plan.
 */
interface PlanRow {
  /** The action itself (every spec has one shape, see `actions/types.ts`). */
  readonly spec: ActionSpec;
  /** Raw slots the action writes. */
  readonly rawSlots: Int32Array;
  /** The factors it can move. */
  readonly factors: Int32Array;
  chosen: boolean;
  /** Month it starts in. */
  start: number;
  /** Applied once, in its start month (an instant edit no dynamic slot overwrites), rather than every month. */
  once: boolean;
}
const ROWS: readonly PlanRow[] = ACTIONS.map(
  (a): PlanRow => ({
    spec: a,
    rawSlots: Int32Array.from(a.touches.map((n) => X[n])),
    factors: factorsOf(slotsOf(a.touches)),
    chosen: false,
    start: 0,
    once: false,
  }),
);
const AGING_RAW = Int32Array.from(
  (["onTimeMonths", "cutMonthsAgo", "creditCardMonths", "bankCardMonths", "monthsSinceUse", "overdueCount", "maxOverdueDays"] as const).map(
    (n) => X[n],
  ),
);
const SAVINGS = ACTIONS.findIndex((a) => a.id === "grow_savings");

const WORK = newProfile();
/** Scratch for each month's step ids (growing an empty array push by push costs more than a copy). */
const MONTH_IDS: PlanActionId[][] = Array.from({ length: PLAN_MONTHS }, () => []);
const MONTH_LEN = new Int32Array(PLAN_MONTHS);
/** The plan's actions in ACTIONS order (the first `planActionCount`). */
const PLAN_ROWS: PlanRow[] = [];
let planActionCount = 0;

/** Slots the calendar moves (`age`, `window12`), and each action's slots. */
const AGING_SLOTS = slotsOf([
  "onTimeMonths",
  "cutMonthsAgo",
  "creditCardMonths",
  "bankCardMonths",
  "monthsSinceUse",
  "overdueCount",
  "maxOverdueDays",
]);
/**
 * Factors the calendar and each action can move. Those reachable from a dynamic slot are re-scored
 * every month; those only a one-off action reaches are scored once, in its start month, and their
 * change is carried forward (`frozen`): nothing moves them afterwards.
 */
const AGING_FACTORS = factorsOf(AGING_SLOTS);
const PLAN_FACTORS = new Int32Array(FACTOR_COUNT);
const IN_PLAN = new Uint8Array(FACTOR_COUNT);
let planFactorCount = 0;
/** `FROZEN[i] === planStamp`: factor i's change is carried forward in this plan (a stamp instead of clearing it per plan). */
const FROZEN = new Int32Array(FACTOR_COUNT);
let planStamp = 0;
/**
 * Raw slots rewritten every month (the calendar's and those of actions that change over time);
 * a one-off action whose slots are not among them is applied once, in its start month, and left.
 */
const DYNAMIC_SLOTS = new Int32Array(FEATURE_COUNT);
const IS_DYNAMIC = new Uint8Array(FEATURE_COUNT);
let dynamicCount = 0;

function addDynamic(slots: Int32Array): void {
  for (let k = 0; k < slots.length; k++) {
    const s = slots[k]!;
    if (IS_DYNAMIC[s] === 1) continue;
    IS_DYNAMIC[s] = 1;
    DYNAMIC_SLOTS[dynamicCount++] = s;
  }
}

function addFactors(factors: Int32Array): void {
  for (let k = 0; k < factors.length; k++) {
    const i = factors[k]!;
    if (IN_PLAN[i] === 1) continue;
    IN_PLAN[i] = 1;
    PLAN_FACTORS[planFactorCount++] = i;
  }
}

// The calendar's slots and factors are in every plan: they stay at the head of the lists, and each
// plan only resets what its actions added after them.
addDynamic(AGING_RAW);
addFactors(AGING_FACTORS);
const AGING_DYNAMIC_COUNT = dynamicCount;
const AGING_FACTOR_COUNT = planFactorCount;

/** Time passing with the plan followed: nothing the borrower does, only the calendar. */
export function age(f: Profile, base: Profile, months: number): void {
  f[7 /* onTimeMonths */] = base[7 /* onTimeMonths */]! + months;
  const cutAge = base[6 /* cutMonthsAgo */]!;
  if (cutAge >= 0) f[6 /* cutMonthsAgo */] = cutAge + months;
  const card = base[26 /* creditCardMonths */]!;
  if (card > 0) f[26 /* creditCardMonths */] = card + months;
  const bank = base[29 /* bankCardMonths */]!;
  if (bank > 0) f[29 /* bankCardMonths */] = bank + months;
  // A borrower with a steady rhythm keeps it; an idle line gets older.
  const steady = base[16 /* loans12m */]! >= 4 && base[19 /* monthsSinceUse */]! <= 2;
  if (!steady) f[19 /* monthsSinceUse */] = base[19 /* monthsSinceUse */]! + months;
}

/** Overdues leave the 12-month window once the on-time streak passes 12 months. */
function window12(f: Profile, base: Profile): void {
  if (f[10 /* currentlyOverdue */]! < 1 && base[7 /* onTimeMonths */]! < 12 && f[7 /* onTimeMonths */]! >= 12) {
    f[8 /* overdueCount */] = 0;
    f[9 /* maxOverdueDays */] = 0;
  }
}

/**
 * The projection: for each month m, the profile m months from now under the plan (in WORK) and what the
 * model says of it. One pass over the months: the plan's lists are read once, and one-off actions are
 * looked at only up to the last month one of them starts in.
 */
function project(
  base: Profile,
  basePts: Float64Array,
  baseRaw: number,
  t: ScoreTable,
  count: number,
  lastOnceStart: number,
  projection: ProjectionPoint[],
): void {
  const work = WORK;
  const dynamic = DYNAMIC_SLOTS;
  const dynamicN = dynamicCount;
  const rows = PLAN_ROWS;
  const factors = PLAN_FACTORS;
  const factorN = planFactorCount;
  const inPlan = IN_PLAN;
  const frozenFactor = FROZEN;
  const stamp = planStamp;
  // The change one-off actions made to factors nothing else moves, carried forward from their start month.
  let frozen = 0;
  work.set(base);
  for (let m = 1; m <= PLAN_MONTHS; m++) {
    // WORK carries earlier months' one-off actions; the dynamic slots are rebuilt from base each month.
    for (let k = 0; k < dynamicN; k++) {
      const s = dynamic[k]!;
      work[s] = base[s]!;
    }
    age(work, base, m);
    for (let k = 0; k < count; k++) {
      const r = rows[k]!;
      const start = r.start;
      if (start > m) continue;
      if (r.once) {
        if (start === m) r.spec.apply(work, 1, base);
      } else r.spec.apply(work, m - start + 1, base);
    }
    window12(work, base);
    derive(work);
    // One-off actions that start this month: score their factors once and carry the change.
    if (m <= lastOnceStart)
      for (let k = 0; k < count; k++) {
        const r = rows[k]!;
        if (!r.once || r.start !== m) continue;
        const own = r.factors;
        for (let j = 0; j < own.length; j++) {
          const i = own[j]!;
          if (inPlan[i] === 1 || frozenFactor[i] === stamp) continue;
          frozenFactor[i] = stamp;
          frozen += pointsDelta(i, basePts, t);
        }
      }
    const raw = rescoreFactors(work, basePts, baseRaw + frozen, t, factors, factorN);
    projection[m] = { month: m, probability: 1 / (1 + Math.exp(-gatedLogit(work, t, raw))) };
  }
}

const ONE = new Int32Array(1);
/** Points of factor i in WORK minus its base points. */
function pointsDelta(i: number, basePts: Float64Array, t: ScoreTable): number {
  ONE[0] = i;
  return rescoreFactors(WORK, basePts, 0, t, ONE, 1);
}

export function buildPlan(
  base: Profile,
  basePts: Float64Array,
  baseRaw: number,
  t: ScoreTable,
  baseP: number,
  checklist: readonly ChecklistItem[],
  ranked: Int32Array,
  warnings: readonly Warning[],
): { steps: PlanStep[]; projection: ProjectionPoint[] } {
  // `ranked[k]` is the action index of checklist[k]. Apply in ACTIONS order so edits compose the same way.
  const n = checklist.length;
  const rows = ROWS;
  for (let k = 0; k < planActionCount; k++) PLAN_ROWS[k]!.chosen = false;
  for (let k = 0; k < n; k++) {
    const r = rows[ranked[k]!]!;
    r.chosen = true;
    r.start = r.spec.blocking || k < ITEMS_PER_MONTH ? 1 : k < 2 * ITEMS_PER_MONTH ? 2 : 3;
  }
  for (let k = AGING_DYNAMIC_COUNT; k < dynamicCount; k++) IS_DYNAMIC[DYNAMIC_SLOTS[k]!] = 0;
  dynamicCount = AGING_DYNAMIC_COUNT;
  let count = 0;
  for (let a = 0; a < N; a++) {
    const r = rows[a]!;
    if (!r.chosen) continue;
    if (!r.spec.instant) addDynamic(r.rawSlots);
    PLAN_ROWS[count++] = r;
  }
  // One-off actions sharing a slot with something dynamic must be re-applied every month too.
  for (let k = AGING_FACTOR_COUNT; k < planFactorCount; k++) IN_PLAN[PLAN_FACTORS[k]!] = 0;
  planFactorCount = AGING_FACTOR_COUNT;
  if (++planStamp > 0x3fffffff) {
    FROZEN.fill(0);
    planStamp = 1;
  }
  let lastOnceStart = 0;
  for (let k = 0; k < count; k++) {
    const r = PLAN_ROWS[k]!;
    let once = r.spec.instant;
    const slots = r.rawSlots;
    for (let j = 0; once && j < slots.length; j++) if (IS_DYNAMIC[slots[j]!] === 1) once = false;
    r.once = once;
    if (!once) addFactors(r.factors);
    else if (r.start > lastOnceStart) lastOnceStart = r.start;
  }
  planActionCount = count;

  const goal = t.goalIndex;
  const policy = base[X.policyCut]! > 0;
  const freeze = base[X.cashoutCut]! > 0;
  let scam = false;
  for (let k = 0; k < warnings.length; k++) if (warnings[k]!.code === "SCAM_RISK") scam = true;
  const invitation = goal === GOAL_OPEN && (t.profile.id === "weilidai" || t.profile.id === "mybank");
  const savings = rows[SAVINGS]!;
  const savingsFrom = savings.chosen ? savings.start + 1 : PLAN_MONTHS + 1;

  // Each month's ids are collected in scratch (`MONTH_IDS[m - 1]`), then copied into arrays of the exact size.
  const ids = MONTH_IDS;
  const len = MONTH_LEN;
  // Month 1 opens with the warnings' steps and the blockers, which are done before anything else.
  let first = 0;
  const month1 = ids[0]!;
  if (freeze) month1[first++] = "freeze_no_shortcut";
  if (policy) month1[first++] = "policy_watch";
  if (scam) month1[first++] = "official_channels_only";
  for (let k = 0; k < n; k++) if (rows[ranked[k]!]!.spec.blocking) month1[first++] = checklist[k]!.id;
  month1[first++] = "keep_on_time";
  len[0] = first;
  for (let m = 1; m < PLAN_MONTHS; m++) {
    ids[m]![0] = "keep_on_time";
    len[m] = 1;
  }
  // The new habits, in checklist order, in their start month (recurring ones again whenever due).
  for (let k = 0; k < n; k++) {
    const r = rows[ranked[k]!]!;
    if (r.spec.blocking) continue;
    const id = checklist[k]!.id;
    const every = r.spec.repeatEvery;
    for (let m = r.start; m <= PLAN_MONTHS; m = every > 0 ? m + every : PLAN_MONTHS + 1) ids[m - 1]![len[m - 1]!++] = id;
  }
  const steps = new Array<PlanStep>(PLAN_MONTHS);
  // The raise goal's evaluation checkpoints fall on every horizon's last month (a counter, not `m % horizon`:
  // V8 takes a floating-point remainder there).
  let checkpoint = goal === GOAL_RAISE ? t.horizonMonths : PLAN_MONTHS + 1;
  for (let m = 1; m <= PLAN_MONTHS; m++) {
    const month = ids[m - 1]!;
    let count = len[m - 1]!;
    if (m >= savingsFrom) month[count++] = "keep_savings_steady";
    if (invitation) month[count++] = "check_entry_monthly";
    if (m === checkpoint) {
      month[count++] = "evaluation_checkpoint";
      checkpoint += t.horizonMonths;
    }
    if (goal === GOAL_RESTORE && !policy && !freeze && m === PLAN_MONTHS) month[count++] = "request_review";
    const actions = new Array<PlanActionId>(count);
    for (let k = 0; k < count; k++) actions[k] = month[k]!;
    steps[m - 1] = { month: m, actions };
  }

  const projection = new Array<ProjectionPoint>(PLAN_MONTHS + 1);
  projection[0] = { month: 0, probability: baseP };
  project(base, basePts, baseRaw, t, count, lastOnceStart, projection);
  return { steps, projection };
}
