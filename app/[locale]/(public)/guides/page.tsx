import type { Metadata } from "next";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { Breadcrumb } from "@/components/guides/breadcrumb";
import { CheckCta } from "@/components/guides/check-cta";
import { GuideCard } from "@/components/guides/guide-card";
import { GuideDisclaimer } from "@/components/guides/guide-disclaimer";
import { publicPageMetadata } from "@/components/guides/public-metadata";
import { listGuides } from "@/lib/guides";
import { routing } from "@/lib/i18n/routing";

export async function generateMetadata({ params }: PageProps<"/[locale]/guides">): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "guides.meta" });
  const common = await getTranslations({ locale, namespace: "common.meta" });
  return publicPageMetadata({
    locale,
    href: "/guides",
    title: t("titleTemplate", { title: t("indexTitle") }),
    description: t("indexDescription"),
    siteName: common("siteName"),
  });
}

/** The six guides: five platforms, then "after a cut". */
export default async function GuidesIndexPage({ params }: PageProps<"/[locale]/guides">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations("guides");
  const guides = listGuides(locale);
  const platforms = guides.filter((g) => g.slug !== "after-cut");
  const situations = guides.filter((g) => g.slug === "after-cut");
  return (
    <div className="space-y-8">
      <Breadcrumb label={t("breadcrumb.label")} items={[{ label: t("breadcrumb.home"), href: "/" }, { label: t("breadcrumb.guides") }]} />
      <header className="max-w-3xl">
        <h1 className="text-2xl font-bold leading-tight text-slate-900 sm:text-3xl">{t("index.heading")}</h1>
        <p className="mt-3 text-base leading-relaxed text-slate-700">{t("index.intro")}</p>
      </header>
      <section aria-labelledby="by-platform">
        <h2 id="by-platform" className="text-xl font-semibold text-slate-900">
          {t("index.platformsHeading")}
        </h2>
        <ul className="mt-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {platforms.map((guide) => (
            <GuideCard key={guide.slug} guide={guide} />
          ))}
        </ul>
      </section>
      <section aria-labelledby="by-situation">
        <h2 id="by-situation" className="text-xl font-semibold text-slate-900">
          {t("index.situationsHeading")}
        </h2>
        <ul className="mt-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {situations.map((guide) => (
            <GuideCard key={guide.slug} guide={guide} />
          ))}
        </ul>
      </section>
      <CheckCta />
      <GuideDisclaimer />
    </div>
  );
}
