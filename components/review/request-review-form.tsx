"use client";

// First: Zod must be jitless before any schema is built (strict CSP forbids eval).
import "@/components/assessment/zod-config";
import { useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { useRouter } from "@/lib/i18n/navigation";
import { REVIEW_MESSAGE_MAX, reviewRequestSchema } from "@/lib/validation/review";
import { fieldErrors, type FieldErrors } from "@/lib/validation/field-errors";
import { Field, describedBy, inputClass } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { requestReviewAction } from "./actions";

export interface RequestReviewFormProps {
  assessmentId: string;
}

export function RequestReviewForm({ assessmentId }: RequestReviewFormProps) {
  const t = useTranslations("history.review");
  const tv = useTranslations("common.validation");
  const router = useRouter();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formEl = event.currentTarget;
    const raw = { assessmentId, message: String(new FormData(formEl).get("message") ?? "") };
    const parsed = reviewRequestSchema.safeParse(raw);
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error, (k, v) => tv(k, v)));
      return;
    }
    setErrors({});
    setMessage(null);
    setPending(true);
    const result = await requestReviewAction(raw);
    setPending(false);
    if (!result.ok) {
      setErrors(result.errors ?? {});
      setMessage({ tone: "error", text: result.message });
      return;
    }
    formEl.reset();
    setMessage({ tone: "success", text: t("submitted") });
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label={t("requestTitle")}>
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      <Field id={`review-message-${assessmentId}`} label={t("message")} help={t("messageHelp")} errors={errors.message}>
        <textarea
          id={`review-message-${assessmentId}`}
          name="message"
          rows={3}
          maxLength={REVIEW_MESSAGE_MAX}
          className={inputClass}
          {...describedBy(`review-message-${assessmentId}`, t("messageHelp"), errors.message)}
        />
      </Field>
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
