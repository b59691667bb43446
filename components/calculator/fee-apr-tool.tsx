"use client";

import { useLocale, useTranslations } from "next-intl";
import type { LprConfig } from "@/lib/calculator";
import { NumberField, ToolFormFrame } from "./fields";
import { focusFirstInvalid } from "./focus";
import { formatAmount, formatMoney, formatRate, formatRatio } from "./format";
import { RateFlags } from "./rate-flags";
import { Stat, Stats } from "./stats";
import { ResultsSection, ToolLayout } from "./tool-layout";
import { useToolForm } from "./use-tool-form";

const TOOL = "feeApr";

/** "每期手续费 0.6%" → the real APR, the IRR of what you receive and repay. */
export function FeeAprTool({ lpr }: { lpr: LprConfig }) {
  const t = useTranslations("calculator");
  const locale = useLocale();
  const form = useToolForm(TOOL, { principalYuan: "12000", periods: "12", feeRatePercent: "0.6", upfrontFeeYuan: "" }, lpr);
  const r = form.result;
  const loan = r?.loan;
  const received = loan ? loan.cashFlowsFen[0]! : 0;
  return (
    <ToolLayout
      form={
        <ToolFormFrame id={`${TOOL}-form`} onSubmit={() => form.submit() || focusFirstInvalid(`${TOOL}-form`)} onClear={form.clear}>
          <NumberField tool={TOOL} field="principalYuan" form={form} />
          <NumberField tool={TOOL} field="periods" form={form} decimal={false} />
          <NumberField tool={TOOL} field="feeRatePercent" form={form} />
          <NumberField tool={TOOL} field="upfrontFeeYuan" form={form} />
        </ToolFormFrame>
      }
      results={
        <ResultsSection
          id={`${TOOL}-results`}
          summary={
            loan
              ? t("results.feeApr.summary", {
                  quoted: formatRate(loan.quotedAnnualRate, locale),
                  real: formatRate(loan.nominalApr, locale),
                  ratio: loan.quotedAnnualRate > 0 ? formatRatio(loan.nominalApr / loan.quotedAnnualRate, locale) : "—",
                })
              : null
          }
        >
          {r && loan ? (
            <>
              <Stats>
                <Stat emphasis label={t("results.feeApr.realApr")} value={formatRate(loan.nominalApr, locale)} help={t("results.feeApr.realAprHelp")} />
                <Stat label={t("results.feeApr.quoted")} value={formatRate(loan.quotedAnnualRate, locale)} help={t("results.feeApr.quotedHelp")} />
                <Stat label={t("results.feeApr.effectiveApr")} value={formatRate(loan.effectiveApr, locale)} />
                <Stat label={t("results.feeApr.totalCost")} value={formatMoney(loan.totalCostFen, locale)} />
                <Stat label={t("results.feeApr.instalment")} value={formatMoney(loan.instalments[0]!.paymentFen, locale)} />
                <Stat label={t("results.feeApr.received")} value={formatMoney(received, locale)} />
              </Stats>
              <RateFlags flags={r.flags} lpr={r.lpr} headingId={`${TOOL}-flags`} />
              <details className="rounded-xl border border-slate-200 bg-white">
                <summary className="cursor-pointer px-4 py-3 text-sm font-medium text-slate-800">
                  {t("table.caption", { method: t("tools.feeApr.name") })}
                </summary>
                <div className="border-t border-slate-200">
                  <table className="w-full border-collapse text-right text-sm tabular-nums">
                    <caption className="sr-only">{t("table.caption", { method: t("tools.feeApr.name") })}</caption>
                    <thead className="bg-slate-100 text-slate-800">
                      <tr>
                        <th scope="col" className="px-3 py-2 text-left font-semibold">{t("table.period")}</th>
                        <th scope="col" className="px-3 py-2 font-semibold">{t("table.payment")}</th>
                        <th scope="col" className="px-3 py-2 font-semibold">{t("table.principal")}</th>
                        <th scope="col" className="px-3 py-2 font-semibold">{t("table.fee")}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {loan.instalments.map((row) => (
                        <tr key={row.period} className="border-t border-slate-100">
                          <th scope="row" className="px-3 py-1.5 text-left font-normal text-slate-700">{row.period}</th>
                          <td className="px-3 py-1.5">{formatAmount(row.paymentFen, locale)}</td>
                          <td className="px-3 py-1.5">{formatAmount(row.principalFen, locale)}</td>
                          <td className="px-3 py-1.5">{formatAmount(row.feeFen, locale)}</td>
                        </tr>
                      ))}
                    </tbody>
                    <tfoot className="border-t-2 border-slate-300 bg-slate-50 font-semibold text-slate-900">
                      <tr>
                        <th scope="row" className="px-3 py-2 text-left">{t("table.total")}</th>
                        <td className="px-3 py-2">{formatAmount(loan.instalments.reduce((s, i) => s + i.paymentFen, 0), locale)}</td>
                        <td className="px-3 py-2">{formatAmount(loan.instalments.reduce((s, i) => s + i.principalFen, 0), locale)}</td>
                        <td className="px-3 py-2">{formatAmount(loan.instalments.reduce((s, i) => s + i.feeFen, 0), locale)}</td>
                      </tr>
                    </tfoot>
                  </table>
                </div>
              </details>
            </>
          ) : null}
        </ResultsSection>
      }
    />
  );
}
