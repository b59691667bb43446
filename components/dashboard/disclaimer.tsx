import { getTranslations } from "next-intl/server";

/** The standing disclaimer under every result. */
export async function Disclaimer({ modelVersion }: { modelVersion: string }) {
  const t = await getTranslations("dashboard.disclaimer");
  return (
    <aside aria-labelledby="disclaimer-title" className="rounded-2xl border border-slate-200 bg-slate-100 p-4 text-xs leading-relaxed text-slate-700 sm:p-5">
      <h2 id="disclaimer-title" className="text-sm font-semibold text-slate-900">
        {t("title")}
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        <li>{t("estimate")}</li>
        <li>{t("notAffiliated")}</li>
        <li>{t("noFees")}</li>
        <li>{t("model", { version: modelVersion })}</li>
      </ul>
    </aside>
  );
}
