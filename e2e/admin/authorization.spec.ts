// The authorisation walk: every admin page and admin API route, enumerated
// from the file tree, requested as anonymous, borrower, support and admin.
// Pages: anonymous and borrowers are sent to sign-in (never a byte of data);
// support is refused admin-only pages; staff get the page. API: 401 / 403 in
// the stable error shape for anonymous / borrower; staff get an answer.
import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { closeDb, requestAs, seedAssessment, seedUser, testDb } from "../fixtures/users";
import { adminRoutes, fill, paramsOf } from "./routes";

test.afterAll(closeDb);

/** Admin-only pages and API routes (everything else is for support and admin). A new admin-only route must be listed here. */
const ADMIN_ONLY = new Set(["/admin/staff"]);

type Who = "anonymous" | "borrower" | "support" | "admin";
const WHO: Who[] = ["anonymous", "borrower", "support", "admin"];

test("the route tree has the admin pages and API routes this walk expects to find", () => {
  const routes = adminRoutes();
  const patterns = routes.map((r) => r.pattern);
  // A sanity floor, not the list: the walk below covers whatever the tree holds.
  for (const p of ["/admin", "/admin/cases/[assessmentId]", "/admin/reviews", "/admin/insight", "/admin/staff", "/admin/audit", "/api/admin/export"]) {
    expect(patterns).toContain(p);
  }
  for (const r of routes) expect(r.methods.length, `${r.file} exports no HTTP method`).toBeGreaterThan(0);
});

test("every admin route answers each role as it should", async ({ baseURL }) => {
  test.setTimeout(180_000);
  const borrower = await seedUser("BORROWER");
  const support = await seedUser("SUPPORT");
  const admin = await seedUser("ADMIN");
  const assessment = await seedAssessment({ userId: borrower.id });
  const request = await testDb().reviewRequest.create({ data: { assessmentId: assessment.id, requesterId: borrower.id, message: "walk" } });

  // Real ids (staff see the page) and dummy ids (nobody learns whether they exist).
  const real: Record<string, string> = { assessmentId: assessment.id, requestId: request.id, userId: support.id, id: assessment.id };
  const dummy: Record<string, string> = Object.fromEntries(Object.keys(real).map((k) => [k, "c0000000000000000dummy0000"]));

  const contexts: Record<Who, APIRequestContext> = {
    anonymous: await requestAs(baseURL!),
    borrower: await requestAs(baseURL!, borrower),
    support: await requestAs(baseURL!, support),
    admin: await requestAs(baseURL!, admin),
  };

  const routes = adminRoutes();
  let checked = 0;
  for (const route of routes) {
    const variants = paramsOf(route.pattern).length ? [{ ids: real, real: true }, { ids: dummy, real: false }] : [{ ids: real, real: true }];
    for (const { ids, real: isReal } of variants) {
      const urlPath = fill(route.pattern, ids);
      const adminOnly = ADMIN_ONLY.has(route.pattern);
      const localePrefixes = route.kind === "page" ? ["", "/en"] : [""];
      for (const prefix of localePrefixes) {
        for (const method of route.methods) {
          for (const who of WHO) {
            const url = `${prefix}${urlPath}`;
            const label = `${method} ${url} as ${who}`;
            const res: APIResponse = await contexts[who].fetch(url, { method, maxRedirects: 0 });
            const body = await res.text();
            checked++;
            if (route.kind === "page") {
              if (who === "anonymous" || who === "borrower") {
                expect(res.status(), label).toBe(307);
                const location = new URL(res.headers()["location"] ?? "", baseURL);
                expect(location.pathname, label).toBe(`${prefix}/signin`);
                expect(location.searchParams.get("callbackUrl"), label).toBe(urlPath);
                // Not a byte of admin content (the URL itself, with its id, is echoed in the redirect).
                for (const leak of ['data-case="', "admin-identity", borrower.email, support.email, admin.email]) expect(body, label).not.toContain(leak);
              } else if (who === "support" && adminOnly) {
                expect(res.status(), label).toBe(404);
                // Their own nav is there; the page's data (other staff accounts) is not.
                expect(body, label).not.toContain(admin.email);
                expect(body, label).not.toContain('data-testid="staff-list"');
              } else if (!isReal) {
                // Staff asking for a case that does not exist: not found.
                expect(res.status(), label).toBe(404);
              } else {
                expect(res.status(), label).toBe(200);
                expect(body, label).toContain('data-area="admin"');
                expect(body, label).toContain(who === "admin" ? admin.email : support.email);
              }
            } else {
              if (who === "anonymous" || who === "borrower") {
                expect(res.status(), label).toBe(who === "anonymous" ? 401 : 403);
                expect(JSON.parse(body), label).toEqual({
                  error: { code: who === "anonymous" ? "UNAUTHENTICATED" : "FORBIDDEN", message: expect.any(String) },
                });
              } else if (who === "support" && adminOnly) {
                expect(res.status(), label).toBe(403);
              } else {
                expect(res.status(), label).toBeLessThan(400);
                expect(res.status(), label).not.toBe(0);
              }
            }
          }
        }
      }
    }
  }
  expect(checked).toBeGreaterThanOrEqual(routes.length * WHO.length);
  for (const ctx of Object.values(contexts)) await ctx.dispose();
});

test("a disabled staff account's session gets nothing: pages redirect to sign-in, the API answers 401", async ({ baseURL }) => {
  const support = await seedUser("SUPPORT");
  const ctx = await requestAs(baseURL!, support);
  expect((await ctx.get("/admin", { maxRedirects: 0 })).status()).toBe(200);
  await testDb().user.update({ where: { id: support.id }, data: { disabledAt: new Date(), sessionVersion: { increment: 1 } } });
  const page = await ctx.get("/admin", { maxRedirects: 0 });
  expect(page.status()).toBe(307);
  expect(page.headers()["location"]).toContain("/signin");
  const api = await ctx.get("/api/admin/export", { maxRedirects: 0 });
  expect(api.status()).toBe(401);
  await ctx.dispose();
});
