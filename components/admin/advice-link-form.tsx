"use client";

import { useId, useState, type FormEvent } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { useRouter } from "@/lib/i18n/navigation";
import { SHARE_EXPIRY_DAYS, STAFF_NOTE_MAX } from "@/lib/validation/share";
import { Alert } from "@/components/ui/alert";
import { createAdviceLinkAction } from "@/app/[locale]/admin/cases/[assessmentId]/actions";

/**
 * Creates an advice link for the borrower: the shared-link page with the
 * staff member's advice on it. The full link is shown once (only its hash is
 * kept), to copy into the reply to the borrower.
 */
export function AdviceLinkForm({ assessmentId }: { assessmentId: string }) {
  const t = useTranslations("admin.links");
  const format = useFormatter();
  const router = useRouter();
  const id = useId();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<{ url: string; code: string; expiresAt: string } | null>(null);
  const [copied, setCopied] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const staffNote = String(data.get("staffNote") ?? "");
    if (!staffNote.trim()) {
      setError(t("noteRequired"));
      return;
    }
    setPending(true);
    setError(null);
    setCreated(null);
    const result = await createAdviceLinkAction({
      assessmentId,
      staffNote,
      expiresInDays: Number(data.get("expiresInDays")),
      showReasons: data.get("showReasons") === "on",
      showChecklist: data.get("showChecklist") === "on",
    }).catch(() => null);
    setPending(false);
    if (!result || !result.ok) {
      setError(result?.errors?.staffNote?.[0] ?? result?.message ?? t("failed"));
      return;
    }
    form.reset();
    setCopied(false);
    setCreated({ url: `${window.location.origin}${result.path}`, code: result.code, expiresAt: result.expiresAt });
    router.refresh();
  }

  async function copy() {
    if (!created) return;
    try {
      await navigator.clipboard.writeText(created.url);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  }

  return (
    <div className="space-y-3">
      {created ? (
        <div className="space-y-2 rounded-lg border border-emerald-200 bg-emerald-50 p-3 text-sm" data-testid="created-advice-link">
          <p className="font-semibold text-emerald-950">{t("created", { code: created.code })}</p>
          <label htmlFor={`${id}-url`} className="block text-xs font-medium text-emerald-950">
            {t("url")}
          </label>
          <div className="flex flex-wrap gap-2">
            <input id={`${id}-url`} readOnly value={created.url} onFocus={(e) => e.currentTarget.select()} className="min-w-0 flex-1 rounded-md border border-emerald-300 bg-white px-2.5 py-1.5 font-mono text-xs" />
            <button type="button" onClick={copy} className="rounded-md bg-emerald-700 px-3 py-1.5 text-xs font-semibold text-white hover:bg-emerald-800">
              {copied ? t("copied") : t("copy")}
            </button>
          </div>
          <p className="text-xs text-emerald-900">{t("onceOnly", { date: format.dateTime(new Date(created.expiresAt), { dateStyle: "medium" }) })}</p>
        </div>
      ) : null}
      <form onSubmit={onSubmit} noValidate className="space-y-2" aria-label={t("formLabel")}>
        {error ? <Alert tone="error">{error}</Alert> : null}
        <label htmlFor={`${id}-note`} className="block text-sm font-medium text-slate-800">
          {t("staffNote")}
        </label>
        <textarea
          id={`${id}-note`}
          name="staffNote"
          rows={3}
          maxLength={STAFF_NOTE_MAX}
          aria-describedby={`${id}-note-help`}
          className="block w-full rounded-md border border-slate-300 bg-white px-2.5 py-2 text-sm"
        />
        <p id={`${id}-note-help`} className="text-xs text-slate-600">
          {t("staffNoteHelp")}
        </p>
        <div className="flex flex-wrap items-end gap-x-4 gap-y-2">
          <div>
            <label htmlFor={`${id}-expiry`} className="block text-xs font-medium text-slate-700">
              {t("expires")}
            </label>
            <select id={`${id}-expiry`} name="expiresInDays" defaultValue="30" className="mt-1 rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm">
              {SHARE_EXPIRY_DAYS.map((d) => (
                <option key={d} value={d}>
                  {t("days", { days: d })}
                </option>
              ))}
            </select>
          </div>
          <label className="flex items-center gap-2 py-1.5 text-sm">
            <input type="checkbox" name="showReasons" defaultChecked className="h-4 w-4 accent-brand-600" />
            {t("showReasons")}
          </label>
          <label className="flex items-center gap-2 py-1.5 text-sm">
            <input type="checkbox" name="showChecklist" defaultChecked className="h-4 w-4 accent-brand-600" />
            {t("showChecklist")}
          </label>
        </div>
        <button type="submit" disabled={pending} className="rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700 disabled:bg-slate-400">
          {pending ? t("creating") : t("create")}
        </button>
      </form>
    </div>
  );
}
