"use client";

import { useState, type FormEvent } from "react";
import { signOut } from "next-auth/react";
import { useLocale, useTranslations } from "next-intl";
import { getPathname } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { confirmsDeletion } from "@/lib/validation/account";
import { deleteAccountAction } from "@/app/[locale]/(borrower)/settings/actions";
import { Field, describedBy, inputClass } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";

export interface DeleteAccountFormProps {
  email: string;
}

/** Typed confirmation (the account's email), then the account and all its data are deleted. */
export function DeleteAccountForm({ email }: DeleteAccountFormProps) {
  const t = useTranslations("settings.delete");
  const locale = useLocale() as Locale;
  const [value, setValue] = useState("");
  const [errors, setErrors] = useState<string[] | undefined>();
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const matches = confirmsDeletion(value, email);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!matches) {
      setErrors([t("mismatch")]);
      return;
    }
    setPending(true);
    setErrors(undefined);
    setMessage(null);
    const result = await deleteAccountAction({ confirmation: value });
    if (!result.ok) {
      setPending(false);
      setErrors(result.errors?.confirmation);
      setMessage(result.message);
      return;
    }
    // The account is gone; clear this browser's session cookie and say so.
    await signOut({ callbackUrl: getPathname({ href: "/settings/deleted", locale }) });
  }

  const label = t("confirmLabel", { email });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label={t("title")}>
      {message ? <Alert tone="error">{message}</Alert> : null}
      <Field id="deleteConfirmation" label={label} errors={errors}>
        <input
          id="deleteConfirmation"
          name="confirmation"
          type="email"
          autoComplete="off"
          spellCheck={false}
          value={value}
          onChange={(e) => setValue(e.target.value)}
          className={inputClass}
          {...describedBy("deleteConfirmation", undefined, errors)}
        />
      </Field>
      <Button type="submit" variant="danger" disabled={pending || !matches}>
        {pending ? t("deleting") : t("button")}
      </Button>
    </form>
  );
}
