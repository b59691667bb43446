"use client";

import { useState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import type { AssessmentInput, WhatIf } from "@/lib/scoring";
// The module itself, not the library's index: the index also exports the Zod schemas,
// which the browser does not need here.
import { simulate } from "@/lib/scoring/simulate";
import { BAND_COLOURS } from "./band-colours";
import { percent, percentagePoints } from "./evidence";

export interface WhatIfPanelProps {
  input: AssessmentInput;
}

type Section = Exclude<keyof WhatIf, "cut">;

interface RangeControl {
  kind: "range";
  section: Section;
  field: string;
  unit: "months" | "percent" | "lenders" | "times" | "loans" | "yuan";
  max: (input: AssessmentInput, current: number) => number;
  step?: (max: number) => number;
  withLine?: boolean;
}

interface ToggleControl {
  kind: "toggle";
  section: Section;
  field: string;
  /** The value that is the better habit; the toggle is offered only when the borrower is not there yet. */
  target: boolean;
}

type Control = RangeControl | ToggleControl;

const atLeast = (n: number) => (_: AssessmentInput, current: number) => Math.max(n, current);
const niceStep = (max: number) => (max <= 100 ? 1 : 10 ** Math.floor(Math.log10(max / 50)));

/** The factors a borrower can change, in the order they matter to most people. */
const CONTROLS: readonly Control[] = [
  { kind: "toggle", section: "repayment", field: "currentlyOverdue", target: false },
  { kind: "toggle", section: "usage", field: "cashOut", target: false },
  { kind: "toggle", section: "usage", field: "restrictedPurpose", target: false },
  { kind: "toggle", section: "extras", field: "lendsAccount", target: false },
  { kind: "toggle", section: "extras", field: "thirdPartyOffer", target: false },
  { kind: "range", section: "repayment", field: "onTimeMonths", unit: "months", max: atLeast(36) },
  { kind: "range", section: "limit", field: "usedPercent", unit: "percent", max: () => 100, step: () => 5, withLine: true },
  { kind: "range", section: "debt", field: "lendersWithBalance", unit: "lenders", max: atLeast(10) },
  { kind: "range", section: "debt", field: "applications3m", unit: "times", max: atLeast(10) },
  {
    kind: "range",
    section: "debt",
    field: "monthlyDebtPayment",
    unit: "yuan",
    max: (input, current) => Math.max(1000, current * 2, input.debt.monthlyIncome),
    step: niceStep,
  },
  { kind: "range", section: "usage", field: "loans12m", unit: "loans", max: atLeast(24), withLine: true },
  { kind: "range", section: "usage", field: "sameDayRepays12m", unit: "times", max: atLeast(12), withLine: true },
  { kind: "range", section: "usage", field: "monthsSinceLastUse", unit: "months", max: atLeast(24), withLine: true },
  { kind: "range", section: "ecosystem", field: "paymentsPerMonth", unit: "times", max: atLeast(60) },
  { kind: "range", section: "ecosystem", field: "wealthBalance", unit: "yuan", max: (_, c) => Math.max(50_000, c * 2), step: niceStep },
  { kind: "toggle", section: "repayment", field: "autopay", target: true },
  { kind: "toggle", section: "profile", field: "incomeProof", target: true },
  { kind: "toggle", section: "profile", field: "assetProof", target: true },
  { kind: "toggle", section: "profile", field: "socialInsurance", target: true },
  { kind: "toggle", section: "profile", field: "occupationFilled", target: true },
  { kind: "toggle", section: "profile", field: "educationFilled", target: true },
];

function readValue(input: AssessmentInput, section: Section, field: string): unknown {
  const group = (section === "extras" ? (input.extras ?? {}) : input[section]) as Record<string, unknown>;
  return group[field];
}

const keyOf = (c: Control) => `${c.section}.${c.field}`;

/**
 * "What if I…": sliders and switches for the habits a borrower can change,
 * with the new chance next to the current one. Runs the scoring library's
 * `simulate` in the browser on every move: nothing is sent or stored.
 */
export function WhatIfPanel({ input }: WhatIfPanelProps) {
  const t = useTranslations("dashboard.whatIf");
  const tb = useTranslations("scoring.bands");
  const format = useFormatter();
  const [changes, setChanges] = useState<Record<string, number | boolean>>({});

  const controls = CONTROLS.filter((c) => {
    if (c.kind === "range") return !c.withLine || input.goal !== "open";
    return readValue(input, c.section, c.field) !== c.target;
  });

  const whatIf: WhatIf = {};
  for (const [key, value] of Object.entries(changes)) {
    const [section, field] = key.split(".") as [Section, string];
    const group = (whatIf[section] ??= {}) as Record<string, unknown>;
    group[field] = value;
  }
  const sim = simulate(input, whatIf);
  const pct = (p: number) => format.number(percent(p) / 100, { style: "percent" });
  const delta = percent(sim.probability) - percent(sim.baseline.probability);
  const changed = Object.keys(changes).length > 0;

  const set = (key: string, value: number | boolean, original: unknown) =>
    setChanges((prev) => {
      const next = { ...prev };
      if (value === original) delete next[key];
      else next[key] = value;
      return next;
    });

  return (
    <div className="space-y-5">
      <div className="sticky top-0 z-10 -mx-4 grid grid-cols-2 gap-3 border-b border-slate-200 bg-white/95 px-4 py-3 backdrop-blur sm:static sm:mx-0 sm:border-0 sm:bg-transparent sm:p-0">
        <div className="rounded-xl border border-slate-200 p-3">
          <p className="text-xs font-medium text-slate-600">{t("current")}</p>
          <p className="text-2xl font-bold tabular-nums text-slate-900" data-testid="whatif-current">
            {pct(sim.baseline.probability)}
          </p>
          <p className={`text-xs font-semibold ${BAND_COLOURS[sim.baseline.band].text}`}>{tb(sim.baseline.band)}</p>
        </div>
        <div className={`rounded-xl border p-3 ${changed ? "border-brand-600 bg-brand-50" : "border-slate-200"}`} aria-live="polite" aria-atomic="true">
          <p className="text-xs font-medium text-slate-600">{t("new")}</p>
          <p className="text-2xl font-bold tabular-nums text-slate-900" data-testid="whatif-new">
            {pct(sim.probability)}
          </p>
          <p className="text-xs font-semibold text-slate-700">
            <span className={BAND_COLOURS[sim.band].text}>{tb(sim.band)}</span>
            {changed ? (
              <span className="ml-1.5 tabular-nums" data-testid="whatif-delta">
                {t("delta", { sign: delta > 0 ? "up" : delta < 0 ? "down" : "same", points: percentagePoints(Math.abs(sim.delta)) })}
              </span>
            ) : null}
          </p>
        </div>
      </div>

      <div className="grid gap-x-8 gap-y-5 md:grid-cols-2">
        {controls.map((c) => {
          const key = keyOf(c);
          const original = readValue(input, c.section, c.field);
          const id = `whatif-${c.section}-${c.field}`;
          if (c.kind === "toggle") {
            const value = (changes[key] ?? original) as boolean | undefined;
            return (
              <label key={key} htmlFor={id} className="flex cursor-pointer items-start gap-3 rounded-lg border border-slate-200 p-3 text-sm">
                <input
                  id={id}
                  type="checkbox"
                  checked={value === c.target}
                  onChange={(e) => set(key, e.target.checked ? c.target : !c.target, original)}
                  className="mt-0.5 h-5 w-5 shrink-0 accent-brand-600"
                />
                <span className="text-slate-800">{t(`toggles.${c.field}`)}</span>
              </label>
            );
          }
          const current = typeof original === "number" ? original : 0;
          const max = c.max(input, current);
          const step = c.step ? c.step(max) : 1;
          const value = (changes[key] as number | undefined) ?? current;
          const shown = t(`units.${c.unit}`, { value: format.number(value, { maximumFractionDigits: 0 }) });
          return (
            <div key={key} className="space-y-1.5">
              <div className="flex items-baseline justify-between gap-3">
                <label htmlFor={id} className="text-sm font-medium text-slate-800">
                  {t(`sliders.${c.field}`)}
                </label>
                <output htmlFor={id} className="shrink-0 text-sm tabular-nums text-slate-900">
                  {shown}
                </output>
              </div>
              <input
                id={id}
                type="range"
                min={0}
                max={max}
                step={step}
                value={value}
                aria-valuetext={shown}
                onChange={(e) => set(key, Number(e.target.value), original)}
                className="h-8 w-full cursor-pointer accent-brand-600"
              />
              <p className="text-xs text-slate-500">{t("was", { value: t(`units.${c.unit}`, { value: format.number(current, { maximumFractionDigits: 0 }) }) })}</p>
            </div>
          );
        })}
      </div>

      <div className="flex flex-wrap items-center justify-between gap-3 border-t border-slate-100 pt-4">
        <p className="text-xs leading-relaxed text-slate-500">{t("note")}</p>
        <button
          type="button"
          onClick={() => setChanges({})}
          disabled={!changed}
          className="rounded-lg border border-slate-300 px-3 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50 disabled:text-slate-400"
        >
          {t("reset")}
        </button>
      </div>
    </div>
  );
}
