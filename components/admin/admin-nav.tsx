"use client";

import { useTranslations } from "next-intl";
import { Link, usePathname } from "@/lib/i18n/navigation";

export interface AdminNavProps {
  email: string;
  role: "SUPPORT" | "ADMIN";
}

const ITEMS = [
  { href: "/admin", key: "find", match: (p: string) => p === "/admin" || p.startsWith("/admin/cases") },
  { href: "/admin/reviews", key: "reviews", match: (p: string) => p.startsWith("/admin/reviews") },
  { href: "/admin/insight", key: "insight", match: (p: string) => p.startsWith("/admin/insight") },
  { href: "/admin/audit", key: "audit", match: (p: string) => p.startsWith("/admin/audit") },
  { href: "/admin/staff", key: "staff", match: (p: string) => p.startsWith("/admin/staff"), adminOnly: true },
] as const;

/** The staff area's sections (staff management for admins only) and who is signed in. */
export function AdminNav({ email, role }: AdminNavProps) {
  const t = useTranslations("admin.nav");
  const pathname = usePathname();
  return (
    <div className="rounded-xl border border-slate-200 bg-slate-900 px-3 py-2 text-sm text-slate-100 sm:px-4">
      <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1">
        <p className="font-semibold">{t("title")}</p>
        <p className="min-w-0 truncate text-xs text-slate-300" data-testid="admin-identity">
          {t("signedInAs", { email, role: t(`roles.${role}`) })}
        </p>
      </div>
      <nav aria-label={t("label")} className="mt-2 -mx-1">
        <ul className="flex flex-wrap gap-1">
          {ITEMS.filter((i) => !("adminOnly" in i) || role === "ADMIN").map((item) => {
            const active = item.match(pathname);
            return (
              <li key={item.href} className="shrink-0">
                <Link
                  href={item.href}
                  aria-current={active ? "page" : undefined}
                  className={`block rounded-md px-2.5 py-1.5 ${active ? "bg-white font-semibold text-slate-900" : "text-slate-200 hover:bg-slate-700"}`}
                >
                  {t(item.key)}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
    </div>
  );
}
