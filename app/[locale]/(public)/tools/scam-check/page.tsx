import type { Metadata } from "next";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { Breadcrumb } from "@/components/guides/breadcrumb";
import { publicPageMetadata } from "@/components/guides/public-metadata";
import { ScamAdvice } from "@/components/scam/scam-advice";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ScamChecker } from "@/components/scam/scam-checker";
import { routing } from "@/lib/i18n/routing";
import { SCAM_TEXT_MAX_LENGTH } from "@/lib/scam/limits";

export async function generateMetadata({ params }: PageProps<"/[locale]/tools/scam-check">): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "scam.meta" });
  const g = await getTranslations({ locale, namespace: "guides.meta" });
  const common = await getTranslations({ locale, namespace: "common.meta" });
  return publicPageMetadata({
    locale,
    href: "/tools/scam-check",
    title: g("titleTemplate", { title: t("title") }),
    description: t("description"),
    siteName: common("siteName"),
  });
}

/** The scam checker. The check runs in the browser; nothing pasted here reaches the server. */
export default async function ScamCheckPage({ params }: PageProps<"/[locale]/tools/scam-check">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations("scam");
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
      </header>
      <ClientMessages namespaces={["scam"]}>
        <ScamChecker help={t("page.inputHelp", { max: SCAM_TEXT_MAX_LENGTH })} />
      </ClientMessages>
      <ScamAdvice />
    </div>
  );
}
