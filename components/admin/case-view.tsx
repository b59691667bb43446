import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { CaseDetail } from "@/lib/server/admin/get-case";
import type { Assessment } from "@/lib/scoring";
import { ChanceSection } from "@/components/dashboard/chance-section";
import { DimensionsSection } from "@/components/dashboard/dimensions-section";
import { PlanSection } from "@/components/dashboard/plan-section";
import { SectionCard } from "@/components/dashboard/section-card";
import { WarningsSection } from "@/components/dashboard/warnings-section";
import { Alert } from "@/components/ui/alert";
import { AdminPageHeader } from "./page-header";
import { BandBadge } from "./band-badge";
import { CaseChecklist } from "./case-checklist";
import { CaseInputs } from "./case-inputs";
import { CaseLinks } from "./case-links";
import { CaseNotes } from "./case-notes";
import { CaseReasons } from "./case-reasons";
import { RevealField } from "./reveal-field";
import { ReviewCard } from "./review-card";

export interface CaseViewProps {
  detail: CaseDetail;
  selfId: string;
  staff: { id: string; email: string }[];
}

/**
 * One borrower's case for support staff: who (masked), the assessment as the
 * borrower saw it, their answers (masked amounts, revealable with a reason),
 * their other check-ups, review requests, internal notes and advice links.
 */
export async function CaseView({ detail, selfId, staff }: CaseViewProps) {
  const [t, ts, format] = await Promise.all([getTranslations("admin.case"), getTranslations("scoring"), getFormatter()]);
  const { assessment: a, owner } = detail;
  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  const pct = (p: number) => format.number(p, { style: "percent" });
  const jump = [
    ["case-borrower-view", t("jump.borrowerView")],
    ["case-inputs", t("jump.inputs")],
    ["case-history", t("jump.history")],
    ["case-reviews", t("jump.reviews", { count: detail.reviews.length })],
    ["case-notes", t("jump.notes", { count: detail.notes.length })],
    ["case-links", t("jump.links", { count: detail.links.length })],
  ] as const;
  // The dashboard sections take the scoring library's type; amounts were taken out of reasons only, which these sections do not read.
  const output = a.output as unknown as Assessment | null;

  return (
    <article className="space-y-5" data-case={a.id}>
      <AdminPageHeader
        title={t("title", { platform: ts(`platforms.${a.platform}`), goal: ts(`goals.${a.goal}`) })}
        lead={t("lead", { date: date(a.createdAt), model: a.modelVersion })}
        actions={
          <Link href="/admin" className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-semibold text-slate-800 hover:bg-slate-50">
            {t("back")}
          </Link>
        }
      />

      <section aria-labelledby="case-summary-title" className="rounded-xl border border-slate-200 bg-white p-3 text-sm sm:p-4">
        <h2 id="case-summary-title" className="sr-only">
          {t("summary")}
        </h2>
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-2">
          <div>
            <dt className="text-xs text-slate-600">{t("caseId")}</dt>
            <dd className="break-all font-mono text-xs">{a.id}</dd>
          </div>
          <div>
            <dt className="text-xs text-slate-600">{t("result")}</dt>
            <dd className="flex items-center gap-2">
              <span className="font-semibold tabular-nums">{pct(a.probability)}</span>
              <BandBadge band={a.band} label={ts(`bands.${a.band}`)} />
            </dd>
          </div>
          <div>
            <dt className="text-xs text-slate-600">{t("borrower")}</dt>
            <dd data-testid="case-owner">
              {owner.kind === "user" ? <RevealField assessmentId={a.id} field="email" masked={owner.email} /> : <span>{t("anonymous")}</span>}
            </dd>
          </div>
          <div>
            <dt className="text-xs text-slate-600">{t("account")}</dt>
            <dd>
              {owner.kind === "user"
                ? t("accountValue", { date: format.dateTime(owner.since, { dateStyle: "medium" }), role: owner.role, disabled: owner.disabled ? "yes" : "no" })
                : t("anonymousAccount")}
            </dd>
          </div>
        </dl>
      </section>

      <nav aria-label={t("jump.label")}>
        <ul className="flex flex-wrap gap-1.5 text-sm">
          {jump.map(([id, label]) => (
            <li key={id} className="shrink-0">
              <a href={`#${id}`} className="block rounded-md border border-slate-200 bg-white px-2.5 py-1.5 text-slate-700 hover:border-brand-600 hover:text-brand-700">
                {label}
              </a>
            </li>
          ))}
        </ul>
      </nav>

      <section id="case-borrower-view" aria-labelledby="case-borrower-view-title" className="space-y-4 rounded-2xl border-2 border-dashed border-slate-300 p-2 sm:p-4">
        <div>
          <h2 id="case-borrower-view-title" className="text-lg font-semibold text-slate-900">
            {t("borrowerView")}
          </h2>
          <p className="mt-1 text-sm text-slate-600">{t("borrowerViewLead")}</p>
        </div>
        {output && a.output ? (
          <>
            <WarningsSection warnings={output.warnings} />
            <ChanceSection output={output} />
            <CaseReasons reasons={a.output.reasons} />
            <CaseChecklist items={output.checklist} done={a.done} />
            <PlanSection output={output} />
            <DimensionsSection output={output} />
          </>
        ) : (
          <Alert tone="warning">{t("outputUnreadable")}</Alert>
        )}
      </section>

      <CaseInputs assessmentId={a.id} rows={a.inputs} />

      <SectionCard id="case-history" title={t("historyTitle")} lead={t("historyLead", { count: detail.history.length })}>
        <ol className="divide-y divide-slate-100 text-sm">
          {detail.history.map((h) => (
            <li key={h.id} className="flex flex-wrap items-center justify-between gap-x-3 gap-y-1 py-2" aria-current={h.current ? "true" : undefined}>
              <span className="text-slate-700">{date(h.createdAt)}</span>
              <span className="min-w-0 flex-1">
                {ts(`platforms.${h.platform}`)} · {ts(`goals.${h.goal}`)}
              </span>
              <span className="flex items-center gap-2">
                <span className="tabular-nums font-semibold">{pct(h.probability)}</span>
                <BandBadge band={h.band} label={ts(`bands.${h.band}`)} />
              </span>
              {h.current ? (
                <span className="w-16 text-right text-xs font-semibold text-slate-500">{t("thisOne")}</span>
              ) : (
                <Link href={`/admin/cases/${h.id}`} className="w-16 text-right text-sm font-medium text-brand-700 underline underline-offset-2">
                  {t("open")}
                </Link>
              )}
            </li>
          ))}
        </ol>
      </SectionCard>

      <SectionCard id="case-reviews" title={t("reviewsTitle")} lead={t("reviewsLead")}>
        {detail.reviews.length === 0 ? (
          <p className="text-sm text-slate-600">{t("noReviews")}</p>
        ) : (
          <div className="space-y-3">
            {detail.reviews.map((r) => (
              <ReviewCard key={r.id} request={r} selfId={selfId} staff={staff} />
            ))}
          </div>
        )}
      </SectionCard>

      <CaseNotes assessmentId={a.id} notes={detail.notes} />
      <CaseLinks assessmentId={a.id} links={detail.links} />
    </article>
  );
}
