import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getInsight } from "@/lib/server/admin/get-insight";
import { caseFiltersSchema, queryObject } from "@/lib/validation/admin";
import { InsightDashboard } from "@/components/admin/insight-dashboard";
import { queryString, requireStaffPage } from "../guard";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/insight">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "admin.insight" });
  return { title: t("title") };
}

export default async function AdminInsightPage({ params, searchParams }: PageProps<"/[locale]/admin/insight">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const query = queryObject(await searchParams);
  const user = await requireStaffPage({ locale, callbackUrl: `/admin/insight${queryString(query)}` });
  const parsed = caseFiltersSchema.safeParse(query);
  const insight = parsed.success ? await getInsight({ actor: user, filters: parsed.data }) : null;
  return <InsightDashboard insight={insight} query={query} />;
}
