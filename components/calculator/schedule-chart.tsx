"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface ScheduleChartDatum {
  period: number;
  /** Yuan (the chart shows shape, the table exact fen). */
  principal: number;
  interest: number;
}

export interface ScheduleChartProps {
  data: ScheduleChartDatum[];
  height: number;
  labels: { principal: string; interest: string; period: string };
  /** Formats a yuan value for the tooltip. */
  formatYuan: (yuan: number) => string;
}

/**
 * Each payment split into principal and interest, month by month. Decorative
 * for assistive technology (the page renders the same numbers as a table), so
 * the keyboard layer is off and the wrapper is aria-hidden.
 */
export default function ScheduleChart({ data, height, labels, formatYuan }: ScheduleChartProps) {
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }} accessibilityLayer={false} barCategoryGap={data.length > 60 ? 0 : "15%"}>
        <CartesianGrid stroke="#e2e8f0" vertical={false} />
        <XAxis dataKey="period" tick={{ fill: "#334155", fontSize: 12 }} tickLine={false} axisLine={{ stroke: "#cbd5e1" }} interval="preserveStartEnd" minTickGap={16} />
        <YAxis tick={{ fill: "#334155", fontSize: 12 }} tickLine={false} axisLine={false} width={64} tickFormatter={(v: number) => formatYuan(v)} />
        <Tooltip
          formatter={(value, name) => [formatYuan(Number(value)), name]}
          labelFormatter={(label) => `${labels.period} ${label}`}
          cursor={{ fill: "rgba(4, 120, 87, 0.08)" }}
        />
        <Legend wrapperStyle={{ fontSize: 13 }} formatter={(value) => <span style={{ color: "#334155" }}>{value}</span>} />
        <Bar dataKey="principal" name={labels.principal} stackId="pay" fill="#047857" isAnimationActive={false} />
        <Bar dataKey="interest" name={labels.interest} stackId="pay" fill="#f59e0b" isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}
