import type { ReactNode } from "react";

export interface ChoiceOption {
  value: string;
  label: ReactNode;
  help?: ReactNode;
}

export interface ChoiceGroupProps {
  id: string;
  name: string;
  legend: ReactNode;
  help?: ReactNode;
  errors?: string[];
  options: readonly ChoiceOption[];
  value: string;
  onChange: (value: string) => void;
  /** `cards`: one option per row with its own help; `pills`: short options side by side. */
  variant?: "cards" | "pills";
  /** Marks the legend with a badge, e.g. "Optional". */
  badge?: ReactNode;
}

/**
 * A labelled radio group (native radios, so arrow keys, forms and screen
 * readers work everywhere, including WeChat's in-app browser).
 */
export function ChoiceGroup({ id, name, legend, help, errors, options, value, onChange, variant = "pills", badge }: ChoiceGroupProps) {
  const describedBy = [help ? `${id}-help` : null, errors?.length ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset id={id} role="radiogroup" aria-describedby={describedBy} aria-invalid={errors?.length ? true : undefined} className="space-y-2">
      <legend className="mb-1.5 text-sm font-medium text-slate-800">
        {legend}
        {badge ? <span className="ml-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs font-normal text-slate-600">{badge}</span> : null}
      </legend>
      <div className={variant === "cards" ? "grid gap-2 sm:grid-cols-2" : "flex flex-wrap gap-2"}>
        {options.map((option) => {
          const checked = option.value === value;
          const optionId = `${id}-${option.value || "none"}`;
          return (
            <label
              key={option.value}
              htmlFor={optionId}
              className={`relative flex cursor-pointer items-start gap-3 rounded-lg border bg-white text-sm transition-colors has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-600 has-[:focus-visible]:ring-offset-1 ${
                variant === "cards" ? "px-3.5 py-3" : "min-w-[4.5rem] justify-center px-4 py-2.5"
              } ${checked ? "border-brand-600 bg-brand-50 text-brand-800" : "border-slate-300 text-slate-800 hover:border-slate-400"} ${
                errors?.length && !checked ? "border-red-400" : ""
              }`}
            >
              <input
                id={optionId}
                type="radio"
                name={name}
                value={option.value}
                checked={checked}
                onChange={() => onChange(option.value)}
                className={variant === "cards" ? "mt-0.5 h-4 w-4 shrink-0 accent-brand-600" : "sr-only"}
              />
              <span className="min-w-0">
                <span className="block font-medium">{option.label}</span>
                {option.help ? <span className="mt-0.5 block text-xs leading-relaxed text-slate-600">{option.help}</span> : null}
              </span>
            </label>
          );
        })}
      </div>
      {help ? (
        <p id={`${id}-help`} className="text-xs leading-relaxed text-slate-600">
          {help}
        </p>
      ) : null}
      {errors?.length ? (
        <p id={`${id}-error`} role="alert" className="text-sm font-medium text-red-700">
          {errors[0]}
        </p>
      ) : null}
    </fieldset>
  );
}
