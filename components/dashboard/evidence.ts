import type { Reason } from "@/lib/scoring";

export type Evidence = "high" | "medium" | "low";

/** Reasons resting on a figure a seed reports (68% raised after an early first repayment; +37% invitations with a card record). */
const QUANTIFIED = new Set<string>(["FIRST_LOAN_EARLY", "CREDIT_CARD_RECORD"]);
/** Reasons the seeds themselves call anecdotal. */
const ANECDOTAL = new Set<string>(["RISKY_GROUPS"]);

/**
 * How sure we are about a reason, told to the borrower next to its sources:
 * a public regulation or three or more independent articles saying the same
 * thing is "high"; two articles, or one that gives a figure, "medium"; a
 * single article's words, or an anecdote, "low".
 */
export function evidenceOf(reason: Pick<Reason, "code" | "sources">): Evidence {
  if (ANECDOTAL.has(reason.code)) return "low";
  if (reason.sources.some((s) => !s.endsWith(".txt"))) return "high";
  const n = new Set(reason.sources).size;
  if (n >= 3) return "high";
  if (n === 2 || QUANTIFIED.has(reason.code)) return "medium";
  return "low";
}

/** `"weilidai#invitation"` → `/guides/weilidai#invitation`. */
export function guideHref(anchor: string): string {
  const [slug, section] = anchor.split("#");
  return section ? `/guides/${slug}#${section}` : `/guides/${slug}`;
}

/** A probability gain (0–1) in percentage points, one decimal below 10. */
export function percentagePoints(gain: number): string {
  const pp = gain * 100;
  return pp >= 10 ? String(Math.round(pp)) : (Math.round(pp * 10) / 10).toFixed(1);
}

/** A probability (0–1) as a whole percentage number, never showing 0 or 100 for an estimate. */
export function percent(p: number): number {
  return Math.min(99, Math.max(1, Math.round(p * 100)));
}
