import { getTranslations } from "next-intl/server";

/** The honest framing, on every page. */
export async function SiteFooter() {
  const t = await getTranslations("common.footer");
  return (
    <footer className="border-t border-slate-200 bg-white text-xs leading-relaxed text-slate-600">
      <div className="mx-auto max-w-5xl space-y-2 px-4 py-6">
        <p>{t("disclaimer")}</p>
        <p>{t("notAffiliated")}</p>
        <p>© 2026 LimitWise</p>
      </div>
    </footer>
  );
}
