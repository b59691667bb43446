"use client";

import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface ProjectionChartProps {
  /** `chance` in whole percent. */
  data: { month: number; label: string; chance: number }[];
  height: number;
  /** The label of the series, e.g. "Chance". */
  seriesLabel: string;
  /** Where the horizon ends (a dashed line), in months. */
  horizonMonth?: number;
}

/** The chance month by month if the plan is followed. The page lists the same points as a table. */
export default function ProjectionChart({ data, height, seriesLabel, horizonMonth }: ProjectionChartProps) {
  return (
    <ResponsiveContainer width="100%" height={height}>
      <LineChart data={data} margin={{ top: 12, right: 16, bottom: 4, left: -12 }} accessibilityLayer={false}>
        <CartesianGrid stroke="#e2e8f0" vertical={false} />
        <XAxis dataKey="label" tick={{ fill: "#334155", fontSize: 12 }} tickLine={false} axisLine={{ stroke: "#cbd5e1" }} interval="preserveStartEnd" />
        <YAxis domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} unit="%" tick={{ fill: "#334155", fontSize: 12 }} tickLine={false} axisLine={false} />
        {horizonMonth !== undefined ? (
          <ReferenceLine x={data.find((d) => d.month === horizonMonth)?.label} stroke="#94a3b8" strokeDasharray="4 4" />
        ) : null}
        <Tooltip formatter={(value) => [`${value}%`, seriesLabel]} />
        <Line type="monotone" dataKey="chance" name={seriesLabel} stroke="#047857" strokeWidth={2.5} dot={{ r: 3 }} isAnimationActive={false} />
      </LineChart>
    </ResponsiveContainer>
  );
}
