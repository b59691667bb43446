import { getTranslations } from "next-intl/server";
import { sourceMessageKey, type Assessment, type Reason, type SourceId } from "@/lib/scoring";
import { Link } from "@/lib/i18n/navigation";
import { evidenceOf, guideHref } from "./evidence";
import { SectionCard } from "./section-card";

export interface ReasonsSectionProps {
  output: Assessment;
}

/** How many of each side are shown before "show all". */
const TOP = 4;

const IMPACT_TONE: Record<Reason["impact"], string> = {
  high: "bg-slate-900 text-white",
  medium: "bg-slate-200 text-slate-900",
  low: "bg-slate-100 text-slate-700",
};

async function ReasonItem({ reason }: { reason: Reason }) {
  const t = await getTranslations("dashboard.reasons");
  const ts = await getTranslations("scoring");
  const evidence = evidenceOf(reason);
  const source = (s: SourceId) => {
    const key = sourceMessageKey(s);
    return ts.has(key) ? ts(key) : s;
  };
  return (
    <li className="rounded-xl border border-slate-200 p-3.5 [overflow-wrap:anywhere]" data-reason={reason.code}>
      <div className="flex flex-wrap items-center gap-2">
        <span className={`rounded px-1.5 py-0.5 text-xs font-semibold ${IMPACT_TONE[reason.impact]}`}>
          {ts(`impacts.${reason.impact}`)}
        </span>
        <span className="text-xs text-slate-600">{t(`evidence.${evidence}`)}</span>
      </div>
      <h4 className="mt-1.5 font-semibold text-slate-900">{ts(`reasons.${reason.code}.title`, reason.params)}</h4>
      <p className="mt-1 text-sm leading-relaxed text-slate-700">{ts(`reasons.${reason.code}.detail`, reason.params)}</p>
      <div className="mt-2 text-xs leading-relaxed text-slate-600">
        <span className="font-medium text-slate-700">{t("basis")}</span>
        <ul className="inline">
          {reason.sources.map((s, i) => (
            <li key={s} className="inline">
              {i > 0 ? t("separator") : null}
              <cite className="not-italic">{source(s)}</cite>
              {s.endsWith(".txt") ? <span className="ml-1 font-mono text-[11px] text-slate-500">({s})</span> : null}
            </li>
          ))}
        </ul>
      </div>
      <Link href={guideHref(reason.guideAnchor)} className="mt-2 inline-block text-sm font-medium text-brand-700 underline underline-offset-2">
        {t("guide")}
      </Link>
    </li>
  );
}

async function ReasonList({ id, title, reasons, empty }: { id: string; title: string; reasons: Reason[]; empty: string }) {
  const t = await getTranslations("dashboard.reasons");
  const top = reasons.slice(0, TOP);
  const rest = reasons.slice(TOP);
  return (
    <div aria-labelledby={id} role="group" className="min-w-0">
      <h3 id={id} className="mb-2 font-semibold text-slate-800">
        {title}
      </h3>
      {reasons.length === 0 ? <p className="text-sm text-slate-600">{empty}</p> : null}
      <ul className="space-y-3">
        {top.map((r) => (
          <ReasonItem key={r.code} reason={r} />
        ))}
      </ul>
      {rest.length ? (
        <details className="mt-3">
          <summary className="cursor-pointer text-sm font-medium text-brand-700">{t("more", { count: rest.length })}</summary>
          <ul className="mt-3 space-y-3">
            {rest.map((r) => (
              <ReasonItem key={r.code} reason={r} />
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}

/** Why the chance is what it is: what helps and what hurts, strongest first, each with its impact, sources and how sure we are. */
export async function ReasonsSection({ output }: ReasonsSectionProps) {
  const t = await getTranslations("dashboard.reasons");
  const negative = output.reasons.filter((r) => r.direction === "negative").sort((a, b) => a.points - b.points);
  const positive = output.reasons.filter((r) => r.direction === "positive").sort((a, b) => b.points - a.points);
  return (
    <SectionCard id="reasons" title={t("title")} lead={t("lead")}>
      <div className="grid gap-6 md:grid-cols-2">
        <ReasonList id="reasons-negative" title={t("negative")} reasons={negative} empty={t("noneNegative")} />
        <ReasonList id="reasons-positive" title={t("positive")} reasons={positive} empty={t("nonePositive")} />
      </div>
    </SectionCard>
  );
}
