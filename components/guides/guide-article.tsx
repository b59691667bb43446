import { getTranslations } from "next-intl/server";
import { listGuides, type Guide } from "@/lib/guides";
import { Link } from "@/lib/i18n/navigation";
import { Breadcrumb } from "./breadcrumb";
import { CheckCta } from "./check-cta";
import { GuideDisclaimer } from "./guide-disclaimer";
import { GuideSection } from "./guide-section";
import { GuideToc } from "./guide-toc";

/** A whole guide: title and intro, contents, one section per anchor, sources, disclaimer, next steps. */
export async function GuideArticle({ guide }: { guide: Guide }) {
  const t = await getTranslations("guides");
  const others = listGuides(guide.locale).filter((g) => g.slug !== guide.slug);
  return (
    <div className="space-y-6">
      <Breadcrumb
        label={t("breadcrumb.label")}
        items={[
          { label: t("breadcrumb.home"), href: "/" },
          { label: t("breadcrumb.guides"), href: "/guides" },
          { label: t(`slugs.${guide.slug}.name`) },
        ]}
      />
      <article aria-labelledby="guide-title" className="space-y-6">
      <header className="max-w-3xl">
        <p className="text-sm font-semibold text-brand-700">{t(`slugs.${guide.slug}.name`)}</p>
        <h1 id="guide-title" className="mt-1 text-2xl font-bold leading-tight text-slate-900 sm:text-3xl">
          {guide.title}
        </h1>
        <p className="mt-3 text-base leading-relaxed text-slate-700">{guide.intro}</p>
      </header>
      <div className="grid gap-6 lg:grid-cols-[15rem_minmax(0,1fr)] lg:gap-10">
        <div className="lg:sticky lg:top-4 lg:self-start">
          <GuideToc entries={guide.sections.map(({ id, heading }) => ({ id, heading }))} />
        </div>
        <div className="min-w-0 space-y-8">
          {guide.sections.map((section) => (
            <GuideSection key={section.id} section={section} />
          ))}
          <GuideDisclaimer />
          <CheckCta />
          <nav aria-labelledby="related-heading">
            <h2 id="related-heading" className="text-lg font-semibold text-slate-900">
              {t("related.heading")}
            </h2>
            <ul className="mt-3 grid gap-2 sm:grid-cols-2">
              {others.map((g) => (
                <li key={g.slug}>
                  <Link prefetch={false}
                    href={`/guides/${g.slug}`}
                    className="block rounded-lg border border-slate-200 bg-white px-4 py-3 hover:border-brand-600 hover:bg-brand-50"
                  >
                    <span className="block font-semibold text-slate-900">{t(`slugs.${g.slug}.name`)}</span>
                    <span className="block text-sm text-slate-600">{t(`slugs.${g.slug}.short`)}</span>
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </div>
      </article>
    </div>
  );
}
