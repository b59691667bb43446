"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { CalculatorInput, CalculatorResult, CalculatorTool, LprConfig } from "@/lib/calculator";
import type { FieldErrors } from "@/lib/validation/field-errors";
import { computeTool, type FormValues } from "./parse-form";

export interface ToolForm<R extends CalculatorResult, I extends CalculatorInput = CalculatorInput> {
  values: FormValues;
  errors: FieldErrors;
  /** The result and the validated input it was calculated from. */
  result: R | null;
  input: I | null;
  set: (field: string, value: string) => void;
  submit: () => boolean;
  clear: () => void;
}

/**
 * State of one calculator form. The example values are calculated on the
 * first render (so the server-rendered page already shows a worked result);
 * after that, results change when the form is submitted. Nothing leaves the page.
 */
export function useToolForm<T extends CalculatorTool>(
  tool: T,
  initial: FormValues,
  lpr: LprConfig,
): ToolForm<Extract<CalculatorResult, { tool: T }>, Extract<CalculatorInput, { tool: T }>> {
  type R = Extract<CalculatorResult, { tool: T }>;
  type I = Extract<CalculatorInput, { tool: T }>;
  type Done = { result: R; input: I };
  const t = useTranslations("calculator");
  const validation = useTranslations("common.validation");
  const [values, setValues] = useState<FormValues>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [done, setDone] = useState<Done | null>(() => {
    const first = computeTool(tool, initial, lpr, t, validation);
    return first.ok ? { result: first.result as R, input: first.input as I } : null;
  });

  return {
    values,
    errors,
    result: done?.result ?? null,
    input: done?.input ?? null,
    set: (field, value) => {
      setValues((v) => ({ ...v, [field]: value }));
      // A corrected field stops shouting; the rest keep their messages until the next submit.
      if (errors[field]) {
        setErrors((current) => {
          const next = { ...current };
          delete next[field];
          return next;
        });
      }
    },
    submit: () => {
      const computed = computeTool(tool, values, lpr, t, validation);
      setErrors(computed.errors);
      if (!computed.ok) {
        setDone(null);
        return false;
      }
      setDone({ result: computed.result as R, input: computed.input as I });
      return true;
    },
    clear: () => {
      setValues(Object.fromEntries(Object.entries(initial).map(([k, v]) => [k, k === "rateUnit" || k === "method" ? v : ""])));
      setErrors({});
      setDone(null);
    },
  };
}
