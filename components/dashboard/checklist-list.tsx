"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import type { Effort } from "@/lib/scoring";
import { setChecklistItemAction } from "@/app/[locale]/(borrower)/assessments/[id]/actions";

export interface ChecklistRow {
  id: string;
  rank: number;
  action: string;
  why: string;
  gain: string;
  effort: string;
  effortLevel: Effort;
  due: string | null;
  dependsOn: string | null;
  guideHref: string;
}

export interface ChecklistListProps {
  assessmentId: string;
  rows: ChecklistRow[];
  initialDone: string[];
}

const EFFORT_TONE: Record<Effort, string> = {
  easy: "bg-emerald-50 text-emerald-800",
  medium: "bg-amber-50 text-amber-900",
  hard: "bg-red-50 text-red-800",
};

/** The checklist with its ticks. A tick shows at once and is saved in the background; a failed save is undone and said. */
export function ChecklistList({ assessmentId, rows, initialDone }: ChecklistListProps) {
  const t = useTranslations("dashboard.checklist");
  const [done, setDone] = useState<ReadonlySet<string>>(() => new Set(initialDone));
  const [saving, setSaving] = useState<ReadonlySet<string>>(() => new Set());
  const [failed, setFailed] = useState<{ id: string; message: string } | null>(null);
  const count = rows.filter((r) => done.has(r.id)).length;

  const withItem = (set: ReadonlySet<string>, id: string, on: boolean) => {
    const next = new Set(set);
    if (on) next.add(id);
    else next.delete(id);
    return next;
  };

  async function toggle(id: string, on: boolean) {
    setFailed(null);
    setDone((d) => withItem(d, id, on));
    setSaving((s) => withItem(s, id, true));
    let result: Awaited<ReturnType<typeof setChecklistItemAction>>;
    try {
      result = await setChecklistItemAction({ assessmentId, itemId: id, done: on });
    } catch {
      result = { ok: false, message: t("saveError") };
    }
    setSaving((s) => withItem(s, id, false));
    if (!result.ok) {
      setDone((d) => withItem(d, id, !on));
      setFailed({ id, message: result.message });
    }
  }

  return (
    <div className="space-y-3">
      <div className="flex items-center gap-3">
        <div className="h-2 flex-1 overflow-hidden rounded-full bg-slate-100" aria-hidden>
          <div className="h-full rounded-full bg-brand-600 transition-[width]" style={{ width: `${(count / rows.length) * 100}%` }} />
        </div>
        <p className="text-sm font-medium text-slate-700" role="status" data-testid="checklist-progress">
          {t("progress", { done: count, total: rows.length })}
        </p>
      </div>
      <ol className="space-y-3">
        {rows.map((row) => {
          const checked = done.has(row.id);
          const inputId = `check-${row.id}`;
          return (
            <li
              key={row.id}
              data-item={row.id}
              className={`rounded-xl border p-3.5 transition-colors ${checked ? "border-emerald-200 bg-emerald-50/60" : "border-slate-200"}`}
            >
              <div className="flex items-start gap-3">
                <input
                  id={inputId}
                  type="checkbox"
                  checked={checked}
                  onChange={(e) => toggle(row.id, e.target.checked)}
                  aria-describedby={`${inputId}-why`}
                  className="mt-1 h-5 w-5 shrink-0 accent-brand-600"
                />
                <div className="min-w-0 flex-1">
                  <label htmlFor={inputId} className={`block cursor-pointer font-semibold ${checked ? "text-slate-500 line-through" : "text-slate-900"}`}>
                    <span className="mr-1 tabular-nums text-slate-500">{row.rank}.</span>
                    {row.action}
                  </label>
                  <p id={`${inputId}-why`} className="mt-1 text-sm leading-relaxed text-slate-700">
                    {row.why}
                  </p>
                  <div className="mt-2 flex flex-wrap items-center gap-2 text-xs">
                    <span className="rounded bg-brand-50 px-1.5 py-0.5 font-semibold text-brand-800">{row.gain}</span>
                    <span className={`rounded px-1.5 py-0.5 font-medium ${EFFORT_TONE[row.effortLevel]}`}>{row.effort}</span>
                    {row.due ? <span className="rounded bg-slate-100 px-1.5 py-0.5 text-slate-700">{row.due}</span> : null}
                    <Link href={row.guideHref} className="font-medium text-brand-700 underline underline-offset-2">
                      {t("guide")}
                    </Link>
                    {saving.has(row.id) ? <span className="text-slate-500">{t("saving")}</span> : null}
                  </div>
                  {row.dependsOn ? <p className="mt-1.5 text-xs text-slate-600">{row.dependsOn}</p> : null}
                  {failed?.id === row.id ? (
                    <p role="alert" className="mt-1.5 text-sm font-medium text-red-700">
                      {failed.message}
                    </p>
                  ) : null}
                </div>
              </div>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
