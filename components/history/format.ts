/** Whole percent, e.g. 0.4213 → "42%". */
export function pct(p: number): string {
  return `${Math.round(p * 100)}%`;
}

/** Signed percentage points with one decimal, e.g. 0.052 → "+5.2", -0.0004 → "0.0". */
export function ppValue(delta: number): string {
  const v = Math.round(delta * 1000) / 10;
  if (v === 0) return "0.0";
  return `${v > 0 ? "+" : "−"}${Math.abs(v).toFixed(1)}`;
}

export const PLATFORM_COLORS: Record<string, string> = {
  jiebei: "#047857",
  huabei: "#1d4ed8",
  mybank: "#b45309",
  weilidai: "#7c3aed",
  generic: "#475569",
};

/** The trend chart's fixed height (px): the placeholder has the same, so nothing moves when it loads. */
export const TREND_CHART_HEIGHT = 280;
