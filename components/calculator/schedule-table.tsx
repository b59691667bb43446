"use client";

import { useLocale, useTranslations } from "next-intl";
import type { Schedule } from "@/lib/calculator";
import { formatAmount } from "./format";

/**
 * The whole schedule, month by month, with a totals row that is the exact
 * column sum. Also the accessible equivalent of the chart.
 */
export function ScheduleTable({ schedule, id }: { schedule: Schedule; id: string }) {
  const t = useTranslations("calculator");
  const locale = useLocale();
  const money = (fen: number) => formatAmount(fen, locale);
  const method = t(`methods.${schedule.method}.name`);
  return (
    <div
      role="region"
      aria-labelledby={`${id}-caption`}
      tabIndex={0}
      className="max-h-[28rem] overflow-auto rounded-xl border border-slate-200 bg-white focus-visible:ring-2 focus-visible:ring-brand-600"
    >
      <table id={id} className="w-full border-collapse text-right text-xs tabular-nums sm:text-sm">
        <caption id={`${id}-caption`} className="px-2 py-2 sm:px-3 text-left text-sm font-medium text-slate-800">
          {t("table.caption", { method })}
        </caption>
        <thead className="sticky top-0 bg-slate-100 text-slate-800">
          <tr>
            <th scope="col" className="px-2 py-2 sm:px-3 text-left font-semibold">{t("table.period")}</th>
            <th scope="col" className="px-2 py-2 sm:px-3 font-semibold">{t("table.payment")}</th>
            <th scope="col" className="px-2 py-2 sm:px-3 font-semibold">{t("table.principal")}</th>
            <th scope="col" className="px-2 py-2 sm:px-3 font-semibold">{t("table.interest")}</th>
            <th scope="col" className="px-2 py-2 sm:px-3 font-semibold">{t("table.remaining")}</th>
          </tr>
        </thead>
        <tbody>
          {schedule.rows.map((row) => (
            <tr key={row.period} className="border-t border-slate-100">
              <th scope="row" className="px-2 py-1.5 sm:px-3 text-left font-normal text-slate-700">{row.period}</th>
              <td className="px-2 py-1.5 sm:px-3">{money(row.paymentFen)}</td>
              <td className="px-2 py-1.5 sm:px-3">{money(row.principalFen)}</td>
              <td className="px-2 py-1.5 sm:px-3">{money(row.interestFen)}</td>
              <td className="px-2 py-1.5 sm:px-3 text-slate-700">{money(row.remainingFen)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot className="sticky bottom-0 border-t-2 border-slate-300 bg-slate-50 font-semibold text-slate-900">
          <tr data-testid="schedule-totals">
            <th scope="row" className="px-2 py-2 sm:px-3 text-left">{t("table.total")}</th>
            <td className="px-2 py-2 sm:px-3">{money(schedule.totalPaymentFen)}</td>
            <td className="px-2 py-2 sm:px-3">{money(schedule.totalPrincipalFen)}</td>
            <td className="px-2 py-2 sm:px-3">{money(schedule.totalInterestFen)}</td>
            <td className="px-2 py-2 sm:px-3" />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
