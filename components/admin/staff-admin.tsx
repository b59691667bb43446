import { getFormatter, getTranslations } from "next-intl/server";
import type { StaffAccount } from "@/lib/server/admin/list-staff-accounts";
import { SectionCard } from "@/components/dashboard/section-card";
import { AdminPageHeader } from "./page-header";
import { CreateStaffForm } from "./create-staff-form";
import { StaffRowActions } from "./staff-row-actions";

/** Staff accounts (admins only): create one, change roles, disable (ending sessions) or enable. */
export async function StaffAdmin({ accounts }: { accounts: StaffAccount[] }) {
  const [t, format] = await Promise.all([getTranslations("admin.staff"), getFormatter()]);
  return (
    <div className="space-y-4">
      <AdminPageHeader title={t("title")} lead={t("lead")} />
      <SectionCard id="staff-create" title={t("createTitle")} lead={t("createLead")}>
        <CreateStaffForm />
      </SectionCard>
      <SectionCard id="staff-list" title={t("listTitle", { count: accounts.length })}>
        <ul className="divide-y divide-slate-100" data-testid="staff-list">
          {accounts.map((a) => (
            <li key={a.id} className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 py-2.5 text-sm" data-staff={a.email}>
              <div className="min-w-0">
                <p className="flex flex-wrap items-center gap-2">
                  <span className="break-all font-medium text-slate-900">{a.email}</span>
                  {a.self ? <span className="text-xs text-slate-500">{t("you")}</span> : null}
                  <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs font-medium text-slate-800">{t(`roles.${a.role}`)}</span>
                  <span
                    className={`rounded px-1.5 py-0.5 text-xs font-medium ${a.disabledAt ? "bg-red-100 text-red-900" : "bg-emerald-100 text-emerald-900"}`}
                    data-testid="staff-status"
                  >
                    {a.disabledAt ? t("disabledOn", { date: format.dateTime(a.disabledAt, { dateStyle: "medium" }) }) : t("active")}
                  </span>
                </p>
                <p className="mt-0.5 text-xs text-slate-600">
                  {a.name ? `${a.name} · ` : null}
                  {t("since", { date: format.dateTime(a.createdAt, { dateStyle: "medium" }) })}
                </p>
              </div>
              {a.self ? null : <StaffRowActions userId={a.id} email={a.email} role={a.role} disabled={a.disabledAt !== null} />}
            </li>
          ))}
        </ul>
      </SectionCard>
    </div>
  );
}
