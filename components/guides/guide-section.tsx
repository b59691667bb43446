import { getTranslations } from "next-intl/server";
import type { GuideSection as GuideSectionData } from "@/lib/guides";
import { ToolLink } from "./tool-link";

/**
 * One guide section. Its `id` is exactly the anchor the scoring library links
 * to (`/guides/<slug>#<id>`), so a checklist item lands on this element.
 *
 * `content-visibility: auto` lets the browser skip styling and laying out the
 * sections below the fold until they scroll near: laying out long Chinese text
 * is most of a guide's start-up work on a phone. The intrinsic size reserves
 * room (and remembers the real size once rendered) so the scrollbar and anchor
 * jumps stay put. Printing renders every section.
 */
export async function GuideSection({ section }: { section: GuideSectionData }) {
  const t = await getTranslations("guides");
  const headingId = `${section.id}-heading`;
  return (
    <section id={section.id} aria-labelledby={headingId} className="scroll-mt-6 border-t border-slate-200 pt-6 [contain-intrinsic-size:auto_36rem] [content-visibility:auto] print:[content-visibility:visible]">
      <div className="flex max-w-prose items-baseline gap-2">
        <h2 id={headingId} className="text-xl font-semibold leading-snug text-slate-900">
          {section.heading}
        </h2>
        <a
          href={`#${section.id}`}
          aria-label={t("section.anchorLabel", { heading: section.heading })}
          className="shrink-0 rounded px-1 text-lg font-semibold text-slate-500 hover:bg-slate-100 hover:text-brand-700"
        >
          #
        </a>
      </div>
      <div className="mt-3 max-w-prose space-y-3 text-base leading-relaxed text-slate-800">
        {section.body.map((paragraph, i) => (
          <p key={i}>{paragraph}</p>
        ))}
      </div>
      {section.tips?.length ? (
        <div className="mt-4 max-w-prose rounded-lg bg-emerald-50 p-4">
          <h3 className="text-sm font-semibold text-emerald-900">{t("section.tipsHeading")}</h3>
          <ul className="mt-2 list-disc space-y-1 pl-5 text-sm leading-relaxed text-emerald-950">
            {section.tips.map((tip, i) => (
              <li key={i}>{tip}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {section.tools?.length ? (
        <div className="mt-4 grid max-w-prose gap-3 sm:grid-cols-2">
          {section.tools.map((tool) => (
            <ToolLink key={tool} tool={tool} />
          ))}
        </div>
      ) : null}
      <div className="mt-4 max-w-prose text-xs leading-relaxed text-slate-600">
        <h3 className="font-semibold text-slate-700">{t("section.sourcesHeading")}</h3>
        <ul className="mt-1 space-y-0.5">
          {section.sources.map((source) => (
            <li key={source.file}>
              {/* The title's own face and size: a monospace face here cost each guide a font set-up of its own. */}
              {source.title} <span className="whitespace-nowrap text-slate-600">({source.file})</span>
            </li>
          ))}
        </ul>
      </div>
      <p className="mt-3 text-xs">
        <a href="#toc" className="text-slate-600 underline underline-offset-2 hover:text-brand-700">
          {t("toc.backToTop")}
        </a>
      </p>
    </section>
  );
}
