import type { Assessment, Reason } from "@/lib/scoring";
import { REVEAL_FIELDS, type RevealField } from "@/lib/validation/admin";

/**
 * Masking for the admin view. Personal data leaves the data layer masked; the
 * real value only comes back from `revealCaseField`, which records why.
 */

/** `zhang.san@qq.com` → `z•••@qq.com`: enough to tell two accounts apart, not enough to contact anyone. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf("@");
  if (at <= 0) return "•••";
  return `${email[0]}•••${email.slice(at)}`;
}

/** One answer of the check-up, as the case view lists it. Sensitive values are never in `value`. */
export type InputRow =
  | { path: string; kind: "value"; value: string | number | boolean }
  | { path: string; kind: "masked"; field: RevealField };

const SENSITIVE_PATHS = new Map<string, RevealField>(
  (Object.entries(REVEAL_FIELDS) as [RevealField, (typeof REVEAL_FIELDS)[RevealField]][])
    .filter(([, f]) => f.source === "input")
    .map(([id, f]) => [f.path.join("."), id]),
);

/** Flattens an assessment input into dotted paths, masking every sensitive one. */
export function maskedInputRows(input: unknown, prefix = ""): InputRow[] {
  if (!input || typeof input !== "object") return [];
  const rows: InputRow[] = [];
  for (const [key, value] of Object.entries(input as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${key}` : key;
    const sensitive = SENSITIVE_PATHS.get(path);
    if (value === undefined || value === null) continue;
    if (sensitive) rows.push({ path, kind: "masked", field: sensitive });
    else if (typeof value === "object") rows.push(...maskedInputRows(value, path));
    else if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") rows.push({ path, kind: "value", value });
  }
  return rows;
}

/** The value of a revealable field, or null when this case does not have it. */
export function readRevealField(field: RevealField, source: { email: string | null; input: unknown }): string | number | null {
  const spec = REVEAL_FIELDS[field];
  if (spec.source === "user") return source.email;
  let value: unknown = source.input;
  for (const key of spec.path) value = value && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined;
  return typeof value === "number" || typeof value === "string" ? value : null;
}

/** A reason as the case view shows it: amounts (income, savings, sales…) taken out of the message values. */
export type MaskedReason = Reason & { amountMasked?: true };

/** The assessment output with every amount that came from the borrower's answers removed. */
export function maskOutput(output: Assessment): Omit<Assessment, "reasons"> & { reasons: MaskedReason[] } {
  return {
    ...output,
    reasons: output.reasons.map((r) => {
      if (!r.params || !("amount" in r.params)) return r;
      const { amount: _amount, ...rest } = r.params;
      return { ...r, params: rest, amountMasked: true as const };
    }),
  };
}
