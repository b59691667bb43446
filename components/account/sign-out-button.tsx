"use client";

import { useState } from "react";
import { signOut } from "next-auth/react";
import { useLocale, useTranslations } from "next-intl";
import { getPathname } from "@/lib/i18n/navigation";
import { Button, type ButtonProps } from "@/components/ui/button";
import type { Locale } from "@/lib/i18n/routing";

export interface SignOutButtonProps {
  /** Where to land afterwards (locale-less path); the home page by default. */
  callbackPath?: string;
  variant?: ButtonProps["variant"];
  className?: string;
}

/** Ends this browser's session (NextAuth signOut, CSRF-protected POST) and goes home. */
export function SignOutButton({ callbackPath = "/", variant = "secondary", className }: SignOutButtonProps) {
  const t = useTranslations("settings.sessions");
  const locale = useLocale() as Locale;
  const [pending, setPending] = useState(false);
  return (
    <Button
      variant={variant}
      className={className}
      disabled={pending}
      onClick={async () => {
        setPending(true);
        await signOut({ callbackUrl: getPathname({ href: callbackPath, locale }) });
      }}
    >
      {pending ? t("signingOut") : t("signOut")}
    </Button>
  );
}
