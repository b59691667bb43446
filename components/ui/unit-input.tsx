import type { InputHTMLAttributes } from "react";
import { inputClass } from "./field";

export interface UnitInputProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "type"> {
  id: string;
  /** Shown inside the box on the right, e.g. 元 or %. Put it in the label too for screen readers. */
  unit?: string;
}

/**
 * A number box that keeps exactly what was typed (type="text" with a numeric
 * keyboard): "2万" or "20,000" are not silently emptied as type="number"
 * would, and the unit sits inside the box.
 */
export function UnitInput({ id, unit, className = "", ...props }: UnitInputProps) {
  return (
    <div className="relative">
      <input
        id={id}
        type="text"
        autoComplete="off"
        spellCheck={false}
        className={`${inputClass} ${unit ? "pr-14" : ""} ${className}`}
        {...props}
      />
      {unit ? (
        <span aria-hidden className="pointer-events-none absolute inset-y-0 right-3 flex items-center text-sm text-slate-500">
          {unit}
        </span>
      ) : null}
    </div>
  );
}
