import type { Metadata } from "next";
import { getPathname } from "@/lib/i18n/navigation";
import { routing, type Locale } from "@/lib/i18n/routing";

export interface PublicPageMetadataInput {
  locale: Locale;
  /** The locale-free path, e.g. `/guides/weilidai`. */
  href: string;
  /** The whole `<title>`, as it should appear (no template is applied). */
  title: string;
  description: string;
  siteName: string;
  type?: "website" | "article";
}

/** The page's URL path in a locale: `/guides/x` (zh-CN) or `/en/guides/x`. */
export function localePath(href: string, locale: Locale): string {
  return getPathname({ href, locale });
}

/**
 * Title, description, canonical, hreflang alternates and Open Graph for a
 * public page. Paths are relative: the root layout's `metadataBase` (or
 * Next's default) makes them absolute.
 */
export function publicPageMetadata({ locale, href, title, description, siteName, type = "website" }: PublicPageMetadataInput): Metadata {
  const url = localePath(href, locale);
  const languages: Record<string, string> = Object.fromEntries(routing.locales.map((l) => [l, localePath(href, l)]));
  languages["x-default"] = localePath(href, routing.defaultLocale);
  return {
    title: { absolute: title },
    description,
    alternates: { canonical: url, languages },
    openGraph: {
      title,
      description,
      url,
      siteName,
      type,
      locale: locale === "en" ? "en_US" : "zh_CN",
      alternateLocale: routing.locales.filter((l) => l !== locale).map((l) => (l === "en" ? "en_US" : "zh_CN")),
    },
    twitter: { card: "summary", title, description },
  };
}
