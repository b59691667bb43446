"use client";

import { useState, type FormEvent } from "react";
import { getSession, signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { Link, useRouter } from "@/lib/i18n/navigation";
import { signInSchema } from "@/lib/validation/auth";
import { fieldErrors, type FieldErrors } from "@/lib/validation/field-errors";
import { Field, describedBy, inputClass } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";

export interface SignInFormProps {
  callbackUrl?: string;
}

export function SignInForm({ callbackUrl }: SignInFormProps) {
  const t = useTranslations("auth");
  const tv = useTranslations("common.validation");
  const router = useRouter();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const parsed = signInSchema.safeParse({ email: form.get("email"), password: form.get("password") });
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error, (k, v) => tv(k, v)));
      return;
    }
    setErrors({});
    setPending(true);
    const result = await signIn("credentials", { ...parsed.data, redirect: false });
    setPending(false);
    if (!result || result.error) {
      setMessage(result?.error === "RATE_LIMITED" ? t("rateLimited") : t("badCredentials"));
      return;
    }
    router.replace(callbackUrl ? safeCallback(callbackUrl) : await homeForRole());
    router.refresh();
  }

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-4">
      {message ? <Alert tone="error">{message}</Alert> : null}
      <Field id="email" label={t("email")} errors={errors.email}>
        <input id="email" name="email" type="email" autoComplete="email" className={inputClass} {...describedBy("email", undefined, errors.email)} />
      </Field>
      <Field id="password" label={t("password")} errors={errors.password}>
        <input id="password" name="password" type="password" autoComplete="current-password" className={inputClass} {...describedBy("password", undefined, errors.password)} />
      </Field>
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? t("signingIn") : t("signIn")}
      </Button>
      <p className="text-center text-sm text-slate-600">
        {t("noAccount")}{" "}
        <Link href="/signup" className="font-medium text-brand-700 underline">
          {t("signUp")}
        </Link>
      </p>
    </form>
  );
}

/** Staff land on the admin view, borrowers on their history (the session says which). */
async function homeForRole(): Promise<string> {
  const session = await getSession();
  const role = session?.user?.role;
  return role === "SUPPORT" || role === "ADMIN" ? "/admin" : "/history";
}

/** Only same-site paths; anything else goes to the history page. */
export function safeCallback(url: string | undefined): string {
  return url && url.startsWith("/") && !url.startsWith("//") ? url : "/history";
}
