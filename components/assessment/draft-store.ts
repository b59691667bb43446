/**
 * The wizard's answers and current step, kept in sessionStorage so that a
 * reload, a crash or a failed submit never loses what the borrower typed.
 *
 * An external store (read with `useSyncExternalStore`): the server and the
 * first client render see the empty draft, then React switches to the stored
 * one without a hydration mismatch. sessionStorage is per tab and goes away
 * with it, which is what an intake of personal answers should do.
 */
import { DEFAULT_DRAFT, sanitizeDraft, STEPS, type Draft, type StepId } from "./wizard-model";

export interface WizardState {
  draft: Draft;
  step: StepId;
}

const KEY = "limitwise:check:v1";
const STEP_IDS = new Set<string>(STEPS.map((s) => s.id));

export const INITIAL_STATE: WizardState = { draft: { ...DEFAULT_DRAFT }, step: "platform" };

let cache: WizardState | null = null;
const listeners = new Set<() => void>();

function load(): WizardState {
  try {
    const raw = window.sessionStorage.getItem(KEY);
    if (!raw) return INITIAL_STATE;
    const parsed = JSON.parse(raw) as { draft?: unknown; step?: unknown };
    return {
      draft: sanitizeDraft(parsed.draft),
      step: typeof parsed.step === "string" && STEP_IDS.has(parsed.step) ? (parsed.step as StepId) : "platform",
    };
  } catch {
    // Storage disabled (some in-app browsers in private mode) or a corrupt entry: start afresh.
    return INITIAL_STATE;
  }
}

function emit() {
  for (const listener of listeners) listener();
}

export const draftStore = {
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  getSnapshot(): WizardState {
    return (cache ??= load());
  },
  getServerSnapshot(): WizardState {
    return INITIAL_STATE;
  },
  set(next: WizardState): void {
    cache = next;
    try {
      window.sessionStorage.setItem(KEY, JSON.stringify(next));
    } catch {
      // Quota or disabled storage: the answers still live in memory for this page.
    }
    emit();
  },
  clear(): void {
    cache = INITIAL_STATE;
    try {
      window.sessionStorage.removeItem(KEY);
    } catch {
      // Nothing to remove.
    }
    emit();
  },
};
