import { getFormatter, getTranslations } from "next-intl/server";
import type { InputRow } from "@/lib/server/admin/mask";
import { SectionCard } from "@/components/dashboard/section-card";
import { RevealField } from "./reveal-field";

/** Where a coded answer's label lives in the check-up's catalogue. */
const OPTION_GROUPS: Record<string, string> = {
  "cut.reason": "cutReason",
  "profile.employment": "employment",
  "extras.shop.revenueTrend": "revenueTrend",
};

/**
 * The borrower's answers with the check-up's own question wording. Amounts
 * (and the Sesame score) are masked; each can be revealed with a reason.
 */
export async function CaseInputs({ assessmentId, rows }: { assessmentId: string; rows: InputRow[] }) {
  const [t, tc, ts, format] = await Promise.all([getTranslations("admin.case"), getTranslations("check"), getTranslations("scoring"), getFormatter()]);
  const label = (path: string) => (tc.has(`fields.${path}.label`) ? tc(`fields.${path}.label`) : path);
  const value = (path: string, v: string | number | boolean) => {
    if (typeof v === "boolean") return tc(v ? "options.yes" : "options.no");
    if (path === "platform") return ts(`platforms.${v}`);
    if (path === "goal") return ts(`goals.${v}`);
    const group = OPTION_GROUPS[path];
    if (group && tc.has(`options.${group}.${v}.label`)) return tc(`options.${group}.${v}.label`);
    if (group && tc.has(`options.${group}.${v}`)) return tc(`options.${group}.${v}`);
    if (path === "extras.vipLevel" && tc.has(`options.vipLevel.level${v}`)) return tc(`options.vipLevel.level${v}`);
    return typeof v === "number" ? format.number(v) : v;
  };
  return (
    <SectionCard id="case-inputs" title={t("inputsTitle")} lead={t("inputsLead")}>
      <dl className="grid gap-x-8 text-sm lg:grid-cols-2">
        {rows.map((row) => (
          <div key={row.path} className="flex flex-wrap items-baseline justify-between gap-x-4 border-t border-slate-100 py-1.5" data-input={row.path}>
            <dt className="min-w-0 text-slate-600">{label(row.path)}</dt>
            <dd className="ml-auto max-w-full text-right font-medium text-slate-900">
              {row.kind === "masked" ? <RevealField assessmentId={assessmentId} field={row.field} /> : value(row.path, row.value)}
            </dd>
          </div>
        ))}
      </dl>
    </SectionCard>
  );
}
