import { describe, expect, it } from "vitest";
import { buildCsp, PER_REQUEST_PATHS } from "./csp";

describe("buildCsp", () => {
  it("uses the nonce with strict-dynamic and no unsafe-inline script on per-request pages", () => {
    const csp = buildCsp({ nonce: "abc123" });
    expect(csp).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).not.toContain("unsafe-eval");
  });

  it("always forbids framing, plugins and foreign form targets", () => {
    for (const nonce of ["n", null]) {
      const csp = buildCsp({ nonce });
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).toContain("form-action 'self'");
      expect(csp).toContain("default-src 'self'");
    }
  });

  it("allows eval only in development", () => {
    expect(buildCsp({ nonce: "n", dev: true })).toContain("'unsafe-eval'");
  });
});

describe("PER_REQUEST_PATHS", () => {
  it.each(["/check", "/en/check", "/assessments/abc", "/history", "/settings", "/admin/cases/x", "/s/tok", "/signin", "/en/signup"])(
    "%s gets a nonce",
    (p) => expect(PER_REQUEST_PATHS.test(p)).toBe(true),
  );
  it.each(["/", "/en", "/guides/weilidai", "/tools/loan-cost", "/en/guides", "/shop", "/checkout"])("%s is prerendered", (p) =>
    expect(PER_REQUEST_PATHS.test(p)).toBe(false),
  );
});
