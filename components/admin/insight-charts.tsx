"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

/**
 * The insight page's charts. Decorative for assistive technology (each sits
 * in an aria-hidden box): the page shows the same numbers as tables.
 */

const AXIS = { fill: "#475569", fontSize: 12 } as const;
const short = (s: string, n = 12) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export function TimeChart({ data, height, seriesLabel }: { data: { label: string; count: number }[]; height: number; seriesLabel: string }) {
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
        <CartesianGrid stroke="#e2e8f0" vertical={false} />
        <XAxis dataKey="label" tick={AXIS} interval="preserveStartEnd" minTickGap={16} />
        <YAxis allowDecimals={false} tick={AXIS} width={48} />
        <Tooltip formatter={(v) => [v, seriesLabel]} />
        <Bar dataKey="count" name={seriesLabel} fill="#047857" isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}

export function BandChart({
  data,
  bands,
  height,
}: {
  data: Record<string, string | number>[];
  bands: { key: string; label: string; color: string }[];
  height: number;
}) {
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart data={data} layout="vertical" margin={{ top: 8, right: 12, bottom: 0, left: 0 }} stackOffset="expand">
        <CartesianGrid stroke="#e2e8f0" horizontal={false} />
        <XAxis type="number" tickFormatter={(v: number) => `${Math.round(v * 100)}%`} tick={AXIS} />
        <YAxis type="category" dataKey="platform" tick={AXIS} width={88} tickFormatter={(v: string) => short(v, 6)} />
        <Tooltip />
        <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={null} />
        {bands.map((b) => (
          <Bar key={b.key} dataKey={b.key} name={b.label} stackId="bands" fill={b.color} isAnimationActive={false} />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}

export function RankChart({
  data,
  height,
  seriesLabel,
  unit,
  max,
}: {
  data: { label: string; value: number }[];
  height: number;
  seriesLabel: string;
  unit?: string;
  max?: number;
}) {
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart data={data} layout="vertical" margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
        <CartesianGrid stroke="#e2e8f0" horizontal={false} />
        <XAxis type="number" tick={AXIS} unit={unit} domain={[0, max ?? "auto"]} allowDecimals={false} />
        <YAxis type="category" dataKey="label" tick={{ ...AXIS, fontSize: 11 }} width={132} tickFormatter={(v: string) => short(v, 10)} interval={0} />
        <Tooltip formatter={(v) => [`${v}${unit ?? ""}`, seriesLabel]} />
        <Bar dataKey="value" name={seriesLabel} fill="#0f766e" isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}
