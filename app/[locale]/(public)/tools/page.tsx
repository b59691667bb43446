import type { Metadata } from "next";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { Breadcrumb } from "@/components/guides/breadcrumb";
import { publicPageMetadata } from "@/components/guides/public-metadata";
import { Link } from "@/lib/i18n/navigation";
import { routing } from "@/lib/i18n/routing";

export async function generateMetadata({ params }: PageProps<"/[locale]/tools">): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "calculator.toolsIndex.meta" });
  const g = await getTranslations({ locale, namespace: "guides.meta" });
  const common = await getTranslations({ locale, namespace: "common.meta" });
  return publicPageMetadata({
    locale,
    href: "/tools",
    title: g("titleTemplate", { title: t("title") }),
    description: t("description"),
    siteName: common("siteName"),
  });
}

/** The public tools: the loan-cost calculator and the scam checker. */
export default async function ToolsIndexPage({ params }: PageProps<"/[locale]/tools">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations("calculator");
  const scam = await getTranslations("scam");
  const guides = await getTranslations("guides");
  const nav = await getTranslations("common.nav");
  const tools = [
    { href: "/tools/loan-cost", title: t("page.heading"), body: t("page.intro"), points: t("toolsIndex.calculatorPoints"), icon: "¥" },
    { href: "/tools/scam-check", title: scam("page.heading"), body: scam("page.intro"), points: t("toolsIndex.scamPoints"), icon: "!" },
  ];
  return (
    <div className="space-y-8">
      <Breadcrumb label={guides("breadcrumb.label")} items={[{ label: guides("breadcrumb.home"), href: "/" }, { label: nav("tools") }]} />
      <header className="max-w-3xl">
        <h1 className="text-2xl font-bold leading-tight text-slate-900 sm:text-3xl">{t("toolsIndex.heading")}</h1>
        <p className="mt-3 text-base leading-relaxed text-slate-700">{t("toolsIndex.intro")}</p>
      </header>
      <ul className="grid gap-4 md:grid-cols-2">
        {tools.map((tool) => (
          <li
            key={tool.href}
            className="relative flex flex-col rounded-2xl border border-slate-200 bg-white p-5 shadow-sm transition-shadow focus-within:ring-2 focus-within:ring-brand-600 hover:shadow-md"
          >
            <span aria-hidden className="grid h-10 w-10 place-items-center rounded-xl bg-brand-100 text-lg font-bold text-brand-700">
              {tool.icon}
            </span>
            <h2 className="mt-3 text-lg font-semibold text-slate-900">
              <Link prefetch={false} href={tool.href} className="after:absolute after:inset-0 after:rounded-2xl focus:outline-none">
                {tool.title}
              </Link>
            </h2>
            <p className="mt-1 text-sm leading-relaxed text-slate-700">{tool.body}</p>
            <p className="mt-3 flex-1 text-sm leading-relaxed text-slate-600">{tool.points}</p>
            <p aria-hidden className="mt-4 text-sm font-semibold text-brand-700">
              {t("toolsIndex.open")} →
            </p>
          </li>
        ))}
      </ul>
      <section aria-labelledby="tools-guides" className="rounded-2xl border border-slate-200 bg-white p-5">
        <h2 id="tools-guides" className="text-base font-semibold text-slate-900">
          {t("toolsIndex.guidesHeading")}
        </h2>
        <Link prefetch={false} href="/guides" className="mt-2 inline-block font-medium text-brand-700 underline underline-offset-2">
          {t("toolsIndex.guidesLink")}
        </Link>
      </section>
      <p className="text-xs leading-relaxed text-slate-600">{t("page.disclaimer")}</p>
    </div>
  );
}
