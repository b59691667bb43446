/**
 * Every guide link the scoring library can emit lands on a real section.
 *
 * The dashboard turns each `guideAnchor` of a reason, checklist item or
 * warning into `/guides/<slug>#<section>`, and the guide page renders every
 * section with `id={section.id}` (components/guides/guide-section.tsx). This
 * test collects the anchors the library can emit in three independent ways
 * and checks each against the guide contract and the guide texts in both
 * locales:
 *
 *  1. behaviour: thousands of assessments from the library's own fast-check
 *     arbitrary, stratified by platform × goal (and cut reason), plus targeted
 *     inputs that trip every gate and warning; every `guideAnchor` found
 *     anywhere in the result is collected (a generic walk, so new fields that
 *     carry anchors are covered without touching this file);
 *  2. enumeration: every checklist action's anchor for every platform × goal ×
 *     cut reason, straight from the action table;
 *  3. source: every "<slug>#<section>" string literal in lib/scoring.
 *
 * `as GuideAnchor` casts in the library bypass the type checker; this is the
 * check that cannot be bypassed.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assess, CUT_REASONS, GOALS, PLATFORMS, referenceInput, type AssessmentInput } from "@/lib/scoring";
import { ACTIONS } from "@/lib/scoring/actions";
import { PLATFORM_PROFILES } from "@/lib/scoring/platforms";
import { assessmentInputArbFor } from "@/lib/scoring/testing/arbitraries";
import { ALL_GUIDE_ANCHORS, GUIDE_SLUGS, isGuideAnchor, type GuideSlug } from "./anchors";
import { GUIDE_LOCALES, getGuide } from "./content";

const SAMPLES_PER_STRATUM = 300;

/** Every string under a `guideAnchor` key, anywhere in a value. */
function collectAnchors(value: unknown, into: Map<string, string>, origin: string): void {
  if (Array.isArray(value)) {
    for (const v of value) collectAnchors(v, into, origin);
  } else if (value && typeof value === "object") {
    for (const [key, v] of Object.entries(value)) {
      if (key === "guideAnchor" && typeof v === "string") {
        if (!into.has(v)) into.set(v, origin);
      } else collectAnchors(v, into, origin);
    }
  }
}

function describeInput(input: AssessmentInput): string {
  return `${input.platform}/${input.goal}${input.cut ? `/${input.cut.reason}` : ""}`;
}

/** Inputs that make each gate and warning fire on every platform and goal. */
function targetedInputs(): AssessmentInput[] {
  const out: AssessmentInput[] = [];
  for (const platform of PLATFORMS) {
    for (const goal of GOALS) {
      const base = referenceInput(platform, goal);
      out.push(base);
      const variants: ((i: AssessmentInput) => void)[] = [
        (i) => (i.repayment = { ...i.repayment, currentlyOverdue: true, overdueCount12m: 2, maxOverdueDays12m: 45 }),
        (i) => (i.usage = { ...i.usage, cashOut: true }),
        (i) => (i.usage = { ...i.usage, restrictedPurpose: true }),
        (i) => (i.usage = { ...i.usage, loans12m: 30, sameDayRepays12m: 10, avgLoanDays: 1 }),
        (i) => (i.profile = { ...i.profile, realName: false, faceVerified: false }),
        (i) => (i.extras = { ...i.extras, thirdPartyOffer: true, lendsAccount: true }),
        (i) => (i.debt = { ...i.debt, monthlyIncome: 0, monthlyDebtPayment: 9000, lendersWithBalance: 10, applications3m: 12 }),
        (i) => (i.limit = { ...i.limit, usedPercent: 100 }),
        (i) => (i.limit = { ...i.limit, current: 5_000_000, previous: 5_000_000 }),
        (i) =>
          (i.extras = {
            ...i.extras,
            zhimaScore: 550,
            temporaryLimit: 5000,
            shop: { monthlyRevenue: 1000, revenueTrend: "down", positiveRatePercent: 70, returnRatePercent: 40 },
            account: { deviceChanges12m: 6, entryChecksPerMonth: 30, riskyGroups: true },
          }),
      ];
      for (const vary of variants) {
        const input = structuredClone(base);
        vary(input);
        out.push(input);
      }
      if (goal === "restore") {
        for (const reason of CUT_REASONS) out.push({ ...structuredClone(base), cut: { reason, monthsAgo: 2 } });
      }
    }
  }
  return out;
}

function emittedByAssessments(): Map<string, string> {
  const anchors = new Map<string, string>();
  for (const input of targetedInputs()) collectAnchors(assess(input), anchors, `targeted ${describeInput(input)}`);
  for (const platform of PLATFORMS) {
    for (const goal of GOALS) {
      const inputs = fc.sample(assessmentInputArbFor({ platform, goal }), { numRuns: SAMPLES_PER_STRATUM, seed: 20260707 });
      for (const input of inputs) collectAnchors(assess(input), anchors, `sampled ${describeInput(input)}`);
    }
  }
  return anchors;
}

function emittedByChecklistTable(): Map<string, string> {
  const anchors = new Map<string, string>();
  const cuts = [-1, ...CUT_REASONS.map((_, i) => i)];
  for (const action of ACTIONS) {
    for (const platform of PLATFORMS) {
      for (const goal of GOALS) {
        for (const cut of cuts) {
          const anchor = action.anchor(PLATFORM_PROFILES[platform], goal, cut);
          if (!anchors.has(anchor)) anchors.set(anchor, `checklist ${action.id} ${platform}/${goal}/cut ${cut}`);
        }
      }
    }
  }
  return anchors;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === "testing" ? [] : sourceFiles(full);
    return /\.ts$/.test(name) && !/\.test\.ts$/.test(name) ? [full] : [];
  });
}

function literalsInSource(): Map<string, string> {
  const anchors = new Map<string, string>();
  const slugs = GUIDE_SLUGS.join("|");
  const literal = new RegExp(`["'\`]((?:${slugs})#[a-z0-9-]+)["'\`]`, "g");
  const root = path.join(process.cwd(), "lib/scoring");
  for (const file of sourceFiles(root)) {
    for (const m of readFileSync(file, "utf8").matchAll(literal)) {
      if (!anchors.has(m[1]!)) anchors.set(m[1]!, path.relative(process.cwd(), file));
    }
  }
  return anchors;
}

/** Section ids of each guide in each locale, as the page renders them. */
const RENDERED = new Map(
  GUIDE_LOCALES.flatMap((locale) => GUIDE_SLUGS.map((slug) => [`${locale}/${slug}`, new Set(getGuide(slug, locale).sections.map((s) => s.id))])),
);

function expectLandsOnASection(anchor: string, origin: string): void {
  expect(isGuideAnchor(anchor), `${anchor} (from ${origin}) is not in the guide-anchor contract`).toBe(true);
  const [slug, id] = anchor.split("#") as [GuideSlug, string];
  for (const locale of GUIDE_LOCALES) {
    expect(RENDERED.get(`${locale}/${slug}`)?.has(id), `${locale} guide "${slug}" has no section "${id}" (from ${origin})`).toBe(true);
  }
}

describe("guide anchors emitted by the scoring library", () => {
  const byAssessments = emittedByAssessments();
  const byChecklist = emittedByChecklistTable();
  const bySource = literalsInSource();

  it("every anchor in assessments (reasons, checklist, warnings, …) exists on its guide page in both locales", () => {
    expect(byAssessments.size).toBeGreaterThan(20);
    for (const [anchor, origin] of byAssessments) expectLandsOnASection(anchor, origin);
  });

  it("every checklist action's anchor, for every platform, goal and cut reason, exists", () => {
    expect(byChecklist.size).toBeGreaterThan(5);
    for (const [anchor, origin] of byChecklist) expectLandsOnASection(anchor, origin);
  });

  it("every guide-anchor literal in the scoring source exists", () => {
    expect(bySource.size).toBeGreaterThan(5);
    for (const [anchor, origin] of bySource) expectLandsOnASection(anchor, origin);
  });

  it("reaches every guide (the sampling is not stuck on one platform)", () => {
    const all = new Set([...byAssessments.keys(), ...byChecklist.keys(), ...bySource.keys()]);
    const slugs = new Set([...all].map((a) => a.split("#")[0]));
    expect([...slugs].sort()).toEqual([...GUIDE_SLUGS].sort());
    // For the record: how much of the contract the library actually links to.
    const unused = ALL_GUIDE_ANCHORS.filter((a) => !all.has(a));
    console.info(`guide anchors emitted: ${all.size} of ${ALL_GUIDE_ANCHORS.length}; never linked: ${unused.join(", ") || "none"}`);
  });
});
