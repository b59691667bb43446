import type { ReactNode } from "react";

export interface FieldProps {
  id: string;
  label: ReactNode;
  help?: ReactNode;
  errors?: string[];
  children: ReactNode;
}

/** A labelled form control with plain-language help and its field-level errors. */
export function Field({ id, label, help, errors, children }: FieldProps) {
  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {children}
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
    </div>
  );
}

/** aria props linking a control to its help and error texts. */
export function describedBy(id: string, help?: ReactNode, errors?: string[]) {
  const ids = [help ? `${id}-help` : null, errors?.length ? `${id}-error` : null].filter(Boolean);
  return { "aria-describedby": ids.length ? ids.join(" ") : undefined, "aria-invalid": errors?.length ? true : undefined };
}

export const inputClass =
  "block w-full rounded-lg border border-slate-300 bg-white px-3 py-2.5 text-base text-slate-900 shadow-sm placeholder:text-slate-400 focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30 aria-[invalid=true]:border-red-600";
