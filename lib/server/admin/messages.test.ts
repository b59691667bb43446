import { describe, expect, it } from "vitest";
import zh from "@/lib/i18n/messages/zh-CN/admin.json";
import en from "@/lib/i18n/messages/en/admin.json";
import { AUDIT_ACTIONS } from "./audit-actions";
import { REVEAL_FIELD_IDS } from "@/lib/validation/admin";

function leaves(value: unknown, prefix = ""): string[] {
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([k, v]) => {
      expect(k, `key "${prefix}${k}" has a dot`).not.toContain(".");
      return leaves(v, `${prefix}${k}.`);
    });
  }
  expect(typeof value, `${prefix} is not a string`).toBe("string");
  return [prefix.slice(0, -1)];
}

/** The end of the `{…}` group opening at `start`. */
function closing(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    if (text[i] === "{") depth++;
    else if (text[i] === "}" && --depth === 0) return i;
  }
  return text.length;
}

/** ICU argument names a message uses, including inside select/plural branches (whose bodies are not arguments). */
function argsOf(message: string): Set<string> {
  const out = new Set<string>();
  const walk = (text: string) => {
    for (let i = text.indexOf("{"); i !== -1; i = text.indexOf("{", i)) {
      const end = closing(text, i);
      const m = /^\s*([A-Za-z_]\w*)\s*(?:,\s*(\w+)\s*(?:,([\s\S]*))?)?$/.exec(text.slice(i + 1, end));
      if (m) {
        out.add(m[1]!);
        if (m[2] === "select" || m[2] === "plural" || m[2] === "selectordinal") {
          const branches = m[3] ?? "";
          for (let k = branches.indexOf("{"); k !== -1; k = branches.indexOf("{", k)) {
            const e = closing(branches, k);
            walk(branches.slice(k + 1, e));
            k = e + 1;
          }
        }
      }
      i = end + 1;
    }
  };
  walk(message);
  return out;
}
const get = (obj: unknown, path: string) => path.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], obj);

describe("messages: admin", () => {
  it("has the same keys in zh-CN and en, nested without dots, none empty", () => {
    const zk = leaves(zh).sort();
    const ek = leaves(en).sort();
    expect(zk.length).toBeGreaterThan(50);
    expect(ek).toEqual(zk);
    for (const k of zk) {
      expect((get(zh, k) as string).trim(), k).not.toBe("");
      expect((get(en, k) as string).trim(), k).not.toBe("");
    }
  });

  it("reads placeholders, not select branches, as arguments", () => {
    expect([...argsOf("{n, plural, one {# day} other {{n} days, {x}}} {role, select, A {Admin} other {{y}}}")].sort()).toEqual(["n", "role", "x", "y"]);
  });

  it("uses the same placeholders in both languages", () => {
    for (const k of leaves(zh)) expect([...argsOf(get(en, k) as string)].sort(), k).toEqual([...argsOf(get(zh, k) as string)].sort());
  });

  it("names every audit action and every revealable field", () => {
    for (const action of Object.values(AUDIT_ACTIONS)) expect(get(zh, `audit.actions.${action.replaceAll(".", "_")}`), action).toBeTypeOf("string");
    for (const field of REVEAL_FIELD_IDS) expect(get(zh, `fields.${field}`), field).toBeTypeOf("string");
  });
});
