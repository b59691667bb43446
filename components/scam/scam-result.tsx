"use client";

import { useTranslations } from "next-intl";
import type { ReactNode, Ref } from "react";
import type { ScamFinding, ScamRiskLevel } from "@/lib/scam";
import { highlightSegments } from "./highlight";
import { CheckIcon, CrossIcon, InfoIcon, StopIcon, WarningIcon } from "@/components/guides/icons";

const RISK_STYLE: Record<ScamRiskLevel, { box: string; icon: ReactNode }> = {
  none: { box: "border-sky-200 bg-sky-50 text-sky-950", icon: <InfoIcon className="mt-1 text-sky-700" /> },
  low: { box: "border-amber-300 bg-amber-50 text-amber-950", icon: <WarningIcon className="mt-1 text-amber-600" /> },
  medium: { box: "border-orange-300 bg-orange-50 text-orange-950", icon: <WarningIcon className="mt-1 text-orange-600" /> },
  high: { box: "border-red-300 bg-red-50 text-red-950", icon: <StopIcon className="mt-1 text-red-700" /> },
};

const SEVERITY_STYLE = {
  high: "bg-red-700 text-white",
  medium: "bg-orange-700 text-white",
  low: "bg-slate-600 text-white",
} as const;

/** The verdict, the message with its suspicious parts marked, and one card per finding. */
export function ScamResult({
  text,
  findings,
  risk,
  headingRef,
}: {
  text: string;
  findings: ScamFinding[];
  risk: ScamRiskLevel;
  headingRef: Ref<HTMLHeadingElement>;
}) {
  const t = useTranslations("scam");
  const style = RISK_STYLE[risk];
  return (
    <section aria-labelledby="scam-result-heading" className="space-y-5" data-testid="scam-result" data-risk={risk}>
      <div className={`rounded-2xl border-2 p-4 sm:p-5 ${style.box}`}>
        <h2 id="scam-result-heading" ref={headingRef} tabIndex={-1} className="flex items-start gap-2 text-xl font-bold focus:outline-none">
          {style.icon}
          <span>{t(`risk.${risk}.title`)}</span>
        </h2>
        <p className="mt-1.5 text-sm leading-relaxed">{t(`risk.${risk}.body`)}</p>
      </div>

      {findings.length > 0 ? (
        <>
          <div className="space-y-2">
            <h3 className="text-base font-semibold text-slate-900">{t("finding.highlightedHeading")}</h3>
            <p className="max-h-64 overflow-y-auto whitespace-pre-wrap break-words rounded-xl border border-slate-200 bg-white p-4 text-sm leading-relaxed text-slate-800">
              {highlightSegments(text, findings).map((seg, i) =>
                seg.marked ? (
                  <mark key={i} className="rounded bg-amber-200 px-0.5 text-slate-950">
                    {seg.text}
                  </mark>
                ) : (
                  <span key={i}>{seg.text}</span>
                ),
              )}
            </p>
          </div>
          <div className="space-y-3">
            <h3 className="text-base font-semibold text-slate-900">{t("finding.heading")}</h3>
            <ol className="space-y-3">
              {findings.map((f) => (
                <li key={f.ruleId} data-rule={f.ruleId} className="rounded-2xl border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
                  <div className="flex flex-wrap items-center gap-2">
                    <span className={`rounded-full px-2.5 py-0.5 text-xs font-semibold ${SEVERITY_STYLE[f.severity]}`}>{t(`severity.${f.severity}`)}</span>
                    {f.supporting ? (
                      <span className="rounded-full border border-slate-300 px-2.5 py-0.5 text-xs text-slate-700">{t("finding.supportingLabel")}</span>
                    ) : null}
                  </div>
                  <h4 className="mt-2 text-lg font-semibold text-slate-900">{t(f.messages.title)}</h4>
                  <p className="mt-1 text-sm leading-relaxed text-slate-800">{t(f.messages.explanation)}</p>
                  <div className="mt-3 text-sm">
                    <p className="font-medium text-slate-700">{t("finding.matchedLabel")}</p>
                    <ul className="mt-1 flex flex-wrap gap-1.5">
                      {f.matches.map((m) => (
                        <li key={`${m.start}-${m.end}`}>
                          <mark className="rounded bg-amber-100 px-1.5 py-0.5 text-slate-950">“{m.text}”</mark>
                        </li>
                      ))}
                    </ul>
                  </div>
                  <div className="mt-3 grid gap-2 text-sm leading-relaxed sm:grid-cols-2">
                    <div className="rounded-lg bg-emerald-50 p-3 text-emerald-950">
                      <p className="font-semibold">
                        <CheckIcon className="mr-1 text-emerald-700" />
                        {t("finding.officialDoLabel")}
                      </p>
                      <p className="mt-0.5">{t(f.messages.officialDo)}</p>
                    </div>
                    <div className="rounded-lg bg-red-50 p-3 text-red-950">
                      <p className="font-semibold">
                        <CrossIcon className="mr-1 text-red-700" />
                        {t("finding.officialDontLabel")}
                      </p>
                      <p className="mt-0.5">{t(f.messages.officialDont)}</p>
                    </div>
                  </div>
                </li>
              ))}
            </ol>
          </div>
        </>
      ) : null}
    </section>
  );
}
