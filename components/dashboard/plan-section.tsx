import { getFormatter, getTranslations } from "next-intl/server";
import { messageKeys, type Assessment } from "@/lib/scoring";
import { LazyProjectionChart } from "@/components/charts/lazy-charts";
import { WhenVisible } from "@/components/charts/when-visible";
import { percent } from "./evidence";
import { SectionCard } from "./section-card";

export interface PlanSectionProps {
  output: Assessment;
  /** For a restore: the line before the cut and now (yuan), and what the borrower thinks caused the cut. */
  cut?: { previous?: number; current: number; reason: string };
}

const CHART_HEIGHT = 240;

/** Month by month what to do, where the chance goes if it is done, and — for a restore — what can and cannot be expected. */
export async function PlanSection({ output, cut }: PlanSectionProps) {
  const t = await getTranslations("dashboard.plan");
  const ts = await getTranslations("scoring");
  const format = await getFormatter();
  const pct = (p: number) => format.number(percent(p) / 100, { style: "percent" });
  const monthLabel = (m: number) => (m === 0 ? t("now") : t("monthShort", { month: m }));
  const points = output.plan.projection.map((p) => ({ month: p.month, label: monthLabel(p.month), chance: percent(p.probability) }));
  const last = output.plan.projection.at(-1);
  const codes = new Set(output.warnings.map((w) => w.code));
  const restore = output.goal === "restore";
  const cannot = [
    ...(restore ? ["fullRestore", "timing"] : ["noGuarantee"]),
    ...(codes.has("POLICY_CUT") ? ["policyCut"] : []),
    ...(codes.has("FREEZE_RISK") ? ["freeze"] : []),
  ];

  return (
    <SectionCard id="plan" title={t("title")} lead={t("lead", { months: output.plan.steps.length })}>
      <div className="grid gap-6 lg:grid-cols-2">
        <div>
          <h3 className="font-semibold text-slate-800">{t("stepsTitle")}</h3>
          <ol className="mt-3 space-y-3 border-l-2 border-brand-100 pl-4">
            {output.plan.steps.map((step) => (
              <li key={step.month} className="relative">
                <span aria-hidden className="absolute -left-[1.4rem] top-1 h-3 w-3 rounded-full border-2 border-white bg-brand-600" />
                <h4 className="text-sm font-semibold text-brand-800">{t("month", { month: step.month })}</h4>
                <ul className="mt-1 list-disc space-y-1 pl-5 text-sm leading-relaxed text-slate-700">
                  {step.actions.map((a) => (
                    <li key={a}>{ts(messageKeys.planAction(a))}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        </div>
        <div>
          <h3 className="font-semibold text-slate-800">{t("projectionTitle")}</h3>
          <p className="mt-1 text-sm leading-relaxed text-slate-600">
            {last ? t("projectionSummary", { months: last.month, chance: pct(last.probability), now: pct(output.probability), goal: output.goal }) : null}
          </p>
          <div aria-hidden className="mt-3 print:hidden">
            <WhenVisible height={CHART_HEIGHT} className="overflow-hidden">
              <LazyProjectionChart data={points} height={CHART_HEIGHT} seriesLabel={t("series")} horizonMonth={output.horizonMonths} />
            </WhenVisible>
          </div>
          <details className="mt-2 text-sm">
            <summary className="cursor-pointer font-medium text-brand-700">{t("table")}</summary>
            <table className="mt-2 w-full text-left">
              <caption className="sr-only">{t("projectionTitle")}</caption>
              <thead>
                <tr className="border-b border-slate-200 text-slate-600">
                  <th scope="col" className="py-1.5 font-medium">
                    {t("colMonth")}
                  </th>
                  <th scope="col" className="py-1.5 text-right font-medium">
                    {t("colChance")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {output.plan.projection.map((p) => (
                  <tr key={p.month} className="border-b border-slate-100">
                    <th scope="row" className="py-1.5 font-normal">
                      {monthLabel(p.month)}
                    </th>
                    <td className="py-1.5 text-right tabular-nums">{pct(p.probability)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </div>
      </div>

      {restore ? (
        <div className="mt-6 rounded-xl border border-sky-200 bg-sky-50 p-4 text-sm leading-relaxed text-sky-950" data-testid="restore-expectation">
          <h3 className="font-semibold">{t("restore.title")}</h3>
          {cut?.previous ? (
            <p className="mt-1">
              {t("restore.limits", {
                previous: format.number(cut.previous, { maximumFractionDigits: 0 }),
                current: format.number(cut.current, { maximumFractionDigits: 0 }),
              })}
            </p>
          ) : null}
          {last ? <p className="mt-1">{t("restore.expect", { months: last.month, chance: pct(last.probability) })}</p> : null}
          <p className="mt-1">{t("restore.typical", { reason: cut?.reason ?? "unknown" })}</p>
        </div>
      ) : null}

      <div className="mt-4 rounded-xl border border-amber-200 bg-amber-50 p-4 text-sm leading-relaxed text-amber-950" data-testid="cannot-promise">
        <h3 className="font-semibold">{t("cannot.title")}</h3>
        <ul className="mt-1 list-disc space-y-1 pl-5">
          {cannot.map((c) => (
            <li key={c}>{t(`cannot.${c}`)}</li>
          ))}
        </ul>
      </div>
    </SectionCard>
  );
}
