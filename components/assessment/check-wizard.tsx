"use client";

import { useEffect, useRef, useState, useSyncExternalStore, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { useRouter } from "@/lib/i18n/navigation";
import type { FieldErrors } from "@/lib/validation/field-errors";
import { createAssessmentAction } from "@/app/[locale]/(borrower)/check/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ProgressBar } from "@/components/ui/progress-bar";
import { GOALS_BY_PLATFORM } from "@/lib/validation/assessment-rules";
import { ConsentStep } from "./consent-step";
import { draftStore, type WizardState } from "./draft-store";
import { Question, questionId } from "./question";
import {
  activeSteps,
  buildInput,
  CONSENT_FIELD,
  contextOf,
  errorsForStep,
  stepOfPath,
  visibleQuestions,
  type Draft,
  type StepId,
} from "./wizard-model";

/**
 * Checking answers needs Zod and the scoring schema (./wizard-validation): they
 * load when the borrower starts using the form (focus, a tap, a pointer over
 * it), not with the page. Once loaded, every check is synchronous as before.
 */
type Validation = typeof import("./wizard-validation");
let validation: Validation | null = null;
let loadingValidation: Promise<Validation> | null = null;
function loadValidation(): Promise<Validation> {
  loadingValidation ??= import("./wizard-validation").then(
    (module) => (validation = module),
    (error: unknown) => {
      loadingValidation = null; // a failed download is tried again on the next press
      throw error;
    },
  );
  return loadingValidation;
}
const prefetchValidation = () => void loadValidation().catch(() => undefined);

export interface CheckWizardProps {
  /** The consent text's version, sent back with the submission (the server checks it is current). */
  consentVersion: string;
}

type Focus = { kind: "heading" } | { kind: "field"; path: string } | { kind: "message" } | null;

/**
 * The check-up: one topic per screen, only the questions that apply, each
 * validated on the spot with the same schema the server uses. Answers live in
 * sessionStorage until the borrower agrees on the last screen; then the
 * server scores and stores them and the dashboard opens.
 */
export function CheckWizard({ consentVersion }: CheckWizardProps) {
  const t = useTranslations("check");
  const tv = useTranslations("common.validation");
  const router = useRouter();
  const state = useSyncExternalStore(draftStore.subscribe, draftStore.getSnapshot, draftStore.getServerSnapshot);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [opening, setOpening] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const messageRef = useRef<HTMLDivElement>(null);
  const focusNext = useRef<Focus>(null);
  const waiting = useRef(false);

  const { draft } = state;
  const ctx = contextOf(draft);
  const steps = activeSteps(draft);
  const found = steps.findIndex((s) => s.id === state.step);
  const index = found < 0 ? 0 : found;
  const step = steps[index]!;
  const isLast = step.id === "consent";
  const translate = (key: string, values?: Record<string, string | number>) => tv(key, values);

  // Focus follows the borrower: the new step's heading, the first wrong answer, or the message.
  useEffect(() => {
    const target = focusNext.current;
    focusNext.current = null;
    if (!target) return;
    if (target.kind === "heading") {
      headingRef.current?.focus();
      window.scrollTo({ top: 0 });
    } else if (target.kind === "message") messageRef.current?.focus();
    else {
      const el = document.getElementById(questionId(target.path));
      const control = el instanceof HTMLFieldSetElement ? el.querySelector<HTMLInputElement>("input:checked, input") : el;
      control?.focus();
    }
  });

  function save(next: Partial<WizardState>) {
    draftStore.set({ ...state, ...next });
  }

  function goTo(stepId: StepId) {
    focusNext.current = { kind: "heading" };
    save({ step: stepId });
  }

  function onAnswer(path: string, value: string) {
    const next: Draft = { ...draft, [path]: value };
    // A goal that the newly chosen platform does not offer is dropped, not silently kept.
    if (path === "platform" && !(GOALS_BY_PLATFORM[value as keyof typeof GOALS_BY_PLATFORM] as readonly string[] | undefined)?.includes(draft.goal ?? "")) {
      next.goal = "";
    }
    save({ draft: next });
    // Answers already marked wrong are re-checked as they are corrected
    // (errors come from the validation module, so it is loaded by now).
    if (Object.keys(errors).length && validation) {
      const all = validation.validateDraft(next, translate);
      setErrors((prev) => Object.fromEntries(Object.keys(prev).flatMap((k) => (all[k] ? [[k, all[k]!]] : []))));
    }
  }

  function showErrors(stepErrors: FieldErrors, text: string) {
    setErrors(stepErrors);
    setMessage(text);
    const first = visibleQuestions(step, ctx).find((q) => stepErrors[q.path]);
    focusNext.current = first ? { kind: "field", path: first.path } : { kind: "message" };
  }

  function jumpToErrors(all: FieldErrors, d: Draft): boolean {
    const order = activeSteps(d);
    const target = order.find((s) => Object.keys(errorsForStep(all, s, d)).length > 0);
    if (!target) return false;
    const own = errorsForStep(all, target, d);
    setErrors(own);
    setMessage(t("errors.elsewhere", { step: t(`steps.${target.id}.title`, { platform: ctx.platform ?? "other" }) }));
    focusNext.current = { kind: "message" };
    save({ step: target.id });
    return true;
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending || waiting.current) return;
    let checks = validation;
    if (!checks) {
      // Only the very first press can get here before the module has arrived.
      waiting.current = true;
      try {
        checks = await loadValidation();
      } catch {
        setMessage(t("errors.network"));
        focusNext.current = { kind: "message" };
        return;
      } finally {
        waiting.current = false;
      }
    }
    const all = checks.validateDraft(draft, translate);
    const own = errorsForStep(all, step, draft);
    if (Object.keys(own).length) {
      showErrors(own, t("errors.stepHasErrors", { count: Object.keys(own).length }));
      return;
    }
    setErrors({});
    setMessage(null);
    if (!isLast) {
      goTo(steps[index + 1]!.id);
      return;
    }
    if (jumpToErrors(all, draft)) return;

    setPending(true);
    try {
      const result = await createAssessmentAction({
        input: buildInput(draft),
        consent: { agreed: draft[CONSENT_FIELD] === "yes", version: consentVersion },
      });
      if (result.ok) {
        setOpening(true);
        draftStore.clear();
        router.push(`/assessments/${result.id}`);
        return;
      }
      setPending(false);
      const serverErrors = result.errors ?? {};
      const placed = Object.keys(serverErrors).filter((path) => path === CONSENT_FIELD || stepOfPath(path, draft));
      const unplaced = Object.keys(serverErrors).filter((path) => !placed.includes(path));
      if (unplaced.length) {
        setErrors({});
        setMessage(t("errors.form", { message: unplaced.map((p) => `${p}: ${serverErrors[p]![0]}`).join("; ") }));
        focusNext.current = { kind: "message" };
        return;
      }
      if (placed.length && jumpToErrors(serverErrors, draft)) return;
      setMessage(result.message);
      focusNext.current = { kind: "message" };
    } catch {
      // The request never got an answer (offline, a proxy error): nothing was lost.
      setPending(false);
      setMessage(t("errors.network"));
      focusNext.current = { kind: "message" };
    }
  }

  function startOver() {
    if (!window.confirm(t("actions.startOverConfirm"))) return;
    setErrors({});
    setMessage(null);
    draftStore.clear();
    focusNext.current = { kind: "heading" };
  }

  if (opening) {
    return (
      <div className="mx-auto max-w-xl py-16 text-center" role="status">
        <p className="text-lg font-semibold text-brand-700">{t("actions.opening")}</p>
      </div>
    );
  }

  const stepParams = { platform: ctx.platform ?? "other" };
  return (
    <div className="mx-auto max-w-xl space-y-5">
      <div className="space-y-3">
        <h1 className="text-sm font-semibold uppercase tracking-wide text-brand-700">{t("title")}</h1>
        <ProgressBar
          current={index + 1}
          total={steps.length}
          label={t("progressLabel")}
          text={t("progress", { current: index + 1, total: steps.length })}
        />
      </div>

      <form
        onSubmit={onSubmit}
        onFocus={prefetchValidation}
        onPointerOver={prefetchValidation}
        onPointerDown={prefetchValidation}
        noValidate
        className="space-y-6"
        aria-labelledby="wizard-step-title"
      >
        <div className="space-y-1.5">
          <h2 id="wizard-step-title" ref={headingRef} tabIndex={-1} className="text-2xl font-bold leading-snug text-slate-900 focus:outline-none">
            {t(`steps.${step.id}.title`, stepParams)}
          </h2>
          <p className="text-sm leading-relaxed text-slate-600">{t(`steps.${step.id}.lead`, stepParams)}</p>
        </div>

        {message ? (
          <div ref={messageRef} tabIndex={-1} className="focus:outline-none">
            <Alert tone="error">{message}</Alert>
          </div>
        ) : null}

        {step.id === "consent" ? (
          <ConsentStep
            version={consentVersion}
            checked={draft[CONSENT_FIELD] === "yes"}
            errors={errors[CONSENT_FIELD]}
            onChange={(checked) => onAnswer(CONSENT_FIELD, checked ? "yes" : "")}
          />
        ) : (
          <div className="space-y-6">
            {visibleQuestions(step, ctx).map((q) => (
              <Question key={q.path} question={q} ctx={ctx} value={draft[q.path] ?? ""} errors={errors[q.path]} onChange={onAnswer} />
            ))}
          </div>
        )}

        <div className="flex flex-col-reverse gap-3 border-t border-slate-200 pt-5 sm:flex-row sm:items-center sm:justify-between">
          {index > 0 ? (
            <Button
              variant="secondary"
              disabled={pending}
              onClick={() => {
                setErrors({});
                setMessage(null);
                goTo(steps[index - 1]!.id);
              }}
            >
              {t("actions.back")}
            </Button>
          ) : (
            <span />
          )}
          <Button type="submit" disabled={pending} aria-busy={pending || undefined} className="sm:min-w-40">
            {isLast ? (pending ? t("actions.submitting") : t("actions.submit")) : t("actions.next")}
          </Button>
        </div>
      </form>

      <div className="flex flex-col gap-2 text-xs leading-relaxed text-slate-500 sm:flex-row sm:items-start sm:justify-between">
        <p>{t("savedNote")}</p>
        <button type="button" onClick={startOver} className="shrink-0 self-start font-medium text-slate-600 underline hover:text-slate-900">
          {t("actions.startOver")}
        </button>
      </div>
    </div>
  );
}
