/**
 * Types for the guide texts.
 *
 * Authors write one `GuideContent<slug>` per guide and locale. Its `sections`
 * is an object keyed by the section ids of `GUIDE_SECTIONS[slug]`, so the
 * compiler rejects a missing or unknown section; `getGuide` returns them as an
 * array in the anchor order.
 */

import type { GuideSectionId, GuideSlug } from "../anchors";
import type { SeedFile } from "./sources";

/** The locales guides are written in. Matches the app's routing locales. */
export const GUIDE_LOCALES = ["zh-CN", "en"] as const;
export type GuideLocale = (typeof GUIDE_LOCALES)[number];

/** The public tools a section can point to (the page renders a link). */
export type GuideTool = "calculator" | "scamChecker";

/** One section as written by an author. */
export interface GuideSectionContent {
  heading: string;
  /** Paragraphs, plain text (no markup). */
  body: string[];
  /** Short, concrete actions shown as a list. */
  tips?: string[];
  /** Seed articles the facts come from (file names in the shared seeds folder). */
  sources: SeedFile[];
  /** Tools worth linking from this section. */
  tools?: GuideTool[];
}

/** One guide in one locale, as written by an author. */
export interface GuideContent<S extends GuideSlug> {
  /** Page title (also the Open Graph title). */
  title: string;
  /** Meta / Open Graph description, at most 160 characters. */
  description: string;
  /** Opening paragraph shown above the table of contents. */
  intro: string;
  sections: { [K in GuideSectionId<S>]: GuideSectionContent };
}

/** A cited source, resolved for display. */
export interface GuideSource {
  file: SeedFile;
  title: string;
}

/** A section as returned by `getGuide`: ready to render, `id` is the HTML anchor. */
export interface GuideSection {
  id: string;
  heading: string;
  body: string[];
  tips?: string[];
  sources: GuideSource[];
  tools?: GuideTool[];
}

/** A guide as returned by `getGuide`. */
export interface Guide {
  slug: GuideSlug;
  locale: GuideLocale;
  title: string;
  description: string;
  intro: string;
  /** In the order of `GUIDE_SECTIONS[slug]`. */
  sections: GuideSection[];
}

/** Maximum length of `description` (search snippets and Open Graph cards cut longer text). */
export const GUIDE_DESCRIPTION_MAX = 160;
