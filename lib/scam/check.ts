/**
 * `checkMessage`: run the scam rules over a pasted message.
 *
 * Pure and synchronous; nothing is stored or sent anywhere. The caller
 * (a server action or a client component) should cap the input length with
 * `scamCheckInputSchema` before calling.
 */

import { compactView, originalRange, spacedView, type TextView } from "./normalize";
import {
  CLAUSE_BOUNDARY_EN,
  CLAUSE_BOUNDARY_ZH,
  NEGATION_EN,
  NEGATION_ZH,
  SCAM_RULES,
  WARNING_AFTER_EN,
  WARNING_AFTER_ZH,
  type ScamRule,
} from "./rules";
import { SCAM_SEVERITIES, type ScamFinding, type ScamFindingMessages, type ScamMatch, type ScamRiskLevel, type ScamRuleId } from "./types";

/** Message keys (relative to the `scam` namespace) for a rule. */
export function scamRuleMessageKeys(ruleId: ScamRuleId): ScamFindingMessages {
  return {
    title: `rules.${ruleId}.title`,
    explanation: `rules.${ruleId}.explanation`,
    officialDo: `rules.${ruleId}.officialDo`,
    officialDont: `rules.${ruleId}.officialDont`,
  };
}

const BOUNDARY_ZH = new RegExp(`[${CLAUSE_BOUNDARY_ZH}]`, "u");
const BOUNDARY_EN = new RegExp(`[${CLAUSE_BOUNDARY_EN}]`, "u");

/** The clause text before `index` (back to the previous boundary). */
function clauseBefore(view: TextView, index: number, boundary: RegExp): string {
  let i = index;
  while (i > 0 && !boundary.test(view.text[i - 1]!)) i--;
  return view.text.slice(i, index);
}

/** The clause text from `index` on (up to the next boundary). */
function clauseAfter(view: TextView, index: number, boundary: RegExp): string {
  let i = index;
  while (i < view.text.length && !boundary.test(view.text[i]!)) i++;
  return view.text.slice(index, i);
}

interface ViewMatch {
  start: number;
  end: number;
}

function matchRule(rule: ScamRule, views: { zh: TextView; en: TextView }): ViewMatch[] {
  const found: ViewMatch[] = [];
  for (const pattern of rule.patterns) {
    const view = views[pattern.view];
    if (pattern.context && !pattern.context.test(views.zh.text)) continue;
    const negation = pattern.view === "zh" ? NEGATION_ZH : NEGATION_EN;
    const warningAfter = pattern.view === "zh" ? WARNING_AFTER_ZH : WARNING_AFTER_EN;
    const boundary = pattern.view === "zh" ? BOUNDARY_ZH : BOUNDARY_EN;
    pattern.re.lastIndex = 0;
    for (const m of view.text.matchAll(pattern.re)) {
      if (m[0].length === 0) continue;
      const from = m.index;
      const to = from + m[0].length;
      // "请勿把验证码告诉他人", "we never ask for fees", "…先交保证金的都是诈骗":
      // the text warns about the pattern rather than asking for it.
      if (!rule.ignoreNegation && negation.test(clauseBefore(view, from, boundary) + m[0])) continue;
      if (warningAfter.test(clauseAfter(view, to, boundary))) continue;
      found.push(originalRange(view, from, to));
    }
  }
  return found;
}

/** Sort and merge overlapping ranges. */
function mergeRanges(ranges: ViewMatch[]): ViewMatch[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: ViewMatch[] = [];
  for (const r of sorted) {
    const last = merged.at(-1);
    if (last && r.start < last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  return merged;
}

const severityRank = (s: ScamFinding["severity"]): number => SCAM_SEVERITIES.indexOf(s);

/**
 * Flag known scam patterns in Chinese or English text.
 *
 * Returns one finding per rule that matched, most severe first, then in
 * reading order. Supporting rules (urgency, impersonation, credit threats)
 * appear only when some other rule matched too. An empty array means no known
 * pattern was found — not that the message is safe; say so on the page.
 */
export function checkMessage(text: string): ScamFinding[] {
  if (text.trim() === "") return [];
  const views = { zh: compactView(text), en: spacedView(text) };
  const ruleContext = views.zh.text;

  const findings: ScamFinding[] = [];
  for (const rule of SCAM_RULES) {
    if (rule.context && !rule.context.test(ruleContext)) continue;
    const ranges = mergeRanges(matchRule(rule, views));
    if (ranges.length === 0) continue;
    const matches: ScamMatch[] = ranges.map(({ start, end }) => ({ start, end, text: text.slice(start, end) }));
    findings.push({
      ruleId: rule.id,
      severity: rule.severity,
      supporting: rule.supporting === true,
      matches,
      messages: scamRuleMessageKeys(rule.id),
    });
  }

  if (!findings.some((f) => !f.supporting)) return [];
  return findings.sort(
    (a, b) => severityRank(a.severity) - severityRank(b.severity) || (a.matches[0]?.start ?? 0) - (b.matches[0]?.start ?? 0),
  );
}

/**
 * One overall level for the page's headline: the most severe non-supporting
 * finding, raised from medium to high when two or more independent rules
 * fire (scripts combine tricks), `none` when nothing matched.
 */
export function overallRisk(findings: readonly ScamFinding[]): ScamRiskLevel {
  const primary = findings.filter((f) => !f.supporting);
  if (primary.length === 0) return "none";
  if (primary.some((f) => f.severity === "high") || primary.length >= 2) return "high";
  if (primary.some((f) => f.severity === "medium")) return "medium";
  return "low";
}
