import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { HistoryEntry } from "@/lib/server/history/list-history";
import { Section } from "@/components/account/section";
import { pct } from "./format";
import { labelOf } from "./labels";

export interface HistoryTableProps {
  entries: HistoryEntry[];
}

/** Every check-up, newest first, with links to its result, its share/review page and a comparison. */
export async function HistoryTable({ entries }: HistoryTableProps) {
  const [t, format] = await Promise.all([getTranslations("history"), getFormatter()]);
  const newestFirst = [...entries].reverse();
  const previousOf = (e: HistoryEntry) => {
    const i = entries.indexOf(e);
    for (let j = i - 1; j >= 0; j--) if (entries[j]!.platform === e.platform) return entries[j]!;
    return null;
  };
  const link = "font-medium text-brand-700 underline underline-offset-2 hover:text-brand-800";

  return (
    <Section id="list" title={t("list.title")}>
      <div className="-mx-5 overflow-x-auto px-5 sm:mx-0 sm:px-0">
        <table className="w-full min-w-[40rem] text-left text-sm">
          <caption className="sr-only">{t("list.caption")}</caption>
          <thead className="border-b border-slate-200 text-slate-600">
            <tr>
              <th scope="col" className="py-2 pr-3 font-medium">{t("list.date")}</th>
              <th scope="col" className="py-2 pr-3 font-medium">{t("list.platform")}</th>
              <th scope="col" className="py-2 pr-3 font-medium">{t("list.goal")}</th>
              <th scope="col" className="py-2 pr-3 text-right font-medium">{t("list.chance")}</th>
              <th scope="col" className="py-2 pr-3 font-medium">{t("list.band")}</th>
              <th scope="col" className="py-2 pr-3 font-medium">{t("list.checklist")}</th>
              <th scope="col" className="py-2 font-medium">{t("list.actions")}</th>
            </tr>
          </thead>
          <tbody>
            {newestFirst.map((e) => {
              const prev = previousOf(e);
              return (
                <tr key={e.id} className="border-b border-slate-100 align-top last:border-0" data-testid="history-row">
                  <td className="whitespace-nowrap py-2.5 pr-3">{format.dateTime(new Date(e.createdAt), { dateStyle: "medium", timeStyle: "short" })}</td>
                  <th scope="row" className="py-2.5 pr-3 font-medium">{labelOf(t, "platforms", e.platform)}</th>
                  <td className="py-2.5 pr-3">{labelOf(t, "goals", e.goal)}</td>
                  <td className="py-2.5 pr-3 text-right font-semibold tabular-nums">{pct(e.probability)}</td>
                  <td className="py-2.5 pr-3">{labelOf(t, "bands", e.band)}</td>
                  <td className="py-2.5 pr-3 tabular-nums">{e.checklist.total ? t("list.checklistValue", e.checklist) : "—"}</td>
                  <td className="py-2.5">
                    <ul className="space-y-1">
                      <li>
                        <Link href={`/assessments/${e.id}`} className={link}>{t("list.open")}</Link>
                      </li>
                      <li>
                        <Link href={`/history/${e.id}`} className={link}>{t("list.manage")}</Link>
                      </li>
                      {prev ? (
                        <li>
                          <Link href={{ pathname: "/history", query: { a: prev.id, b: e.id }, hash: "compare" }} className={link}>
                            {t("list.compareWithPrevious")}
                          </Link>
                        </li>
                      ) : null}
                    </ul>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </Section>
  );
}
