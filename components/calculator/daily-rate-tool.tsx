"use client";

import { useLocale, useTranslations } from "next-intl";
import type { LprConfig } from "@/lib/calculator";
import { NumberField, ToolFormFrame } from "./fields";
import { fill } from "./fill";
import { formatRate } from "./format";
import { focusFirstInvalid } from "./focus";
import { RateFlags } from "./rate-flags";
import { Stat, Stats } from "./stats";
import { ResultsSection, ToolLayout } from "./tool-layout";
import { useToolForm } from "./use-tool-form";

const TOOL = "dailyRate";

/** 日利率 → nominal (× 365) and compounded annual rate. The first tab: its texts go through `fill` (see there). */
export function DailyRateTool({ lpr }: { lpr: LprConfig }) {
  const t = useTranslations("calculator.results.dailyRate");
  const locale = useLocale();
  const form = useToolForm(TOOL, { dailyRatePercent: "0.05" }, lpr);
  const r = form.result;
  return (
    <ToolLayout
      form={
        <ToolFormFrame id={`${TOOL}-form`} onSubmit={() => form.submit() || focusFirstInvalid(`${TOOL}-form`)} onClear={form.clear}>
          <NumberField tool={TOOL} field="dailyRatePercent" form={form} />
        </ToolFormFrame>
      }
      results={
        <ResultsSection
          id={`${TOOL}-results`}
          summary={
            r
              ? fill(t.raw("summary"), {
                  daily: formatRate(r.conversion.dailyRate, locale, 4),
                  nominal: formatRate(r.conversion.nominalAnnualRate, locale),
                  effective: formatRate(r.conversion.effectiveAnnualRate, locale),
                })
              : null
          }
        >
          {r ? (
            <>
              <Stats>
                <Stat emphasis label={t("nominal")} value={formatRate(r.conversion.nominalAnnualRate, locale)} help={t("nominalHelp")} />
                <Stat label={t("effective")} value={formatRate(r.conversion.effectiveAnnualRate, locale)} help={t("effectiveHelp")} />
              </Stats>
              <RateFlags flags={r.flags} lpr={r.lpr} headingId={`${TOOL}-flags`} />
            </>
          ) : null}
        </ResultsSection>
      }
    />
  );
}
