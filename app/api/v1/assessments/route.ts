import { NextResponse } from "next/server";
import { assess, assessmentInputSchema } from "@/lib/scoring";
import { AppError, errorResponse } from "@/lib/server/errors";
import { readJson } from "@/lib/server/http/read-json";
import { apiValidationTranslator } from "@/lib/server/http/api-locale";
import { createAssessment } from "@/lib/server/assessments/create-assessment";
import { ensureOwner } from "@/lib/server/owner/current-owner";
import { createAssessmentRequestSchema } from "@/lib/validation/api";
import { fieldErrors } from "@/lib/validation/field-errors";

export const dynamic = "force-dynamic";

/**
 * Scores an AssessmentInput (the scoring library's contract, see
 * /api/v1/openapi.json). `persist: false` only scores; otherwise the
 * assessment is stored for the caller (session, or the anonymous visitor
 * cookie, exactly like the wizard) and its id returned.
 */
export async function POST(request: Request) {
  try {
    const t = await apiValidationTranslator(request);
    const envelope = createAssessmentRequestSchema.safeParse(await readJson(request));
    if (!envelope.success) throw new AppError("VALIDATION", "Invalid request", fieldErrors(envelope.error, t));
    const { input, persist, consent } = envelope.data;

    if (!persist) {
      const parsed = assessmentInputSchema.safeParse(input);
      if (!parsed.success) throw new AppError("VALIDATION", "Invalid assessment input", fieldErrors(parsed.error, t));
      return NextResponse.json({ assessment: assess(parsed.data) }, { headers: { "Cache-Control": "no-store" } });
    }

    const { id } = await createAssessment({
      input,
      consent: { agreed: consent?.agreed, version: consent?.version },
      resolveOwner: ensureOwner,
      t,
    });
    return NextResponse.json({ id, url: `/assessments/${id}` }, { status: 201, headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return errorResponse(error, "POST /api/v1/assessments");
  }
}
