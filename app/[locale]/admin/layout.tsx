import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/session";
import { ClientMessages } from "@/components/i18n/client-messages";
import { AdminNav } from "@/components/admin/admin-nav";

export async function generateMetadata({ params }: LayoutProps<"/[locale]/admin">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "admin.meta" });
  return { title: { default: t("title"), template: `%s · ${t("title")}` }, robots: { index: false, follow: false } };
}

/**
 * The staff area's frame: a navigation bar for signed-in staff. It decides
 * nothing: each page authorises itself (and redirects everyone else), and the
 * data layer checks again.
 */
export default async function AdminLayout({ children, params }: LayoutProps<"/[locale]/admin">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await getCurrentUser();
  const staff = user && user.role !== "BORROWER" ? { email: user.email, role: user.role } : null;
  return (
    // The staff area's client components (navigation, forms, reveal buttons) are spread over
    // its pages; they all use the admin namespace, given here once for the whole area.
    <ClientMessages namespaces={["admin"]}>
      <div className="space-y-6" data-area="admin">
        {staff ? <AdminNav email={staff.email} role={staff.role} /> : null}
        {children}
      </div>
    </ClientMessages>
  );
}
