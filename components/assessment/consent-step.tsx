"use client";

import { useTranslations } from "next-intl";
import { CONSENT_FIELD } from "./wizard-model";
import { questionId } from "./question";

export interface ConsentStepProps {
  version: string;
  checked: boolean;
  errors?: string[];
  onChange: (checked: boolean) => void;
}

const SECTIONS = ["kept", "why", "howLong", "who", "estimate"] as const;

/** What is kept, why, for how long, who sees it, and that it is an estimate: agreed before anything is stored. */
export function ConsentStep({ version, checked, errors, onChange }: ConsentStepProps) {
  const t = useTranslations("check.consent");
  const id = questionId(CONSENT_FIELD);
  return (
    <div className="space-y-4">
      <dl className="space-y-3 rounded-xl border border-slate-200 bg-white p-4 text-sm leading-relaxed">
        {SECTIONS.map((s) => (
          <div key={s}>
            <dt className="font-semibold text-slate-900">{t(`${s}Title`)}</dt>
            <dd className="mt-0.5 text-slate-700">{t(s)}</dd>
          </div>
        ))}
      </dl>
      <div className="space-y-1.5">
        <label
          htmlFor={id}
          className={`flex cursor-pointer items-start gap-3 rounded-lg border bg-white px-3.5 py-3 text-sm font-medium ${
            errors?.length ? "border-red-400" : checked ? "border-brand-600 bg-brand-50" : "border-slate-300"
          }`}
        >
          <input
            id={id}
            type="checkbox"
            checked={checked}
            onChange={(e) => onChange(e.target.checked)}
            aria-invalid={errors?.length ? true : undefined}
            aria-describedby={errors?.length ? `${id}-error` : undefined}
            className="mt-0.5 h-5 w-5 shrink-0 accent-brand-600"
          />
          <span>{t("agree")}</span>
        </label>
        {errors?.length ? (
          <p id={`${id}-error`} role="alert" className="text-sm font-medium text-red-700">
            {errors[0]}
          </p>
        ) : null}
        <p className="text-xs text-slate-500">{t("version", { version })}</p>
      </div>
    </div>
  );
}
