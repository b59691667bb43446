import { getTranslations } from "next-intl/server";
import type { GuideSummary } from "@/lib/guides";
import { Link } from "@/lib/i18n/navigation";

/**
 * A guide in a list: platform name, what it covers, and the way in.
 * Links on the public pages do not prefetch: on a phone's metered connection,
 * fetching every guide in view costs data and main-thread time for pages the
 * reader may never open (each is static and quick to load on click).
 */
export async function GuideCard({ guide, headingLevel = "h3" }: { guide: GuideSummary; headingLevel?: "h2" | "h3" }) {
  const t = await getTranslations("guides");
  const Heading = headingLevel;
  return (
    <li className="relative flex flex-col rounded-xl border border-slate-200 bg-white p-4 shadow-sm transition-shadow focus-within:ring-2 focus-within:ring-brand-600 hover:shadow-md">
      <Heading className="text-lg font-semibold text-slate-900">
        <Link prefetch={false} href={`/guides/${guide.slug}`} className="after:absolute after:inset-0 after:rounded-xl focus:outline-none">
          {t(`slugs.${guide.slug}.name`)}
        </Link>
      </Heading>
      <p className="mt-0.5 text-sm font-semibold text-brand-700">{t(`slugs.${guide.slug}.short`)}</p>
      <p className="mt-2 flex-1 text-sm leading-relaxed text-slate-700">{guide.description}</p>
      <p className="mt-3 flex items-center justify-between text-xs text-slate-600">
        <span>{t("index.sectionCount", { count: guide.sections.length })}</span>
        <span aria-hidden className="font-semibold text-brand-700">
          {t("index.readGuide")} →
        </span>
      </p>
    </li>
  );
}
