"use client";

import { useLocale, useTranslations } from "next-intl";
import type { LprConfig, RateFlag } from "@/lib/calculator";
import { fill } from "./fill";
import { formatIsoDate, formatRate } from "./format";
import { StopIcon, WarningIcon } from "@/components/guides/icons";

/**
 * The lines a rate crosses (36%, 24%, 4 × LPR), most serious first, and the
 * LPR the last line was drawn with, with its date. Shown under the first tab,
 * so its texts go through `fill` (see there).
 */
export function RateFlags({ flags, lpr, headingId }: { flags: RateFlag[]; lpr: LprConfig; headingId: string }) {
  const t = useTranslations("calculator.flags");
  const locale = useLocale();
  return (
    <section aria-labelledby={headingId} className="space-y-2">
      <h4 id={headingId} className="text-base font-semibold text-slate-900">
        {t("heading")}
      </h4>
      {flags.length === 0 ? (
        <p className="rounded-lg border border-emerald-200 bg-emerald-50 px-4 py-3 text-sm leading-relaxed text-emerald-900">{t("none")}</p>
      ) : (
        <ul className="space-y-2" data-testid="rate-flags">
          {flags.map((flag) => (
            <li
              key={flag.id}
              data-flag={flag.id}
              className={`rounded-lg border px-4 py-3 text-sm leading-relaxed ${
                flag.severity === "danger" ? "border-red-300 bg-red-50 text-red-950" : "border-amber-300 bg-amber-50 text-amber-950"
              }`}
            >
              <p className="font-semibold">
                {flag.severity === "danger" ? <StopIcon className="mr-1.5 text-red-700" /> : <WarningIcon className="mr-1.5 text-amber-600" />}
                {fill(t.raw(`${flag.id}.title`), { threshold: formatRate(flag.threshold, locale) })}
              </p>
              <p className="mt-1">{t(`${flag.id}.body`)}</p>
            </li>
          ))}
        </ul>
      )}
      <p className="text-xs leading-relaxed text-slate-600">
        {fill(t.raw("lprNote"), { rate: formatRate(lpr.oneYearRate, locale), date: formatIsoDate(lpr.asOf, locale) })}
      </p>
    </section>
  );
}
