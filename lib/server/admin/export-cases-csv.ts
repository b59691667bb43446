import "server-only";
import { db as defaultDb, type Db } from "@/lib/db";
import { AppError } from "@/lib/server/errors";
import { caseSearchSchema } from "@/lib/validation/admin";
import { assertStaff, type Actor } from "./assert-staff";
import { AUDIT_ACTIONS } from "./audit-actions";
import { caseWhere } from "./case-where";
import { csvRow } from "./csv";
import { maskEmail } from "./mask";
import { recordAudit } from "./record-audit";

export const CSV_COLUMNS = [
  "assessment_id",
  "created_at",
  "platform",
  "goal",
  "band",
  "probability",
  "model_version",
  "owner",
  "open_reviews",
  "share_links",
] as const;

const BATCH = 500;

/**
 * The case list (same search and filters) as CSV, streamed in batches so a
 * large export never sits in memory. Masked like the list: no full email, no
 * amounts, no answers. The export is recorded as `export.csv` (with its
 * filters) before the first byte. Staff only.
 */
export async function exportCasesCsv({
  db = defaultDb,
  actor,
  search,
  now = new Date(),
}: {
  db?: Db;
  actor: Actor;
  search: unknown;
  now?: Date;
}): Promise<{ filename: string; stream: ReadableStream<Uint8Array> }> {
  const staff = await assertStaff(db, actor);
  const parsed = caseSearchSchema.safeParse(search ?? {});
  if (!parsed.success) throw new AppError("VALIDATION", "Invalid filters");
  const { page: _page, ...filters } = parsed.data;
  const { where } = caseWhere(filters);
  await recordAudit(db, staff, {
    action: AUDIT_ACTIONS.exportCsv,
    targetType: "assessment_list",
    // The filters, with a searched email masked like everywhere else in the staff area.
    metadata: {
      filters: Object.fromEntries(
        Object.entries(filters)
          .filter(([, v]) => v !== undefined)
          .map(([k, v]) => [k, k === "q" && typeof v === "string" && v.includes("@") ? maskEmail(v) : v]),
      ),
    },
    at: now,
  });

  const encoder = new TextEncoder();
  let cursor: string | undefined;
  let started = false;
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        if (!started) {
          started = true;
          // A byte-order mark so spreadsheet programs read the file as UTF-8.
          controller.enqueue(encoder.encode(`\uFEFF${csvRow([...CSV_COLUMNS])}`));
          return;
        }
        const rows = await db.assessment.findMany({
          where,
          orderBy: [{ createdAt: "desc" }, { id: "desc" }],
          take: BATCH,
          ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
          select: {
            id: true,
            createdAt: true,
            platform: true,
            goal: true,
            band: true,
            probability: true,
            modelVersion: true,
            user: { select: { email: true } },
            _count: { select: { reviewRequests: { where: { status: { in: ["OPEN", "IN_PROGRESS"] } } }, shareLinks: true } },
          },
        });
        if (rows.length) {
          controller.enqueue(
            encoder.encode(
              rows
                .map((r) =>
                  csvRow([
                    r.id,
                    r.createdAt.toISOString(),
                    r.platform,
                    r.goal,
                    r.band,
                    r.probability.toFixed(4),
                    r.modelVersion,
                    r.user ? maskEmail(r.user.email) : "anonymous",
                    r._count.reviewRequests,
                    r._count.shareLinks,
                  ]),
                )
                .join(""),
            ),
          );
          cursor = rows.at(-1)!.id;
        }
        if (rows.length < BATCH) controller.close();
      } catch (error) {
        console.error("[exportCasesCsv]", error);
        controller.error(error);
      }
    },
  });
  return { filename: `limitwise-cases-${now.toISOString().slice(0, 10)}.csv`, stream };
}
