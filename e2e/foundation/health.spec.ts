import { expect, test } from "@playwright/test";

test("GET /api/health reports versions and an up database", async ({ request }) => {
  const res = await request.get("/api/health");
  expect(res.status()).toBe(200);
  const body = await res.json();
  const expectedProvider = /^postgres/.test(process.env.DATABASE_URL ?? "") ? "postgresql" : "sqlite";
  expect(body).toMatchObject({ status: "ok", database: { status: "up", provider: expectedProvider } });
  expect(body.modelVersion).toBeTruthy();
});
