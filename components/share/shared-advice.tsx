import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { messageKeys, type ChecklistId, type PlanActionId, type ReasonCode } from "@/lib/scoring";
import type { SharedAdvice as SharedAdviceData } from "@/lib/server/share/resolve-share-link";
import { pct, ppValue } from "@/components/history/format";
import { labelOf } from "@/components/history/labels";

export interface SharedAdviceProps {
  advice: SharedAdviceData;
}

const BAND_TONE: Record<string, string> = {
  very_low: "text-red-800",
  low: "text-orange-800",
  fair: "text-amber-800",
  good: "text-emerald-800",
  excellent: "text-emerald-900",
};

/** The frozen snapshot behind a share link. Server-only markup: no script of its own, nothing from other sites. */
export async function SharedAdvice({ advice }: SharedAdviceProps) {
  const [t, th, ts, format] = await Promise.all([
    getTranslations("share"),
    getTranslations("history"),
    getTranslations("scoring"),
    getFormatter(),
  ]);
  const s = advice.snapshot;
  const scoring = (key: string, fallback: string) => (ts.has(key) ? ts(key) : fallback);
  const date = (d: Date | string) => format.dateTime(new Date(d), { dateStyle: "long" });
  const platform = labelOf(th, "platforms", s.platform);
  const goal = labelOf(th, "goals", s.goal);
  const helps = s.reasons?.filter((r) => r.direction === "positive") ?? [];
  const hurts = s.reasons?.filter((r) => r.direction === "negative") ?? [];

  return (
    <article className="mx-auto max-w-3xl space-y-6" data-testid="shared-advice">
      <header className="space-y-2">
        <p>
          <span className="rounded-full bg-brand-100 px-2.5 py-1 text-xs font-semibold text-brand-800">{t("page.badge")}</span>
        </p>
        <h1 className="text-2xl font-bold sm:text-3xl">{t("page.title", { platform, goal })}</h1>
        <p className="text-sm text-slate-600">
          {t("page.snapshotOf", { date: date(s.assessedAt) })} {t("page.validUntil", { date: date(advice.expiresAt) })}
        </p>
      </header>

      <section aria-labelledby="chance-title" className="rounded-2xl border border-slate-200 bg-white p-5 shadow-sm sm:p-6">
        <h2 id="chance-title" className="text-sm font-medium text-slate-600">
          {t("page.chance")}
        </h2>
        <p className="mt-1 flex flex-wrap items-baseline gap-x-3">
          <span className={`text-5xl font-bold tabular-nums ${BAND_TONE[s.band] ?? ""}`} data-testid="shared-chance">
            {pct(s.probability)}
          </span>
          <span className="text-base font-semibold">{t("page.band", { band: labelOf(th, "bands", s.band) })}</span>
        </p>
        <p className="mt-2 text-sm text-slate-700">
          {t("page.interval", { low: pct(s.interval.low), high: pct(s.interval.high) })} · {t("page.horizon", { months: s.horizonMonths })}
        </p>
      </section>

      {advice.staffNote ? (
        <section aria-labelledby="staff-note-title" className="rounded-2xl border border-sky-200 bg-sky-50 p-5 sm:p-6">
          <h2 id="staff-note-title" className="text-base font-semibold text-sky-900">
            {t("page.staffNoteTitle")}
          </h2>
          <p className="mt-2 whitespace-pre-line break-words text-sm leading-relaxed text-slate-900">{advice.staffNote}</p>
        </section>
      ) : null}

      {advice.note ? (
        <section aria-labelledby="note-title" className="rounded-2xl border border-slate-200 bg-white p-5 sm:p-6">
          <h2 id="note-title" className="text-base font-semibold">
            {t("page.noteTitle")}
          </h2>
          <p className="mt-2 whitespace-pre-line break-words text-sm leading-relaxed text-slate-800">{advice.note}</p>
        </section>
      ) : null}

      <section aria-labelledby="plan-title" className="rounded-2xl border border-slate-200 bg-white p-5 shadow-sm sm:p-6">
        <h2 id="plan-title" className="text-lg font-semibold">
          {t("page.planTitle")}
        </h2>
        <ol className="mt-3 grid gap-3 sm:grid-cols-2">
          {s.plan.steps.map((step) => (
            <li key={step.month} className="rounded-lg bg-slate-50 p-3">
              <p className="text-sm font-semibold text-brand-800">{t("page.month", { month: step.month })}</p>
              <ul className="mt-1 list-disc space-y-0.5 pl-5 text-sm text-slate-800">
                {step.actions.map((a) => (
                  <li key={a}>{scoring(messageKeys.planAction(a as PlanActionId), a)}</li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
        {s.plan.projection.length > 1 ? (
          <div className="mt-4">
            <h3 className="text-sm font-semibold text-slate-700">{t("page.projectionTitle")}</h3>
            <ol className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm tabular-nums text-slate-700">
              {s.plan.projection.map((p) => (
                <li key={p.month}>
                  {p.month === 0 ? t("page.projectionNow", { value: pct(p.probability) }) : t("page.projectionMonth", { month: p.month, value: pct(p.probability) })}
                </li>
              ))}
            </ol>
          </div>
        ) : null}
      </section>

      {s.reasons ? (
        <section aria-labelledby="reasons-title" className="rounded-2xl border border-slate-200 bg-white p-5 shadow-sm sm:p-6">
          <h2 id="reasons-title" className="text-lg font-semibold">
            {t("page.reasonsTitle")}
          </h2>
          <div className="mt-3 grid gap-4 sm:grid-cols-2">
            {[
              { title: t("page.helps"), items: helps, tone: "text-emerald-800" },
              { title: t("page.hurts"), items: hurts, tone: "text-red-800" },
            ].map((group) =>
              group.items.length ? (
                <div key={group.title}>
                  <h3 className={`text-sm font-semibold ${group.tone}`}>{group.title}</h3>
                  <ul className="mt-1 space-y-1.5 text-sm text-slate-800">
                    {group.items.map((r) => (
                      <li key={r.code}>
                        {scoring(messageKeys.reason(r.code as ReasonCode).title, r.code)}{" "}
                        <span className="text-xs text-slate-600">({t("page.impact", { impact: t(`labels.impacts.${r.impact}`) })})</span>
                      </li>
                    ))}
                  </ul>
                </div>
              ) : null,
            )}
          </div>
        </section>
      ) : null}

      {s.checklist ? (
        <section aria-labelledby="checklist-title" className="rounded-2xl border border-slate-200 bg-white p-5 shadow-sm sm:p-6">
          <h2 id="checklist-title" className="text-lg font-semibold">
            {t("page.checklistTitle")}
          </h2>
          <ol className="mt-3 list-decimal space-y-1.5 pl-5 text-sm text-slate-800">
            {s.checklist.map((c) => (
              <li key={c.id}>
                {scoring(messageKeys.checklist(c.id as ChecklistId).action, c.id)}{" "}
                <span className="text-xs text-slate-600">
                  ({t("page.effort", { effort: t(`labels.efforts.${c.effort}`) })} · {t("page.gain", { gain: th("pp", { value: ppValue(c.expectedGain) }) })})
                </span>
              </li>
            ))}
          </ol>
        </section>
      ) : null}

      <footer className="space-y-3 text-sm text-slate-600">
        <p className="font-mono text-xs">{t("page.code", { code: advice.code })}</p>
        <p>{t("page.noPersonalData")}</p>
        <p>{t("page.disclaimer")}</p>
        <p>
          <Link href="/check" className="inline-block rounded-lg bg-brand-600 px-4 py-2.5 font-semibold text-white hover:bg-brand-700">
            {t("page.cta")}
          </Link>
        </p>
      </footer>
    </article>
  );
}
