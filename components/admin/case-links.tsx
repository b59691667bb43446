import { getFormatter, getTranslations } from "next-intl/server";
import type { CaseDetail } from "@/lib/server/admin/get-case";
import { SectionCard } from "@/components/dashboard/section-card";
import { AdviceLinkForm } from "./advice-link-form";
import { RevokeLinkButton } from "./revoke-link-button";

const STATUS_TONE = { active: "bg-emerald-100 text-emerald-900", expired: "bg-slate-200 text-slate-800", revoked: "bg-red-100 text-red-900" } as const;

/** The case's share links (the borrower's and advice links by staff): status, who made it, views; revoke; create an advice link. */
export async function CaseLinks({ assessmentId, links }: { assessmentId: string; links: CaseDetail["links"] }) {
  const [t, format] = await Promise.all([getTranslations("admin.links"), getFormatter()]);
  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium" });
  return (
    <SectionCard id="case-links" title={t("title")} lead={t("lead")}>
      <div className="space-y-4">
        {links.length === 0 ? (
          <p className="text-sm text-slate-600">{t("empty")}</p>
        ) : (
          <ul className="space-y-2" data-testid="case-links">
            {links.map((l) => (
              <li key={l.id} className="rounded-lg border border-slate-200 p-2.5 text-sm" data-link={l.code}>
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <p className="flex flex-wrap items-center gap-2">
                    <span className="font-mono font-semibold tracking-wider">{l.code}</span>
                    <span className={`rounded px-1.5 py-0.5 text-xs font-medium ${STATUS_TONE[l.status]}`}>{t(`status.${l.status}`)}</span>
                    <span className="text-xs text-slate-600">{l.byStaff ? t("byStaff", { email: l.byStaff }) : t("byBorrower")}</span>
                  </p>
                  {l.status === "active" ? <RevokeLinkButton assessmentId={assessmentId} linkId={l.id} code={l.code} /> : null}
                </div>
                <p className="mt-1 text-xs text-slate-600">
                  {t("meta", { created: date(l.createdAt), expires: date(l.expiresAt), views: l.views })}
                  {l.revokedAt ? ` · ${t("revokedOn", { date: date(l.revokedAt) })}` : null}
                </p>
                {l.staffNote ? <p className="mt-1.5 whitespace-pre-line break-words rounded bg-sky-50 p-2 text-slate-800">{l.staffNote}</p> : null}
                {l.note ? <p className="mt-1.5 break-words text-xs text-slate-600">{t("borrowerNote", { note: l.note })}</p> : null}
              </li>
            ))}
          </ul>
        )}
        <div className="border-t border-slate-200 pt-4">
          <h3 className="mb-2 text-sm font-semibold text-slate-900">{t("createTitle")}</h3>
          <AdviceLinkForm assessmentId={assessmentId} />
        </div>
      </div>
    </SectionCard>
  );
}
