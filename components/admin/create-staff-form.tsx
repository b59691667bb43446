"use client";

import { useId, useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { useRouter } from "@/lib/i18n/navigation";
import { STAFF_ROLES } from "@/lib/validation/admin";
import { Alert } from "@/components/ui/alert";
import { createStaffAction } from "@/app/[locale]/admin/staff/actions";

/** Creates a support or admin account; its first password is shown once, to hand over in person. */
export function CreateStaffForm() {
  const t = useTranslations("admin.staff");
  const router = useRouter();
  const id = useId();
  const [pending, setPending] = useState(false);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [created, setCreated] = useState<{ email: string; password: string } | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    setPending(true);
    setErrors({});
    setMessage(null);
    setCreated(null);
    const result = await createStaffAction({ email: data.get("email"), name: data.get("name"), role: data.get("role") }).catch(() => null);
    setPending(false);
    if (!result || !result.ok) {
      setErrors(result?.errors ?? (result?.code === "CONFLICT" ? { email: [t("taken")] } : {}));
      setMessage(result?.code === "CONFLICT" ? t("taken") : (result?.message ?? t("failed")));
      return;
    }
    form.reset();
    setCreated({ email: result.email, password: result.temporaryPassword });
    router.refresh();
  }

  const field = (name: string) => ({
    id: `${id}-${name}`,
    name,
    "aria-invalid": errors[name]?.length ? true : undefined,
    "aria-describedby": errors[name]?.length ? `${id}-${name}-error` : undefined,
  });
  const error = (name: string) =>
    errors[name]?.length ? (
      <p id={`${id}-${name}-error`} role="alert" className="mt-1 text-xs font-medium text-red-700">
        {errors[name]![0]}
      </p>
    ) : null;
  const input = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-2.5 py-2 text-sm";

  return (
    <div className="space-y-3">
      {created ? (
        <div className="rounded-lg border border-emerald-200 bg-emerald-50 p-3 text-sm" data-testid="created-staff" role="status">
          <p className="font-semibold text-emerald-950">{t("created", { email: created.email })}</p>
          <p className="mt-1 text-emerald-900">{t("passwordOnce")}</p>
          <p className="mt-2">
            <code className="select-all break-all rounded bg-white px-2 py-1 font-mono text-sm" data-testid="temporary-password">
              {created.password}
            </code>
          </p>
        </div>
      ) : null}
      {message ? <Alert tone="error">{message}</Alert> : null}
      <form onSubmit={onSubmit} noValidate className="grid gap-3 sm:grid-cols-[minmax(0,2fr)_minmax(0,1fr)_minmax(0,1fr)_auto] sm:items-start" aria-label={t("createTitle")}>
        <div>
          <label htmlFor={`${id}-email`} className="block text-xs font-medium text-slate-700">
            {t("email")}
          </label>
          <input {...field("email")} type="email" autoComplete="off" required className={input} />
          {error("email")}
        </div>
        <div>
          <label htmlFor={`${id}-name`} className="block text-xs font-medium text-slate-700">
            {t("name")}
          </label>
          <input {...field("name")} type="text" autoComplete="off" className={input} />
          {error("name")}
        </div>
        <div>
          <label htmlFor={`${id}-role`} className="block text-xs font-medium text-slate-700">
            {t("role")}
          </label>
          <select {...field("role")} defaultValue="SUPPORT" className={input}>
            {STAFF_ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`roles.${r}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" disabled={pending} className="rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700 disabled:bg-slate-400 sm:mt-5">
          {pending ? t("creating") : t("create")}
        </button>
      </form>
    </div>
  );
}
