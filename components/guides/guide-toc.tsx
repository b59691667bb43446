import { getTranslations } from "next-intl/server";

export interface TocEntry {
  id: string;
  heading: string;
}

/** The guide's table of contents: one in-page link per section anchor. */
export async function GuideToc({ entries }: { entries: TocEntry[] }) {
  const t = await getTranslations("guides.toc");
  return (
    <nav id="toc" aria-labelledby="toc-heading" className="scroll-mt-6 rounded-xl border border-slate-200 bg-white p-4 lg:max-h-[calc(100vh-2rem)] lg:overflow-y-auto">
      <h2 id="toc-heading" className="text-sm font-semibold text-slate-900">
        {t("heading")}
      </h2>
      <ol className="mt-2 space-y-0.5 text-sm">
        {entries.map((entry, i) => (
          <li key={entry.id}>
            <a
              href={`#${entry.id}`}
              className="flex gap-2 rounded-md px-2 py-1.5 leading-snug text-slate-700 hover:bg-brand-50 hover:text-brand-800"
            >
              <span aria-hidden className="w-5 shrink-0 text-right tabular-nums text-slate-500">
                {i + 1}.
              </span>
              <span>{entry.heading}</span>
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
