import type { Metadata } from "next";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { GuideArticle } from "@/components/guides/guide-article";
import { publicPageMetadata } from "@/components/guides/public-metadata";
import { GUIDE_SLUGS, getGuide, type GuideSlug } from "@/lib/guides";
import { routing } from "@/lib/i18n/routing";

/** Every guide in every locale is built ahead of time; any other slug is a 404. */
export const dynamicParams = false;

/** With the locale layout's params (every locale), this builds locales × slugs. */
export function generateStaticParams() {
  return GUIDE_SLUGS.map((slug) => ({ slug }));
}

function isGuideSlug(value: string): value is GuideSlug {
  return (GUIDE_SLUGS as readonly string[]).includes(value);
}

export async function generateMetadata({ params }: PageProps<"/[locale]/guides/[slug]">): Promise<Metadata> {
  const { locale, slug } = await params;
  if (!hasLocale(routing.locales, locale) || !isGuideSlug(slug)) return {};
  const guide = getGuide(slug, locale);
  const t = await getTranslations({ locale, namespace: "guides.meta" });
  const common = await getTranslations({ locale, namespace: "common.meta" });
  return publicPageMetadata({
    locale,
    href: `/guides/${slug}`,
    title: t("titleTemplate", { title: guide.title }),
    description: guide.description,
    siteName: common("siteName"),
    type: "article",
  });
}

export default async function GuidePage({ params }: PageProps<"/[locale]/guides/[slug]">) {
  const { locale, slug } = await params;
  if (!hasLocale(routing.locales, locale) || !isGuideSlug(slug)) notFound();
  setRequestLocale(locale);
  return <GuideArticle guide={getGuide(slug, locale)} />;
}
