const TONE: Record<string, string> = {
  very_low: "bg-red-100 text-red-900",
  low: "bg-orange-100 text-orange-900",
  fair: "bg-amber-100 text-amber-900",
  good: "bg-emerald-100 text-emerald-900",
  excellent: "bg-emerald-200 text-emerald-950",
};

/** A band label with its colour (the text says it; the colour only helps scanning). */
export function BandBadge({ band, label }: { band: string; label: string }) {
  return <span className={`inline-block whitespace-nowrap rounded px-1.5 py-0.5 text-xs font-medium ${TONE[band] ?? "bg-slate-100 text-slate-800"}`}>{label}</span>;
}
