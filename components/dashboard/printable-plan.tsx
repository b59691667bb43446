import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { messageKeys } from "@/lib/scoring";
import type { OwnedAssessment } from "@/lib/server/assessments/get-assessment";
import { percent, percentagePoints } from "./evidence";
import { PrintButton } from "./print-button";
import { ClientMessages } from "@/components/i18n/client-messages";

export interface PrintablePlanProps {
  assessment: OwnedAssessment;
}

/** The plan on paper: no charts or controls, just what to do and why, with boxes to tick by hand. */
export async function PrintablePlan({ assessment }: PrintablePlanProps) {
  const { id, output, createdAt, done } = assessment;
  const t = await getTranslations("dashboard");
  const ts = await getTranslations("scoring");
  const format = await getFormatter();
  const pct = (p: number) => format.number(percent(p) / 100, { style: "percent" });
  const ticked = new Set(done);
  const negatives = output.reasons.filter((r) => r.direction === "negative").sort((a, b) => a.points - b.points).slice(0, 3);
  const positives = output.reasons.filter((r) => r.direction === "positive").sort((a, b) => b.points - a.points).slice(0, 3);
  const horizon = t("chance.horizon", { goal: output.goal, months: output.horizonMonths, platform: output.platform });

  return (
    <article className="mx-auto max-w-3xl space-y-6 bg-white p-4 text-sm leading-relaxed text-slate-900 sm:p-8 print:max-w-none print:p-0">
      <div className="flex flex-wrap gap-2 print:hidden">
        <ClientMessages namespaces={["dashboard.print"]}>
          <PrintButton />
        </ClientMessages>
        <Link href={`/assessments/${id}`} className="inline-flex items-center rounded-lg border border-slate-300 px-4 py-2.5 text-sm font-medium">
          {t("print.back")}
        </Link>
      </div>

      <header className="border-b border-slate-300 pb-4">
        <p className="text-xs text-slate-600">{t("print.siteLine")}</p>
        <h1 className="mt-1 text-2xl font-bold">
          {t("header.title", { platform: ts(`platforms.${output.platform}`), goal: ts(`goals.${output.goal}`) })}
        </h1>
        <p className="mt-1 text-slate-700">{t("header.created", { date: format.dateTime(createdAt, { dateStyle: "long" }) })}</p>
        <p className="mt-3 text-base">
          {t("chance.sentence", { horizon, goal: output.goal, chance: pct(output.probability) })}{" "}
          <span className="font-semibold">{ts(`bands.${output.band}`)}</span>
        </p>
        <p className="text-slate-700">{t("chance.interval", { low: pct(output.interval.low), high: pct(output.interval.high) })}</p>
      </header>

      {output.warnings.length ? (
        <section className="break-inside-avoid">
          <h2 className="text-lg font-semibold">{t("warnings.title")}</h2>
          <ul className="mt-2 space-y-2">
            {output.warnings.map((w) => (
              <li key={w.code}>
                <p className="font-semibold">{ts(`warnings.${w.code}.title`)}</p>
                <p>
                  {t("warnings.todo")}
                  {ts(`warnings.${w.code}.todo`)}
                </p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section>
        <h2 className="text-lg font-semibold">{t("checklist.title")}</h2>
        {output.checklist.length === 0 ? <p className="mt-2">{t("checklist.empty")}</p> : null}
        <ol className="mt-2 space-y-2">
          {output.checklist.map((item, i) => (
            <li key={item.id} className="flex break-inside-avoid gap-2">
              <span aria-hidden className="font-mono">
                {ticked.has(item.id) ? "☑" : "☐"}
              </span>
              <div>
                <p className="font-semibold">
                  {i + 1}. {ts(`checklist.${item.id}.action`)}
                  {ticked.has(item.id) ? <span className="ml-2 text-xs font-normal">{t("print.done")}</span> : null}
                </p>
                <p className="text-slate-700">{ts(`checklist.${item.id}.why`)}</p>
                <p className="text-xs text-slate-600">
                  {t("checklist.gain", { points: percentagePoints(item.expectedGain) })} · {t("checklist.effort", { effort: ts(`efforts.${item.effort}`) })}
                </p>
              </div>
            </li>
          ))}
        </ol>
      </section>

      <section>
        <h2 className="text-lg font-semibold">{t("plan.stepsTitle")}</h2>
        <ol className="mt-2 space-y-2">
          {output.plan.steps.map((step) => {
            const point = output.plan.projection.find((p) => p.month === step.month);
            return (
              <li key={step.month} className="break-inside-avoid">
                <p className="font-semibold">
                  {t("plan.month", { month: step.month })}
                  {point ? <span className="ml-2 font-normal text-slate-600">{t("print.expected", { chance: pct(point.probability) })}</span> : null}
                </p>
                <ul className="list-disc pl-5">
                  {step.actions.map((a) => (
                    <li key={a}>{ts(messageKeys.planAction(a))}</li>
                  ))}
                </ul>
              </li>
            );
          })}
        </ol>
      </section>

      <section className="grid gap-4 sm:grid-cols-2 print:grid-cols-2">
        {[
          { title: t("reasons.negative"), list: negatives },
          { title: t("reasons.positive"), list: positives },
        ].map(({ title, list }) => (
          <div key={title} className="break-inside-avoid">
            <h2 className="text-lg font-semibold">{title}</h2>
            <ul className="mt-2 list-disc space-y-1 pl-5">
              {list.map((r) => (
                <li key={r.code}>{ts(`reasons.${r.code}.title`, r.params)}</li>
              ))}
            </ul>
          </div>
        ))}
      </section>

      <footer className="border-t border-slate-300 pt-3 text-xs text-slate-600">
        <p>{t("disclaimer.estimate")}</p>
        <p>{t("disclaimer.notAffiliated")}</p>
        <p>{t("disclaimer.model", { version: assessment.modelVersion })}</p>
      </footer>
    </article>
  );
}
