import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

export interface PaginationProps {
  /** Locale-less path of the list. */
  pathname: string;
  /** The list's current query (filters); `page` is replaced. */
  query: Record<string, string | undefined>;
  page: number;
  pageCount: number;
}

/** Previous / next links that keep the filters, and where we are. */
export async function Pagination({ pathname, query, page, pageCount }: PaginationProps) {
  if (pageCount <= 1) return null;
  const t = await getTranslations("admin.common");
  const href = (p: number) => ({ pathname, query: Object.fromEntries(Object.entries({ ...query, page: String(p) }).filter(([, v]) => v)) as Record<string, string> });
  const linkClass = "rounded-lg border border-slate-300 bg-white px-3 py-1.5 font-medium text-slate-800 hover:bg-slate-50";
  return (
    <nav aria-label={t("pagination")} className="flex items-center justify-between gap-3 text-sm">
      {page > 1 ? (
        <Link href={href(page - 1)} className={linkClass} rel="prev">
          {t("prev")}
        </Link>
      ) : (
        <span />
      )}
      <p className="text-slate-600">{t("page", { page, pages: pageCount })}</p>
      {page < pageCount ? (
        <Link href={href(page + 1)} className={linkClass} rel="next">
          {t("next")}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
