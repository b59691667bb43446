import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { CaseSearchResult } from "@/lib/server/admin/search-cases";
import { Alert } from "@/components/ui/alert";
import { AdminPageHeader } from "./page-header";
import { BandBadge } from "./band-badge";
import { CaseFilters } from "./case-filters";
import { Pagination } from "./pagination";

export interface CaseSearchProps {
  /** The query as given (for the form and the links). */
  query: Record<string, string | undefined>;
  /** Null when the query was invalid. */
  result: CaseSearchResult | null;
}

/** Find a case: one search box (share code, email, assessment id), filters, the matching cases a page at a time, and CSV export. */
export async function CaseSearch({ query, result }: CaseSearchProps) {
  const [t, ts, format] = await Promise.all([getTranslations("admin.find"), getTranslations("scoring"), getFormatter()]);
  const exportQuery = new URLSearchParams(Object.entries(query).filter((e): e is [string, string] => !!e[1] && e[0] !== "page")).toString();
  const searched = !!query.q;
  return (
    <div className="space-y-4">
      <AdminPageHeader
        title={t("title")}
        lead={t("lead")}
        actions={
          <a
            href={`/api/admin/export${exportQuery ? `?${exportQuery}` : ""}`}
            download
            className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-semibold text-slate-800 hover:bg-slate-50"
            data-testid="export-csv"
          >
            {t("export")}
          </a>
        }
      />
      <CaseFilters pathname="/admin" values={query} />
      {!result ? (
        <Alert tone="error">{t("invalid")}</Alert>
      ) : (
        <section aria-labelledby="results-title" className="space-y-3">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h2 id="results-title" className="text-base font-semibold text-slate-900">
              {t("results", { total: result.total })}
            </h2>
            {searched && result.searchedBy.length ? (
              <p className="text-xs text-slate-600">{t("searchedBy", { kinds: result.searchedBy.map((k) => t(`kinds.${k}`)).join(t("or")) })}</p>
            ) : null}
          </div>
          {result.items.length === 0 ? (
            <p className="rounded-xl border border-dashed border-slate-300 bg-white p-6 text-center text-sm text-slate-600">{searched ? t("noMatch") : t("empty")}</p>
          ) : (
            <ul className="divide-y divide-slate-100 overflow-hidden rounded-xl border border-slate-200 bg-white" data-testid="case-results">
              {result.items.map((c) => (
                <li key={c.id} className="grid grid-cols-[1fr_auto] items-center gap-x-3 gap-y-1 p-3 text-sm sm:grid-cols-[9rem_1fr_8rem_10rem_auto]" data-case={c.id}>
                  <p className="text-xs text-slate-600 sm:text-sm sm:text-slate-700">{format.dateTime(c.createdAt, { dateStyle: "medium", timeStyle: "short" })}</p>
                  <p className="row-span-2 self-center text-right sm:order-last sm:row-span-1">
                    <Link
                      href={`/admin/cases/${c.id}`}
                      className="inline-block rounded-md bg-brand-600 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-700"
                      aria-label={t("openCase", { id: c.id })}
                    >
                      {t("open")}
                    </Link>
                  </p>
                  <p className="min-w-0">
                    <span className="font-medium text-slate-900">
                      {ts(`platforms.${c.platform}`)} · {ts(`goals.${c.goal}`)}
                    </span>
                    <span className="ml-2 break-all font-mono text-xs text-slate-500">{c.id}</span>
                  </p>
                  <p className="flex items-center gap-2">
                    <span className="tabular-nums font-semibold">{format.number(c.probability, { style: "percent" })}</span>
                    <BandBadge band={c.band} label={ts(`bands.${c.band}`)} />
                  </p>
                  <p className="col-span-2 flex flex-wrap gap-x-3 text-xs text-slate-600 sm:col-span-1">
                    <span className="break-all">{c.ownerEmail ?? t("anonymous")}</span>
                    {c.openReviews ? <span className="font-medium text-amber-800">{t("openReviews", { count: c.openReviews })}</span> : null}
                    {c.shareLinks ? <span>{t("links", { count: c.shareLinks })}</span> : null}
                  </p>
                </li>
              ))}
            </ul>
          )}
          <Pagination pathname="/admin" query={query} page={result.page} pageCount={result.pageCount} />
        </section>
      )}
    </div>
  );
}
