// The authorisation walk: every page (both locales: zh-CN at `/`, English at
// `/en`) and every API route with each method it exports, enumerated from the
// file tree (./routes.ts), requested by every kind of caller:
//   anonymous  no cookies at all
//   visitor    an anonymous visitor with a check-up of their own (the `lw_visitor` cookie)
//   borrower   a signed-in borrower (with two check-ups and share links)
//   support    support staff
//   admin      an administrator
// Each dynamic segment is filled with each kind of record: the borrower's,
// another borrower's, the visitor's and a missing one, so every route is also
// an ownership (IDOR) check. Every route × case × role has an explicit
// expected answer below (status, sign-in redirect, not-found page, page
// marker, error shape); a route in the tree without one fails the run.
//
// The rules come from the data layer (lib/server/**), not from this file:
// an assessment, its print view and its history page are its owner's alone
// (someone else's answers exactly like a missing one: 404); staff are not
// owners of borrowers' check-ups (they see them as cases under /admin); the
// borrower area's signed-in pages send everyone else to sign-in; share links
// are bearer links anyone may open; the admin area is for staff, /admin/staff
// and the staff data for admins only.
import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { getGuide } from "@/lib/guides";
import { closeDb, input, PASSWORD, requestAs, seedAssessment, seedShareLink, seedUser, testDb, visitor } from "../fixtures/users";
import { msg, type Locale } from "../public/messages";
import { appRoutes, fill, paramsOf, type RouteFile } from "./routes";

test.afterAll(closeDb);

type Role = "anonymous" | "visitor" | "borrower" | "support" | "admin";
const ROLES: Role[] = ["anonymous", "visitor", "borrower", "support", "admin"];
const LOCALES: Locale[] = ["zh-CN", "en"];
const localePrefix = (l: Locale) => (l === "en" ? "/en" : "");
const signedIn = (r: Role) => r === "borrower" || r === "support" || r === "admin";
const isStaff = (r: Role) => r === "support" || r === "admin";

/** An id that looks like a cuid and belongs to nothing. */
const MISSING = "c0000000000000000dummy0000";

// --- the data the walk runs on ------------------------------------------------

interface World {
  email: Record<"borrower" | "other" | "support" | "admin", string>;
  visitorId: string;
  /** Assessment ids: the borrower's two, another borrower's, the visitor's. */
  a: { mine: string; mine2: string; other: string; visitor: string };
  /** Share-link tokens of the borrower's first assessment. */
  token: { live: string; revoked: string };
}

async function seedWorld(): Promise<World> {
  const [borrower, other, support, admin] = await Promise.all([seedUser("BORROWER"), seedUser("BORROWER"), seedUser("SUPPORT"), seedUser("ADMIN")]);
  const v = visitor();
  const mine = await seedAssessment({ userId: borrower.id }, input("jiebei"), new Date(Date.now() - 86_400_000));
  const mine2 = await seedAssessment({ userId: borrower.id }, input("jiebei", (i) => void (i.repayment.onTimeMonths = 24)));
  const theirs = await seedAssessment({ userId: other.id });
  const visitors = await seedAssessment({ anonOwnerHash: v.hash });
  return {
    email: { borrower: borrower.email, other: other.email, support: support.email, admin: admin.email },
    visitorId: v.id,
    a: { mine: mine.id, mine2: mine2.id, other: theirs.id, visitor: visitors.id },
    token: { live: await seedShareLink(mine), revoked: await seedShareLink(mine, { revokedAt: new Date() }) },
  };
}

/** One value of a dynamic segment, and whose record it is. */
interface Value {
  label: string;
  value: string;
  owner?: Role | "other";
}

/** The values each dynamic segment is walked with. A segment missing here fails the walk (see fill()). */
function segmentValues(w: World): Record<string, Value[]> {
  const records: Value[] = [
    { label: "the borrower's", value: w.a.mine, owner: "borrower" },
    { label: "another borrower's", value: w.a.other, owner: "other" },
    { label: "the visitor's", value: w.a.visitor, owner: "visitor" },
    { label: "a missing one", value: MISSING },
  ];
  return {
    id: records,
    assessmentId: records,
    token: [
      { label: "a live link", value: w.token.live },
      { label: "a revoked link", value: w.token.revoked },
      { label: "an unknown token", value: "A".repeat(43) },
    ],
    slug: [
      { label: "a guide", value: "general" },
      { label: "no such guide", value: "no-such-guide" },
    ],
    rest: [{ label: "an unknown path", value: "no/such/page" }],
  };
}

// --- what a route may answer ----------------------------------------------------

type Title = (l: Locale) => string;
type Outcome =
  /** 200 with the page whose <title> starts with `title`, in the locale asked for. */
  | { kind: "page"; title: Title; has?: string[]; lacks?: string[] }
  /** 307 to this locale's sign-in page, coming back to `callbackUrl` (default: the path asked for). */
  | { kind: "signIn"; callbackUrl?: string }
  /** 404 with this locale's not-found page. */
  | { kind: "notFound"; lacks?: string[] }
  /** An API answer: status, and for errors the stable `{ error: { code, message } }` shape. */
  | {
      kind: "api";
      status: number;
      error?: string;
      type?: "json" | "csv" | "html" | "text";
      location?: RegExp;
      check?: (body: string, w: World) => void;
      after?: (ctx: APIRequestContext, w: World) => Promise<void>;
    };

interface Case {
  role: Role;
  locale: Locale;
  /** The path asked for, without the locale prefix or query. */
  path: string;
  /** The dynamic segment's value, for routes that have one. */
  v?: Value;
  /** The query variant's label, for routes that have them. */
  query?: string;
  w: World;
}
type Rule = (c: Case) => Outcome;

const t =
  (key: string, values?: Record<string, string>): Title =>
  (l) =>
    msg(key, l, values);
/** Public pages' titles: "{title} | LimitWise". */
const publicTitle =
  (titleOf: Title): Title =>
  (l) =>
    msg("guides.meta.titleTemplate", l, { title: titleOf(l) });

const page = (title: Title, opts: { has?: string[]; lacks?: string[] } = {}): Outcome => ({ kind: "page", title, ...opts });
const signIn = (callbackUrl?: string): Outcome => ({ kind: "signIn", callbackUrl });
const notFound = (lacks?: string[]): Outcome => ({ kind: "notFound", lacks });
const api = (status: number, opts: Omit<Extract<Outcome, { kind: "api" }>, "kind" | "status"> = {}): Outcome => ({ kind: "api", status, ...opts });
const unauthenticated = api(401, { error: "UNAUTHENTICATED" });
const forbidden = api(403, { error: "FORBIDDEN" });
const json = (check?: (body: unknown, w: World) => void) => ({ type: "json" as const, check: check && ((b: string, w: World) => check(JSON.parse(b), w)) });

/** Markers of a check-up's own pages; none of them may show on an answer that is not the owner's. */
const OWNER_MARKERS = ['data-assessment="', 'data-testid="share-panel"', 'data-testid="request-review"', 'data-testid="history-row"', 'data-testid="comparison"'];

/** Staff pages: staff get them (with their own nav), everyone else is sent to sign-in, support gets "not found" where only admins may go. */
const staffPage =
  (title: Title, opts: { adminOnly?: boolean; has?: (c: Case) => string[] } = {}): Rule =>
  (c) => {
    if (!isStaff(c.role)) return signIn();
    if (opts.adminOnly && c.role === "support") return notFound(['data-testid="staff-list"', c.w.email.admin]);
    return page(title, { has: ['data-area="admin"', c.w.email[c.role as "support" | "admin"], ...(opts.has?.(c) ?? [])] });
  };

/** Pages, by pattern (locale-less). */
const PAGES: Record<string, { rule: Rule; queries?: (w: World) => Record<string, string> }> = {
  "/": { rule: () => page(t("common.meta.title")) },
  "/[...rest]": { rule: () => notFound() },
  "/signin": { rule: () => page(t("auth.signInTitle")) },
  "/signup": { rule: () => page(t("auth.signUpTitle")) },
  "/guides": { rule: () => page(publicTitle(t("guides.meta.indexTitle"))) },
  "/guides/[slug]": { rule: ({ v }) => (v!.value === "general" ? page(publicTitle((l) => getGuide("general", l).title)) : notFound()) },
  "/tools": { rule: () => page(publicTitle(t("calculator.toolsIndex.meta.title"))) },
  "/tools/loan-cost": { rule: () => page(publicTitle(t("calculator.meta.title"))) },
  "/tools/scam-check": { rule: () => page(publicTitle(t("scam.meta.title"))) },
  "/check": { rule: () => page(t("check.meta.title")) },

  // A check-up's dashboard and print view: its owner's (a signed-in borrower or the anonymous visitor who made it), nobody else's.
  "/assessments/[id]": {
    rule: ({ role, v }) =>
      v!.owner === role ? page(t("dashboard.meta.title"), { has: [`data-assessment="${v!.value}"`, 'data-testid="share-panel"'] }) : notFound(OWNER_MARKERS),
  },
  "/assessments/[id]/print": {
    rule: ({ role, v }) => (v!.owner === role ? page(t("dashboard.meta.printTitle")) : notFound(OWNER_MARKERS)),
  },

  // History, comparison, share-and-review: signed-in accounts only, each sees only their own.
  "/history": {
    queries: (w) => ({
      "comparing two of the borrower's": `?a=${w.a.mine}&b=${w.a.mine2}`,
      "comparing the borrower's with another borrower's": `?a=${w.a.mine}&b=${w.a.other}`,
      "comparing the visitor's with another borrower's": `?a=${w.a.visitor}&b=${w.a.other}`,
    }),
    rule: ({ role, query, w }) => {
      if (!signedIn(role)) return signIn("/history");
      if (isStaff(role)) return page(t("history.meta.title"), { has: ["history.empty.title"], lacks: OWNER_MARKERS });
      const theirs = [`/history/${w.a.other}`, `/history/${w.a.visitor}`, `/assessments/${w.a.other}`, `/assessments/${w.a.visitor}`];
      const rows = [`/history/${w.a.mine}`, `/history/${w.a.mine2}`, 'data-testid="history-row"'];
      if (query === "comparing two of the borrower's") return page(t("history.meta.title"), { has: [...rows, 'data-testid="comparison"'], lacks: theirs });
      if (query) return page(t("history.meta.title"), { has: [...rows, "history.compare.notFound"], lacks: [...theirs, 'data-testid="comparison"'] });
      return page(t("history.meta.title"), { has: rows, lacks: [...theirs, 'data-testid="comparison"'] });
    },
  },
  "/history/[id]": {
    rule: ({ role, v }) => {
      if (!signedIn(role)) return signIn();
      return v!.owner === role
        ? page(t("history.record.title"), { has: [`/assessments/${v!.value}`, 'data-testid="share-panel"', 'data-testid="request-review"'] })
        : notFound(OWNER_MARKERS);
    },
  },
  "/settings": {
    rule: ({ role, w }) => {
      if (!signedIn(role)) return signIn();
      const own = w.email[role as "borrower" | "support" | "admin"];
      // Staff may not delete their account here (settings.delete.staff); borrowers get the form.
      return page(t("settings.meta.title"), { has: [own, role === "borrower" ? 'name="confirmation"' : "settings.delete.staff"] });
    },
  },
  "/settings/deleted": { rule: () => page(t("settings.deleted.title")) },

  // Share links are bearer links: whoever holds one sees the frozen snapshot, signed in or not.
  "/s/[token]": {
    rule: ({ v, w }) =>
      page(t("share.meta.title"), {
        has: [v!.value === w.token.live ? 'data-testid="shared-advice"' : v!.value === w.token.revoked ? 'data-testid="share-state-revoked"' : 'data-testid="share-state-notFound"'],
      }),
  },

  "/admin": { rule: staffPage(t("admin.find.title")) },
  "/admin/audit": { rule: staffPage(t("admin.audit.title")) },
  "/admin/insight": { rule: staffPage(t("admin.insight.title")) },
  "/admin/reviews": { rule: staffPage(t("admin.reviews.title")) },
  "/admin/staff": { rule: staffPage(t("admin.staff.title"), { adminOnly: true, has: () => ['data-testid="staff-list"'] }) },
  // Staff open any case, a borrower's, a visitor's: only a missing one is not found.
  "/admin/cases/[assessmentId]": {
    rule: (c) => {
      if (isStaff(c.role) && !c.v!.owner) return notFound();
      return staffPage(t("admin.case.metaTitle"), { has: ({ v }) => [`data-case="${v!.value}"`] })(c);
    },
  },
};

interface ApiCase {
  /** What the case requests, e.g. `session`, `no body`. */
  label: string;
  /** Values for the route's dynamic segments. */
  params?: Record<string, string>;
  query?: string;
  body?: { raw: string; type: string } | { json: unknown } | { form: Record<string, string> };
  rule: Rule;
}

const stillSignedIn = async (ctx: APIRequestContext, w: World, role: Role) => {
  const session = (await (await ctx.get("/api/auth/session")).json()) as { user?: { email?: string } };
  expect(session.user?.email, "the session survives").toBe(signedIn(role) ? w.email[role as "borrower"] : undefined);
};

/** API routes, by "METHOD pattern". */
const API: Record<string, ApiCase[]> = {
  "GET /api/health": [{ label: "", rule: () => api(200, json((b) => expect(b).toMatchObject({ status: "ok" }))) }],
  "GET /api/v1/ping": [{ label: "", rule: () => api(200, json((b) => expect(b).toEqual({ ok: true }))) }],
  "GET /api/v1/openapi.json": [{ label: "", rule: () => api(200, json((b) => expect(b).toMatchObject({ openapi: expect.stringMatching(/^3\./) }))) }],

  // Scoring is public (anonymous visitors use the wizard too); a broken request is a 4xx in the stable shape, whoever sends it.
  "POST /api/v1/assessments": [
    { label: "no body", rule: () => api(400, { error: "BAD_REQUEST" }) },
    { label: "malformed JSON", body: { raw: "{not json", type: "application/json" }, rule: () => api(400, { error: "BAD_REQUEST" }) },
    { label: "an invalid input", body: { json: { input: {}, persist: false } }, rule: () => api(422, { error: "VALIDATION" }) },
    {
      label: "a valid input, scored only",
      body: { json: { input: input("huabei"), persist: false } },
      rule: () => api(200, json((b) => expect(b).toMatchObject({ assessment: { platform: "huabei" } }))),
    },
  ],

  // The signed-in account's own data, nobody else's.
  "GET /api/me/export": [
    {
      label: "",
      rule: ({ role }) => {
        if (!signedIn(role)) return unauthenticated;
        return api(200, {
          type: "json",
          check: (body, w) => {
            const data = JSON.parse(body) as { account: { email: string }; assessments: { id: string }[] };
            expect(data.account.email).toBe(w.email[role as "borrower"]);
            expect(data.assessments.map((a) => a.id).sort()).toEqual(role === "borrower" ? [w.a.mine, w.a.mine2].sort() : []);
            for (const id of [w.a.other, w.a.visitor]) expect(body).not.toContain(id);
          },
        });
      },
    },
  ],

  // Staff only; authorisation before validation, so a bad filter tells a stranger nothing either.
  "GET /api/admin/export": [
    { label: "", rule: ({ role }) => (!signedIn(role) ? unauthenticated : !isStaff(role) ? forbidden : api(200, { type: "csv", check: (b) => expect(b).toContain("assessment_id,") })) },
    { label: "a bad filter", query: "?band=nope", rule: ({ role }) => (!signedIn(role) ? unauthenticated : !isStaff(role) ? forbidden : api(422, { error: "VALIDATION" })) },
  ],

  // NextAuth's own endpoints (its answers, not ours: plain-text 400s, 302s to ?csrf=true).
  "GET /api/auth/[...nextauth]": [
    { label: "", params: { nextauth: "csrf" }, rule: () => api(200, json((b) => expect(b).toEqual({ csrfToken: expect.stringMatching(/^[0-9a-f]{64}$/) }))) },
    {
      label: "",
      params: { nextauth: "session" },
      rule: ({ role }) =>
        api(
          200,
          json((b, w) => {
            if (signedIn(role)) expect(b).toMatchObject({ user: { email: w.email[role as "borrower"], role: role.toUpperCase() } });
            else expect(b).toEqual({});
          }),
        ),
    },
    { label: "", params: { nextauth: "providers" }, rule: () => api(200, json((b) => expect(Object.keys(b as object)).toEqual(["credentials"]))) },
    { label: "", params: { nextauth: "signin" }, rule: () => api(302, { location: /^\/signin\?callbackUrl=/ }) },
    { label: "", params: { nextauth: "signin/credentials" }, rule: () => api(302, { location: /^\/signin\?/ }) },
    { label: "", params: { nextauth: "error" }, rule: () => api(302, { location: /^\/signin\?error=/ }) },
    { label: "", params: { nextauth: "signout" }, rule: () => api(200, { type: "html" }) },
    // POST only (NextAuth itself answers a GET with a 500; the route turns it into a 405).
    { label: "", params: { nextauth: "callback/credentials" }, rule: () => api(405) },
    { label: "", params: { nextauth: "no-such-action" }, rule: () => api(400, { type: "text" }) },
  ],
  "POST /api/auth/[...nextauth]": [
    // Without the CSRF token nothing happens: nobody is signed out, nobody signed in.
    {
      label: "without a CSRF token",
      params: { nextauth: "signout" },
      rule: ({ role }) => api(302, { location: /\/api\/auth\/signout\?csrf=true$/, after: (ctx, w) => stillSignedIn(ctx, w, role) }),
    },
    {
      label: "with the borrower's password but no CSRF token",
      params: { nextauth: "callback/credentials" },
      body: { form: { email: "{borrower}", password: PASSWORD, json: "true" } },
      // As the sign-in form asks (json: true): NextAuth names the CSRF error page instead of redirecting to it.
      rule: ({ role }) =>
        api(200, { ...json((b) => expect(b).toEqual({ url: expect.stringMatching(/\/api\/auth\/signin\?csrf=true$/) })), after: (ctx, w) => stillSignedIn(ctx, w, role) }),
    },
    { label: "without a CSRF token", params: { nextauth: "session" }, rule: () => api(400, { type: "text" }) },
    { label: "", params: { nextauth: "no-such-action" }, rule: () => api(400, { type: "text" }) },
  ],
};

/** Methods a route does not export answer 405 (HEAD and OPTIONS Next.js answers itself). */
const UNEXPORTED = ["GET", "POST", "PUT", "PATCH", "DELETE"];

// --- the checks ---------------------------------------------------------------------

const decode = (s: string) =>
  s.replace(/&(amp|lt|gt|quot|#x27|#39);/g, (m) => ({ "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#x27;": "'", "&#39;": "'" })[m]!);
/** `has`/`lacks` entries that look like message keys are looked up in the locale. */
const text = (s: string, l: Locale) => (/^[a-z]+(\.[A-Za-z]+)+$/.test(s) ? msg(s, l) : s);

/** A failed expectation with a short message (the bodies are far too long to print). */
function must(ok: boolean, message: string) {
  if (!ok) throw new Error(message);
}
const contains = (body: string, s: string, label: string) => must(body.includes(s), `${label}: expected ${JSON.stringify(s)} in the answer`);
const lacks = (body: string, s: string, label: string) => must(!body.includes(s), `${label}: ${JSON.stringify(s)} must not be in the answer`);

/** Borrowers and visitors never get another account's email (staff pages show them by design, masked or not). */
function noOtherEmails(body: string, c: Case, label: string) {
  if (isStaff(c.role)) return;
  for (const [who, email] of Object.entries(c.w.email)) if (who !== c.role) lacks(body, email, `${label} (${who}'s email)`);
}

/**
 * The page is in the locale asked for: `<html lang>`, or — when the page
 * called notFound() mid-render and Next.js sent its error shell — the `lang`
 * of the <html> in the RSC payload that shell renders.
 */
const inLocale = (body: string, l: Locale) => body.includes(`<html lang="${l}"`) || body.includes(`\\"lang\\":\\"${l}\\"`);

function checkPage(res: APIResponse, body: string, o: Outcome, c: Case, url: string) {
  const html = decode(body);
  const label = `${url} as ${c.role}`;
  must(res.status() < 500, `${label}: ${res.status()}`);
  noOtherEmails(html, c, label);
  if (o.kind === "signIn") {
    must(res.status() === 307, `${label}: expected 307 to sign-in, got ${res.status()}`);
    const location = new URL(res.headers()["location"] ?? "", "http://x");
    expect(location.pathname, label).toBe(`${localePrefix(c.locale)}/signin`);
    expect(location.searchParams.get("callbackUrl"), label).toBe(o.callbackUrl ?? c.path);
    // Not a byte of what is behind the sign-in (the URL itself is echoed in the redirect).
    for (const leak of [...OWNER_MARKERS, 'data-case="', "admin-identity", ...Object.values(c.w.email)]) lacks(html, leak, label);
    return;
  }
  must(inLocale(body, c.locale), `${label}: not in ${c.locale}`);
  if (o.kind === "notFound") {
    must(res.status() === 404, `${label}: expected 404, got ${res.status()}`);
    contains(html, msg("common.errors.notFoundTitle", c.locale), label);
    for (const s of o.lacks ?? []) lacks(html, s, label);
    return;
  }
  if (o.kind !== "page") throw new Error(`${label}: a page cannot answer like an API`);
  must(res.status() === 200, `${label}: expected 200, got ${res.status()} ${res.headers()["location"] ?? ""}`);
  const title = decode(/<title>([^<]*)<\/title>/.exec(body)?.[1] ?? "");
  must(title.startsWith(o.title(c.locale)), `${label}: <title>${title}</title> should start with ${o.title(c.locale)}`);
  for (const s of o.has ?? []) contains(html, text(s, c.locale), label);
  for (const s of o.lacks ?? []) lacks(html, text(s, c.locale), label);
}

async function checkApi(res: APIResponse, body: string, o: Outcome, c: Case, label: string, ctx: APIRequestContext) {
  if (o.kind !== "api") throw new Error(`${label}: an API route cannot answer like a page`);
  must(res.status() < 500, `${label}: ${res.status()} ${body.slice(0, 200)}`);
  noOtherEmails(body, c, label);
  must(res.status() === o.status, `${label}: expected ${o.status}, got ${res.status()} ${body.slice(0, 200)}`);
  const type = res.headers()["content-type"] ?? "";
  if (o.error) {
    expect(type, label).toContain("application/json");
    const parsed = JSON.parse(body) as { error?: { code?: string; message?: unknown; fieldErrors?: unknown } };
    expect(Object.keys(parsed), label).toEqual(["error"]);
    expect(parsed.error, label).toMatchObject({ code: o.error, message: expect.any(String) });
    expect(Object.keys(parsed.error!).filter((k) => !["code", "message", "fieldErrors"].includes(k)), label).toEqual([]);
  }
  if (o.type) expect(type, label).toContain({ json: "application/json", csv: "text/csv", html: "text/html", text: "text/plain" }[o.type]);
  if (o.location) expect((res.headers()["location"] ?? "").replace(/^https?:\/\/[^/]+/, ""), label).toMatch(o.location);
  o.check?.(body, c.w);
  await o.after?.(ctx, c.w);
}

interface Check {
  label: string;
  run: (ctx: APIRequestContext) => Promise<void>;
}

/** Every request of the walk, for one role. */
function checksFor(role: Role, routes: RouteFile[], w: World): Check[] {
  const values = segmentValues(w);
  const checks: Check[] = [];
  for (const route of routes) {
    const params = paramsOf(route.pattern);
    if (route.kind === "page") {
      const spec = PAGES[route.pattern]!;
      if (params.length > 1) throw new Error(`${route.file}: more than one dynamic segment; teach the walk to combine them`);
      // fill() names a segment nobody gave values for.
      const variants: (Value | undefined)[] = params.length ? (values[params[0]!] ?? [fill(route.pattern, {}) as never]) : [undefined];
      const queries: [string | undefined, string][] = [[undefined, ""], ...Object.entries(spec.queries?.(w) ?? {})];
      for (const v of variants) {
        const path = fill(route.pattern, v ? { [params[0]!]: v.value } : {});
        for (const [query, qs] of queries) {
          for (const locale of LOCALES) {
            const url = `${localePrefix(locale)}${path === "/" && locale === "en" ? "" : path}${qs}`;
            const c: Case = { role, locale, path, v, query, w };
            checks.push({
              label: `GET ${url}${v ? ` (${v.label})` : ""}${query ? ` (${query})` : ""} as ${role}`,
              run: async (ctx) => {
                const res = await ctx.get(url, { maxRedirects: 0 });
                checkPage(res, await res.text(), spec.rule(c), c, url);
              },
            });
          }
        }
      }
      continue;
    }
    for (const method of UNEXPORTED.filter((m) => !route.methods.includes(m))) {
      const url = fill(route.pattern, Object.fromEntries(params.map((p) => [p, "session"])));
      checks.push({
        label: `${method} ${url} (not exported) as ${role}`,
        run: async (ctx) => expect((await ctx.fetch(url, { method, maxRedirects: 0 })).status(), `${method} ${url}`).toBe(405),
      });
    }
    for (const method of route.methods) {
      for (const apiCase of API[`${method} ${route.pattern}`]!) {
        const path = fill(route.pattern, apiCase.params ?? {});
        const url = `${path}${apiCase.query ?? ""}`;
        for (const locale of LOCALES) {
          const c: Case = { role, locale, path, w };
          const label = `${method} ${url}${apiCase.label ? ` (${apiCase.label})` : ""} [${locale}] as ${role}`;
          checks.push({
            label,
            run: async (ctx) => {
              const body = apiCase.body;
              const res = await ctx.fetch(url, {
                method,
                maxRedirects: 0,
                headers: { "accept-language": locale, ...(body && "raw" in body ? { "content-type": body.type } : {}) },
                ...(body && "raw" in body ? { data: Buffer.from(body.raw) } : {}),
                ...(body && "json" in body ? { data: body.json } : {}),
                ...(body && "form" in body ? { form: Object.fromEntries(Object.entries(body.form).map(([k, v]) => [k, v === "{borrower}" ? w.email.borrower : v])) } : {}),
              });
              await checkApi(res, await res.text(), apiCase.rule(c), c, label, ctx);
            },
          });
        }
      }
    }
  }
  return checks;
}

/** Route × method combinations in the tree without an expectation here, and expectations for routes that are gone. */
function coverage(routes: RouteFile[]) {
  const pages = routes.filter((r) => r.kind === "page").map((r) => r.pattern);
  const apis = routes.filter((r) => r.kind === "api").flatMap((r) => r.methods.map((m) => `${m} ${r.pattern}`));
  return {
    missing: [...pages.filter((p) => !PAGES[p]), ...apis.filter((k) => !API[k]?.length)],
    stale: [...Object.keys(PAGES).filter((p) => !pages.includes(p)), ...Object.keys(API).filter((k) => !apis.includes(k))],
  };
}

test("the route tree is read whole, and every route and method in it has an expected answer here", () => {
  const routes = appRoutes();
  const patterns = routes.map((r) => `${r.kind} ${r.pattern}`);
  // A sanity floor, not the list: the walk covers whatever the tree holds.
  for (const p of ["page /", "page /[...rest]", "page /assessments/[id]/print", "page /history/[id]", "page /s/[token]", "page /admin/staff", "api /api/auth/[...nextauth]", "api /api/admin/export"]) {
    expect(patterns).toContain(p);
  }
  for (const r of routes) expect(r.methods.length, `${r.file} exports no HTTP method`).toBeGreaterThan(0);
  const { missing, stale } = coverage(routes);
  expect(missing, "routes with no expected answer: add them to PAGES or API in e2e/security/authorization.spec.ts").toEqual([]);
  expect(stale, "expectations for routes no longer in the tree").toEqual([]);
});

test("every route answers every role, in both locales, as the data layer's rules say", async ({ baseURL }) => {
  test.setTimeout(180_000);
  const routes = appRoutes();
  const { missing } = coverage(routes);
  if (missing.length) throw new Error(`No expected answer for: ${missing.join(", ")} (add them in e2e/security/authorization.spec.ts)`);

  const w = await seedWorld();
  const contexts: Record<Role, APIRequestContext> = {
    anonymous: await requestAs(baseURL!),
    visitor: await requestAs(baseURL!, undefined, { visitorId: w.visitorId }),
    borrower: await requestAs(baseURL!, { email: w.email.borrower }),
    support: await requestAs(baseURL!, { email: w.email.support }),
    admin: await requestAs(baseURL!, { email: w.email.admin }),
  };

  const failures: string[] = [];
  let checked = 0;
  const started = Date.now();
  // The roles in parallel, each role's requests one after another (its session is shared state).
  await Promise.all(
    ROLES.map(async (role) => {
      for (const check of checksFor(role, routes, w)) {
        try {
          await check.run(contexts[role]);
        } catch (error) {
          const message = (error as Error).message.split("\n").slice(0, 4).join(" ").slice(0, 400);
          failures.push(message.startsWith(check.label) ? message : `${check.label}: ${message}`);
        }
        checked++;
      }
    }),
  );
  console.log(`authorisation walk: ${checked} checks (${routes.length} routes × methods × cases × ${ROLES.length} roles × ${LOCALES.length} locales) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  for (const ctx of Object.values(contexts)) await ctx.dispose();
  expect(failures, `${failures.length} of ${checked} checks failed`).toEqual([]);
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
