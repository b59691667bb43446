"use client";

import dynamic from "next/dynamic";
import { INSIGHT_HEIGHTS } from "./insight-sizes";

/** Same size as the chart, so nothing moves when Recharts arrives (after the first paint, in the browser only). */
function placeholder(height: number) {
  function ChartPlaceholder() {
    return <div aria-hidden className="w-full animate-pulse rounded-lg bg-slate-100" style={{ height }} />;
  }
  return ChartPlaceholder;
}

export const LazyTimeChart = dynamic(() => import("./insight-charts").then((m) => m.TimeChart), { ssr: false, loading: placeholder(INSIGHT_HEIGHTS.time) });
export const LazyBandChart = dynamic(() => import("./insight-charts").then((m) => m.BandChart), { ssr: false, loading: placeholder(INSIGHT_HEIGHTS.bands) });
export const LazyReasonsChart = dynamic(() => import("./insight-charts").then((m) => m.RankChart), { ssr: false, loading: placeholder(INSIGHT_HEIGHTS.reasons) });
export const LazyChecklistChart = dynamic(() => import("./insight-charts").then((m) => m.RankChart), {
  ssr: false,
  loading: placeholder(INSIGHT_HEIGHTS.checklist),
});
