"use client";

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { PLATFORM_COLORS } from "./format";

export interface TrendSeries {
  platform: string;
  label: string;
  points: { t: number; chance: number }[];
}

export interface TrendChartProps {
  series: TrendSeries[];
  height: number;
  /** Formats a timestamp for the axis and tooltip (in the page's language and time zone). */
  dateLabels: Record<number, string>;
}

/**
 * The chance (whole percent) per platform over time, one line per platform.
 * Decorative for assistive technology: the page has the same data as a summary and a table.
 */
export default function TrendChart({ series, height, dateLabels }: TrendChartProps) {
  const times = [...new Set(series.flatMap((s) => s.points.map((p) => p.t)))].sort((a, b) => a - b);
  const data = times.map((t) => {
    const row: Record<string, number> = { t };
    for (const s of series) {
      const point = s.points.find((p) => p.t === t);
      if (point) row[s.platform] = point.chance;
    }
    return row;
  });
  const label = (t: number) => dateLabels[t] ?? new Date(t).toISOString().slice(0, 10);
  const single = times.length === 1;
  return (
    <ResponsiveContainer width="100%" height={height}>
      <LineChart data={data} margin={{ top: 8, right: 16, bottom: 0, left: -12 }}>
        <CartesianGrid stroke="#e2e8f0" vertical={false} />
        <XAxis
          dataKey="t"
          type="number"
          scale="time"
          domain={single ? [times[0]! - 86_400_000, times[0]! + 86_400_000] : ["dataMin", "dataMax"]}
          ticks={times}
          interval="preserveStartEnd"
          minTickGap={20}
          tickFormatter={label}
          tick={{ fill: "#475569", fontSize: 12 }}
          padding={{ left: 12, right: 12 }}
        />
        <YAxis domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} unit="%" tick={{ fill: "#475569", fontSize: 12 }} width={52} />
        <Tooltip
          labelFormatter={(t) => label(Number(t))}
          formatter={(value, name) => [`${value}%`, series.find((s) => s.platform === name)?.label ?? String(name)]}
        />
        <Legend formatter={(value) => series.find((s) => s.platform === value)?.label ?? value} wrapperStyle={{ fontSize: 13 }} />
        {series.map((s) => (
          <Line
            key={s.platform}
            type="monotone"
            dataKey={s.platform}
            name={s.platform}
            stroke={PLATFORM_COLORS[s.platform] ?? "#0f172a"}
            strokeWidth={2}
            dot={{ r: 4 }}
            connectNulls
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}
