"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";

/** Form on the left (top on phones), results on the right (below). */
export function ToolLayout({ form, results }: { form: ReactNode; results: ReactNode }) {
  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,20rem)_minmax(0,1fr)] lg:gap-8">
      <div>{form}</div>
      <div className="min-w-0">{results}</div>
    </div>
  );
}

/** The results area: a heading, a one-line summary read out when it changes, then details. */
export function ResultsSection({ id, summary, children }: { id: string; summary?: ReactNode; children?: ReactNode }) {
  const t = useTranslations("calculator.results");
  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-4" data-testid={id}>
      <h3 id={`${id}-heading`} className="text-lg font-semibold text-slate-900">
        {t("heading")}
      </h3>
      <p role="status" className="text-base leading-relaxed text-slate-800">
        {summary}
      </p>
      {children}
    </section>
  );
}
