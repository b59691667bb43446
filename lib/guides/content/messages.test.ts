import { describe, expect, it } from "vitest";
import zh from "@/lib/i18n/messages/zh-CN/guides.json";
import en from "@/lib/i18n/messages/en/guides.json";
import { GUIDE_SLUGS } from "../anchors";
import { GUIDE_LOCALES, getGuide, type GuideTool } from "./index";

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

/** Top-level ICU argument names ("{count, plural, …}" yields count; "#" is not an argument). */
function placeholders(message: string): string[] {
  return [...new Set([...message.matchAll(/\{\s*([A-Za-z0-9_]+)\s*[,}]/g)].map((m) => m[1]!))].sort();
}

const zhKeys = flatten(zh as Tree);
const enKeys = flatten(en as Tree);

describe("guides messages", () => {
  it("both locales have the same keys and no empty texts", () => {
    expect([...zhKeys.keys()].sort()).toEqual([...enKeys.keys()].sort());
    for (const [key, value] of zhKeys) {
      expect(value.trim(), key).not.toBe("");
      expect(enKeys.get(key)!.trim(), key).not.toBe("");
    }
  });

  it("both locales use the same ICU placeholders per key", () => {
    for (const [key, value] of zhKeys) expect(placeholders(enKeys.get(key)!), key).toEqual(placeholders(value));
  });

  it("names every guide and every tool a section can link to", () => {
    const tools = new Set<GuideTool>();
    for (const locale of GUIDE_LOCALES) {
      for (const slug of GUIDE_SLUGS) for (const s of getGuide(slug, locale).sections) for (const t of s.tools ?? []) tools.add(t);
    }
    const required = [
      ...GUIDE_SLUGS.flatMap((slug) => [`slugs.${slug}.name`, `slugs.${slug}.short`]),
      ...[...tools].flatMap((t) => [`tools.${t}.title`, `tools.${t}.body`, `tools.${t}.cta`]),
      "toc.heading",
      "section.sourcesHeading",
      "disclaimer.notAffiliated",
    ];
    for (const key of required) {
      expect(zhKeys.has(key), `zh-CN missing ${key}`).toBe(true);
      expect(enKeys.has(key), `en missing ${key}`).toBe(true);
    }
  });

  it("meta descriptions stay within 160 characters", () => {
    expect(zhKeys.get("meta.indexDescription")!.length).toBeLessThanOrEqual(160);
    expect(enKeys.get("meta.indexDescription")!.length).toBeLessThanOrEqual(160);
  });
});
