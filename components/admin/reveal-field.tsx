"use client";

import { useId, useState, type FormEvent } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { REVEAL_REASON_MAX, REVEAL_REASON_MIN, type RevealField as RevealFieldId } from "@/lib/validation/admin";
import { revealFieldAction } from "@/app/[locale]/admin/cases/[assessmentId]/actions";

export interface RevealFieldProps {
  assessmentId: string;
  field: RevealFieldId;
  /** What shows while masked (e.g. `z•••@qq.com`); a neutral mask when omitted. */
  masked?: string;
}

/**
 * A masked value with "reveal": the staff member types why (at least 10
 * characters), the server records it in the audit log, and only then sends the
 * value. It shows until the page is left; a reload masks it again.
 */
export function RevealField({ assessmentId, field, masked }: RevealFieldProps) {
  const t = useTranslations("admin.reveal");
  const tf = useTranslations("admin.fields");
  const format = useFormatter();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [value, setValue] = useState<{ v: string | number | null } | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const reason = String(new FormData(event.currentTarget).get("reason") ?? "").trim();
    if (reason.length < REVEAL_REASON_MIN) {
      setError(t("tooShort", { min: REVEAL_REASON_MIN }));
      return;
    }
    setPending(true);
    setError(null);
    const result = await revealFieldAction({ assessmentId, field, reason }).catch(() => null);
    setPending(false);
    if (!result || !result.ok) {
      setError(result?.errors?.reason?.[0] ?? result?.message ?? t("failed"));
      return;
    }
    setValue({ v: result.value });
    setOpen(false);
  }

  if (value) {
    const shown = value.v === null ? t("notGiven") : typeof value.v === "number" && field !== "zhimaScore" ? format.number(value.v) : String(value.v);
    return (
      <span className="inline-flex flex-wrap items-baseline gap-x-2" data-revealed={field}>
        <span className="break-all font-semibold text-slate-900">{shown}</span>
        <span className="text-xs text-slate-500">{t("logged")}</span>
      </span>
    );
  }

  return (
    <span className="inline-block w-full">
      <span className="inline-flex flex-wrap items-baseline gap-x-2">
        <span className="break-all text-slate-700" aria-label={t("maskedLabel", { field: tf(field) })}>
          {masked ?? "•••••"}
        </span>
        {!open ? (
          <button
            type="button"
            onClick={() => setOpen(true)}
            className="rounded px-1.5 py-0.5 text-xs font-semibold text-brand-700 underline underline-offset-2 hover:bg-brand-50"
            aria-label={t("revealLabel", { field: tf(field) })}
          >
            {t("reveal")}
          </button>
        ) : null}
      </span>
      {open ? (
        <form onSubmit={onSubmit} noValidate className="mt-2 w-72 max-w-full space-y-2 rounded-lg border border-amber-200 bg-amber-50 p-2.5 text-left" aria-label={t("revealLabel", { field: tf(field) })}>
          <label htmlFor={`${id}-reason`} className="block text-xs font-medium text-amber-950">
            {t("reasonLabel", { field: tf(field) })}
          </label>
          <input
            id={`${id}-reason`}
            name="reason"
            type="text"
            maxLength={REVEAL_REASON_MAX}
            autoFocus
            aria-describedby={`${id}-help${error ? ` ${id}-error` : ""}`}
            aria-invalid={error ? true : undefined}
            className="block w-full rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm"
          />
          <p id={`${id}-help`} className="text-xs text-amber-900">
            {t("reasonHelp", { min: REVEAL_REASON_MIN })}
          </p>
          {error ? (
            <p id={`${id}-error`} role="alert" className="text-xs font-medium text-red-700">
              {error}
            </p>
          ) : null}
          <div className="flex gap-2">
            <button type="submit" disabled={pending} className="rounded-md bg-amber-700 px-3 py-1.5 text-xs font-semibold text-white hover:bg-amber-800 disabled:bg-slate-400">
              {pending ? t("revealing") : t("confirm")}
            </button>
            <button type="button" onClick={() => (setOpen(false), setError(null))} className="rounded-md px-3 py-1.5 text-xs font-medium text-slate-700 hover:bg-white">
              {t("cancel")}
            </button>
          </div>
        </form>
      ) : null}
    </span>
  );
}
