"use client";

import { useTranslations } from "next-intl";
import { ChoiceGroup, type ChoiceOption } from "@/components/ui/choice-group";
import { Field, describedBy, inputClass } from "@/components/ui/field";
import { UnitInput } from "@/components/ui/unit-input";
import { optionsOf, type Ctx, type QuestionDef } from "./wizard-model";

export interface QuestionProps {
  question: QuestionDef;
  ctx: Ctx;
  value: string;
  errors?: string[];
  onChange: (path: string, value: string) => void;
}

/** Message prefix of each choice question's options in `check.options`. */
const OPTION_KEYS: Record<string, string> = {
  platform: "platform",
  goal: "goal",
  "cut.reason": "cutReason",
  "profile.employment": "employment",
  "extras.shop.revenueTrend": "revenueTrend",
};
/** Options with their own line of help are shown as cards. */
const CARDS = new Set(["platform", "goal", "cut.reason", "profile.employment"]);
const WITH_HELP = new Set(["platform", "goal", "cut.reason"]);

/** DOM id of a question's control (also what error summaries focus). */
export const questionId = (path: string) => `q-${path.replace(/^_/, "").replace(/\./g, "-")}`;
const messageKey = (path: string) => `fields.${path.replace(/^_/, "")}`;

/** One wizard question: label, plain-language help, unit, and its field error. */
export function Question({ question: q, ctx, value, errors, onChange }: QuestionProps) {
  const t = useTranslations("check");
  const id = questionId(q.path);
  const params = { platform: ctx.platform ?? "other", goal: ctx.goal ?? "other" };
  const label = t(`${messageKey(q.path)}.label`, params);
  const help = t(`${messageKey(q.path)}.help`, params);
  const badge = q.optional ? t("optional") : undefined;

  if (q.kind === "number") {
    const unit = q.unit ? t(`units.${q.unit}`) : undefined;
    return (
      <Field
        id={id}
        label={
          <>
            {label}
            {unit ? <span className="sr-only">（{unit}）</span> : null}
            {badge ? <span className="ml-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs font-normal text-slate-600">{badge}</span> : null}
          </>
        }
        help={help}
        errors={errors}
      >
        <UnitInput
          id={id}
          name={q.path}
          unit={unit}
          inputMode={q.decimal || q.unit === "yuan" ? "decimal" : "numeric"}
          value={value}
          onChange={(e) => onChange(q.path, e.target.value)}
          {...describedBy(id, help, errors)}
        />
      </Field>
    );
  }

  if (q.kind === "select") {
    return (
      <Field
        id={id}
        label={
          <>
            {label}
            {badge ? <span className="ml-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs font-normal text-slate-600">{badge}</span> : null}
          </>
        }
        help={help}
        errors={errors}
      >
        <select
          id={id}
          name={q.path}
          value={value}
          onChange={(e) => onChange(q.path, e.target.value)}
          className={inputClass}
          {...describedBy(id, help, errors)}
        >
          <option value="">{t("options.vipLevel.unknown")}</option>
          {optionsOf(q, ctx).map((o) => (
            <option key={o} value={o}>
              {t(`options.vipLevel.level${o}`)}
            </option>
          ))}
        </select>
      </Field>
    );
  }

  let options: ChoiceOption[];
  if (q.kind === "yesNo" || q.kind === "yesNoUnsure") {
    options = [
      { value: "yes", label: t("options.yes") },
      { value: "no", label: t("options.no") },
      ...(q.kind === "yesNoUnsure" ? [{ value: "", label: t("options.unsure") }] : []),
    ];
  } else {
    const prefix = `options.${OPTION_KEYS[q.path] ?? q.path}`;
    const withHelp = WITH_HELP.has(q.path);
    options = optionsOf(q, ctx).map((o) => ({
      value: o,
      label: t(withHelp ? `${prefix}.${o}.label` : `${prefix}.${o}`),
      help: withHelp ? t(`${prefix}.${o}.help`) : undefined,
    }));
  }
  return (
    <ChoiceGroup
      id={id}
      name={q.path}
      legend={label}
      help={help}
      errors={errors}
      badge={badge}
      options={options}
      value={value}
      onChange={(v) => onChange(q.path, v)}
      variant={CARDS.has(q.path) ? "cards" : "pills"}
    />
  );
}
