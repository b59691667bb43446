import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { Assessment } from "@/lib/scoring";

export interface DashboardHeaderProps {
  id: string;
  output: Assessment;
  createdAt: Date;
}

/** Which platform and situation this is, when it was made, and the ways out (print, a new check-up). */
export async function DashboardHeader({ id, output, createdAt }: DashboardHeaderProps) {
  const t = await getTranslations("dashboard.header");
  const ts = await getTranslations("scoring");
  const format = await getFormatter();
  return (
    <header className="space-y-3">
      <p className="text-sm font-semibold text-brand-700">{t("eyebrow")}</p>
      <h1 className="text-2xl font-bold leading-snug text-slate-900 sm:text-3xl">
        {t("title", { platform: ts(`platforms.${output.platform}`), goal: ts(`goals.${output.goal}`) })}
      </h1>
      <p className="text-sm text-slate-600">{t("created", { date: format.dateTime(createdAt, { dateStyle: "long", timeStyle: "short" }) })}</p>
      <div className="flex flex-wrap gap-2 print:hidden">
        <Link
          href={`/assessments/${id}/print`}
          className="inline-flex items-center rounded-lg border border-slate-300 bg-white px-3.5 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50"
        >
          {t("print")}
        </Link>
        <Link
          href="/check"
          className="inline-flex items-center rounded-lg border border-slate-300 bg-white px-3.5 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50"
        >
          {t("again")}
        </Link>
      </div>
    </header>
  );
}
