import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { searchCases } from "@/lib/server/admin/search-cases";
import { caseSearchSchema, queryObject } from "@/lib/validation/admin";
import { CaseSearch } from "@/components/admin/case-search";
import { queryString, requireStaffPage } from "./guard";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "admin.find" });
  return { title: t("title") };
}

export default async function AdminFindPage({ params, searchParams }: PageProps<"/[locale]/admin">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const query = queryObject(await searchParams);
  const user = await requireStaffPage({ locale, callbackUrl: `/admin${queryString(query)}` });
  const parsed = caseSearchSchema.safeParse(query);
  const result = parsed.success ? await searchCases({ actor: user, search: parsed.data }) : null;
  return <CaseSearch query={query} result={result} />;
}
