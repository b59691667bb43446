import { getTranslations } from "next-intl/server";
import type { ChecklistItem } from "@/lib/scoring";
import { percentagePoints } from "@/components/dashboard/evidence";
import { SectionCard } from "@/components/dashboard/section-card";

/** The borrower's checklist in their order, with what they ticked off. Read-only: ticks belong to the borrower. */
export async function CaseChecklist({ items, done }: { items: ChecklistItem[]; done: string[] }) {
  const [t, tc, ts] = await Promise.all([getTranslations("admin.case"), getTranslations("dashboard.checklist"), getTranslations("scoring")]);
  const ticked = new Set(done);
  const count = items.filter((i) => ticked.has(i.id)).length;
  return (
    <SectionCard id="case-checklist" title={tc("title")} aside={<p className="text-sm text-slate-700">{tc("progress", { done: count, total: items.length })}</p>}>
      {items.length === 0 ? (
        <p className="text-sm text-slate-700">{tc("empty")}</p>
      ) : (
        <ol className="space-y-2">
          {items.map((item, i) => {
            const isDone = ticked.has(item.id);
            return (
              <li key={item.id} data-item={item.id} className={`rounded-lg border p-2.5 text-sm ${isDone ? "border-emerald-200 bg-emerald-50/60" : "border-slate-200"}`}>
                <p className="flex flex-wrap items-baseline gap-x-2">
                  <span className="tabular-nums text-slate-500">{i + 1}.</span>
                  <span className="font-semibold text-slate-900">{ts(`checklist.${item.id}.action`)}</span>
                  <span className={`rounded px-1.5 py-0.5 text-xs font-medium ${isDone ? "bg-emerald-100 text-emerald-900" : "bg-slate-100 text-slate-700"}`}>
                    {isDone ? t("done") : t("notDone")}
                  </span>
                </p>
                <p className="mt-1 text-xs text-slate-600">
                  {tc("gain", { points: percentagePoints(item.expectedGain) })} · {tc("effort", { effort: ts(`efforts.${item.effort}`) })}
                </p>
              </li>
            );
          })}
        </ol>
      )}
    </SectionCard>
  );
}
