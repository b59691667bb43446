"use client";

import dynamic from "next/dynamic";

export const SCHEDULE_CHART_HEIGHT = 260;

/** Same size as the chart, so nothing moves when it arrives. */
function Placeholder() {
  return <div className="h-full w-full animate-pulse rounded-lg bg-slate-100" />;
}

/** Recharts loads in the browser only, after the schedule is on screen; the table below has the same numbers. */
export const LazyScheduleChart = dynamic(() => import("./schedule-chart"), { ssr: false, loading: Placeholder });
