import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AppError } from "@/lib/server/errors";
import { getCase, type CaseDetail } from "@/lib/server/admin/get-case";
import { listAssignableStaff } from "@/lib/server/admin/list-assignable-staff";
import { CaseView } from "@/components/admin/case-view";
import { requireStaffPage } from "../../guard";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/cases/[assessmentId]">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "admin.case" });
  return { title: t("metaTitle") };
}

/** One case. Loading it is a "case.view" in the audit log. */
export default async function AdminCasePage({ params }: PageProps<"/[locale]/admin/cases/[assessmentId]">) {
  const { locale, assessmentId } = await params;
  setRequestLocale(locale);
  const user = await requireStaffPage({ locale, callbackUrl: `/admin/cases/${encodeURIComponent(assessmentId)}` });
  let detail: CaseDetail;
  try {
    detail = await getCase({ actor: user, assessmentId });
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
  const staff = await listAssignableStaff({ actor: user });
  return <CaseView detail={detail} selfId={user.id} staff={staff} />;
}
