/**
 * Every message catalogue (lib/i18n/messages/<locale>/<namespace>.json):
 * both locales have the same keys, nested without dots, none empty; each
 * message uses the same ICU arguments in both languages and formats without
 * error through next-intl's own formatter. Feature tests check that the keys
 * their code looks up exist (see `testing.ts`).
 */
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { argumentNames, argumentsOf, catalogue, CATALOGUES, NAMESPACES, sampleValues, type Tree } from "./testing";

/** Keys (at any depth) that contain a dot: next-intl would read them as paths. */
const dotted = (tree: Tree): string[] =>
  Object.entries(tree).flatMap(([k, v]) => [...(k.includes(".") ? [k] : []), ...(typeof v === "string" ? [] : dotted(v))]);

it("the catalogue has the namespaces every feature owns, in both locales", () => {
  expect(NAMESPACES).toEqual(expect.arrayContaining(["admin", "auth", "check", "common", "dashboard", "guides", "scoring", "share"]));
  expect(Object.keys(CATALOGUES.en).sort()).toEqual(NAMESPACES);
});

describe.each(NAMESPACES)("%s messages", (namespace) => {
  const { zh, en } = catalogue(namespace);

  it("have identical key sets in zh-CN and en, nested without dots, none empty", () => {
    expect(zh.size).toBeGreaterThan(3);
    expect([...en.keys()].sort()).toEqual([...zh.keys()].sort());
    expect(dotted(CATALOGUES["zh-CN"][namespace])).toEqual([]);
    expect(dotted(CATALOGUES.en[namespace])).toEqual([]);
    const empty = [...zh, ...en].filter(([, message]) => message.trim() === "").map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it("use the same placeholders in both languages", () => {
    const mismatched = [...zh.keys()].filter((k) => JSON.stringify(argumentNames(zh.get(k)!)) !== JSON.stringify(argumentNames(en.get(k) ?? "")));
    expect(mismatched).toEqual([]);
  });

  it.each(["zh-CN", "en"] as const)("format without error in %s", (locale) => {
    const errors: string[] = [];
    const t = createTranslator({ locale, messages: { [namespace]: CATALOGUES[locale][namespace] }, namespace, onError: (e) => errors.push(`${e.code}: ${e.message}`) });
    for (const [key, message] of locale === "en" ? en : zh) {
      const text = t.markup(key as never, { ...sampleValues(message), ...tagsOf(message) } as never);
      expect(text, key).not.toMatch(/[{}]/);
    }
    expect(errors).toEqual([]);
  });
});

/** Rich-text tags (`<b>…</b>`) of a message, rendered as plain text for the check. */
function tagsOf(message: string): Record<string, (chunks: string) => string> {
  return Object.fromEntries([...message.matchAll(/<([A-Za-z][\w-]*)>/g)].map((m) => [m[1]!, (chunks: string) => chunks]));
}

describe("argumentsOf (the placeholder finder these checks rely on)", () => {
  it("finds nested arguments with their types and ignores branch text", () => {
    const found = argumentsOf("{goal, select, raise {in {months} months} other {Payments, bills}} is {chance}; {n, plural, =0 {none} other {# of {total}}}");
    expect(Object.fromEntries(found)).toEqual({ goal: "select", months: "plain", chance: "plain", n: "plural", total: "plain" });
    expect(argumentNames("{n, plural, one {# day} other {{n} days, {x}}} {role, select, A {Admin} other {{y}}}")).toEqual(["n", "role", "x", "y"]);
  });

  it("gives sample values every argument type formats with", () => {
    expect(sampleValues("{n, plural, other {#}} {g, select, other {x}} {p, number, percent} {s}")).toEqual({ n: 3, g: "other", p: 3, s: "x" });
  });
});
