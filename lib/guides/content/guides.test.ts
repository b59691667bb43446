import { describe, expect, it } from "vitest";
import { ALL_GUIDE_ANCHORS, GUIDE_SECTIONS, GUIDE_SLUGS } from "../anchors";
import { GUIDE_DESCRIPTION_MAX, GUIDE_LOCALES, getGuide, isGuideLocale, listGuides } from "./index";
import { SEED_FILES } from "./sources";

describe("guides content", () => {
  for (const locale of GUIDE_LOCALES) {
    for (const slug of GUIDE_SLUGS) {
      describe(`${locale}/${slug}`, () => {
        const guide = getGuide(slug, locale);

        it("has exactly the anchor sections, in order", () => {
          expect(guide.sections.map((s) => s.id)).toEqual([...GUIDE_SECTIONS[slug]]);
        });

        it("has a title, a description within the limit and an intro", () => {
          expect(guide.title.trim()).not.toBe("");
          expect(guide.intro.trim()).not.toBe("");
          expect(guide.description.trim()).not.toBe("");
          expect(guide.description.length).toBeLessThanOrEqual(GUIDE_DESCRIPTION_MAX);
        });

        it("every section has a heading, non-empty paragraphs and tips, and cites a seed", () => {
          for (const section of guide.sections) {
            expect(section.heading.trim(), section.id).not.toBe("");
            expect(section.body.length, section.id).toBeGreaterThan(0);
            for (const p of section.body) expect(p.trim(), section.id).not.toBe("");
            for (const t of section.tips ?? []) expect(t.trim(), section.id).not.toBe("");
            expect(section.sources.length, section.id).toBeGreaterThan(0);
            for (const s of section.sources) {
              expect(SEED_FILES).toContain(s.file);
              expect(s.title.trim()).not.toBe("");
            }
          }
        });

        it("says it is independent and an estimate", () => {
          const pattern = locale === "zh-CN" ? /没有(任何)?关系|无关/ : /not affiliated|no connection/i;
          expect(guide.intro).toMatch(pattern);
        });
      });
    }
  }

  it("every anchor the scoring library may emit exists in both locales", () => {
    for (const anchor of ALL_GUIDE_ANCHORS) {
      const [slug, id] = anchor.split("#") as [(typeof GUIDE_SLUGS)[number], string];
      for (const locale of GUIDE_LOCALES) expect(getGuide(slug, locale).sections.some((s) => s.id === id), `${locale} ${anchor}`).toBe(true);
    }
  });

  it("both locales cite the same seeds per section", () => {
    for (const slug of GUIDE_SLUGS) {
      const zh = getGuide(slug, "zh-CN");
      const en = getGuide(slug, "en");
      zh.sections.forEach((s, i) => {
        expect(en.sections[i]!.sources.map((x) => x.file).sort(), `${slug}#${s.id}`).toEqual(s.sources.map((x) => x.file).sort());
        expect(en.sections[i]!.tools ?? [], `${slug}#${s.id}`).toEqual(s.tools ?? []);
      });
    }
  });

  it("the key figures from the sources are carried over", () => {
    const text = (slug: (typeof GUIDE_SLUGS)[number], locale: "zh-CN" | "en") =>
      JSON.stringify(getGuide(slug, locale));
    for (const locale of GUIDE_LOCALES) {
      const weilidai = text("weilidai", locale);
      for (const figure of ["68%", "37%", "90%", "0.02%", "0.05%", "7.3%", "18.25%", "1.5", "95184", "3–12"]) {
        expect(weilidai, `${locale} weilidai ${figure}`).toContain(figure);
      }
      expect(text("after-cut", locale)).toContain("1.5");
      expect(text("jiebei", locale)).toMatch(/1\.5 万|15,000/);
    }
  });

  it("lists guides per locale and recognises locales", () => {
    expect(listGuides("en").map((g) => g.slug)).toEqual([...GUIDE_SLUGS]);
    expect(listGuides("zh-CN")[0]!.sections[0]).toEqual({ id: "how-it-works", heading: expect.any(String) });
    expect(isGuideLocale("zh-CN")).toBe(true);
    expect(isGuideLocale("fr")).toBe(false);
  });
});
