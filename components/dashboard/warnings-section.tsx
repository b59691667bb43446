import { getTranslations } from "next-intl/server";
import type { Warning } from "@/lib/scoring";
import { Link } from "@/lib/i18n/navigation";
import { guideHref } from "./evidence";

export interface WarningsSectionProps {
  warnings: Warning[];
}

const TONE: Record<Warning["severity"], string> = {
  critical: "border-red-300 bg-red-50 text-red-950",
  warning: "border-amber-300 bg-amber-50 text-amber-950",
  info: "border-sky-200 bg-sky-50 text-sky-950",
};
const ORDER: Record<Warning["severity"], number> = { critical: 0, warning: 1, info: 2 };

/** What must be dealt with before anything else, each with what to do now. */
export async function WarningsSection({ warnings }: WarningsSectionProps) {
  if (warnings.length === 0) return null;
  const t = await getTranslations("dashboard.warnings");
  const ts = await getTranslations("scoring");
  const sorted = [...warnings].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
  return (
    <section id="warnings" aria-labelledby="warnings-title" className="space-y-3">
      <h2 id="warnings-title" className="text-lg font-semibold text-slate-900 sm:text-xl">
        {sorted[0]!.severity === "info" ? t("titleInfo") : t("title")}
      </h2>
      <ul className="space-y-3">
        {sorted.map((w) => (
          <li key={w.code} className={`rounded-xl border p-4 ${TONE[w.severity]}`} data-warning={w.code}>
            <p className="text-xs font-semibold uppercase tracking-wide opacity-80">{ts(`severities.${w.severity}`)}</p>
            <h3 className="mt-0.5 font-semibold">{ts(`warnings.${w.code}.title`)}</h3>
            <p className="mt-1 text-sm leading-relaxed">{ts(`warnings.${w.code}.body`)}</p>
            <p className="mt-2 text-sm leading-relaxed">
              <span className="font-semibold">{t("todo")}</span>
              {ts(`warnings.${w.code}.todo`)}
            </p>
            <p className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm font-medium">
              {w.code === "SCAM_RISK" ? (
                <Link href="/tools/scam-check" className="underline underline-offset-2">
                  {t("scamCheck")}
                </Link>
              ) : null}
              <Link href={guideHref(w.guideAnchor)} className="underline underline-offset-2">
                {t("guide")}
              </Link>
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
