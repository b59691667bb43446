import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/session";
import { Link, redirect } from "@/lib/i18n/navigation";
import { AppError } from "@/lib/server/errors";
import { getOwnAssessmentSummary } from "@/lib/server/history/get-own-assessment";
import { recordIdSchema } from "@/lib/validation/share";
import { SharePanel } from "@/components/share/share-panel";
import { RequestReview } from "@/components/review/request-review";
import { pct } from "@/components/history/format";
import { labelOf } from "@/components/history/labels";

export async function generateMetadata({ params }: PageProps<"/[locale]/history/[id]">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "history.record" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

/** One check-up from the history: share it, or ask for a human review. */
export default async function HistoryRecordPage({ params }: PageProps<"/[locale]/history/[id]">) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await getCurrentUser();
  if (!user) return redirect({ href: { pathname: "/signin", query: { callbackUrl: `/history/${id}` } }, locale });
  const parsed = recordIdSchema.safeParse(id);
  if (!parsed.success) notFound();

  let summary;
  try {
    summary = await getOwnAssessmentSummary({ userId: user.id, assessmentId: parsed.data });
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
  const [t, format] = await Promise.all([getTranslations("history"), getFormatter()]);

  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <header>
        <Link href="/history" className="text-sm font-medium text-brand-700 underline underline-offset-2">
          ← {t("record.back")}
        </Link>
        <h1 className="mt-3 text-2xl font-bold sm:text-3xl">{t("record.title")}</h1>
        <p className="mt-2 text-slate-700">
          {t("record.lead", {
            date: format.dateTime(summary.createdAt, { dateStyle: "medium", timeStyle: "short" }),
            platform: labelOf(t, "platforms", summary.platform),
            chance: pct(summary.probability),
          })}
        </p>
        <Link href={`/assessments/${summary.id}`} className="mt-2 inline-block text-sm font-medium text-brand-700 underline underline-offset-2">
          {t("record.openDashboard")}
        </Link>
      </header>
      <SharePanel assessmentId={summary.id} />
      <RequestReview assessmentId={summary.id} />
    </div>
  );
}
