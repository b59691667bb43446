import type { ReactNode } from "react";

/** Key figures of a result as a description list. */
export function Stats({ children }: { children: ReactNode }) {
  return <dl className="grid gap-3 sm:grid-cols-2">{children}</dl>;
}

export function Stat({ label, value, help, emphasis = false }: { label: ReactNode; value: ReactNode; help?: ReactNode; emphasis?: boolean }) {
  return (
    <div className={`rounded-xl border p-3.5 ${emphasis ? "border-brand-600 bg-brand-50" : "border-slate-200 bg-white"}`}>
      <dt className="text-sm text-slate-700">{label}</dt>
      <dd className={`mt-0.5 font-semibold tabular-nums ${emphasis ? "text-2xl text-brand-800" : "text-xl text-slate-900"}`}>{value}</dd>
      {help ? <dd className="mt-1 text-xs leading-relaxed text-slate-600">{help}</dd> : null}
    </div>
  );
}
