/**
 * The check-up and dashboard catalogues: both locales have the same keys,
 * the same placeholders per message, and every message is valid ICU that
 * formats without error.
 */
import { describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import zhCheck from "./zh-CN/check.json";
import enCheck from "./en/check.json";
import zhDashboard from "./zh-CN/dashboard.json";
import enDashboard from "./en/dashboard.json";

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ""): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out[path] = value;
    else Object.assign(out, leaves(value, path));
  }
  return out;
}

/**
 * ICU argument names (`{name}`, `{name, plural, …}`) in a message, found by
 * walking its structure so that the text inside select/plural branches is
 * never mistaken for an argument.
 */
function argumentsOf(message: string): string[] {
  const names = new Set<string>();
  let i = 0;
  const skipSpace = () => {
    while (/\s/.test(message[i] ?? "")) i++;
  };
  const readUntil = (stops: string) => {
    const start = i;
    while (i < message.length && !stops.includes(message[i]!)) i++;
    return message.slice(start, i).trim();
  };
  // Parses message text until an unmatched "}" (or the end).
  const text = (): void => {
    while (i < message.length && message[i] !== "}") {
      if (message[i] === "{") {
        i++;
        argument();
      } else i++;
    }
  };
  const argument = (): void => {
    names.add(readUntil(",}"));
    if (message[i] === "}") {
      i++;
      return;
    }
    i++; // ","
    const type = readUntil(",}");
    if (["select", "plural", "selectordinal"].includes(type) && message[i] === ",") {
      i++;
      for (;;) {
        skipSpace();
        if (message[i] === "}" || i >= message.length) break;
        readUntil("{");
        i++; // "{"
        text();
        i++; // "}"
      }
    } else {
      let depth = 0;
      while (i < message.length && !(message[i] === "}" && depth === 0)) depth += message[i++] === "{" ? 1 : message[i - 1] === "}" ? -1 : 0;
    }
    i++; // closing "}"
  };
  text();
  return [...names].sort();
}

const NAMESPACES = {
  check: { "zh-CN": zhCheck as Tree, en: enCheck as Tree },
  dashboard: { "zh-CN": zhDashboard as Tree, en: enDashboard as Tree },
};

describe.each(Object.entries(NAMESPACES))("%s messages", (namespace, locales) => {
  const zh = leaves(locales["zh-CN"]);
  const en = leaves(locales.en);

  it("are not empty and have identical key sets in zh-CN and en", () => {
    expect(Object.keys(zh).length).toBeGreaterThan(20);
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
  });

  it("use nested keys only (no dots inside a key)", () => {
    const dotted = (tree: Tree): string[] =>
      Object.entries(tree).flatMap(([k, v]) => [...(k.includes(".") ? [k] : []), ...(typeof v === "string" ? [] : dotted(v))]);
    expect(dotted(locales["zh-CN"])).toEqual([]);
    expect(dotted(locales.en)).toEqual([]);
  });

  it("use the same placeholders in both languages", () => {
    const mismatched = Object.keys(zh).filter((k) => JSON.stringify(argumentsOf(zh[k]!)) !== JSON.stringify(argumentsOf(en[k] ?? "")));
    expect(mismatched).toEqual([]);
  });

  it.each(["zh-CN", "en"] as const)("format without error in %s", (locale) => {
    const all = locale === "en" ? en : zh;
    const errors: string[] = [];
    const t = createTranslator({
      locale,
      messages: { [namespace]: locales[locale] },
      namespace,
      onError: (e) => errors.push(e.message),
    });
    for (const [key, message] of Object.entries(all)) {
      const values = Object.fromEntries(argumentsOf(message).map((a) => [a, ["count", "n", "months", "days", "current", "total", "done", "score", "weight"].includes(a) ? 3 : "x"]));
      const text = t(key as never, values as never);
      expect(text, key).not.toContain("{");
    }
    expect(errors).toEqual([]);
  });
});

describe("argumentsOf (the placeholder finder these checks rely on)", () => {
  it("finds nested arguments and ignores branch text", () => {
    expect(argumentsOf("{goal, select, raise {in {months} months} other {Payments, bills}} is {chance}; {n, plural, =0 {none} other {# of {total}}}")).toEqual([
      "chance",
      "goal",
      "months",
      "n",
      "total",
    ]);
  });
});
