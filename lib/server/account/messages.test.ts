import { describe, expect, it } from "vitest";
import zhHistory from "@/lib/i18n/messages/zh-CN/history.json";
import enHistory from "@/lib/i18n/messages/en/history.json";
import zhShare from "@/lib/i18n/messages/zh-CN/share.json";
import enShare from "@/lib/i18n/messages/en/share.json";
import zhSettings from "@/lib/i18n/messages/zh-CN/settings.json";
import enSettings from "@/lib/i18n/messages/en/settings.json";

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

/** ICU argument names used by a message (`{name}`, `{name, plural, …}`). */
const argsOf = (s: string) => new Set([...s.matchAll(/\{\s*([A-Za-z_][\w]*)\s*[,}]/g)].map((m) => m[1]));

const get = (obj: unknown, path: string) => path.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], obj);

describe.each([
  ["history", zhHistory, enHistory],
  ["share", zhShare, enShare],
  ["settings", zhSettings, enSettings],
])("messages: %s", (_name, zh, en) => {
  it("has the same keys in zh-CN and en, nested without dots, none empty", () => {
    const zk = leaves(zh).sort();
    const ek = leaves(en).sort();
    expect(zk.length).toBeGreaterThan(5);
    expect(ek).toEqual(zk);
    for (const k of zk) {
      expect((get(zh, k) as string).trim(), k).not.toBe("");
      expect((get(en, k) as string).trim(), k).not.toBe("");
    }
  });

  it("uses the same placeholders in both languages", () => {
    for (const k of leaves(zh)) expect([...argsOf(get(en, k) as string)].sort(), k).toEqual([...argsOf(get(zh, k) as string)].sort());
  });
});
