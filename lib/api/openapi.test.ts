import { describe, expect, it } from "vitest";
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { openApiDocument } from "./openapi";

/** Every route handler under app/api/v1, as an OpenAPI path. */
function v1Routes(dir = path.join(process.cwd(), "app/api/v1"), prefix = "/api/v1"): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return v1Routes(full, `${prefix}/${name.replace(/^\[(.+)\]$/, "{$1}")}`);
    return name === "route.ts" ? [prefix] : [];
  });
}

describe("OpenAPI document", () => {
  const doc = openApiDocument();

  it("documents every v1 route handler (except the document itself)", () => {
    const documented = Object.keys(doc.paths);
    for (const route of v1Routes().filter((r) => !r.endsWith("openapi.json"))) expect(documented).toContain(route);
  });

  it("describes the input with the scoring library's fields and enums", () => {
    const input = doc.components.schemas.AssessmentInput as { properties: Record<string, { enum?: string[] }>; required: string[] };
    expect(input.properties.platform!.enum).toEqual(["generic", "jiebei", "huabei", "mybank", "weilidai"]);
    expect(input.required).toEqual(expect.arrayContaining(["platform", "goal", "limit", "repayment", "debt", "usage", "ecosystem", "profile"]));
  });

  it("describes the output with probability, interval and plan", () => {
    const out = doc.components.schemas.Assessment as { properties: Record<string, unknown>; required: string[] };
    expect(out.required).toEqual(expect.arrayContaining(["probability", "interval", "band", "reasons", "checklist", "plan", "warnings"]));
  });

  it("is serialisable JSON with no undefined holes", () => {
    expect(() => JSON.parse(JSON.stringify(doc))).not.toThrow();
  });
});
