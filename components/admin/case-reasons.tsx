import { getFormatter, getTranslations } from "next-intl/server";
import type { MaskedReason } from "@/lib/server/admin/mask";
import { SectionCard } from "@/components/dashboard/section-card";

/** A number no borrower types, formatted and then replaced by the mask in a message. */
const SENTINEL = 987654321;

/**
 * The reasons as the borrower read them (same words, strongest first), with
 * amounts from their answers masked: the sentences keep their shape, the
 * income or savings figure shows as •••.
 */
export async function CaseReasons({ reasons }: { reasons: MaskedReason[] }) {
  const [t, td, ts, format] = await Promise.all([
    getTranslations("admin.case"),
    getTranslations("dashboard.reasons"),
    getTranslations("scoring"),
    getFormatter(),
  ]);
  const masked = format.number(SENTINEL);
  const detail = (r: MaskedReason) => {
    const key = `reasons.${r.code}.detail` as const;
    if (!r.amountMasked) return ts(key, r.params);
    return ts(key, { ...r.params, amount: SENTINEL }).replace(masked, "•••");
  };
  const negative = reasons.filter((r) => r.direction === "negative").sort((a, b) => a.points - b.points);
  const positive = reasons.filter((r) => r.direction === "positive").sort((a, b) => b.points - a.points);
  const list = (id: string, title: string, items: MaskedReason[], empty: string) => (
    <div role="group" aria-labelledby={id} className="min-w-0">
      <h3 id={id} className="mb-2 text-sm font-semibold text-slate-800">
        {title}
      </h3>
      {items.length === 0 ? <p className="text-sm text-slate-600">{empty}</p> : null}
      <ol className="space-y-2">
        {items.map((r) => (
          <li key={r.code} className="rounded-lg border border-slate-200 p-2.5 text-sm [overflow-wrap:anywhere]" data-reason={r.code}>
            <p className="flex flex-wrap items-center gap-2">
              <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs font-medium text-slate-800">{ts(`impacts.${r.impact}`)}</span>
              <span className="font-semibold text-slate-900">{ts(`reasons.${r.code}.title`)}</span>
              <span className="font-mono text-[11px] text-slate-500">{r.code}</span>
            </p>
            <p className="mt-1 leading-relaxed text-slate-700">{detail(r)}</p>
          </li>
        ))}
      </ol>
    </div>
  );
  return (
    <SectionCard id="case-reasons" title={td("title")} lead={t("reasonsLead")}>
      <div className="grid gap-4 md:grid-cols-2">
        {list("case-reasons-negative", td("negative"), negative, td("noneNegative"))}
        {list("case-reasons-positive", td("positive"), positive, td("nonePositive"))}
      </div>
    </SectionCard>
  );
}
