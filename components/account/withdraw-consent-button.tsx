"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { useRouter } from "@/lib/i18n/navigation";
import { withdrawConsentAction } from "@/app/[locale]/(borrower)/settings/actions";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";

export interface WithdrawConsentButtonProps {
  /** Whether a consent is in force (otherwise the button is disabled with a note). */
  hasActive: boolean;
}

export function WithdrawConsentButton({ hasActive }: WithdrawConsentButtonProps) {
  const t = useTranslations("settings.consent");
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  return (
    <div className="space-y-3">
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      {hasActive ? (
        <Button
          variant="secondary"
          disabled={pending}
          onClick={async () => {
            if (!window.confirm(t("confirm"))) return;
            setPending(true);
            const result = await withdrawConsentAction();
            setPending(false);
            setMessage(result.ok ? { tone: "success", text: t("done") } : { tone: "error", text: result.message });
            router.refresh();
          }}
        >
          {pending ? t("withdrawing") : t("withdraw")}
        </Button>
      ) : message ? null : (
        <p className="text-sm text-slate-600">{t("nothingActive")}</p>
      )}
    </div>
  );
}
