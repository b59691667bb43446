/**
 * The catalogues: every code and id the library can emit has its texts in
 * zh-CN and English (key parity across locales: lib/i18n/messages/catalogues.test.ts), and every message
 * renders with the params the library emits (next-intl's own formatter).
 */
import fc from "fast-check";
import { createTranslator } from "next-intl";
import { describe, expect, it, vi } from "vitest";
import { argumentNames, catalogue, CATALOGUES } from "../i18n/messages/testing";
import { assess } from "./assess";
import { PLATFORMS } from "./constants";
import { GATES } from "./gates";
import { allowedParams, messageKeys, requiredMessageKeys } from "./messages";
import { sourceMessageKey } from "./sources";
import { assessmentInputArb } from "./testing/arbitraries";
import { check } from "./testing/check";

// Property runs over generated inputs: allow for a busy machine.
vi.setConfig({ testTimeout: 30_000 });

const { zh: zhCatalogue, en: enCatalogue } = catalogue("scoring");
const catalogues = { "zh-CN": zhCatalogue, en: enCatalogue };

describe("scoring message catalogues", () => {
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
        for (const name of argumentNames(message)) expect(allowed[key] ?? [], `${locale} ${key}: {${name}}`).toContain(name);
      }
  });

  it("render with next-intl for sample params, including plurals and numbers", () => {
    for (const [locale, messages] of [
      ["zh-CN", CATALOGUES["zh-CN"].scoring],
      ["en", CATALOGUES.en.scoring],
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
