import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AssessmentDashboard } from "@/components/dashboard/assessment-dashboard";
import { SharePanel } from "@/components/share/share-panel";
import { RequestReview } from "@/components/review/request-review";
import { loadOwnedAssessment } from "./load";

export async function generateMetadata({ params }: PageProps<"/[locale]/assessments/[id]">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "dashboard.meta" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

export default async function AssessmentPage({ params }: PageProps<"/[locale]/assessments/[id]">) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const assessment = await loadOwnedAssessment(id);
  if (!assessment) notFound();
  return (
    <AssessmentDashboard
      assessment={assessment}
      actions={
        <div className="space-y-4">
          <SharePanel assessmentId={id} />
          <RequestReview assessmentId={id} />
        </div>
      }
    />
  );
}
