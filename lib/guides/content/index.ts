/**
 * The guides' texts as typed data, in zh-CN and English.
 *
 *   getGuide("weilidai", "zh-CN")   → Guide with sections in anchor order
 *   listGuides("en")                → one summary per slug, for the index page
 *
 * Pure data: no framework, no I/O, safe to import from server components and
 * `generateStaticParams` / `generateMetadata`.
 */

import { GUIDE_SECTIONS, GUIDE_SLUGS, type GuideSlug } from "../anchors";
import { SEED_TITLES } from "./sources";
import type { Guide, GuideContent, GuideLocale, GuideSectionContent } from "./types";
import { afterCut as afterCutEn } from "./en/after-cut";
import { general as generalEn } from "./en/general";
import { huabei as huabeiEn } from "./en/huabei";
import { jiebei as jiebeiEn } from "./en/jiebei";
import { mybank as mybankEn } from "./en/mybank";
import { weilidai as weilidaiEn } from "./en/weilidai";
import { afterCut as afterCutZh } from "./zh-CN/after-cut";
import { general as generalZh } from "./zh-CN/general";
import { huabei as huabeiZh } from "./zh-CN/huabei";
import { jiebei as jiebeiZh } from "./zh-CN/jiebei";
import { mybank as mybankZh } from "./zh-CN/mybank";
import { weilidai as weilidaiZh } from "./zh-CN/weilidai";

type Library = { [S in GuideSlug]: GuideContent<S> };

const CONTENT: Record<GuideLocale, Library> = {
  "zh-CN": {
    general: generalZh,
    jiebei: jiebeiZh,
    huabei: huabeiZh,
    mybank: mybankZh,
    weilidai: weilidaiZh,
    "after-cut": afterCutZh,
  },
  en: {
    general: generalEn,
    jiebei: jiebeiEn,
    huabei: huabeiEn,
    mybank: mybankEn,
    weilidai: weilidaiEn,
    "after-cut": afterCutEn,
  },
};

/** The guide for a slug in a locale, sections in the order of `GUIDE_SECTIONS[slug]`. */
export function getGuide(slug: GuideSlug, locale: GuideLocale): Guide {
  const content = CONTENT[locale][slug] as GuideContent<GuideSlug>;
  const byId = content.sections as Record<string, GuideSectionContent>;
  const sections = (GUIDE_SECTIONS[slug] as readonly string[]).map((id) => {
    const section = byId[id];
    if (!section) throw new Error(`guide ${locale}/${slug} has no section "${id}"`);
    return {
      id,
      heading: section.heading,
      body: section.body,
      ...(section.tips ? { tips: section.tips } : {}),
      sources: section.sources.map((file) => ({ file, title: SEED_TITLES[file][locale] })),
      ...(section.tools ? { tools: section.tools } : {}),
    };
  });
  return { slug, locale, title: content.title, description: content.description, intro: content.intro, sections };
}

/** What an index page or sitemap needs per guide. */
export interface GuideSummary {
  slug: GuideSlug;
  title: string;
  description: string;
  /** Section ids and headings, for a compact table of contents. */
  sections: { id: string; heading: string }[];
}

/** All guides in a locale, in `GUIDE_SLUGS` order. */
export function listGuides(locale: GuideLocale): GuideSummary[] {
  return GUIDE_SLUGS.map((slug) => {
    const guide = getGuide(slug, locale);
    return {
      slug,
      title: guide.title,
      description: guide.description,
      sections: guide.sections.map(({ id, heading }) => ({ id, heading })),
    };
  });
}

export function isGuideLocale(value: string): value is GuideLocale {
  return value === "zh-CN" || value === "en";
}

export * from "./types";
export { SEED_FILES, SEED_TITLES, type SeedFile } from "./sources";
