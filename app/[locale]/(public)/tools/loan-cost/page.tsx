import type { Metadata } from "next";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { ClientMessages } from "@/components/i18n/client-messages";
import { LoanCostCalculator } from "@/components/calculator/loan-cost-calculator";
import { Breadcrumb } from "@/components/guides/breadcrumb";
import { publicPageMetadata } from "@/components/guides/public-metadata";
import { Link } from "@/lib/i18n/navigation";
import { routing } from "@/lib/i18n/routing";
import { currentLpr } from "@/lib/server/lpr/current-lpr";
import { LockIcon } from "@/components/guides/icons";

/**
 * Static, re-rendered at most hourly so a changed LPR_ONE_YEAR_PERCENT /
 * LPR_AS_OF reaches the page without a rebuild.
 */
export const revalidate = 3600;

export async function generateMetadata({ params }: PageProps<"/[locale]/tools/loan-cost">): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "calculator.meta" });
  const g = await getTranslations({ locale, namespace: "guides.meta" });
  const common = await getTranslations({ locale, namespace: "common.meta" });
  return publicPageMetadata({
    locale,
    href: "/tools/loan-cost",
    title: g("titleTemplate", { title: t("title") }),
    description: t("description"),
    siteName: common("siteName"),
  });
}

export default async function LoanCostPage({ params }: PageProps<"/[locale]/tools/loan-cost">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations("calculator");
  const guides = await getTranslations("guides");
  const nav = await getTranslations("common.nav");
  return (
    <div className="space-y-6">
      <Breadcrumb
        label={guides("breadcrumb.label")}
        items={[{ label: guides("breadcrumb.home"), href: "/" }, { label: nav("tools"), href: "/tools" }, { label: t("page.heading") }]}
      />
      <header className="max-w-3xl">
        <h1 className="text-2xl font-bold leading-tight text-slate-900 sm:text-3xl">{t("page.heading")}</h1>
        <p className="mt-3 text-base leading-relaxed text-slate-700">{t("page.intro")}</p>
        <p className="mt-3 inline-flex items-start gap-2 rounded-lg bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
          <LockIcon className="mt-0.5" />
          <span>{t("page.privacy")}</span>
        </p>
      </header>
      <ClientMessages namespaces={["calculator", "common.validation"]}>
        <LoanCostCalculator lpr={currentLpr()} />
      </ClientMessages>
      <aside className="space-y-2 rounded-2xl border border-slate-200 bg-slate-100 p-4 text-sm leading-relaxed text-slate-700">
        <p>{t("page.disclaimer")}</p>
        <p>
          <Link prefetch={false} href="/guides" className="font-medium text-brand-700 underline underline-offset-2">
            {t("toolsIndex.guidesLink")}
          </Link>
        </p>
      </aside>
    </div>
  );
}
