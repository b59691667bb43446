"use client";

import { useId, useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { useRouter } from "@/lib/i18n/navigation";
import { ANSWER_MAX } from "@/lib/validation/admin";
import { Alert } from "@/components/ui/alert";
import { answerReviewAction, assignReviewAction } from "@/app/[locale]/admin/reviews/actions";

export interface ReviewActionsProps {
  requestId: string;
  assigneeId: string | null;
  selfId: string;
  staff: { id: string; email: string }[];
}

/** Assign a waiting review request (to oneself or a colleague) and answer it. */
export function ReviewActions({ requestId, assigneeId, selfId, staff }: ReviewActionsProps) {
  const t = useTranslations("admin.reviews");
  const router = useRouter();
  const id = useId();
  const [pending, setPending] = useState<"assign" | "answer" | null>(null);
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [answerError, setAnswerError] = useState<string | null>(null);

  async function assign(to: string) {
    setPending("assign");
    setMessage(null);
    const result = await assignReviewAction({ requestId, assigneeId: to }).catch(() => null);
    setPending(null);
    if (!result || !result.ok) {
      setMessage({ tone: "error", text: result?.message ?? t("failed") });
      return;
    }
    setMessage({ tone: "success", text: t("assigned") });
    router.refresh();
  }

  async function onAssign(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await assign(String(new FormData(event.currentTarget).get("assigneeId") ?? ""));
  }

  async function onAnswer(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const answer = String(new FormData(event.currentTarget).get("answer") ?? "");
    if (!answer.trim()) {
      setAnswerError(t("answerRequired"));
      return;
    }
    setPending("answer");
    setAnswerError(null);
    setMessage(null);
    const result = await answerReviewAction({ requestId, answer }).catch(() => null);
    setPending(null);
    if (!result || !result.ok) {
      setAnswerError(result?.errors?.answer?.[0] ?? null);
      setMessage({ tone: "error", text: result?.message ?? t("failed") });
      return;
    }
    setMessage({ tone: "success", text: t("answeredOk") });
    router.refresh();
  }

  return (
    <div className="space-y-3">
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      <form onSubmit={onAssign} className="flex flex-wrap items-end gap-2" aria-label={t("assignLabel")}>
        <div className="min-w-0 flex-1 sm:flex-none">
          <label htmlFor={`${id}-assignee`} className="block text-xs font-medium text-slate-700">
            {t("assignee")}
          </label>
          <select
            id={`${id}-assignee`}
            name="assigneeId"
            defaultValue={assigneeId ?? selfId}
            className="mt-1 block w-full max-w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm sm:w-64"
          >
            {staff.map((s) => (
              <option key={s.id} value={s.id}>
                {s.id === selfId ? t("me", { email: s.email }) : s.email}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" disabled={pending !== null} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-semibold text-slate-800 hover:bg-slate-50 disabled:text-slate-400">
          {t("assign")}
        </button>
        {assigneeId !== selfId ? (
          <button type="button" onClick={() => assign(selfId)} disabled={pending !== null} className="rounded-md px-3 py-1.5 text-sm font-semibold text-brand-700 hover:bg-brand-50">
            {t("assignSelf")}
          </button>
        ) : null}
      </form>
      <form onSubmit={onAnswer} noValidate className="space-y-2" aria-label={t("answerFormLabel")}>
        <label htmlFor={`${id}-answer`} className="block text-sm font-medium text-slate-800">
          {t("answerLabel")}
        </label>
        <textarea
          id={`${id}-answer`}
          name="answer"
          rows={4}
          maxLength={ANSWER_MAX}
          aria-describedby={`${id}-answer-help${answerError ? ` ${id}-answer-error` : ""}`}
          aria-invalid={answerError ? true : undefined}
          className="block w-full rounded-md border border-slate-300 bg-white px-2.5 py-2 text-sm"
        />
        <p id={`${id}-answer-help`} className="text-xs text-slate-600">
          {t("answerHelp")}
        </p>
        {answerError ? (
          <p id={`${id}-answer-error`} role="alert" className="text-sm font-medium text-red-700">
            {answerError}
          </p>
        ) : null}
        <button type="submit" disabled={pending !== null} className="rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700 disabled:bg-slate-400">
          {pending === "answer" ? t("sending") : t("send")}
        </button>
      </form>
    </div>
  );
}
