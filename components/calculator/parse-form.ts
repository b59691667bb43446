/**
 * From what people type to `calculatorInputSchema`, and from its issues to
 * field messages. Pure: used by the calculator's client components and tests.
 */
import type { z } from "zod";
import { calculatorInputSchema, calculate, type CalculatorInput, type CalculatorResult, type CalculatorTool, type LprConfig } from "@/lib/calculator";
import type { FieldErrors, Translate } from "@/lib/validation/field-errors";

/** Form values as typed, by field name. */
export type FormValues = Record<string, string>;

/** Fields that may be left empty (the schema supplies a default). */
const OPTIONAL = new Set(["upfrontFeeYuan"]);
/** Fields in yuan, where "2万" means 20000. */
const YUAN = /Yuan$/;

/** Shifts a plain decimal string four places left: "2.5" → "25000" (no floating point). */
function timesTenThousand(num: string): string {
  const [int = "0", frac = ""] = num.split(".");
  const padded = frac.padEnd(4, "0");
  const whole = `${int}${padded.slice(0, 4)}`.replace(/^0+(?=\d)/, "");
  const rest = padded.slice(4);
  return rest ? `${whole}.${rest}` : whole;
}

/**
 * Undo the usual ways numbers are typed on a phone: full-width digits (０．０５),
 * thousands separators (20,000 / 2 0000), a trailing % or 元, and "2万" for yuan.
 */
export function normalizeNumberText(raw: string, field = ""): string {
  let s = raw.normalize("NFKC").replace(/[\s,'_]/g, "").replace(/。/g, ".");
  s = s.replace(/(?:%|元|yuan|rmb)$/i, "");
  const wan = /^(\d+(?:\.\d+)?)万$/.exec(s);
  if (wan && YUAN.test(field)) s = timesTenThousand(wan[1]!);
  return s;
}

/** The object handed to `calculatorInputSchema` for a form. */
export function toSchemaInput(tool: CalculatorTool, values: FormValues): Record<string, unknown> {
  const input: Record<string, unknown> = { tool };
  for (const [field, raw] of Object.entries(values)) {
    const value = field === "rateUnit" || field === "method" ? raw : normalizeNumberText(raw, field);
    if (value === "") {
      if (!OPTIONAL.has(field)) input[field] = undefined;
      continue;
    }
    input[field] = value;
  }
  return input;
}

/** One issue in the user's language: `calculator.errors.<code>`, with `common.validation` for empty and whole-number fields. */
export function calculatorIssueMessage(issue: z.core.$ZodIssue, raw: string | undefined, t: Translate, validation: Translate): string {
  if (raw !== undefined && raw.trim() === "") return validation("required");
  switch (issue.code) {
    case "invalid_type":
      return issue.expected === "int" ? validation("integer") : t("errors.invalid_type");
    case "too_small":
      return t("errors.too_small", { inclusive: String(issue.inclusive !== false), minimum: Number(issue.minimum) });
    case "too_big":
      return t("errors.too_big", { inclusive: String(issue.inclusive !== false), maximum: Number(issue.maximum) });
    case "not_multiple_of":
      return t("errors.not_multiple_of");
    case "invalid_value":
      return t("errors.invalid_value");
    case "invalid_union":
      return t("errors.invalid_union");
    default:
      return validation("invalid");
  }
}

export type Computation =
  | { ok: true; input: CalculatorInput; result: CalculatorResult; errors: FieldErrors }
  | { ok: false; errors: FieldErrors };

/** Validate and calculate one form, all in the browser. */
export function computeTool(tool: CalculatorTool, values: FormValues, lpr: LprConfig, t: Translate, validation: Translate): Computation {
  const parsed = calculatorInputSchema.safeParse(toSchemaInput(tool, values));
  if (!parsed.success) {
    const errors: FieldErrors = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path.map(String).join(".") || "_form";
      (errors[field] ??= []).push(calculatorIssueMessage(issue, values[field], t, validation));
    }
    return { ok: false, errors };
  }
  return { ok: true, input: parsed.data, result: calculate(parsed.data, { lpr }), errors: {} };
}
