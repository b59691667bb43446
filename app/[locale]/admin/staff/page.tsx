import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { listStaffAccounts } from "@/lib/server/admin/list-staff-accounts";
import { StaffAdmin } from "@/components/admin/staff-admin";
import { requireStaffPage } from "../guard";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/staff">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "admin.staff" });
  return { title: t("title") };
}

/** Admins only: support staff get "not found". */
export default async function AdminStaffPage({ params }: PageProps<"/[locale]/admin/staff">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireStaffPage({ locale, callbackUrl: "/admin/staff", roles: ["ADMIN"] });
  const accounts = await listStaffAccounts({ actor: user });
  return <StaffAdmin accounts={accounts} />;
}
