"use client";

import "./zod-jitless";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import { CALCULATOR_TOOLS, type CalculatorTool, type LprConfig } from "@/lib/calculator";
import { DailyRateTool } from "./daily-rate-tool";
import { FeeAprTool } from "./fee-apr-tool";
import { OverdueTool } from "./overdue-tool";
import { ScheduleTool } from "./schedule-tool";

/** URL fragments for each tool, so guides can link to `/tools/loan-cost#overdue`. */
export const TOOL_HASH: Record<CalculatorTool, string> = {
  dailyRate: "daily-rate",
  feeApr: "fee-apr",
  schedule: "schedule",
  overdue: "overdue",
};

const toolOfHash = (hash: string): CalculatorTool | undefined =>
  CALCULATOR_TOOLS.find((tool) => TOOL_HASH[tool] === hash.replace(/^#/, ""));

/** A state update that adds `tool` to the set of opened tools. */
const including = (tool: CalculatorTool) => (opened: ReadonlySet<CalculatorTool>) =>
  opened.has(tool) ? opened : new Set(opened).add(tool);

/**
 * The four calculators behind one set of tabs (WAI-ARIA tabs: arrow keys,
 * Home/End). A tool is rendered the first time its tab opens and then stays
 * mounted, so switching keeps what was typed; the page starts with only the
 * first tool to render and hydrate (the others' worked examples, schedule
 * table included, would be work for a phone that nobody sees yet).
 * All arithmetic runs here in the browser with `lib/calculator`.
 */
export function LoanCostCalculator({ lpr }: { lpr: LprConfig }) {
  const t = useTranslations("calculator");
  const [active, setActive] = useState<CalculatorTool>("dailyRate");
  const [opened, setOpened] = useState<ReadonlySet<CalculatorTool>>(() => new Set(["dailyRate"]));
  const tabs = useRef<Partial<Record<CalculatorTool, HTMLButtonElement | null>>>({});

  // A deep link (#schedule) opens that tool once the page is interactive.
  useEffect(() => {
    const fromHash = () => {
      const tool = toolOfHash(window.location.hash);
      if (tool) {
        setActive(tool);
        setOpened(including(tool));
      }
    };
    fromHash();
    window.addEventListener("hashchange", fromHash);
    return () => window.removeEventListener("hashchange", fromHash);
  }, []);

  function select(tool: CalculatorTool, focus = false) {
    setActive(tool);
    setOpened(including(tool));
    window.history.replaceState(null, "", `#${TOOL_HASH[tool]}`);
    if (focus) tabs.current[tool]?.focus();
  }

  function onKeyDown(e: KeyboardEvent<HTMLButtonElement>) {
    const i = CALCULATOR_TOOLS.indexOf(active);
    const n = CALCULATOR_TOOLS.length;
    const to =
      e.key === "ArrowRight" || e.key === "ArrowDown"
        ? (i + 1) % n
        : e.key === "ArrowLeft" || e.key === "ArrowUp"
          ? (i - 1 + n) % n
          : e.key === "Home"
            ? 0
            : e.key === "End"
              ? n - 1
              : -1;
    if (to < 0) return;
    e.preventDefault();
    select(CALCULATOR_TOOLS[to]!, true);
  }

  return (
    <div className="space-y-5">
      <div role="tablist" aria-label={t("page.toolsLabel")} className="grid grid-cols-2 gap-2 sm:grid-cols-4">
        {CALCULATOR_TOOLS.map((tool) => {
          const selected = tool === active;
          return (
            <button
              key={tool}
              ref={(el) => {
                tabs.current[tool] = el;
              }}
              type="button"
              role="tab"
              id={`tab-${TOOL_HASH[tool]}`}
              aria-selected={selected}
              aria-controls={TOOL_HASH[tool]}
              aria-labelledby={`tab-${TOOL_HASH[tool]}-name`}
              aria-describedby={`tab-${TOOL_HASH[tool]}-description`}
              tabIndex={selected ? 0 : -1}
              onClick={() => select(tool)}
              onKeyDown={onKeyDown}
              className={`rounded-xl border px-3 py-2.5 text-left text-sm transition-colors sm:py-3 ${
                selected ? "border-brand-600 bg-brand-600 text-white shadow-sm" : "border-slate-300 bg-white text-slate-800 hover:border-brand-600 hover:bg-brand-50"
              }`}
            >
              <span id={`tab-${TOOL_HASH[tool]}-name`} className="block font-semibold">
                {t(`tools.${tool}.name`)}
              </span>
              <span id={`tab-${TOOL_HASH[tool]}-description`} className={`hidden text-xs leading-snug sm:block ${selected ? "text-brand-50" : "text-slate-600"}`}>
                {t(`tools.${tool}.description`)}
              </span>
            </button>
          );
        })}
      </div>
      {CALCULATOR_TOOLS.map((tool) => (
        <div
          key={tool}
          role="tabpanel"
          id={TOOL_HASH[tool]}
          aria-labelledby={`tab-${TOOL_HASH[tool]}-name`}
          hidden={tool !== active}
          className="scroll-mt-6 rounded-2xl border border-slate-200 bg-slate-50/50 p-4 sm:bg-white sm:p-6"
        >
          <h2 className="text-xl font-semibold text-slate-900">{t(`tools.${tool}.name`)}</h2>
          <p className="mb-5 mt-1 text-sm text-slate-600">{t(`tools.${tool}.description`)}</p>
          {opened.has(tool) ? <ToolBody tool={tool} lpr={lpr} active={tool === active} /> : null}
        </div>
      ))}
    </div>
  );
}

function ToolBody({ tool, lpr, active }: { tool: CalculatorTool; lpr: LprConfig; active: boolean }) {
  switch (tool) {
    case "dailyRate":
      return <DailyRateTool lpr={lpr} />;
    case "feeApr":
      return <FeeAprTool lpr={lpr} />;
    case "schedule":
      return <ScheduleTool lpr={lpr} active={active} />;
    case "overdue":
      return <OverdueTool lpr={lpr} />;
  }
}
