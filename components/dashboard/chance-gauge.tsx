import type { Band } from "@/lib/scoring";
import { BAND_THRESHOLDS } from "@/lib/scoring/math";
import { BAND_COLOURS } from "./band-colours";

export interface ChanceGaugeProps {
  probability: number;
  low: number;
  high: number;
  band: Band;
  /** e.g. "52%" */
  valueText: string;
  /** e.g. "Fair" */
  bandText: string;
  /** Accessible summary of the whole gauge. */
  label: string;
}

const BANDS_IN_ORDER: Band[] = ["very_low", "low", "fair", "good", "excellent"];

const CX = 100;
const CY = 100;
const R = 80;

function point(p: number, r = R): [number, number] {
  const angle = Math.PI * (1 - p);
  return [CX + r * Math.cos(angle), CY - r * Math.sin(angle)];
}

function arc(from: number, to: number, r = R): string {
  const [x1, y1] = point(from, r);
  const [x2, y2] = point(to, r);
  return `M ${x1.toFixed(2)} ${y1.toFixed(2)} A ${r} ${r} 0 0 1 ${x2.toFixed(2)} ${y2.toFixed(2)}`;
}

/**
 * The chance as a half-circle gauge: the five bands as a faint track, the
 * 80% interval as a lighter band, the estimate as a needle. Plain SVG,
 * rendered on the server, so it is in the first paint with no layout shift.
 */
export function ChanceGauge({ probability, low, high, band, valueText, bandText, label }: ChanceGaugeProps) {
  const edges = [0, ...BAND_THRESHOLDS, 1];
  const [nx, ny] = point(probability, R - 22);
  const colour = BAND_COLOURS[band];
  return (
    <figure className="mx-auto w-full max-w-[18rem]">
      <svg viewBox="0 0 200 118" role="img" aria-label={label} className="block h-auto w-full">
        {BANDS_IN_ORDER.map((b, i) => (
          <path key={b} d={arc(edges[i]!, edges[i + 1]!)} stroke={BAND_COLOURS[b].stroke} strokeOpacity={0.22} strokeWidth={16} fill="none" />
        ))}
        <path d={arc(Math.max(0.001, low), Math.min(0.999, high))} stroke={colour.stroke} strokeOpacity={0.45} strokeWidth={16} fill="none" />
        <path d={arc(0.001, Math.max(0.002, probability), R + 12)} stroke={colour.stroke} strokeWidth={4} strokeLinecap="round" fill="none" />
        <line x1={CX} y1={CY} x2={nx} y2={ny} stroke="#0f172a" strokeWidth={3} strokeLinecap="round" />
        <circle cx={CX} cy={CY} r={5} fill="#0f172a" />
      </svg>
      <figcaption className="-mt-2 text-center" aria-hidden>
        <span className="block text-4xl font-bold tabular-nums text-slate-900">{valueText}</span>
        <span className={`mt-1 inline-block rounded-full px-3 py-0.5 text-sm font-semibold ${colour.text} ${colour.bg}`}>{bandText}</span>
      </figcaption>
    </figure>
  );
}
