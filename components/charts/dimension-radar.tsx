"use client";

import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, ResponsiveContainer } from "recharts";

export interface DimensionRadarProps {
  data: { label: string; score: number }[];
  height: number;
}

/** The five dimensions, 0–100. Decorative: the page shows the same numbers as bars and a table. */
export default function DimensionRadar({ data, height }: DimensionRadarProps) {
  return (
    <ResponsiveContainer width="100%" height={height}>
      <RadarChart data={data} outerRadius="72%" margin={{ top: 8, right: 24, bottom: 8, left: 24 }} accessibilityLayer={false}>
        <PolarGrid stroke="#cbd5e1" />
        <PolarAngleAxis dataKey="label" tick={{ fill: "#334155", fontSize: 12 }} />
        <PolarRadiusAxis domain={[0, 100]} tickCount={5} tick={false} axisLine={false} />
        <Radar dataKey="score" stroke="#047857" fill="#047857" fillOpacity={0.25} strokeWidth={2} isAnimationActive={false} />
      </RadarChart>
    </ResponsiveContainer>
  );
}
