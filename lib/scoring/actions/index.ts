/**
 * What a borrower can do, written as edits to the profile (see `types.ts`).
 * The order is fixed: it is the order in which the plan composes actions and
 * breaks ties in the checklist.
 */
import { BLOCKING_ACTIONS } from "./blocking";
import { BORROWING_ACTIONS } from "./borrowing";
import { ECOSYSTEM_ACTIONS } from "./ecosystem";
import { PROFILE_ACTIONS } from "./profile";
import { spec, type ActionSpec } from "./types";

export const ACTIONS: readonly ActionSpec[] = [
  ...BLOCKING_ACTIONS,
  ...PROFILE_ACTIONS,
  ...BORROWING_ACTIONS,
  ...ECOSYSTEM_ACTIONS,
].map(spec);

export type { ActionSpec } from "./types";
