import { NextResponse } from "next/server";

export const dynamic = "force-dynamic";

/** Constant JSON from the same server: the baseline the API benchmark compares against. */
export function GET() {
  return NextResponse.json({ ok: true }, { headers: { "Cache-Control": "no-store" } });
}
