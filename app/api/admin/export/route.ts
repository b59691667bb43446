import { getCurrentUser } from "@/lib/auth/session";
import { exportCasesCsv } from "@/lib/server/admin/export-cases-csv";
import { AppError, errorResponse } from "@/lib/server/errors";
import { caseSearchSchema, queryObject } from "@/lib/validation/admin";

export const dynamic = "force-dynamic";

/**
 * GET /api/admin/export?q=&platform=&goal=&band=&from=&to= — the case list
 * with those filters as a streamed CSV download, masked (no full email, no
 * amounts). Support and admin only: 401 signed out, 403 for a borrower, 422
 * for bad filters. Each export is recorded in the audit log.
 */
export async function GET(request: Request) {
  try {
    const parsed = caseSearchSchema.safeParse(queryObject(new URL(request.url).searchParams));
    const actor = await getCurrentUser();
    if (!parsed.success) {
      // Authorisation first: a bad query must not tell a stranger anything either.
      if (!actor) throw new AppError("UNAUTHENTICATED", "Sign in required");
      if (actor.role === "BORROWER") throw new AppError("FORBIDDEN", "Not allowed");
      const fieldErrors: Record<string, string[]> = {};
      for (const issue of parsed.error.issues) (fieldErrors[String(issue.path[0] ?? "_form")] ??= []).push(issue.code);
      throw new AppError("VALIDATION", "Invalid filters", fieldErrors);
    }
    const { filename, stream } = await exportCasesCsv({ actor, search: parsed.data });
    return new Response(stream, {
      status: 200,
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${filename}"`,
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    return errorResponse(error, "GET /api/admin/export");
  }
}
