import { getTranslations } from "next-intl/server";
import type { Assessment } from "@/lib/scoring";
import { LazyDimensionRadar } from "@/components/charts/lazy-charts";
import { WhenVisible } from "@/components/charts/when-visible";
import { SectionCard } from "./section-card";

export interface DimensionsSectionProps {
  output: Assessment;
}

const RADAR_HEIGHT = 260;

function barColour(score: number) {
  return score >= 70 ? "bg-emerald-600" : score >= 40 ? "bg-amber-500" : "bg-red-600";
}

/** The five dimensions: a radar for the shape, bars for the numbers (the bars are also the radar's text equivalent). */
export async function DimensionsSection({ output }: DimensionsSectionProps) {
  const t = await getTranslations("dashboard.dimensions");
  const ts = await getTranslations("scoring");
  const rows = output.dimensions.map((d) => ({ ...d, label: ts(`dimensions.${d.id}`) }));
  return (
    <SectionCard id="dimensions" title={t("title")} lead={t("lead")}>
      <div className="grid items-center gap-6 md:grid-cols-2">
        <div aria-hidden className="print:hidden">
          <WhenVisible height={RADAR_HEIGHT} className="overflow-hidden">
            <LazyDimensionRadar data={rows.map((r) => ({ label: r.label, score: r.score }))} height={RADAR_HEIGHT} />
          </WhenVisible>
        </div>
        <table className="w-full text-sm">
          <caption className="sr-only">{t("caption")}</caption>
          <thead className="sr-only">
            <tr>
              <th scope="col">{t("colDimension")}</th>
              <th scope="col">{t("colScore")}</th>
              <th scope="col">{t("colWeight")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((r) => (
              <tr key={r.id} className="align-middle">
                <th scope="row" className="w-24 py-2.5 pr-3 text-left font-medium text-slate-800">
                  {r.label}
                </th>
                <td className="py-2.5">
                  <div className="flex items-center gap-3">
                    <div className="h-2.5 flex-1 overflow-hidden rounded-full bg-slate-100" aria-hidden>
                      <div className={`h-full rounded-full ${barColour(r.score)}`} style={{ width: `${Math.max(2, r.score)}%` }} />
                    </div>
                    <span className="w-14 text-right tabular-nums text-slate-900">{t("score", { score: Math.round(r.score) })}</span>
                  </div>
                </td>
                <td className="w-20 py-2.5 pl-3 text-right text-xs text-slate-600">{t("weight", { weight: Math.round(r.weight * 100) })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </SectionCard>
  );
}
