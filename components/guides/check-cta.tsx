import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

/** The way from reading to acting: start a check-up. */
export async function CheckCta() {
  const t = await getTranslations("guides.checkCta");
  return (
    <aside aria-labelledby="check-cta-title" className="rounded-2xl bg-gradient-to-br from-brand-700 to-brand-600 p-5 text-white sm:p-6">
      <h2 id="check-cta-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="mt-1 text-sm leading-relaxed text-brand-50">{t("body")}</p>
      <Link prefetch={false}
        href="/check"
        className="mt-4 inline-flex justify-center rounded-xl bg-white px-5 py-2.5 text-sm font-semibold text-brand-700 shadow hover:bg-brand-50"
      >
        {t("button")}
      </Link>
    </aside>
  );
}
