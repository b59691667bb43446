"use client";

// First: Zod must be jitless before any schema is built (strict CSP forbids eval).
import "@/components/assessment/zod-config";
import { useState, type FormEvent } from "react";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { getPathname, useRouter } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import type { ShareLinkSummary } from "@/lib/server/share/types";
import { DEFAULT_SHARE_EXPIRY_DAYS, SHARE_EXPIRY_DAYS, SHARE_NOTE_MAX, shareOptionsSchema } from "@/lib/validation/share";
import { fieldErrors, type FieldErrors } from "@/lib/validation/field-errors";
import { Field, describedBy, inputClass } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { createShareLinkAction, revokeShareLinkAction } from "./actions";
import { CreatedLink } from "./created-link";

export interface SharePanelClientProps {
  assessmentId: string;
  links: ShareLinkSummary[];
}

export function SharePanelClient({ assessmentId, links }: SharePanelClientProps) {
  const t = useTranslations("share");
  const tv = useTranslations("common.validation");
  const format = useFormatter();
  const locale = useLocale() as Locale;
  const router = useRouter();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [created, setCreated] = useState<{ url: string; code: string; expiresAt: string } | null>(null);
  const [revoking, setRevoking] = useState<string | null>(null);
  const [revokeError, setRevokeError] = useState<string | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const raw = {
      showReasons: form.get("showReasons") === "on",
      showChecklist: form.get("showChecklist") === "on",
      note: String(form.get("note") ?? ""),
      expiresInDays: Number(form.get("expiresInDays") ?? DEFAULT_SHARE_EXPIRY_DAYS),
    };
    const parsed = shareOptionsSchema.safeParse(raw);
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error, (k, v) => tv(k, v)));
      setMessage(t("panel.errors.fixErrors"));
      return;
    }
    setErrors({});
    setMessage(null);
    setPending(true);
    const result = await createShareLinkAction(assessmentId, raw);
    setPending(false);
    if (!result.ok) {
      setErrors(result.errors ?? {});
      setMessage(result.message);
      return;
    }
    const url = `${window.location.origin}${getPathname({ href: `/s/${result.link.token}`, locale })}`;
    setCreated({ url, code: result.link.code, expiresAt: result.link.expiresAt });
    router.refresh();
  }

  async function revoke(link: ShareLinkSummary) {
    if (!window.confirm(t("links.revokeConfirm", { code: link.code }))) return;
    setRevoking(link.id);
    setRevokeError(null);
    const result = await revokeShareLinkAction(link.id);
    setRevoking(null);
    if (!result.ok) setRevokeError(t("links.revokeFailed"));
    router.refresh();
  }

  const date = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short" });
  const badge: Record<ShareLinkSummary["status"], string> = {
    active: "bg-emerald-100 text-emerald-900",
    expired: "bg-slate-200 text-slate-800",
    revoked: "bg-red-100 text-red-900",
  };

  return (
    <section aria-labelledby="share-title" className="rounded-2xl border border-slate-200 bg-white p-5 shadow-sm sm:p-6" data-testid="share-panel">
      <h2 id="share-title" className="text-lg font-semibold">
        {t("panel.title")}
      </h2>
      <p className="mt-1.5 text-sm leading-relaxed text-slate-600">{t("panel.lead")}</p>

      <form onSubmit={onSubmit} noValidate className="mt-4 space-y-4">
        {message ? <Alert tone="error">{message}</Alert> : null}
        <ul className="space-y-1 text-sm">
          <li className="flex gap-2 text-slate-800">
            <span aria-hidden className="text-emerald-700">✓</span>
            {t("panel.always")}
          </li>
          <li className="flex gap-2 text-slate-800">
            <span aria-hidden className="text-red-700">✕</span>
            {t("panel.never")}
          </li>
        </ul>
        <fieldset className="space-y-2">
          <legend className="sr-only">{t("links.shows")}</legend>
          <label className="flex items-start gap-3 text-sm">
            <input type="checkbox" name="showReasons" className="mt-0.5 h-5 w-5 shrink-0 accent-brand-600" />
            <span>{t("panel.showReasons")}</span>
          </label>
          <label className="flex items-start gap-3 text-sm">
            <input type="checkbox" name="showChecklist" className="mt-0.5 h-5 w-5 shrink-0 accent-brand-600" />
            <span>{t("panel.showChecklist")}</span>
          </label>
        </fieldset>
        <Field id="share-note" label={t("panel.note")} help={t("panel.noteHelp")} errors={errors.note}>
          <textarea
            id="share-note"
            name="note"
            rows={2}
            maxLength={SHARE_NOTE_MAX}
            className={inputClass}
            {...describedBy("share-note", t("panel.noteHelp"), errors.note)}
          />
        </Field>
        <fieldset>
          <legend className="text-sm font-medium text-slate-800">{t("panel.expiry")}</legend>
          <div className="mt-2 grid grid-cols-2 gap-2 sm:grid-cols-4">
            {SHARE_EXPIRY_DAYS.map((days) => (
              <label
                key={days}
                className="flex cursor-pointer items-center gap-2 rounded-lg border border-slate-300 px-3 py-2 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50"
              >
                <input type="radio" name="expiresInDays" value={days} defaultChecked={days === DEFAULT_SHARE_EXPIRY_DAYS} className="accent-brand-600" />
                {days === DEFAULT_SHARE_EXPIRY_DAYS ? t("panel.expiryDefault", { days }) : t("panel.expiryDays", { days })}
              </label>
            ))}
          </div>
        </fieldset>
        <Button type="submit" disabled={pending}>
          {pending ? t("panel.creating") : t("panel.create")}
        </Button>
      </form>

      {created ? <CreatedLink url={created.url} code={created.code} expiresAt={date(created.expiresAt)} /> : null}

      <div className="mt-6 border-t border-slate-200 pt-4">
        <h3 className="text-base font-semibold">{t("links.title")}</h3>
        {revokeError ? (
          <div className="mt-2">
            <Alert tone="error">{revokeError}</Alert>
          </div>
        ) : null}
        {links.length === 0 ? (
          <p className="mt-2 text-sm text-slate-600">{t("links.empty")}</p>
        ) : (
          <ul className="mt-3 divide-y divide-slate-100" aria-label={t("links.caption")}>
            {links.map((link) => (
              <li key={link.id} className="flex flex-wrap items-start justify-between gap-3 py-3" data-testid="share-link-row">
                <div className="min-w-0 space-y-1 text-sm">
                  <p className="flex flex-wrap items-center gap-2">
                    <span className="font-mono font-semibold tracking-wider">{link.code}</span>
                    <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${badge[link.status]}`}>{t(`links.states.${link.status}`)}</span>
                    {link.createdByStaff ? <span className="text-xs text-slate-600">{t("links.byStaff")}</span> : null}
                  </p>
                  <p className="text-slate-600">
                    {t("links.showsList", {
                      list: [t("links.showsBase"), link.showReasons ? t("links.showsReasons") : null, link.showChecklist ? t("links.showsChecklist") : null]
                        .filter(Boolean)
                        .join(t("links.separator")),
                    })}
                  </p>
                  <p className="text-slate-600">
                    {t("links.created")} {date(link.createdAt)} · {t("links.expires")} {date(link.expiresAt)} · {t("links.views")} {link.views}
                  </p>
                  {link.note ? <p className="break-words text-slate-700">“{link.note}”</p> : null}
                </div>
                {link.status === "active" ? (
                  <Button variant="secondary" disabled={revoking === link.id} onClick={() => revoke(link)}>
                    {revoking === link.id ? t("links.revoking") : t("links.revoke")}
                  </Button>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
