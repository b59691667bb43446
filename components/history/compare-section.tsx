import { getFormatter, getTranslations } from "next-intl/server";
import type { HistoryEntry } from "@/lib/server/history/list-history";
import type { Comparison } from "@/lib/server/history/get-comparison";
import type { FieldChange, FieldValue } from "@/lib/server/history/compare-inputs";
import { Section } from "@/components/account/section";
import { Alert } from "@/components/ui/alert";
import { pct, ppValue } from "./format";
import { labelOf } from "./labels";

export interface CompareSectionProps {
  entries: HistoryEntry[];
  /** The ids in the URL (`?a=…&b=…`), if any. */
  selected: { a?: string; b?: string };
  comparison: Comparison | null;
  /** Why there is no comparison although ids were given. */
  error?: "pickTwo" | "notFound";
}

/** Enum answers shown with the questionnaire's own option labels (check.options.*). */
const OPTION_KEYS: Record<string, (v: string) => string> = {
  "cut.reason": (v) => `options.cutReason.${v}.label`,
  "profile.employment": (v) => `options.employment.${v}`,
  "extras.shop.revenueTrend": (v) => `options.revenueTrend.${v}`,
};

export async function CompareSection({ entries, selected, comparison, error }: CompareSectionProps) {
  const [t, tc, format] = await Promise.all([getTranslations("history"), getTranslations("check"), getFormatter()]);
  const when = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short" });
  const short = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "short", timeStyle: "short" });
  const optionLabel = (e: HistoryEntry) =>
    t("compare.option", { date: short(e.createdAt), platform: labelOf(t, "platforms", e.platform), chance: pct(e.probability) });
  const newestFirst = [...entries].reverse();
  const defaultB = selected.b ?? newestFirst[0]?.id;
  const defaultA = selected.a ?? newestFirst.find((e) => e.id !== defaultB && e.platform === newestFirst[0]?.platform)?.id ?? newestFirst[1]?.id;
  const pp = (d: number) => t("pp", { value: ppValue(d) });

  const platform = comparison?.from.platform ?? "generic";
  const fieldLabel = (path: string) => {
    const key = `fields.${path}.label`;
    return tc.has(key) ? tc(key, { platform }) : path.split(".").pop()!;
  };
  const valueLabel = (path: string, v: FieldValue) => {
    if (v === null) return t("compare.notSet");
    if (typeof v === "boolean") return v ? t("compare.yes") : t("compare.no");
    if (typeof v === "number") return format.number(v, { maximumFractionDigits: 2 });
    const key = OPTION_KEYS[path]?.(v);
    return key && tc.has(key) ? tc(key) : v;
  };
  const changeText = (c: FieldChange) =>
    t("compare.change", { label: fieldLabel(c.path), before: valueLabel(c.path, c.before), after: valueLabel(c.path, c.after) });
  const select = "block w-full rounded-lg border border-slate-300 bg-white px-3 py-2.5 text-base text-slate-900 shadow-sm";

  return (
    <Section id="compare" title={t("compare.title")} lead={t("compare.lead")}>
      {entries.length < 2 ? (
        <p className="text-sm text-slate-600">{t("compare.needTwo")}</p>
      ) : (
        <form method="get" action="#compare" className="grid gap-3 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
          <div className="space-y-1.5">
            <label htmlFor="compare-a" className="block text-sm font-medium text-slate-800">{t("compare.from")}</label>
            <select id="compare-a" name="a" defaultValue={defaultA} className={select}>
              {newestFirst.map((e) => (
                <option key={e.id} value={e.id}>{optionLabel(e)}</option>
              ))}
            </select>
          </div>
          <div className="space-y-1.5">
            <label htmlFor="compare-b" className="block text-sm font-medium text-slate-800">{t("compare.to")}</label>
            <select id="compare-b" name="b" defaultValue={defaultB} className={select}>
              {newestFirst.map((e) => (
                <option key={e.id} value={e.id}>{optionLabel(e)}</option>
              ))}
            </select>
          </div>
          <button type="submit" className="rounded-lg bg-brand-600 px-4 py-2.5 text-sm font-semibold text-white hover:bg-brand-700">
            {t("compare.submit")}
          </button>
        </form>
      )}

      {error ? (
        <div className="mt-4">
          <Alert tone="warning">{t(`compare.${error}`)}</Alert>
        </div>
      ) : null}

      {comparison ? (
        <div className="mt-6 space-y-4" data-testid="comparison">
          <p className="text-base">
            <span className="font-semibold">
              {labelOf(t, "platforms", comparison.from.platform)} · {when(comparison.from.createdAt)} → {when(comparison.to.createdAt)}
            </span>
            <br />
            {t("compare.summary", { from: pct(comparison.from.probability), to: pct(comparison.to.probability), delta: pp(comparison.total) })}
          </p>
          {!comparison.samePlatformAndGoal ? <Alert tone="info">{t("compare.differentPlatform")}</Alert> : null}
          {comparison.samePlatformAndGoal && !comparison.attributable ? <Alert tone="info">{t("compare.invalidInput")}</Alert> : null}
          {comparison.attributable && !comparison.sameModelVersion && comparison.rescored ? (
            <Alert tone="info">
              {t("compare.modelChanged", {
                from: comparison.from.modelVersion,
                to: comparison.to.modelVersion,
                rescoredFrom: pct(comparison.rescored.from),
                rescoredTo: pct(comparison.rescored.to),
              })}
            </Alert>
          ) : null}
          {comparison.groups.length === 0 ? (
            <p className="text-sm text-slate-700">{t("compare.noChanges")}</p>
          ) : (
            <div>
              <h3 className="sr-only">{t("compare.tableCaption")}</h3>
              {comparison.attributable ? (
                <p aria-hidden className="flex justify-between border-b border-slate-200 pb-2 text-sm font-medium text-slate-600">
                  <span>{t("compare.changes")}</span>
                  <span>{t("compare.effect")}</span>
                </p>
              ) : null}
              <ul className="divide-y divide-slate-100">
                {comparison.groups.map((g) => (
                  <li key={g.group} className="flex items-start justify-between gap-4 py-3 text-sm" data-testid="comparison-group">
                    <div className="min-w-0">
                      <p className="font-semibold">{t(`compare.groups.${g.group}`)}</p>
                      <ul className="mt-1 space-y-0.5 text-slate-700">
                        {g.fields.map((c) => (
                          <li key={c.path} className="break-words">
                            {changeText(c)}
                          </li>
                        ))}
                      </ul>
                    </div>
                    {comparison.attributable ? <Effect value={g.effect ?? 0} label={pp(g.effect ?? 0)} /> : null}
                  </li>
                ))}
                {comparison.attributable && comparison.combined !== null && Math.abs(comparison.combined) >= 0.0005 ? (
                  <li className="flex items-start justify-between gap-4 py-3 text-sm">
                    <p className="font-semibold text-slate-700">{t("compare.combined")}</p>
                    <Effect value={comparison.combined} label={pp(comparison.combined)} />
                  </li>
                ) : null}
                {comparison.attributable && comparison.rescored ? (
                  <li className="flex items-start justify-between gap-4 py-3 text-sm font-semibold" data-testid="comparison-total">
                    <p>{t("compare.total")}</p>
                    <p className="tabular-nums">{pp(comparison.rescored.to - comparison.rescored.from)}</p>
                  </li>
                ) : null}
              </ul>
            </div>
          )}
          <details className="rounded-lg bg-slate-50 p-4 text-sm leading-relaxed text-slate-700">
            <summary className="cursor-pointer font-semibold">{t("compare.methodTitle")}</summary>
            <p className="mt-2">{t("compare.method")}</p>
          </details>
        </div>
      ) : null}
    </Section>
  );
}

/** A signed effect with a small bar (±25 points fill it). */
function Effect({ value, label }: { value: number; label: string }) {
  const width = Math.min(100, (Math.abs(value) / 0.25) * 100);
  const tone = value > 0.0005 ? "text-emerald-800" : value < -0.0005 ? "text-red-800" : "text-slate-600";
  const bar = value > 0 ? "bg-emerald-600" : "bg-red-600";
  return (
    <div className={`shrink-0 text-right font-semibold tabular-nums ${tone}`}>
      <p className="whitespace-nowrap">{label}</p>
      <span aria-hidden className="mt-1 ml-auto block h-1.5 w-24 rounded bg-slate-100">
        <span className={`block h-1.5 rounded ${bar} ${value < 0 ? "ml-auto" : ""}`} style={{ width: `${width}%` }} />
      </span>
    </div>
  );
}
