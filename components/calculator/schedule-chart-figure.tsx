"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { fenToYuan, type Schedule } from "@/lib/calculator";
import { LazyScheduleChart, SCHEDULE_CHART_HEIGHT } from "./lazy-schedule-chart";
import { formatWholeYuan } from "./format";

/**
 * The schedule as a chart. The box has its final height from the first paint
 * (no layout shift), and Recharts is only fetched once the box scrolls into
 * view. The numbers are in the table that follows.
 */
export function ScheduleChartFigure({ schedule, tableId }: { schedule: Schedule; tableId: string }) {
  const t = useTranslations("calculator");
  const locale = useLocale();
  const box = useRef<HTMLDivElement>(null);
  const [visible, setVisible] = useState(false);

  useEffect(() => {
    const el = box.current;
    if (!el || visible) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        setVisible(true);
        observer.disconnect();
      }
    }, { rootMargin: "200px" });
    observer.observe(el);
    return () => observer.disconnect();
  }, [visible]);

  const data = schedule.rows.map((r) => ({ period: r.period, principal: fenToYuan(r.principalFen), interest: fenToYuan(r.interestFen) }));

  return (
    <figure className="space-y-2">
      <figcaption>
        <span className="block text-base font-semibold text-slate-900">{t("chart.title")}</span>
        <span className="block text-sm text-slate-600">
          {t("chart.description")}{" "}
          <a href={`#${tableId}`} className="underline underline-offset-2">
            {t("table.caption", { method: t(`methods.${schedule.method}.name`) })}
          </a>
        </span>
      </figcaption>
      <div ref={box} aria-hidden className="rounded-xl border border-slate-200 bg-white p-2" style={{ height: SCHEDULE_CHART_HEIGHT + 16 }}>
        {visible ? (
          <LazyScheduleChart
            data={data}
            height={SCHEDULE_CHART_HEIGHT}
            labels={{ principal: t("chart.principal"), interest: t("chart.interest"), period: t("table.period") }}
            formatYuan={(v) => formatWholeYuan(v, locale)}
          />
        ) : null}
      </div>
    </figure>
  );
}
