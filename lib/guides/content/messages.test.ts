import { describe, expect, it } from "vitest";
import { catalogue } from "@/lib/i18n/messages/testing";
import { GUIDE_SLUGS } from "../anchors";
import { GUIDE_LOCALES, getGuide, type GuideTool } from "./index";

const { zh: zhKeys, en: enKeys } = catalogue("guides");

describe("guides messages", () => {
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
