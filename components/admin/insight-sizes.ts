/** Fixed chart heights (px) on the insight page: the placeholder, the chart box and the chart agree. */
export const INSIGHT_HEIGHTS = { time: 220, bands: 260, reasons: 320, checklist: 340 } as const;

export const BAND_COLORS: Record<string, string> = {
  very_low: "#b91c1c",
  low: "#ea580c",
  fair: "#d97706",
  good: "#059669",
  excellent: "#065f46",
};
