"use client";

import { useId, useState } from "react";
import { useTranslations } from "next-intl";
import { useRouter } from "@/lib/i18n/navigation";
import { STAFF_ROLES, type StaffRole } from "@/lib/validation/admin";
import { changeRoleAction, disableStaffAction, enableStaffAction } from "@/app/[locale]/admin/staff/actions";

export interface StaffRowActionsProps {
  userId: string;
  email: string;
  role: StaffRole;
  disabled: boolean;
}

/** Change a colleague's role, disable the account (ending its sessions, after a confirm) or enable it again. */
export function StaffRowActions({ userId, email, role, disabled }: StaffRowActionsProps) {
  const t = useTranslations("admin.staff");
  const router = useRouter();
  const id = useId();
  const [pending, setPending] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function run(action: () => Promise<{ ok: boolean; message?: string } | null>) {
    setPending(true);
    setError(null);
    const result = await action().catch(() => null);
    setPending(false);
    setConfirming(false);
    if (!result || !result.ok) {
      setError(result?.message ?? t("failed"));
      return;
    }
    router.refresh();
  }

  return (
    <div className="flex flex-wrap items-center gap-2">
      {!disabled ? (
        <>
          <label htmlFor={`${id}-role`} className="sr-only">
            {t("roleFor", { email })}
          </label>
          <select
            id={`${id}-role`}
            defaultValue={role}
            disabled={pending}
            onChange={(e) => run(() => changeRoleAction({ userId, role: e.target.value }))}
            className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm"
          >
            {STAFF_ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`roles.${r}`)}
              </option>
            ))}
          </select>
          {confirming ? (
            <>
              <button
                type="button"
                disabled={pending}
                onClick={() => run(() => disableStaffAction({ userId }))}
                className="rounded-md bg-red-700 px-2.5 py-1 text-xs font-semibold text-white hover:bg-red-800 disabled:bg-slate-400"
              >
                {t("confirmDisable", { email })}
              </button>
              <button type="button" onClick={() => setConfirming(false)} className="rounded-md px-2 py-1 text-xs text-slate-700 hover:bg-slate-100">
                {t("cancel")}
              </button>
            </>
          ) : (
            <button
              type="button"
              onClick={() => setConfirming(true)}
              className="rounded-md border border-red-300 px-2.5 py-1 text-xs font-semibold text-red-800 hover:bg-red-50"
              aria-label={t("disableLabel", { email })}
            >
              {t("disable")}
            </button>
          )}
        </>
      ) : (
        <button
          type="button"
          disabled={pending}
          onClick={() => run(() => enableStaffAction({ userId }))}
          className="rounded-md border border-slate-300 bg-white px-2.5 py-1 text-xs font-semibold text-slate-800 hover:bg-slate-50"
          aria-label={t("enableLabel", { email })}
        >
          {t("enable")}
        </button>
      )}
      {error ? (
        <span role="alert" className="text-xs font-medium text-red-700">
          {error}
        </span>
      ) : null}
    </div>
  );
}
