/**
 * Message keys: how an assessment's codes map to the `scoring` namespace of
 * the catalogues (`lib/i18n/messages/<locale>/scoring.json`).
 *
 *   platforms.<id>  goals.<goal>  bands.<band>  dimensions.<id>
 *   reasons.<CODE>.{title,detail}        (detail may use the reason's params)
 *   checklist.<id>.{action,why}
 *   warnings.<CODE>.{title,body,todo}
 *   plan.<id>                            (plan-only steps)
 *   efforts.<effort>  impacts.<impact>  severities.<severity>  directions.<direction>
 *   factors.<factorId>                   (short labels, e.g. for what-if sliders)
 *   sources.<seed file without .txt | public fact id>
 *   ui.{horizon,interval,expectedGain,sources,disclaimer}
 *
 * `messages.test.ts` checks that every key below exists in both locales, that
 * both have the same keys, and that placeholders match the params emitted.
 */
import {
  BANDS,
  CHECKLIST_IDS,
  DIMENSIONS,
  DIRECTIONS,
  EFFORTS,
  GOALS,
  IMPACTS,
  PLAN_ONLY_IDS,
  PLATFORMS,
  REASON_CODES,
  SEVERITIES,
  WARNING_CODES,
  type ChecklistId,
  type PlanActionId,
  type ReasonCode,
  type WarningCode,
} from "./constants";
import { FACTORS } from "./factors";
import { ALL_SOURCES, sourceMessageKey } from "./sources";

const CHECKLIST_SET: ReadonlySet<string> = new Set(CHECKLIST_IDS);

export const messageKeys = {
  reason: (code: ReasonCode) => ({ title: `reasons.${code}.title`, detail: `reasons.${code}.detail` }),
  checklist: (id: ChecklistId) => ({ action: `checklist.${id}.action`, why: `checklist.${id}.why` }),
  warning: (code: WarningCode) => ({
    title: `warnings.${code}.title`,
    body: `warnings.${code}.body`,
    todo: `warnings.${code}.todo`,
  }),
  /** A plan step: checklist items reuse their action text; plan-only steps have their own. */
  planAction: (id: PlanActionId) => (CHECKLIST_SET.has(id) ? `checklist.${id}.action` : `plan.${id}`),
  factor: (id: string) => `factors.${id}`,
  source: sourceMessageKey,
};

export const UI_KEYS = ["horizon", "interval", "expectedGain", "sources", "disclaimer"] as const;

/** Every leaf key the library can make the app look up. */
export function requiredMessageKeys(): string[] {
  const keys: string[] = [];
  const add = (prefix: string, ids: readonly string[], leaves?: readonly string[]) => {
    for (const id of ids) {
      if (leaves) for (const leaf of leaves) keys.push(`${prefix}.${id}.${leaf}`);
      else keys.push(`${prefix}.${id}`);
    }
  };
  add("platforms", PLATFORMS);
  add("goals", GOALS);
  add("bands", BANDS);
  add("dimensions", DIMENSIONS);
  add("reasons", REASON_CODES, ["title", "detail"]);
  add("checklist", CHECKLIST_IDS, ["action", "why"]);
  add("warnings", WARNING_CODES, ["title", "body", "todo"]);
  add("plan", PLAN_ONLY_IDS);
  add("efforts", EFFORTS);
  add("impacts", IMPACTS);
  add("severities", SEVERITIES);
  add("directions", DIRECTIONS);
  add("factors", [...FACTORS.map((f) => f.id), "gate"]);
  keys.push(...ALL_SOURCES.map(sourceMessageKey));
  add("ui", UI_KEYS);
  return keys;
}

/** Placeholders each message may use (everything else has none). */
export function allowedParams(): Record<string, readonly string[]> {
  const allowed: Record<string, string[]> = { "ui.horizon": ["months"] };
  for (const spec of FACTORS) {
    if (!spec.param) continue;
    const codes = new Set<ReasonCode>();
    const c = spec.codes;
    if ("byValue" in c) c.byValue.forEach((code) => codes.add(code));
    else for (const code of [c.positive, c.negative, c.negativeBelow?.code]) if (code) codes.add(code);
    for (const code of codes) allowed[`reasons.${code}.detail`] = [spec.param.name];
  }
  return allowed;
}
