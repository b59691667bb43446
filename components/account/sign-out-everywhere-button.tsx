"use client";

import { useState } from "react";
import { signOut } from "next-auth/react";
import { useLocale, useTranslations } from "next-intl";
import { getPathname } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { signOutEverywhereAction } from "@/app/[locale]/(borrower)/settings/actions";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";

/** Bumps sessionVersion (ends every session everywhere), then signs this browser out. */
export function SignOutEverywhereButton() {
  const t = useTranslations("settings.sessions");
  const locale = useLocale() as Locale;
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="space-y-2">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Button
        variant="secondary"
        disabled={pending}
        onClick={async () => {
          if (!window.confirm(t("confirmEverywhere"))) return;
          setPending(true);
          const result = await signOutEverywhereAction();
          if (!result.ok && !result.signedOut) {
            setPending(false);
            setError(result.message);
            return;
          }
          await signOut({ callbackUrl: getPathname({ href: "/signin", locale }) });
        }}
      >
        {pending ? t("signingOut") : t("signOutEverywhere")}
      </Button>
    </div>
  );
}
