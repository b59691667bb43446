/**
 * The catalogues: every code and id the library can emit has its texts in
 * zh-CN and English, both catalogues have the same keys, and every message
 * renders with the params the library emits (next-intl's own formatter).
 */
import fc from "fast-check";
import { createTranslator } from "next-intl";
import { describe, expect, it, vi } from "vitest";
import en from "../i18n/messages/en/scoring.json";
import zh from "../i18n/messages/zh-CN/scoring.json";
import { assess } from "./assess";
import { PLATFORMS } from "./constants";
import { GATES } from "./gates";
import { allowedParams, messageKeys, requiredMessageKeys } from "./messages";
import { sourceMessageKey } from "./sources";
import { assessmentInputArb } from "./testing/arbitraries";
import { check } from "./testing/check";

// Property runs over generated inputs: allow for a busy machine.
vi.setConfig({ testTimeout: 30_000 });

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    expect(k).not.toContain(".");
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === "string") out.set(key, v);
    else for (const [kk, vv] of leaves(v, key)) out.set(kk, vv);
  }
  return out;
}

/** Top-level ICU argument names of a message (`{name}` / `{name, plural, …}`), not plural branches. */
function argumentsOf(message: string): string[] {
  const names: string[] = [];
  let depth = 0;
  for (let i = 0; i < message.length; i++) {
    const ch = message[i];
    if (ch === "{") {
      if (depth === 0) {
        const m = /^\{\s*([A-Za-z_]\w*)\s*[,}]/.exec(message.slice(i));
        if (m) names.push(m[1]!);
      }
      depth++;
    } else if (ch === "}") depth--;
  }
  return names;
}

const catalogues = { "zh-CN": leaves(zh as Tree), en: leaves(en as Tree) };

describe("scoring message catalogues", () => {
  it("have identical key sets in zh-CN and English, and no empty texts", () => {
    expect([...catalogues.en.keys()].sort()).toEqual([...catalogues["zh-CN"].keys()].sort());
    for (const messages of Object.values(catalogues)) for (const v of messages.values()) expect(v.trim()).not.toBe("");
  });

  it("contain every key the library can make the app look up", () => {
    for (const [locale, messages] of Object.entries(catalogues)) {
      const missing = requiredMessageKeys().filter((k) => !messages.has(k));
      expect(missing, locale).toEqual([]);
    }
    // …and nothing else (no stale keys).
    expect([...catalogues.en.keys()].sort()).toEqual([...new Set(requiredMessageKeys())].sort());
  });

  it("cover what real assessments emit", () => {
    fc.assert(
      fc.property(assessmentInputArb, (input) => {
        const a = assess(input);
        const keys = [
          `platforms.${a.platform}`,
          `goals.${a.goal}`,
          `bands.${a.band}`,
          ...a.dimensions.map((d) => `dimensions.${d.id}`),
          ...a.reasons.flatMap((r) => [messageKeys.reason(r.code).title, messageKeys.reason(r.code).detail, messageKeys.factor(r.factor)]),
          ...a.reasons.flatMap((r) => r.sources.map(sourceMessageKey)),
          ...a.checklist.flatMap((c) => [c.action, c.why, `efforts.${c.effort}`]),
          ...a.warnings.flatMap((w) => Object.values(messageKeys.warning(w.code))),
          ...a.plan.steps.flatMap((s) => s.actions.map(messageKeys.planAction)),
        ];
        for (const k of keys) check(catalogues.en.has(k) && catalogues["zh-CN"].has(k), `missing ${k}`);
      }),
      { numRuns: 200 },
    );
  });

  it("use only the placeholders the library fills, in both languages", () => {
    const allowed = allowedParams();
    for (const [locale, messages] of Object.entries(catalogues))
      for (const [key, message] of messages) {
        for (const name of argumentsOf(message)) expect(allowed[key] ?? [], `${locale} ${key}: {${name}}`).toContain(name);
      }
    // A reason's detail with a placeholder in one language has it in the other.
    for (const [key, message] of catalogues.en)
      expect(argumentsOf(catalogues["zh-CN"].get(key)!).sort(), key).toEqual(argumentsOf(message).sort());
  });

  it("render with next-intl for sample params, including plurals and numbers", () => {
    for (const [locale, messages] of [
      ["zh-CN", zh],
      ["en", en],
    ] as const) {
      const errors: string[] = [];
      const t = createTranslator({ locale, messages: { scoring: messages }, namespace: "scoring", onError: (e) => errors.push(e.message) });
      const allowed = allowedParams();
      for (const key of catalogues.en.keys()) {
        for (const n of [0, 1, 7, 12345]) {
          const params = Object.fromEntries((allowed[key] ?? []).map((p) => [p, n]));
          const text = (t as unknown as (k: string, p: Record<string, number>) => string)(key, params);
          expect(text).not.toContain("{");
        }
      }
      expect(errors).toEqual([]);
    }
  });

  it("gives gates and platforms their texts", () => {
    for (const g of GATES) expect(catalogues.en.has(`reasons.${g.code}.title`)).toBe(true);
    for (const p of PLATFORMS) expect(catalogues["zh-CN"].get(`platforms.${p}`)).toBeTruthy();
    expect(catalogues["zh-CN"].get("reasons.FIRST_LOAN_EARLY.detail")).toContain("68%");
  });
});
