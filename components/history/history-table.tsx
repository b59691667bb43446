import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { HistoryEntry } from "@/lib/server/history/list-history";
import { Section } from "@/components/account/section";
import { pct } from "./format";
import { labelOf } from "./labels";

export interface HistoryTableProps {
  entries: HistoryEntry[];
}

/**
 * Every check-up, newest first, with links to its result, its share/review
 * page and a comparison with the previous one of the same platform. A list
 * that reads as cards on a phone and lines up as columns from `sm` up.
 */
export async function HistoryTable({ entries }: HistoryTableProps) {
  const [t, format] = await Promise.all([getTranslations("history"), getFormatter()]);
  const newestFirst = [...entries].reverse();
  const previousOf = (e: HistoryEntry) => {
    const i = entries.indexOf(e);
    for (let j = i - 1; j >= 0; j--) if (entries[j]!.platform === e.platform) return entries[j]!;
    return null;
  };
  const link = "font-medium text-brand-700 underline underline-offset-2 hover:text-brand-800";
  const cols = "sm:grid sm:grid-cols-[10rem_1fr_4.5rem_4rem_4.5rem_minmax(9rem,auto)] sm:items-start sm:gap-3";

  return (
    <Section id="list" title={t("list.title")}>
      <div aria-hidden className={`hidden border-b border-slate-200 pb-2 text-sm font-medium text-slate-600 ${cols}`}>
        <span>{t("list.date")}</span>
        <span>
          {t("list.platform")} · {t("list.goal")}
        </span>
        <span className="text-right">{t("list.chance")}</span>
        <span>{t("list.band")}</span>
        <span>{t("list.checklist")}</span>
        <span>{t("list.actions")}</span>
      </div>
      <ul aria-label={t("list.caption")} className="divide-y divide-slate-100">
        {newestFirst.map((e) => {
          const prev = previousOf(e);
          const checklist = e.checklist.total ? t("list.checklistValue", e.checklist) : "—";
          return (
            <li key={e.id} className={`py-3 text-sm ${cols}`} data-testid="history-row">
              <p className="text-slate-600 sm:text-slate-900">{format.dateTime(new Date(e.createdAt), { dateStyle: "medium", timeStyle: "short" })}</p>
              <p className="mt-1 flex items-baseline justify-between gap-3 sm:mt-0 sm:block">
                <span className="font-semibold">
                  {labelOf(t, "platforms", e.platform)} · {labelOf(t, "goals", e.goal)}
                </span>
                <span className="text-xl font-bold tabular-nums sm:hidden">{pct(e.probability)}</span>
              </p>
              <p className="hidden text-right font-semibold tabular-nums sm:block">{pct(e.probability)}</p>
              <p className="mt-0.5 text-slate-600 sm:hidden">
                {t("list.bandValue", { band: labelOf(t, "bands", e.band) })} · {t("list.checklistProgress", { value: checklist })}
              </p>
              <p className="hidden sm:block">{labelOf(t, "bands", e.band)}</p>
              <p className="hidden tabular-nums sm:block">{checklist}</p>
              <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 sm:mt-0 sm:block sm:space-y-1">
                <li>
                  <Link href={`/assessments/${e.id}`} className={link}>
                    {t("list.open")}
                  </Link>
                </li>
                <li>
                  <Link href={`/history/${e.id}`} className={link}>
                    {t("list.manage")}
                  </Link>
                </li>
                {prev ? (
                  <li>
                    <Link href={{ pathname: "/history", query: { a: prev.id, b: e.id }, hash: "compare" }} className={link}>
                      {t("list.compareWithPrevious")}
                    </Link>
                  </li>
                ) : null}
              </ul>
            </li>
          );
        })}
      </ul>
    </Section>
  );
}
