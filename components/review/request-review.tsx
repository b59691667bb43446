import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { getOwner } from "@/lib/server/owner/current-owner";
import { listReviewRequests } from "@/lib/server/reviews/list-review-requests";
import { OPEN_REVIEW_STATUSES } from "@/lib/server/reviews/types";
import { ClientMessages } from "@/components/i18n/client-messages";
import { LazyRequestReviewForm } from "./lazy-request-review-form";
import { ReviewAnswer } from "./review-answer";

export interface RequestReviewProps {
  /** The assessment shown on the dashboard; the current visitor must own it. */
  assessmentId: string;
  /** Where "how the model works" links to (the model card section). */
  modelCardHref?: string;
  /** Also show the status and answers of earlier requests (default true). */
  showAnswers?: boolean;
}

/**
 * For every dashboard: how the estimate was made (two sentences and a link to
 * the model card), then "request a human review" with an optional message.
 * While a request is open the form is replaced by its status; once answered,
 * the answer shows and the borrower may ask again.
 */
export async function RequestReview({ assessmentId, modelCardHref = "/guides/general#how-it-works", showAnswers = true }: RequestReviewProps) {
  const [t, owner] = await Promise.all([getTranslations("history.review"), getOwner()]);
  const requests = owner ? await listReviewRequests({ owner, assessmentId }) : [];
  const open = requests.some((r) => (OPEN_REVIEW_STATUSES as readonly string[]).includes(r.status));
  return (
    <section aria-labelledby={`review-${assessmentId}`} className="rounded-2xl border border-slate-200 bg-white p-5 shadow-sm sm:p-6" data-testid="request-review">
      <h2 id={`review-${assessmentId}`} className="text-lg font-semibold">
        {t("howTitle")}
      </h2>
      <p className="mt-1.5 text-sm leading-relaxed text-slate-700">{t("how")}</p>
      <p className="mt-2 text-sm">
        <Link href={modelCardHref} className="font-medium text-brand-700 underline underline-offset-2">
          {t("modelCard")}
        </Link>
      </p>
      <div className="mt-5 border-t border-slate-200 pt-4">
        <h3 className="text-base font-semibold">{t("requestTitle")}</h3>
        {showAnswers && requests.length ? (
          <div className="mt-3">
            <ReviewAnswer assessmentId={assessmentId} requests={requests} heading={false} />
          </div>
        ) : null}
        {open ? (
          <p className="mt-3 text-sm text-slate-700">{t("alreadyOpen")}</p>
        ) : (
          <div className="mt-2 space-y-3">
            <p className="text-sm leading-relaxed text-slate-600">{requests.length ? t("askAgain") : t("requestLead")}</p>
            <ClientMessages namespaces={["history.review", "common.validation"]}>
              <LazyRequestReviewForm assessmentId={assessmentId} />
            </ClientMessages>
          </div>
        )}
      </div>
    </section>
  );
}
