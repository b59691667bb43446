import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { listAuditEvents } from "@/lib/server/admin/list-audit-events";
import { auditFiltersSchema, queryObject } from "@/lib/validation/admin";
import { AuditLog } from "@/components/admin/audit-log";
import { queryString, requireStaffPage } from "../guard";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/audit">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "admin.audit" });
  return { title: t("title") };
}

export default async function AdminAuditPage({ params, searchParams }: PageProps<"/[locale]/admin/audit">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const query = queryObject(await searchParams);
  const user = await requireStaffPage({ locale, callbackUrl: `/admin/audit${queryString(query)}` });
  const parsed = auditFiltersSchema.safeParse(query);
  const log = parsed.success ? await listAuditEvents({ actor: user, filters: parsed.data }) : null;
  return <AuditLog log={log} query={query} />;
}
