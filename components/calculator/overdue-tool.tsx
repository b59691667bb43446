"use client";

import { useLocale, useTranslations } from "next-intl";
import type { LprConfig } from "@/lib/calculator";
import { NumberField, RateFields, ToolFormFrame } from "./fields";
import { focusFirstInvalid } from "./focus";
import { formatMoney, formatRate } from "./format";
import { RateFlags } from "./rate-flags";
import { Stat, Stats } from "./stats";
import { ResultsSection, ToolLayout } from "./tool-layout";
import { useToolForm } from "./use-tool-form";

const TOOL = "overdue";

/** Overdue interest (罚息) at 1.5 × the agreed rate, and what it adds. */
export function OverdueTool({ lpr }: { lpr: LprConfig }) {
  const t = useTranslations("calculator.results.overdue");
  const locale = useLocale();
  const form = useToolForm(TOOL, { amountYuan: "1000", ratePercent: "0.05", rateUnit: "daily", days: "10" }, lpr);
  const r = form.result;
  return (
    <ToolLayout
      form={
        <ToolFormFrame id={`${TOOL}-form`} onSubmit={() => form.submit() || focusFirstInvalid(`${TOOL}-form`)} onClear={form.clear}>
          <NumberField tool={TOOL} field="amountYuan" form={form} />
          <RateFields tool={TOOL} form={form} />
          <NumberField tool={TOOL} field="days" form={form} decimal={false} />
        </ToolFormFrame>
      }
      results={
        <ResultsSection
          id={`${TOOL}-results`}
          summary={
            r && form.input
              ? t("summary", {
                  days: form.input.days,
                  interest: formatMoney(r.overdue.interestFen, locale),
                  extra: formatMoney(r.overdue.extraFen, locale),
                })
              : null
          }
        >
          {r ? (
            <>
              <Stats>
                <Stat emphasis label={t("interest")} value={formatMoney(r.overdue.interestFen, locale)} />
                <Stat label={t("extra")} value={formatMoney(r.overdue.extraFen, locale)} />
                <Stat label={t("normalInterest")} value={formatMoney(r.overdue.normalInterestFen, locale)} />
                <Stat label={t("penaltyRate")} value={formatRate(r.overdue.penaltyDailyRate, locale, 4)} />
              </Stats>
              <ul className="list-disc space-y-1.5 pl-5 text-sm leading-relaxed text-slate-700">
                <li>{t("contractNote")}</li>
                <li className="font-medium text-slate-900">{t("creditNote")}</li>
                <li>{t("graceNote")}</li>
              </ul>
              <RateFlags flags={r.flags} lpr={r.lpr} headingId={`${TOOL}-flags`} />
            </>
          ) : null}
        </ResultsSection>
      }
    />
  );
}
