"use client";

import dynamic from "next/dynamic";

/** Same size as the chart, so nothing moves when it arrives. */
function Placeholder({ height }: { height: number }) {
  return <div aria-hidden className="w-full animate-pulse rounded-lg bg-slate-100" style={{ height }} />;
}

/**
 * Recharts is loaded after the first paint, in the browser only: the page's
 * numbers, bars and tables are server-rendered and readable before it arrives.
 */
export const LazyDimensionRadar = dynamic(() => import("./dimension-radar"), {
  ssr: false,
  loading: () => <Placeholder height={260} />,
});

export const LazyProjectionChart = dynamic(() => import("./projection-chart"), {
  ssr: false,
  loading: () => <Placeholder height={240} />,
});
