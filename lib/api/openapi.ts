import { z } from "zod";
import { assessmentInputSchema, assessmentSchema, MODEL_VERSION } from "@/lib/scoring";
import pkg from "@/package.json";

/**
 * The OpenAPI document of the JSON API. Request and response bodies are
 * generated from the same Zod schemas the handlers validate with, so the
 * document cannot drift from the implementation (e2e/api tests check it too).
 */
const schema = (s: z.ZodType, io: "input" | "output" = "output") =>
  z.toJSONSchema(s, { target: "openapi-3.0", io, unrepresentable: "any" }) as Record<string, unknown>;

const errorBody = {
  type: "object",
  required: ["error"],
  properties: {
    error: {
      type: "object",
      required: ["code", "message"],
      properties: {
        code: {
          type: "string",
          enum: ["BAD_REQUEST", "VALIDATION", "UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND", "CONFLICT", "GONE", "PAYLOAD_TOO_LARGE", "RATE_LIMITED", "UNAVAILABLE", "INTERNAL"],
        },
        message: { type: "string" },
        fieldErrors: {
          type: "object",
          description: "Messages per field, keyed by the dotted path inside `input` (`_consent` for consent).",
          additionalProperties: { type: "array", items: { type: "string" } },
        },
      },
    },
  },
};

const errorResponse = (description: string) => ({ description, content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } });

export function openApiDocument() {
  return {
    openapi: "3.0.3",
    info: {
      title: "LimitWise API",
      version: pkg.version,
      description: `Scores a borrower's self-reported habits with the LimitWise model (${MODEL_VERSION}). An estimate, not a credit report; not affiliated with any platform.`,
    },
    paths: {
      "/api/v1/assessments": {
        post: {
          summary: "Score an assessment input; store it unless persist is false",
          requestBody: {
            required: true,
            content: {
              "application/json": {
                schema: {
                  type: "object",
                  required: ["input"],
                  properties: {
                    input: { $ref: "#/components/schemas/AssessmentInput" },
                    persist: { type: "boolean", default: true, description: "false: score only, nothing stored" },
                    consent: {
                      type: "object",
                      description: "Required when persist is true: the consent text version the borrower agreed to.",
                      required: ["agreed", "version"],
                      properties: { agreed: { type: "boolean" }, version: { type: "string" } },
                    },
                  },
                },
              },
            },
          },
          responses: {
            "200": {
              description: "Scored, not stored (persist: false)",
              content: {
                "application/json": {
                  schema: { type: "object", required: ["assessment"], properties: { assessment: { $ref: "#/components/schemas/Assessment" } } },
                },
              },
            },
            "201": {
              description: "Scored and stored for the caller (session or anonymous visitor cookie)",
              content: {
                "application/json": {
                  schema: { type: "object", required: ["id", "url"], properties: { id: { type: "string" }, url: { type: "string" } } },
                },
              },
            },
            "400": errorResponse("Body is not JSON"),
            "409": errorResponse("The consent version is outdated"),
            "413": errorResponse("Body over 64 KiB"),
            "422": errorResponse("Invalid input, with field errors"),
            "429": errorResponse("Too many assessments; see Retry-After"),
            "503": errorResponse("Database unavailable; retry"),
          },
        },
      },
      "/api/v1/ping": {
        get: {
          summary: "Constant JSON (benchmark baseline)",
          responses: { "200": { description: "ok", content: { "application/json": { schema: { type: "object", properties: { ok: { type: "boolean" } } } } } } },
        },
      },
      "/api/health": {
        get: {
          summary: "App version, model version and database status",
          responses: { "200": { description: "Database up" }, "503": { description: "Database down" } },
        },
      },
    },
    components: {
      schemas: {
        AssessmentInput: schema(assessmentInputSchema, "input"),
        Assessment: schema(assessmentSchema),
        Error: errorBody,
      },
    },
  };
}
