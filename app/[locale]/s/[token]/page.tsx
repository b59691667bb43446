import type { Metadata } from "next";
import { headers } from "next/headers";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { clientIp } from "@/lib/server/request-ip";
import { resolveShareLink } from "@/lib/server/share/resolve-share-link";
import { SharedAdvice } from "@/components/share/shared-advice";
import { ShareState } from "@/components/share/share-state";

/**
 * `/s/[token]`: a shared advice link, outside every signed-in area. Shows the
 * frozen snapshot (no personal data), or a clear page when the link expired,
 * was revoked or does not exist. Lookups are rate-limited per IP and counted.
 * Headers: no-store (next.config.ts), no-referrer and noindex (meta here, and
 * the route's response headers — see docs/security.md).
 */
export const dynamic = "force-dynamic";

async function siteOrigin(): Promise<URL | undefined> {
  if (process.env.NEXTAUTH_URL) return new URL(process.env.NEXTAUTH_URL);
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host");
  if (!host) return undefined;
  const proto = h.get("x-forwarded-proto") ?? "http";
  try {
    return new URL(`${proto}://${host}`);
  } catch {
    return undefined;
  }
}

export async function generateMetadata({ params }: PageProps<"/[locale]/s/[token]">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "share.meta" });
  // Generic on purpose: a chat app's preview must not reveal anything about the person.
  return {
    metadataBase: await siteOrigin(),
    title: t("title"),
    description: t("description"),
    robots: { index: false, follow: false, nocache: true },
    referrer: "no-referrer",
    openGraph: {
      type: "website",
      title: t("title"),
      description: t("description"),
      images: [{ url: "/og/share.png", width: 1200, height: 630, alt: t("imageAlt") }],
    },
    twitter: { card: "summary_large_image", title: t("title"), description: t("description"), images: ["/og/share.png"] },
  };
}

export default async function SharedLinkPage({ params }: PageProps<"/[locale]/s/[token]">) {
  const { locale, token } = await params;
  setRequestLocale(locale);
  const result = await resolveShareLink({ token, ip: clientIp(await headers()) });
  switch (result.state) {
    case "ok":
      return <SharedAdvice advice={result.link} />;
    case "expired":
      return <ShareState state="expired" />;
    case "revoked":
      return <ShareState state="revoked" />;
    case "rate_limited":
      return <ShareState state="rateLimited" />;
    default:
      return <ShareState state="notFound" />;
  }
}
