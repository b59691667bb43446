import { getFormatter, getTranslations } from "next-intl/server";
import type { Assessment } from "@/lib/scoring";
import { ChanceGauge } from "./chance-gauge";
import { percent } from "./evidence";

export interface ChanceSectionProps {
  output: Assessment;
}

/** The headline: the chance, its band, its range and its time window, in plain words. */
export async function ChanceSection({ output }: ChanceSectionProps) {
  const t = await getTranslations("dashboard.chance");
  const ts = await getTranslations("scoring");
  const format = await getFormatter();
  const pct = (p: number) => format.number(percent(p) / 100, { style: "percent" });
  const chance = pct(output.probability);
  const low = pct(output.interval.low);
  const high = pct(output.interval.high);
  const band = ts(`bands.${output.band}`);
  const title = t("title", { goal: output.goal });
  const horizon = t("horizon", { goal: output.goal, months: output.horizonMonths, platform: output.platform });
  return (
    <section id="chance" aria-labelledby="chance-title" className="rounded-2xl border border-slate-200 bg-white p-4 sm:p-6">
      <h2 id="chance-title" className="text-lg font-semibold text-slate-900 sm:text-xl">
        {title}
      </h2>
      <div className="mt-4 grid items-center gap-6 sm:grid-cols-[18rem_1fr]">
        <ChanceGauge
          probability={output.probability}
          low={output.interval.low}
          high={output.interval.high}
          band={output.band}
          valueText={chance}
          bandText={band}
          label={t("gaugeLabel", { title, chance, band, low, high })}
        />
        <div className="space-y-3 text-sm leading-relaxed text-slate-700">
          <p className="text-base text-slate-900" data-testid="chance-sentence">
            {t("sentence", { horizon, goal: output.goal, chance })}
          </p>
          <p>{t("meaning", { n: Math.round(output.probability * 10), goal: output.goal })}</p>
          <p>{t("interval", { low, high })}</p>
          <p className="text-xs text-slate-500">{t("estimate")}</p>
        </div>
      </div>
    </section>
  );
}
