import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

export async function generateMetadata({ params }: PageProps<"/[locale]/settings/deleted">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "settings.deleted" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

/** Where the browser lands after deleting an account (signed out by then). */
export default async function AccountDeletedPage({ params }: PageProps<"/[locale]/settings/deleted">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("settings.deleted");
  return (
    <div className="mx-auto max-w-md rounded-2xl border border-slate-200 bg-white p-6 text-center shadow-sm sm:p-8">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-3 text-sm leading-relaxed text-slate-600">{t("body")}</p>
      <Link href="/" className="mt-6 inline-block rounded-lg bg-brand-600 px-4 py-2.5 text-sm font-semibold text-white hover:bg-brand-700">
        {t("home")}
      </Link>
    </div>
  );
}
