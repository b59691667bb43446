"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { useRouter } from "@/lib/i18n/navigation";
import { revokeLinkAction } from "@/app/[locale]/admin/cases/[assessmentId]/actions";

/** Revoke in two clicks (ask, then confirm); the link's page says "revoked" from then on. */
export function RevokeLinkButton({ assessmentId, linkId, code }: { assessmentId: string; linkId: string; code: string }) {
  const t = useTranslations("admin.links");
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function revoke() {
    setPending(true);
    const result = await revokeLinkAction({ assessmentId, linkId }).catch(() => null);
    setPending(false);
    if (!result || !result.ok) {
      setError(result?.message ?? t("failed"));
      return;
    }
    setConfirming(false);
    router.refresh();
  }

  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      {confirming ? (
        <>
          <button type="button" onClick={revoke} disabled={pending} className="rounded-md bg-red-700 px-2.5 py-1 text-xs font-semibold text-white hover:bg-red-800 disabled:bg-slate-400">
            {t("confirmRevoke", { code })}
          </button>
          <button type="button" onClick={() => setConfirming(false)} className="rounded-md px-2 py-1 text-xs text-slate-700 hover:bg-slate-100">
            {t("cancel")}
          </button>
        </>
      ) : (
        <button type="button" onClick={() => setConfirming(true)} className="rounded-md border border-red-300 px-2.5 py-1 text-xs font-semibold text-red-800 hover:bg-red-50" aria-label={t("revokeLabel", { code })}>
          {t("revoke")}
        </button>
      )}
      {error ? (
        <span role="alert" className="text-xs font-medium text-red-700">
          {error}
        </span>
      ) : null}
    </span>
  );
}
