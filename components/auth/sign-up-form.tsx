"use client";

import { useState, type FormEvent } from "react";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { Link, useRouter } from "@/lib/i18n/navigation";
import { signUpSchema } from "@/lib/validation/auth";
import { fieldErrors, type FieldErrors } from "@/lib/validation/field-errors";
import { signUpAction } from "@/app/[locale]/(auth)/signup/actions";
import { Field, describedBy, inputClass } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { safeCallback } from "./sign-in-form";

export interface SignUpFormProps {
  callbackUrl?: string;
}

export function SignUpForm({ callbackUrl }: SignUpFormProps) {
  const t = useTranslations("auth");
  const tv = useTranslations("common.validation");
  const router = useRouter();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const raw = { email: form.get("email"), password: form.get("password"), name: form.get("name") || undefined };
    const parsed = signUpSchema.safeParse(raw);
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error, (k, v) => tv(k, v)));
      return;
    }
    setPending(true);
    setErrors({});
    const result = await signUpAction(raw);
    if (!result.ok) {
      setPending(false);
      setMessage(result.message);
      setErrors(result.errors ?? {});
      return;
    }
    const login = await signIn("credentials", { email: parsed.data.email, password: parsed.data.password, redirect: false });
    setPending(false);
    if (!login || login.error) {
      setMessage(t("badCredentials"));
      return;
    }
    router.replace(safeCallback(callbackUrl));
    router.refresh();
  }

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-4">
      {message ? <Alert tone="error">{message}</Alert> : null}
      <Field id="name" label={t("name")} help={t("nameHelp")} errors={errors.name}>
        <input id="name" name="name" autoComplete="nickname" className={inputClass} {...describedBy("name", t("nameHelp"), errors.name)} />
      </Field>
      <Field id="email" label={t("email")} errors={errors.email}>
        <input id="email" name="email" type="email" autoComplete="email" className={inputClass} {...describedBy("email", undefined, errors.email)} />
      </Field>
      <Field id="password" label={t("password")} help={t("passwordHelp")} errors={errors.password}>
        <input id="password" name="password" type="password" autoComplete="new-password" className={inputClass} {...describedBy("password", t("passwordHelp"), errors.password)} />
      </Field>
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? t("creating") : t("signUp")}
      </Button>
      <p className="text-center text-sm text-slate-600">
        {t("haveAccount")}{" "}
        <Link href="/signin" className="font-medium text-brand-700 underline">
          {t("signIn")}
        </Link>
      </p>
    </form>
  );
}
