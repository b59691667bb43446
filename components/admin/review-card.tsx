import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { BandBadge } from "./band-badge";
import { ReviewActions } from "./review-actions";

const BADGE = { OPEN: "bg-amber-100 text-amber-900", IN_PROGRESS: "bg-sky-100 text-sky-900", ANSWERED: "bg-emerald-100 text-emerald-900" } as const;

export interface ReviewCardProps {
  request: {
    id: string;
    status: "OPEN" | "IN_PROGRESS" | "ANSWERED";
    message: string | null;
    answer: string | null;
    answeredAt: Date | null;
    createdAt: Date;
    assignee: { id: string; email: string } | null;
    requester?: string | null;
    assessment?: { id: string; platform: string; goal: string; band: string; probability: number };
  };
  selfId: string;
  staff: { id: string; email: string }[];
  headingLevel?: "h2" | "h3";
}

/** One review request: who asked (masked) about which case, their message, who handles it, and the answer — or the forms to get there. */
export async function ReviewCard({ request: r, selfId, staff, headingLevel = "h3" }: ReviewCardProps) {
  const [t, ts, format] = await Promise.all([getTranslations("admin.reviews"), getTranslations("scoring"), getFormatter()]);
  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  const Heading = headingLevel;
  return (
    <article className="space-y-3 rounded-xl border border-slate-200 bg-white p-3 sm:p-4" data-review={r.id} aria-labelledby={`review-${r.id}`}>
      <header className="flex flex-wrap items-center justify-between gap-2">
        <Heading id={`review-${r.id}`} className="flex flex-wrap items-center gap-2 text-sm font-semibold text-slate-900">
          <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${BADGE[r.status]}`}>{t(`status.${r.status}`)}</span>
          {r.assessment ? (
            <span>
              {ts(`platforms.${r.assessment.platform}`)} · {ts(`goals.${r.assessment.goal}`)}
            </span>
          ) : (
            <span>{t("request")}</span>
          )}
        </Heading>
        {r.assessment ? (
          <Link href={`/admin/cases/${r.assessment.id}`} className="text-sm font-medium text-brand-700 underline underline-offset-2">
            {t("openCase")}
          </Link>
        ) : null}
      </header>
      <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-slate-600">
        <span>{t("requested", { date: date(r.createdAt) })}</span>
        {r.requester !== undefined ? <span className="break-all">{r.requester ?? t("anonymous")}</span> : null}
        {r.assessment ? (
          <span className="flex items-center gap-1.5">
            {format.number(r.assessment.probability, { style: "percent" })}
            <BandBadge band={r.assessment.band} label={ts(`bands.${r.assessment.band}`)} />
          </span>
        ) : null}
        <span className="break-all">{r.assignee ? t("assignedTo", { email: r.assignee.email }) : t("unassigned")}</span>
      </p>
      <div className="rounded-lg bg-slate-50 p-2.5 text-sm">
        <p className="text-xs font-medium text-slate-600">{t("message")}</p>
        <p className="mt-0.5 whitespace-pre-line break-words text-slate-900">{r.message ?? t("noMessage")}</p>
      </div>
      {r.status === "ANSWERED" ? (
        <div className="rounded-lg bg-emerald-50 p-2.5 text-sm">
          <p className="text-xs font-semibold text-emerald-900">
            {t("answer")}
            {r.answeredAt ? <span className="font-normal"> · {date(r.answeredAt)}</span> : null}
          </p>
          <p className="mt-0.5 whitespace-pre-line break-words text-slate-900">{r.answer}</p>
        </div>
      ) : (
        <ReviewActions requestId={r.id} assigneeId={r.assignee?.id ?? null} selfId={selfId} staff={staff} />
      )}
    </article>
  );
}
