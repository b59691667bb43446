import { getFormatter, getTranslations } from "next-intl/server";
import { BANDS } from "@/lib/scoring";
import type { Insight } from "@/lib/server/admin/get-insight";
import { SectionCard } from "@/components/dashboard/section-card";
import { Alert } from "@/components/ui/alert";
import { AdminPageHeader } from "./page-header";
import { CaseFilters } from "./case-filters";
import { BAND_COLORS, INSIGHT_HEIGHTS } from "./insight-sizes";
import { LazyBandChart, LazyChecklistChart, LazyReasonsChart, LazyTimeChart } from "./lazy-insight-charts";

export interface InsightDashboardProps {
  insight: Insight | null;
  query: Record<string, string | undefined>;
}

const th = "py-1.5 pr-2 text-left font-medium text-slate-600 sm:pr-3";
const td = "py-1.5 pr-2 tabular-nums sm:pr-3";

/**
 * The whole picture: assessments over time, band distribution per platform,
 * the most common negative reasons and checklist completion, for the chosen
 * filters. Each chart (loaded lazily, fixed height) has its numbers as a table.
 */
export async function InsightDashboard({ insight, query }: InsightDashboardProps) {
  const [t, ts, format] = await Promise.all([getTranslations("admin.insight"), getTranslations("scoring"), getFormatter()]);
  const pct = (v: number) => format.number(v, { style: "percent", maximumFractionDigits: 0 });
  const exportQuery = insight
    ? new URLSearchParams(Object.entries(insight.filters).filter((e): e is [string, string] => typeof e[1] === "string" && !!e[1])).toString()
    : "";
  const header = (
    <AdminPageHeader
      title={t("title")}
      lead={t("lead")}
      actions={
        insight ? (
          <a href={`/api/admin/export?${exportQuery}`} download className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-semibold text-slate-800 hover:bg-slate-50">
            {t("export")}
          </a>
        ) : null
      }
    />
  );
  if (!insight) {
    return (
      <div className="space-y-4">
        {header}
        <CaseFilters pathname="/admin/insight" values={query} withSearch={false} idPrefix="i" submitLabel={t("apply")} />
        <Alert tone="error">{t("invalid")}</Alert>
      </div>
    );
  }
  const label = (key: string) =>
    insight.bucket === "day" ? format.dateTime(new Date(`${key}T12:00:00+08:00`), { month: "numeric", day: "numeric" }) : format.dateTime(new Date(`${key}-15T12:00:00+08:00`), { year: "numeric", month: "short" });
  const bands = BANDS.map((b) => ({ key: b, label: ts(`bands.${b}`), color: BAND_COLORS[b] ?? "#334155" }));
  const bandRows = insight.bands.map((p) => ({ platform: ts.has(`platforms.${p.platform}`) ? ts(`platforms.${p.platform}`) : p.platform, ...p.counts }));
  const reasonTitle = (code: string) => (ts.has(`reasons.${code}.title`) ? ts(`reasons.${code}.title`) : code);
  const itemTitle = (id: string) => (ts.has(`checklist.${id}.action`) ? ts(`checklist.${id}.action`) : id);
  const nonEmpty = insight.series.filter((s) => s.count > 0);

  return (
    <div className="space-y-4">
      {header}
      <CaseFilters
        pathname="/admin/insight"
        values={{ ...query, from: insight.filters.from, to: insight.filters.to }}
        withSearch={false}
        idPrefix="i"
        submitLabel={t("apply")}
      />
      <p className="text-sm text-slate-700" data-testid="insight-summary">
        {t("summary", { total: insight.total, from: insight.filters.from, to: insight.filters.to })}
        {insight.sample.capped ? ` ${t("sampled", { size: insight.sample.size })}` : null}
      </p>

      <SectionCard id="insight-time" title={t("timeTitle")} lead={t(insight.bucket === "day" ? "timeLeadDay" : "timeLeadMonth")}>
        <div aria-hidden className="overflow-hidden" style={{ height: INSIGHT_HEIGHTS.time }}>
          <LazyTimeChart data={insight.series.map((s) => ({ label: label(s.key), count: s.count }))} height={INSIGHT_HEIGHTS.time} seriesLabel={t("assessments")} />
        </div>
        <details className="mt-2 text-sm">
          <summary className="cursor-pointer font-medium text-brand-700">{t("asTable", { count: nonEmpty.length })}</summary>
          {nonEmpty.length ? (
            <table className="mt-2 w-full">
              <caption className="sr-only">{t("timeTitle")}</caption>
              <thead>
                <tr className="border-b border-slate-200">
                  <th scope="col" className={th}>
                    {t(insight.bucket === "day" ? "colDay" : "colMonth")}
                  </th>
                  <th scope="col" className={`${th} text-right`}>
                    {t("assessments")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {nonEmpty.map((s) => (
                  <tr key={s.key} className="border-b border-slate-100">
                    <th scope="row" className="py-1.5 pr-3 text-left font-normal">
                      {s.key}
                    </th>
                    <td className={`${td} text-right`}>{s.count}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p className="mt-2 text-slate-600">{t("noData")}</p>
          )}
        </details>
      </SectionCard>

      <SectionCard id="insight-bands" title={t("bandsTitle")} lead={t("bandsLead")}>
        {insight.bands.length === 0 ? (
          <p className="text-sm text-slate-600">{t("noData")}</p>
        ) : (
          <>
            <div aria-hidden className="overflow-hidden" style={{ height: INSIGHT_HEIGHTS.bands }}>
              <LazyBandChart data={bandRows} bands={bands} height={INSIGHT_HEIGHTS.bands} />
            </div>
            <div className="mt-3 overflow-x-auto">
              <table className="w-full text-xs sm:text-sm">
                <caption className="sr-only">{t("bandsTitle")}</caption>
                <thead>
                  <tr className="border-b border-slate-200">
                    <th scope="col" className={th}>
                      {t("colPlatform")}
                    </th>
                    {bands.map((b) => (
                      <th key={b.key} scope="col" className={`${th} text-right`}>
                        {b.label}
                      </th>
                    ))}
                    <th scope="col" className={`${th} text-right`}>
                      {t("colTotal")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {insight.bands.map((p, i) => (
                    <tr key={p.platform} className="border-b border-slate-100">
                      <th scope="row" className="py-1.5 pr-3 text-left font-medium">
                        {bandRows[i]!.platform}
                      </th>
                      {bands.map((b) => (
                        <td key={b.key} className={`${td} text-right`}>
                          {p.counts[b.key]} <span className="block text-xs text-slate-500 sm:inline">({pct(p.total ? p.counts[b.key] / p.total : 0)})</span>
                        </td>
                      ))}
                      <td className={`${td} text-right font-semibold`}>{p.total}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </SectionCard>

      <div className="grid gap-4 lg:grid-cols-2">
        <SectionCard id="insight-reasons" title={t("reasonsTitle")} lead={t("reasonsLead", { size: insight.sample.size })}>
          {insight.reasons.length === 0 ? (
            <p className="text-sm text-slate-600">{t("noData")}</p>
          ) : (
            <>
              <div aria-hidden className="overflow-hidden" style={{ height: INSIGHT_HEIGHTS.reasons }}>
                <LazyReasonsChart data={insight.reasons.map((r) => ({ label: reasonTitle(r.code), value: r.count }))} height={INSIGHT_HEIGHTS.reasons} seriesLabel={t("assessments")} />
              </div>
              <ol className="mt-3 space-y-1 text-sm">
                {insight.reasons.map((r, i) => (
                  <li key={r.code} className="flex items-baseline justify-between gap-3 border-b border-slate-100 py-1">
                    <span className="min-w-0">
                      <span className="tabular-nums text-slate-500">{i + 1}. </span>
                      {reasonTitle(r.code)}
                    </span>
                    <span className="shrink-0 tabular-nums">
                      {r.count} <span className="text-xs text-slate-500">({pct(r.share)})</span>
                    </span>
                  </li>
                ))}
              </ol>
            </>
          )}
        </SectionCard>

        <SectionCard id="insight-checklist" title={t("checklistTitle")} lead={t("checklistLead", { size: insight.sample.size })}>
          {insight.checklist.length === 0 ? (
            <p className="text-sm text-slate-600">{t("noData")}</p>
          ) : (
            <>
              <div aria-hidden className="overflow-hidden" style={{ height: INSIGHT_HEIGHTS.checklist }}>
                <LazyChecklistChart
                  data={insight.checklist.map((c) => ({ label: itemTitle(c.id), value: Math.round(c.rate * 100) }))}
                  height={INSIGHT_HEIGHTS.checklist}
                  seriesLabel={t("completion")}
                  unit="%"
                  max={100}
                />
              </div>
              <table className="mt-3 w-full text-sm">
                <caption className="sr-only">{t("checklistTitle")}</caption>
                <thead>
                  <tr className="border-b border-slate-200">
                    <th scope="col" className={th}>
                      {t("colItem")}
                    </th>
                    <th scope="col" className={`${th} text-right`}>
                      {t("colDone")}
                    </th>
                    <th scope="col" className={`${th} text-right`}>
                      {t("completion")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {insight.checklist.map((c) => (
                    <tr key={c.id} className="border-b border-slate-100">
                      <th scope="row" className="py-1.5 pr-3 text-left font-normal">
                        {itemTitle(c.id)}
                      </th>
                      <td className={`${td} text-right`}>{t("doneOf", { done: c.done, offered: c.offered })}</td>
                      <td className={`${td} text-right`}>{pct(c.rate)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
        </SectionCard>
      </div>
    </div>
  );
}
