import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { LocaleSwitch } from "./locale-switch";

export async function SiteHeader() {
  const t = await getTranslations("common");
  return (
    <header className="no-print border-b border-slate-200 bg-white">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
        {t("nav.skip")}
      </a>
      <div className="mx-auto flex max-w-5xl items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="flex items-center gap-2 font-semibold text-brand-700">
          <span aria-hidden className="grid h-8 w-8 place-items-center rounded-lg bg-brand-600 text-sm text-white">额</span>
          <span>{t("meta.siteName")}</span>
        </Link>
        <nav aria-label={t("nav.label")} className="flex items-center gap-1 text-sm sm:gap-3">
          <LocaleSwitch />
        </nav>
      </div>
    </header>
  );
}
