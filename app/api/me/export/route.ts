import { requireUser } from "@/lib/auth/session";
import { errorResponse } from "@/lib/server/errors";
import { exportUserData } from "@/lib/server/account/export-user-data";

export const dynamic = "force-dynamic";

/**
 * GET /api/me/export: everything LimitWise keeps about the signed-in account,
 * as a JSON download. 401 when not signed in. The export is recorded (without
 * its contents) as an AuditEvent.
 */
export async function GET() {
  try {
    const user = await requireUser();
    const data = await exportUserData({ userId: user.id });
    const day = data.exportedAt.slice(0, 10);
    return new Response(JSON.stringify(data, null, 2), {
      status: 200,
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="limitwise-export-${day}.json"`,
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    return errorResponse(error, "GET /api/me/export");
  }
}
