import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type APIResponse } from "@playwright/test";
import { CONSENT_VERSION } from "@/lib/validation/consent";

const sample = JSON.parse(readFileSync(path.join(process.cwd(), "docs/samples/jiebei-restore.json"), "utf8"));

function expectSecurityHeaders(res: APIResponse, { nonce }: { nonce: boolean }) {
  const h = res.headers();
  expect(h["strict-transport-security"]).toContain("max-age=");
  expect(h["x-content-type-options"]).toBe("nosniff");
  expect(h["referrer-policy"]).toBeTruthy();
  expect(h["permissions-policy"]).toContain("camera=()");
  expect(h["x-powered-by"]).toBeUndefined();
  const csp = h["content-security-policy"] ?? "";
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  if (nonce) {
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
  }
  return csp;
}

test.describe("security headers on every page type", () => {
  for (const [name, url] of [
    ["landing", "/"],
    ["English landing", "/en"],
    ["guide", "/guides/weilidai"],
    ["tool", "/tools/loan-cost"],
  ] as const) {
    test(`${name} (prerendered)`, async ({ request }) => {
      const res = await request.get(url);
      expect(res.status()).toBe(200);
      expectSecurityHeaders(res, { nonce: false });
    });
  }

  for (const [name, url] of [
    ["check-up", "/check"],
    ["sign-in", "/signin"],
    ["expired share link", "/s/not-a-real-token-000000000000000000000000000"],
  ] as const) {
    test(`${name} (per request, with nonce)`, async ({ request }) => {
      const res = await request.get(url);
      expect(res.status()).toBeLessThan(500);
      const h = res.headers();
      expect(h["cache-control"]).toContain("no-store");
      expectSecurityHeaders(res, { nonce: true });
    });
  }

  test("each request gets a fresh nonce, and the page's scripts carry it", async ({ request }) => {
    const a = (await request.get("/check")).headers()["content-security-policy"]!;
    const res = await request.get("/check");
    const b = res.headers()["content-security-policy"]!;
    const nonceOf = (csp: string) => /'nonce-([^']+)'/.exec(csp)![1];
    expect(nonceOf(a)).not.toBe(nonceOf(b));
    const html = await res.text();
    expect(html).toContain(`nonce="${nonceOf(b)}"`);
  });

  test("dashboard: no-store, nonce, and it renders without CSP violations", async ({ page }) => {
    const created = await page.request.post("/api/v1/assessments", { data: { input: sample, consent: { agreed: true, version: CONSENT_VERSION } } });
    expect(created.status()).toBe(201);
    const { url } = await created.json();
    const violations: string[] = [];
    page.on("console", (m) => {
      if (/Content Security Policy|Refused to/.test(m.text())) violations.push(m.text());
    });
    const res = await page.goto(url);
    expect(res!.headers()["cache-control"]).toContain("no-store");
    expect(res!.headers()["content-security-policy"]).toContain("'strict-dynamic'");
    await expect(page.locator("h1")).toBeVisible();
    expect(violations).toEqual([]);
  });

  test("admin and history redirect anonymous visitors, with headers intact", async ({ request }) => {
    for (const url of ["/admin", "/history"]) {
      const res = await request.get(url, { maxRedirects: 0 });
      expect([302, 303, 307, 308]).toContain(res.status());
      expect(res.headers()["location"]).toContain("/signin");
    }
  });

  test("API answers carry no-store and nosniff", async ({ request }) => {
    const res = await request.get("/api/health");
    expect(res.headers()["cache-control"]).toContain("no-store");
    expect(res.headers()["x-content-type-options"]).toBe("nosniff");
  });
});
