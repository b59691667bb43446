"use client";

import { useLocale, useTranslations } from "next-intl";
import { REPAYMENT_METHODS, type LprConfig } from "@/lib/calculator";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { NumberField, RateFields, ToolFormFrame, fieldId } from "./fields";
import { focusFirstInvalid } from "./focus";
import { formatAmount, formatMoney, formatRate } from "./format";
import { RateFlags } from "./rate-flags";
import { ScheduleChartFigure } from "./schedule-chart-figure";
import { ScheduleTable } from "./schedule-table";
import { Stat, Stats } from "./stats";
import { ResultsSection, ToolLayout } from "./tool-layout";
import { useToolForm } from "./use-tool-form";

const TOOL = "schedule";

/** 等额本息 / 等额本金 / 先息后本: the schedule, its totals, the three compared, as a chart and a table. */
export function ScheduleTool({ lpr, active }: { lpr: LprConfig; active: boolean }) {
  const t = useTranslations("calculator");
  const locale = useLocale();
  const form = useToolForm(TOOL, { principalYuan: "10000", months: "12", ratePercent: "18", rateUnit: "annual", method: "equalInstalment" }, lpr);
  const r = form.result;
  const methodHelp = t("fields.method.help");
  const tableId = `${TOOL}-table`;
  const last = r ? r.schedule.rows.at(-1)! : null;
  return (
    <ToolLayout
      form={
        <ToolFormFrame id={`${TOOL}-form`} onSubmit={() => form.submit() || focusFirstInvalid(`${TOOL}-form`)} onClear={form.clear}>
          <NumberField tool={TOOL} field="principalYuan" form={form} />
          <NumberField tool={TOOL} field="months" form={form} decimal={false} />
          <RateFields tool={TOOL} form={form} />
          {/* One method per row: the form column is narrow on desktop, and each method has a line of help. */}
          <div className="[&>fieldset>div]:grid-cols-1">
          <ChoiceGroup
            id={fieldId(TOOL, "method")}
            name={`${TOOL}-method`}
            legend={t("fields.method.label")}
            help={methodHelp}
            errors={form.errors.method}
            variant="cards"
            value={form.values.method ?? ""}
            onChange={(v) => form.set("method", v)}
            options={REPAYMENT_METHODS.map((m) => ({ value: m, label: t(`methods.${m}.name`), help: t(`methods.${m}.description`) }))}
          />
          </div>
        </ToolFormFrame>
      }
      results={
        <ResultsSection
          id={`${TOOL}-results`}
          summary={
            r ? (
              <>
                <strong>{t(`methods.${r.schedule.method}.name`)}</strong> · {t("results.schedule.annualRate", { rate: formatRate(r.annualRate, locale) })}
              </>
            ) : null
          }
        >
          {r && last ? (
            <>
              <Stats>
                <Stat emphasis label={t("results.schedule.totalInterest")} value={<span data-testid="total-interest">{formatMoney(r.schedule.totalInterestFen, locale)}</span>} />
                <Stat label={t("results.schedule.totalPayment")} value={<span data-testid="total-payment">{formatMoney(r.schedule.totalPaymentFen, locale)}</span>} />
                <Stat label={t("results.schedule.firstPayment")} value={formatMoney(r.schedule.rows[0]!.paymentFen, locale)} />
                <Stat label={t("results.schedule.lastPayment")} value={formatMoney(last.paymentFen, locale)} />
              </Stats>
              <RateFlags flags={r.flags} lpr={r.lpr} headingId={`${TOOL}-flags`} />
              <section aria-labelledby={`${TOOL}-compare`} className="space-y-2">
                <h4 id={`${TOOL}-compare`} className="text-base font-semibold text-slate-900">
                  {t("results.schedule.compareHeading")}
                </h4>
                <p className="text-sm text-slate-600">{t("results.schedule.compareHelp")}</p>
                <div
                  role="region"
                  aria-labelledby={`${TOOL}-compare`}
                  tabIndex={0}
                  className="overflow-x-auto rounded-xl border border-slate-200 bg-white focus-visible:ring-2 focus-visible:ring-brand-600"
                >
                  <table className="w-full border-collapse text-right text-xs tabular-nums sm:text-sm">
                    <caption className="sr-only">{t("results.schedule.compareHeading")}</caption>
                    <thead className="bg-slate-100 text-slate-800">
                      <tr>
                        <th scope="col" className="px-2 py-2 sm:px-3 text-left font-semibold">{t("fields.method.label")}</th>
                        <th scope="col" className="px-2 py-2 sm:px-3 font-semibold">{t("results.schedule.firstPayment")}</th>
                        <th scope="col" className="px-2 py-2 sm:px-3 font-semibold">{t("results.schedule.maxPayment")}</th>
                        <th scope="col" className="px-2 py-2 sm:px-3 font-semibold">{t("results.schedule.totalInterest")}</th>
                        <th scope="col" className="px-2 py-2 sm:px-3 font-semibold">{t("results.schedule.totalPayment")}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {r.comparison.map((m) => (
                        <tr
                          key={m.method}
                          aria-current={m.method === r.schedule.method ? "true" : undefined}
                          className={`border-t border-slate-100 ${m.method === r.schedule.method ? "bg-brand-50 font-semibold" : ""}`}
                        >
                          <th scope="row" className="px-2 py-2 sm:px-3 text-left font-medium text-slate-900">{t(`methods.${m.method}.name`)}</th>
                          <td className="px-2 py-2 sm:px-3">{formatAmount(m.firstPaymentFen, locale)}</td>
                          <td className="px-2 py-2 sm:px-3">{formatAmount(m.maxPaymentFen, locale)}</td>
                          <td className="px-2 py-2 sm:px-3">{formatAmount(m.totalInterestFen, locale)}</td>
                          <td className="px-2 py-2 sm:px-3">{formatAmount(m.totalPaymentFen, locale)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </section>
              {active ? <ScheduleChartFigure schedule={r.schedule} tableId={tableId} /> : null}
              <ScheduleTable schedule={r.schedule} id={tableId} />
              <p className="text-xs leading-relaxed text-slate-600">{t("results.schedule.roundingNote")}</p>
            </>
          ) : null}
        </ResultsSection>
      }
    />
  );
}
