import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { assessmentSchema, PLATFORMS } from "@/lib/scoring";
import { CONSENT_VERSION } from "@/lib/validation/consent";
import { createDb } from "@/lib/db/create-client";

const sample = JSON.parse(readFileSync(path.join(process.cwd(), "docs/samples/weilidai-raise.json"), "utf8"));

test.describe("POST /api/v1/assessments", () => {
  test("persist: false scores without storing, in the library's contract", async ({ request }) => {
    const res = await request.post("/api/v1/assessments", { data: { input: sample, persist: false } });
    expect(res.status()).toBe(200);
    expect(res.headers()["cache-control"]).toContain("no-store");
    const { assessment } = await res.json();
    expect(assessmentSchema.safeParse(assessment).success).toBe(true);
    expect(assessment.platform).toBe("weilidai");
  });

  test("invalid input answers 422 with field errors by input path, in the caller's language", async ({ request }) => {
    const bad = { ...sample, repayment: { ...sample.repayment, onTimeMonths: -3 }, platform: "alipay" };
    const res = await request.post("/api/v1/assessments", { data: { input: bad, persist: false }, headers: { "Accept-Language": "en" } });
    expect(res.status()).toBe(422);
    const body = await res.json();
    expect(body.error.code).toBe("VALIDATION");
    expect(Object.keys(body.error.fieldErrors)).toEqual(expect.arrayContaining(["repayment.onTimeMonths", "platform"]));
    expect(body.error.fieldErrors["repayment.onTimeMonths"][0]).toMatch(/at least 0/i);
    const zh = await request.post("/api/v1/assessments", { data: { input: bad, persist: false } });
    expect((await zh.json()).error.fieldErrors["repayment.onTimeMonths"][0]).toContain("不能小于");
  });

  test("malformed and oversized bodies are 400 and 413, never 500", async ({ request }) => {
    const notJson = await request.post("/api/v1/assessments", { data: Buffer.from("{not json"), headers: { "content-type": "application/json" } });
    expect(notJson.status()).toBe(400);
    const huge = await request.post("/api/v1/assessments", { data: { input: sample, pad: "x".repeat(70_000) } });
    expect(huge.status()).toBe(413);
    expect((await huge.json()).error.code).toBe("PAYLOAD_TOO_LARGE");
  });

  test("persisting needs consent, then stores for this visitor only", async ({ request, browser }) => {
    const refused = await request.post("/api/v1/assessments", { data: { input: sample } });
    expect(refused.status()).toBe(422);
    expect((await refused.json()).error.fieldErrors._consent).toBeTruthy();

    const res = await request.post("/api/v1/assessments", { data: { input: sample, consent: { agreed: true, version: CONSENT_VERSION } } });
    expect(res.status()).toBe(201);
    const { id, url } = await res.json();
    const db = createDb(process.env.DATABASE_URL);
    try {
      const row = await db.assessment.findUnique({ where: { id }, select: { platform: true, anonOwnerHash: true, userId: true } });
      expect(row).toMatchObject({ platform: "weilidai", userId: null });
      expect(row!.anonOwnerHash).toMatch(/^[0-9a-f]{64}$/);
    } finally {
      await db.$disconnect();
    }
    // The same visitor (cookie set by the API) can open it; a stranger cannot.
    expect((await request.get(url)).status()).toBe(200);
    const stranger = await browser.newContext();
    expect((await stranger.request.get(url)).status()).toBe(404);
    await stranger.close();
  });
});

test("the served OpenAPI document describes the routes and the library's contract", async ({ request }) => {
  const res = await request.get("/api/v1/openapi.json");
  expect(res.status()).toBe(200);
  const doc = await res.json();
  expect(doc.openapi).toMatch(/^3\./);
  expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(["/api/v1/assessments", "/api/v1/ping", "/api/health"]));
  expect(doc.components.schemas.AssessmentInput.properties.platform.enum).toEqual([...PLATFORMS]);
  // Every status the handler answered above is documented.
  expect(Object.keys(doc.paths["/api/v1/assessments"].post.responses)).toEqual(expect.arrayContaining(["200", "201", "400", "413", "422"]));
});

test("the bare baseline route answers constant JSON", async ({ request }) => {
  const res = await request.get("/api/v1/ping");
  expect(await res.json()).toEqual({ ok: true });
});
