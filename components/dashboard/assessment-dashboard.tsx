import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import type { OwnedAssessment } from "@/lib/server/assessments/get-assessment";
import { ChanceSection } from "./chance-section";
import { ChecklistSection } from "./checklist-section";
import { DashboardHeader } from "./dashboard-header";
import { DimensionsSection } from "./dimensions-section";
import { Disclaimer } from "./disclaimer";
import { PlanSection } from "./plan-section";
import { ReasonsSection } from "./reasons-section";
import { SectionCard } from "./section-card";
import { WarningsSection } from "./warnings-section";
import { WhatIfPanel } from "./what-if-panel";
import { ClientMessages } from "@/components/i18n/client-messages";

export interface AssessmentDashboardProps {
  assessment: OwnedAssessment;
  /**
   * The "share this plan" and "request a human review" controls, mounted by
   * the page into their own area at the bottom of the dashboard.
   */
  actions?: ReactNode;
}

/**
 * The result of a check-up, in the order a borrower needs it: what to deal
 * with first, the chance, why, what to do, when, and what changing a habit
 * would do; then the standing disclaimer and the ways to get more help.
 */
export async function AssessmentDashboard({ assessment, actions }: AssessmentDashboardProps) {
  const t = await getTranslations("dashboard");
  const { id, output, input, createdAt, done } = assessment;
  return (
    <article className="space-y-6" data-assessment={id}>
      <DashboardHeader id={id} output={output} createdAt={createdAt} />
      <WarningsSection warnings={output.warnings} />
      <ChanceSection output={output} />
      <DimensionsSection output={output} />
      <ReasonsSection output={output} />
      <ChecklistSection assessmentId={id} output={output} done={done} />
      <PlanSection
        output={output}
        cut={input.goal === "restore" ? { previous: input.limit.previous, current: input.limit.current, reason: input.cut?.reason ?? "unknown" } : undefined}
      />
      <SectionCard id="what-if" title={t("whatIf.title")} lead={t("whatIf.lead")} className="print:hidden">
        <ClientMessages namespaces={["dashboard.whatIf", "scoring.bands"]}>
          <WhatIfPanel input={input} />
        </ClientMessages>
      </SectionCard>
      <Disclaimer modelVersion={assessment.modelVersion} />
      {/* Share & human review: mounted by the page (see AssessmentDashboardProps.actions). */}
      <section id="more-help" aria-labelledby="more-help-title" data-slot="assessment-actions" className="space-y-3 print:hidden">
        <h2 id="more-help-title" className="text-lg font-semibold text-slate-900 sm:text-xl">
          {t("more.title")}
        </h2>
        {actions}
      </section>
    </article>
  );
}
