"use client";

import { useId, useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { useRouter } from "@/lib/i18n/navigation";
import { NOTE_MAX } from "@/lib/validation/admin";
import { Alert } from "@/components/ui/alert";
import { addNoteAction } from "@/app/[locale]/admin/cases/[assessmentId]/actions";

/** Adds an internal note to the case; the list above refreshes from the server. */
export function NoteForm({ assessmentId }: { assessmentId: string }) {
  const t = useTranslations("admin.notes");
  const router = useRouter();
  const id = useId();
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const body = String(new FormData(form).get("body") ?? "");
    if (!body.trim()) {
      setError(t("required"));
      return;
    }
    setPending(true);
    setError(null);
    setMessage(null);
    const result = await addNoteAction({ assessmentId, body }).catch(() => null);
    setPending(false);
    if (!result || !result.ok) {
      setError(result?.errors?.body?.[0] ?? null);
      setMessage({ tone: "error", text: result?.message ?? t("failed") });
      return;
    }
    form.reset();
    setMessage({ tone: "success", text: t("added") });
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-2" aria-label={t("formLabel")}>
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      <label htmlFor={`${id}-body`} className="block text-sm font-medium text-slate-800">
        {t("label")}
      </label>
      <textarea
        id={`${id}-body`}
        name="body"
        rows={3}
        maxLength={NOTE_MAX}
        aria-describedby={`${id}-help${error ? ` ${id}-error` : ""}`}
        aria-invalid={error ? true : undefined}
        className="block w-full rounded-md border border-slate-300 bg-white px-2.5 py-2 text-sm"
      />
      <p id={`${id}-help`} className="text-xs text-slate-600">
        {t("help")}
      </p>
      {error ? (
        <p id={`${id}-error`} role="alert" className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
      <button type="submit" disabled={pending} className="rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700 disabled:bg-slate-400">
        {pending ? t("adding") : t("add")}
      </button>
    </form>
  );
}
