import { getTranslations } from "next-intl/server";

/** Where the facts come from, and what the guides are not. */
export async function GuideDisclaimer() {
  const t = await getTranslations("guides");
  return (
    <aside aria-labelledby="guide-disclaimer-title" className="rounded-2xl border border-slate-200 bg-slate-100 p-4 text-sm leading-relaxed text-slate-700 sm:p-5">
      <h2 id="guide-disclaimer-title" className="font-semibold text-slate-900">
        {t("disclaimer.heading")}
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        <li>{t("disclaimer.estimate")}</li>
        <li>{t("disclaimer.notCreditReport")}</li>
        <li>{t("disclaimer.notAffiliated")}</li>
      </ul>
      <h2 className="mt-4 font-semibold text-slate-900">{t("sources.heading")}</h2>
      <p className="mt-1">{t("sources.body")}</p>
    </aside>
  );
}
