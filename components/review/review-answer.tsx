import { getFormatter, getTranslations } from "next-intl/server";
import { getOwner } from "@/lib/server/owner/current-owner";
import { listReviewRequests } from "@/lib/server/reviews/list-review-requests";
import type { ReviewRequestView } from "@/lib/server/reviews/types";

export interface ReviewAnswerProps {
  assessmentId: string;
  /** Already loaded requests (newest first); loaded for the current owner when omitted. */
  requests?: ReviewRequestView[];
  /** Show the "Human review" heading (default true). */
  heading?: boolean;
}

const BADGE: Record<ReviewRequestView["status"], string> = {
  OPEN: "bg-amber-100 text-amber-900",
  IN_PROGRESS: "bg-sky-100 text-sky-900",
  ANSWERED: "bg-emerald-100 text-emerald-900",
};

/** The borrower's review requests on this assessment: status, their message, and support's answer. Renders nothing when none. */
export async function ReviewAnswer({ assessmentId, requests, heading = true }: ReviewAnswerProps) {
  const list = requests ?? (await ownRequests(assessmentId));
  if (list.length === 0) return null;
  const [t, format] = await Promise.all([getTranslations("history.review"), getFormatter()]);
  const date = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short" });
  return (
    <div className="space-y-3" data-testid="review-answer">
      {heading ? <h3 className="text-base font-semibold">{t("statusTitle")}</h3> : null}
      <ul className="space-y-3">
        {list.map((r) => (
          <li key={r.id} className="rounded-lg border border-slate-200 p-4 text-sm">
            <p className="flex flex-wrap items-center gap-2">
              <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${BADGE[r.status]}`}>{t(`status.${r.status}`)}</span>
              <span className="text-slate-600">{t("requestedAt", { date: date(r.createdAt) })}</span>
            </p>
            {r.message ? (
              <div className="mt-2">
                <p className="text-xs font-medium text-slate-600">{t("yourMessage")}</p>
                <p className="mt-0.5 whitespace-pre-line break-words text-slate-800">{r.message}</p>
              </div>
            ) : null}
            {r.status === "ANSWERED" && r.answer ? (
              <div className="mt-3 rounded-lg bg-emerald-50 p-3">
                <p className="text-xs font-semibold text-emerald-900">
                  {t("answerTitle")}
                  {r.answeredAt ? <span className="font-normal"> · {t("answeredAt", { date: date(r.answeredAt) })}</span> : null}
                </p>
                <p className="mt-1 whitespace-pre-line break-words text-slate-900">{r.answer}</p>
              </div>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}

async function ownRequests(assessmentId: string): Promise<ReviewRequestView[]> {
  const owner = await getOwner();
  return owner ? listReviewRequests({ owner, assessmentId }) : [];
}
