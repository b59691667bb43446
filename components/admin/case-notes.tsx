import { getFormatter, getTranslations } from "next-intl/server";
import type { CaseDetail } from "@/lib/server/admin/get-case";
import { SectionCard } from "@/components/dashboard/section-card";
import { NoteForm } from "./note-form";

/** Internal notes on the case (and on the same borrower's other cases), newest first, and a form to add one. */
export async function CaseNotes({ assessmentId, notes }: { assessmentId: string; notes: CaseDetail["notes"] }) {
  const [t, format] = await Promise.all([getTranslations("admin.notes"), getFormatter()]);
  return (
    <SectionCard id="case-notes" title={t("title")} lead={t("lead")}>
      <div className="space-y-4">
        {notes.length === 0 ? (
          <p className="text-sm text-slate-600">{t("empty")}</p>
        ) : (
          <ol className="space-y-2" data-testid="case-notes">
            {notes.map((n) => (
              <li key={n.id} className="rounded-lg border border-slate-200 bg-slate-50 p-2.5 text-sm">
                <p className="whitespace-pre-line break-words text-slate-900">{n.body}</p>
                <p className="mt-1 text-xs text-slate-600">
                  <span className="break-all">{n.author}</span> · {format.dateTime(n.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                  {n.onThisAssessment ? null : <span> · {t("otherCase")}</span>}
                </p>
              </li>
            ))}
          </ol>
        )}
        <NoteForm assessmentId={assessmentId} />
      </div>
    </SectionCard>
  );
}
