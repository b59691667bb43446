import { getTranslations } from "next-intl/server";
import type { Assessment } from "@/lib/scoring";
import { ChecklistList, type ChecklistRow } from "./checklist-list";
import { guideHref, percentagePoints } from "./evidence";
import { SectionCard } from "./section-card";
import { ClientMessages } from "@/components/i18n/client-messages";

export interface ChecklistSectionProps {
  assessmentId: string;
  output: Assessment;
  done: string[];
}

/** The ranked things to do, tickable; the ticks are kept on the server. */
export async function ChecklistSection({ assessmentId, output, done }: ChecklistSectionProps) {
  const t = await getTranslations("dashboard.checklist");
  const ts = await getTranslations("scoring");
  const rows: ChecklistRow[] = output.checklist.map((item, i) => ({
    id: item.id,
    rank: i + 1,
    action: ts(`checklist.${item.id}.action`),
    why: ts(`checklist.${item.id}.why`),
    gain: t("gain", { points: percentagePoints(item.expectedGain) }),
    effort: t("effort", { effort: ts(`efforts.${item.effort}`) }),
    effortLevel: item.effort,
    due: item.dueInDays !== undefined ? t("due", { days: item.dueInDays }) : null,
    dependsOn: item.dependsOn?.length ? t("dependsOn", { items: item.dependsOn.map((d) => ts(`checklist.${d}.action`)).join(t("separator")) }) : null,
    guideHref: guideHref(item.guideAnchor),
  }));
  return (
    <SectionCard id="checklist" title={t("title")} lead={rows.length ? t("lead") : undefined}>
      {rows.length ? (
        <ClientMessages namespaces={["dashboard.checklist"]}>
          <ChecklistList assessmentId={assessmentId} rows={rows} initialDone={done} />
        </ClientMessages>
      ) : (
        <p className="text-sm leading-relaxed text-slate-700">{t("empty")}</p>
      )}
    </SectionCard>
  );
}
