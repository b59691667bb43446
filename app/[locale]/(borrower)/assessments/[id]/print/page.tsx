import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PrintablePlan } from "@/components/dashboard/printable-plan";
import { loadOwnedAssessment } from "../load";

export async function generateMetadata({ params }: PageProps<"/[locale]/assessments/[id]/print">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "dashboard.meta" });
  return { title: t("printTitle"), robots: { index: false, follow: false } };
}

export default async function PrintPage({ params }: PageProps<"/[locale]/assessments/[id]/print">) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const assessment = await loadOwnedAssessment(id);
  if (!assessment) notFound();
  return <PrintablePlan assessment={assessment} />;
}
