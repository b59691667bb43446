import type { ScamFinding } from "@/lib/scam";

export interface Segment {
  text: string;
  marked: boolean;
}

/** Splits the checked text into plain and marked runs (every match of every finding, overlaps merged). */
export function highlightSegments(text: string, findings: readonly ScamFinding[]): Segment[] {
  const ranges = findings
    .flatMap((f) => f.matches.map((m) => [m.start, m.end] as const))
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const [s, e] of ranges) {
    const last = merged.at(-1);
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  const out: Segment[] = [];
  let at = 0;
  for (const [s, e] of merged) {
    if (s > at) out.push({ text: text.slice(at, s), marked: false });
    out.push({ text: text.slice(s, e), marked: true });
    at = e;
  }
  if (at < text.length) out.push({ text: text.slice(at), marked: false });
  return out;
}
