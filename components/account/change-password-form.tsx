"use client";

import { useState, type FormEvent } from "react";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useRouter } from "@/lib/i18n/navigation";
import { changePasswordSchema } from "@/lib/validation/account";
import { fieldErrors, type FieldErrors } from "@/lib/validation/field-errors";
import { changePasswordAction } from "@/app/[locale]/(borrower)/settings/actions";
import { Field, describedBy, inputClass } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";

/**
 * Change password. The server bumps sessionVersion, which ends every session;
 * this browser then signs in again with the new password so the borrower is
 * not thrown out of the page they are on.
 */
export function ChangePasswordForm() {
  const t = useTranslations("settings.password");
  const tv = useTranslations("common.validation");
  const router = useRouter();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formEl = event.currentTarget;
    const form = new FormData(formEl);
    const raw = { currentPassword: form.get("currentPassword"), newPassword: form.get("newPassword") };
    const parsed = changePasswordSchema.safeParse(raw);
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error, (k, v) => tv(k, v)));
      return;
    }
    setErrors({});
    setMessage(null);
    setPending(true);
    const result = await changePasswordAction(raw);
    if (!result.ok) {
      setPending(false);
      setErrors(result.errors ?? {});
      setMessage({ tone: "error", text: result.message });
      return;
    }
    const again = await signIn("credentials", { email: result.email, password: parsed.data.newPassword, redirect: false });
    setPending(false);
    formEl.reset();
    if (!again || again.error) {
      router.replace({ pathname: "/signin", query: { callbackUrl: "/settings" } });
      return;
    }
    setMessage({ tone: "success", text: t("done") });
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label={t("title")}>
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      <Field id="currentPassword" label={t("current")} errors={errors.currentPassword}>
        <input
          id="currentPassword"
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          className={inputClass}
          {...describedBy("currentPassword", undefined, errors.currentPassword)}
        />
      </Field>
      <Field id="newPassword" label={t("new")} help={t("newHelp")} errors={errors.newPassword}>
        <input
          id="newPassword"
          name="newPassword"
          type="password"
          autoComplete="new-password"
          className={inputClass}
          {...describedBy("newPassword", t("newHelp"), errors.newPassword)}
        />
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
