import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { ReviewQueue as Queue } from "@/lib/server/admin/list-review-queue";
import { REVIEW_ASSIGNEE_FILTERS, REVIEW_STATUSES } from "@/lib/validation/admin";
import { Alert } from "@/components/ui/alert";
import { AdminPageHeader } from "./page-header";
import { Pagination } from "./pagination";
import { ReviewCard } from "./review-card";

export interface ReviewQueueProps {
  queue: Queue | null;
  query: Record<string, string | undefined>;
  selfId: string;
  staff: { id: string; email: string }[];
}

/** "Request a human review" items: tabs by status, a filter by assignee, each with assign and answer. */
export async function ReviewQueue({ queue, query, selfId, staff }: ReviewQueueProps) {
  const t = await getTranslations("admin.reviews");
  const status = queue?.filters.status;
  const assignee = queue?.filters.assignee ?? "all";
  const href = (next: { status?: string; assignee?: string }) => {
    const q = { status: status, assignee: assignee === "all" ? undefined : assignee, ...next };
    return { pathname: "/admin/reviews", query: Object.fromEntries(Object.entries(q).filter(([, v]) => v && v !== "all")) as Record<string, string> };
  };
  const total = queue ? REVIEW_STATUSES.reduce((s, k) => s + queue.counts[k], 0) : 0;
  const tab = (active: boolean) =>
    `block whitespace-nowrap rounded-md px-3 py-1.5 text-sm ${active ? "bg-slate-900 font-semibold text-white" : "border border-slate-200 bg-white text-slate-700 hover:bg-slate-50"}`;
  return (
    <div className="space-y-4">
      <AdminPageHeader title={t("title")} lead={t("lead")} />
      <nav aria-label={t("statusFilter")}>
        <ul className="flex flex-wrap gap-1.5">
          <li>
            <Link href={href({ status: undefined })} className={tab(!status)} aria-current={!status ? "page" : undefined}>
              {t("all", { count: total })}
            </Link>
          </li>
          {REVIEW_STATUSES.map((s) => (
            <li key={s}>
              <Link href={href({ status: s })} className={tab(status === s)} aria-current={status === s ? "page" : undefined}>
                {t("tab", { status: s, count: queue?.counts[s] ?? 0 })}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <p className="flex flex-wrap items-center gap-2 text-sm">
        <span className="text-slate-600">{t("assigneeFilter")}</span>
        {REVIEW_ASSIGNEE_FILTERS.map((a) => (
          <Link
            key={a}
            href={href({ assignee: a })}
            aria-current={assignee === a ? "page" : undefined}
            className={`rounded px-2 py-1 ${assignee === a ? "bg-brand-50 font-semibold text-brand-800" : "text-brand-700 underline underline-offset-2"}`}
          >
            {t(`assigneeFilters.${a}`)}
          </Link>
        ))}
      </p>
      {!queue ? (
        <Alert tone="error">{t("invalid")}</Alert>
      ) : queue.items.length === 0 ? (
        <p className="rounded-xl border border-dashed border-slate-300 bg-white p-6 text-center text-sm text-slate-600">{t("empty")}</p>
      ) : (
        <div className="space-y-3" data-testid="review-queue">
          {queue.items.map((r) => (
            <ReviewCard key={r.id} request={r} selfId={selfId} staff={staff} headingLevel="h2" />
          ))}
        </div>
      )}
      {queue ? <Pagination pathname="/admin/reviews" query={query} page={queue.page} pageCount={queue.pageCount} /> : null}
    </div>
  );
}
