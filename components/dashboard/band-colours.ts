import type { Band } from "@/lib/scoring";

/** One colour per band, shared by the gauge and the what-if panel (text shades meet WCAG AA on white and on their tint). */
export const BAND_COLOURS: Record<Band, { stroke: string; text: string; bg: string }> = {
  very_low: { stroke: "#dc2626", text: "text-red-800", bg: "bg-red-50" },
  low: { stroke: "#ea580c", text: "text-orange-800", bg: "bg-orange-50" },
  fair: { stroke: "#d97706", text: "text-amber-800", bg: "bg-amber-50" },
  good: { stroke: "#65a30d", text: "text-lime-800", bg: "bg-lime-50" },
  excellent: { stroke: "#047857", text: "text-emerald-800", bg: "bg-emerald-50" },
};
