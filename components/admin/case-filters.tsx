import { getTranslations } from "next-intl/server";
import { BANDS, GOALS, PLATFORMS } from "@/lib/scoring";
import { Link } from "@/lib/i18n/navigation";

export interface CaseFiltersProps {
  /** Locale-less path the form submits to (GET). */
  pathname: string;
  values: { q?: string; platform?: string; goal?: string; band?: string; from?: string; to?: string };
  /** The search box (the case list has it; the insight page does not). */
  withSearch?: boolean;
  /** Ids for labels, unique per page. */
  idPrefix?: string;
  submitLabel?: string;
}

export const adminInputClass =
  "block w-full rounded-md border border-slate-300 bg-white px-2.5 py-2 text-sm text-slate-900 shadow-sm focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30";
export const adminLabelClass = "block text-xs font-medium text-slate-700";

/** Search box and filters as a plain GET form: works without JavaScript, and the URL is the state. */
export async function CaseFilters({ pathname, values, withSearch = true, idPrefix = "f", submitLabel }: CaseFiltersProps) {
  const t = await getTranslations("admin.filters");
  const ts = await getTranslations("scoring");
  const id = (name: string) => `${idPrefix}-${name}`;
  const select = (name: "platform" | "goal" | "band", options: readonly string[], label: (v: string) => string) => (
    <div>
      <label htmlFor={id(name)} className={adminLabelClass}>
        {t(name)}
      </label>
      <select id={id(name)} name={name} defaultValue={values[name] ?? ""} className={`mt-1 ${adminInputClass}`}>
        <option value="">{t("any")}</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {label(o)}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <form method="get" role="search" aria-label={t("label")} className="space-y-3 rounded-xl border border-slate-200 bg-white p-3 sm:p-4">
      {withSearch ? (
        <div>
          <label htmlFor={id("q")} className={adminLabelClass}>
            {t("q")}
          </label>
          <input
            id={id("q")}
            name="q"
            type="search"
            defaultValue={values.q ?? ""}
            placeholder={t("qPlaceholder")}
            aria-describedby={id("q-help")}
            autoComplete="off"
            className={`mt-1 ${adminInputClass}`}
          />
          <p id={id("q-help")} className="mt-1 text-xs text-slate-600">
            {t("qHelp")}
          </p>
        </div>
      ) : null}
      <div className="grid grid-cols-2 gap-3 md:grid-cols-5">
        {select("platform", PLATFORMS, (v) => ts(`platforms.${v}`))}
        {select("goal", GOALS, (v) => ts(`goals.${v}`))}
        {select("band", BANDS, (v) => ts(`bands.${v}`))}
        <div>
          <label htmlFor={id("from")} className={adminLabelClass}>
            {t("from")}
          </label>
          <input id={id("from")} name="from" type="date" defaultValue={values.from ?? ""} className={`mt-1 ${adminInputClass}`} />
        </div>
        <div>
          <label htmlFor={id("to")} className={adminLabelClass}>
            {t("to")}
          </label>
          <input id={id("to")} name="to" type="date" defaultValue={values.to ?? ""} className={`mt-1 ${adminInputClass}`} />
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700">
          {submitLabel ?? t("search")}
        </button>
        <Link href={pathname} className="rounded-md px-3 py-2 text-sm font-medium text-brand-700 hover:bg-brand-50">
          {t("reset")}
        </Link>
      </div>
    </form>
  );
}
