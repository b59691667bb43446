import { getFormatter, getTranslations } from "next-intl/server";
import type { HistoryEntry } from "@/lib/server/history/list-history";
import { Section } from "@/components/account/section";
import { LazyTrendChart } from "./lazy-trend-chart";
import { pct, ppValue, TREND_CHART_HEIGHT } from "./format";
import { labelOf } from "./labels";

export interface TrendSectionProps {
  entries: HistoryEntry[];
}

/** The chance per platform over time: a lazily loaded chart, and the same in words. */
export async function TrendSection({ entries }: TrendSectionProps) {
  const [t, format] = await Promise.all([getTranslations("history"), getFormatter()]);
  const platforms = [...new Set(entries.map((e) => e.platform))];
  const series = platforms.map((platform) => ({
    platform,
    label: labelOf(t, "platforms", platform),
    points: entries.filter((e) => e.platform === platform).map((e) => ({ t: Date.parse(e.createdAt), chance: Math.round(e.probability * 100) })),
  }));
  const dateLabels = Object.fromEntries(entries.map((e) => [Date.parse(e.createdAt), format.dateTime(new Date(e.createdAt), { month: "numeric", day: "numeric" })]));

  return (
    <Section id="trend" title={t("trend.title")} lead={t("trend.lead")}>
      <figure>
        <div role="img" aria-label={t("trend.chartLabel")} style={{ height: TREND_CHART_HEIGHT }}>
          <LazyTrendChart series={series} height={TREND_CHART_HEIGHT} dateLabels={dateLabels} />
        </div>
        <figcaption className="mt-4">
          <h3 className="text-sm font-semibold text-slate-700">{t("trend.summaryTitle")}</h3>
          <ul className="mt-1 space-y-1 text-sm text-slate-700">
            {series.map((s) => {
              const list = entries.filter((e) => e.platform === s.platform);
              const first = list[0]!;
              const last = list[list.length - 1]!;
              return (
                <li key={s.platform}>
                  {list.length === 1
                    ? t("trend.summaryOne", { platform: s.label, value: pct(first.probability) })
                    : t("trend.summaryMany", {
                        platform: s.label,
                        count: list.length,
                        first: pct(first.probability),
                        last: pct(last.probability),
                        delta: t("pp", { value: ppValue(last.probability - first.probability) }),
                      })}
                </li>
              );
            })}
          </ul>
        </figcaption>
      </figure>
    </Section>
  );
}
