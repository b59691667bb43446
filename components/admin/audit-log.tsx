import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { AuditLog as Log } from "@/lib/server/admin/list-audit-events";
import { Alert } from "@/components/ui/alert";
import { adminInputClass, adminLabelClass } from "./case-filters";
import { AdminPageHeader } from "./page-header";
import { Pagination } from "./pagination";

export interface AuditLogProps {
  log: Log | null;
  query: Record<string, string | undefined>;
}

const cell = "block py-0.5 md:table-cell md:py-2 md:pr-3 md:align-top before:mr-1 before:text-xs before:font-medium before:text-slate-500 before:content-[attr(data-label)] md:before:content-none";

/** Metadata as short `key: value` pairs (it never holds personal data: see recordAudit). */
function details(metadata: unknown): string {
  if (!metadata || typeof metadata !== "object") return "";
  return Object.entries(metadata as Record<string, unknown>)
    .map(([k, v]) => `${k}: ${typeof v === "object" && v !== null ? JSON.stringify(v) : String(v)}`)
    .join(" · ");
}

/** Who did what, when, to what, and why: newest first, filterable, read-only. */
export async function AuditLog({ log, query }: AuditLogProps) {
  const [t, format] = await Promise.all([getTranslations("admin.audit"), getFormatter()]);
  const actionLabel = (a: string) => {
    const key = `actions.${a.replaceAll(".", "_")}`;
    return t.has(key) ? t(key) : a;
  };
  const actions = log?.actions ?? [];
  return (
    <div className="space-y-4">
      <AdminPageHeader title={t("title")} lead={t("lead")} />
      <form method="get" role="search" aria-label={t("filters")} className="rounded-xl border border-slate-200 bg-white p-3 sm:p-4">
        <div className="grid grid-cols-2 gap-3 md:grid-cols-5">
          <div className="col-span-2 md:col-span-1">
            <label htmlFor="a-action" className={adminLabelClass}>
              {t("action")}
            </label>
            <select id="a-action" name="action" defaultValue={query.action ?? ""} className={`mt-1 ${adminInputClass}`}>
              <option value="">{t("any")}</option>
              {actions.map((a) => (
                <option key={a} value={a}>
                  {actionLabel(a)}
                </option>
              ))}
            </select>
          </div>
          <div className="col-span-2 md:col-span-1">
            <label htmlFor="a-actor" className={adminLabelClass}>
              {t("actor")}
            </label>
            <input id="a-actor" name="actor" type="email" defaultValue={query.actor ?? ""} className={`mt-1 ${adminInputClass}`} />
          </div>
          <div className="col-span-2 md:col-span-1">
            <label htmlFor="a-target" className={adminLabelClass}>
              {t("target")}
            </label>
            <input id="a-target" name="target" type="text" defaultValue={query.target ?? ""} className={`mt-1 ${adminInputClass}`} />
          </div>
          <div>
            <label htmlFor="a-from" className={adminLabelClass}>
              {t("from")}
            </label>
            <input id="a-from" name="from" type="date" defaultValue={query.from ?? ""} className={`mt-1 ${adminInputClass}`} />
          </div>
          <div>
            <label htmlFor="a-to" className={adminLabelClass}>
              {t("to")}
            </label>
            <input id="a-to" name="to" type="date" defaultValue={query.to ?? ""} className={`mt-1 ${adminInputClass}`} />
          </div>
        </div>
        <div className="mt-3 flex flex-wrap gap-2">
          <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700">
            {t("apply")}
          </button>
          <Link href="/admin/audit" className="rounded-md px-3 py-2 text-sm font-medium text-brand-700 hover:bg-brand-50">
            {t("reset")}
          </Link>
        </div>
      </form>
      {!log ? (
        <Alert tone="error">{t("invalid")}</Alert>
      ) : (
        <section aria-labelledby="audit-results" className="space-y-3">
          <h2 id="audit-results" className="text-base font-semibold">
            {t("results", { total: log.total })}
          </h2>
          {log.items.length === 0 ? (
            <p className="rounded-xl border border-dashed border-slate-300 bg-white p-6 text-center text-sm text-slate-600">{t("empty")}</p>
          ) : (
            <table className="block w-full text-sm md:table" data-testid="audit-log">
              <caption className="sr-only">{t("title")}</caption>
              <thead className="sr-only md:not-sr-only">
                <tr className="border-b border-slate-200 text-left text-xs text-slate-600">
                  <th scope="col" className="py-2 pr-3 font-medium">
                    {t("when")}
                  </th>
                  <th scope="col" className="py-2 pr-3 font-medium">
                    {t("who")}
                  </th>
                  <th scope="col" className="py-2 pr-3 font-medium">
                    {t("what")}
                  </th>
                  <th scope="col" className="py-2 pr-3 font-medium">
                    {t("target")}
                  </th>
                  <th scope="col" className="py-2 pr-3 font-medium">
                    {t("reason")}
                  </th>
                </tr>
              </thead>
              <tbody className="block space-y-2 md:table-row-group md:space-y-0">
                {log.items.map((e) => (
                  <tr key={e.id} className="block rounded-lg border border-slate-200 bg-white p-2.5 md:table-row md:rounded-none md:border-0 md:border-b md:border-slate-100 md:p-0" data-action={e.action}>
                    <td data-label={t("when")} className={`${cell} whitespace-nowrap text-slate-700`}>
                      {format.dateTime(e.createdAt, { dateStyle: "medium", timeStyle: "medium" })}
                    </td>
                    <td data-label={t("who")} className={`${cell} break-all`}>
                      {e.actor ?? t("system")}
                      {e.actorRole ? <span className="ml-1 text-xs text-slate-500">({t.has(`roles.${e.actorRole}`) ? t(`roles.${e.actorRole}`) : e.actorRole})</span> : null}
                    </td>
                    <td data-label={t("what")} className={cell}>
                      <span className="font-medium text-slate-900">{actionLabel(e.action)}</span>
                      {details(e.metadata) ? <span className="block break-all font-mono text-[11px] text-slate-500">{details(e.metadata)}</span> : null}
                    </td>
                    <td data-label={t("target")} className={`${cell} break-all`}>
                      {e.targetId ? (
                        e.targetType === "assessment" ? (
                          <Link href={`/admin/cases/${e.targetId}`} className="font-mono text-xs text-brand-700 underline underline-offset-2">
                            {e.targetId}
                          </Link>
                        ) : (
                          <span className="font-mono text-xs">
                            {e.targetType ? `${e.targetType} ` : null}
                            {e.targetId}
                          </span>
                        )
                      ) : (
                        <span className="text-xs text-slate-500">{e.targetType ?? "—"}</span>
                      )}
                    </td>
                    <td data-label={t("reason")} className={`${cell} break-words`}>
                      {e.reason ?? <span className="text-slate-400">—</span>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <Pagination pathname="/admin/audit" query={query} page={log.page} pageCount={log.pageCount} />
        </section>
      )}
    </div>
  );
}
