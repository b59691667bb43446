"use client";

import dynamic from "next/dynamic";
import { TREND_CHART_HEIGHT } from "./format";

/** Recharts loads after the first paint, in the browser only, into a box of the chart's size. */
export const LazyTrendChart = dynamic(() => import("./trend-chart"), {
  ssr: false,
  loading: () => <div aria-hidden className="w-full animate-pulse rounded-lg bg-slate-100" style={{ height: TREND_CHART_HEIGHT }} />,
});
