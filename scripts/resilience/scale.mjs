// Scenario 3 — scale-out: two app instances (A and B, two ports) on one build,
// one PostgreSQL database and one Redis, with the same NEXTAUTH_SECRET and
// NEXT_SERVER_ACTIONS_ENCRYPTION_KEY.
// Checks: a session signed in on A is the same user on B; a share link created on
// A (through the app's own server action) opens on B; sign-in attempts for one
// account split across A and B hit the per-account limit at the same total as on
// one instance (the counters are in Redis); every Redis key of the run is removed.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import Redis from "ioredis";
import { createFreshDatabase } from "../lib/fresh-database.mjs";
import { ROOT } from "../lib/runtime.mjs";
import { check, cookiesOf, defer, fixtures, freePort, http, runId, startApp } from "./harness.mjs";
import { createBody, MARKERS } from "./traffic.mjs";

const LOGIN_LIMIT = 10; // LIMITS.loginPerAccount.points in lib/server/rate-limit/limiters.ts

/** The id of a server action in the build's manifest, found by its exported name. */
function serverActionId(exportedName) {
  const file = path.join(ROOT, process.env.NEXT_DIST_DIR || ".next", "server", "server-reference-manifest.json");
  if (!existsSync(file)) throw new Error(`no ${path.relative(ROOT, file)}: is there a build?`);
  const manifest = JSON.parse(readFileSync(file, "utf8"));
  for (const [id, entry] of Object.entries(manifest.node ?? {})) {
    if (entry.exportedName === exportedName) return id;
  }
  throw new Error(`server action ${exportedName} not in ${path.relative(ROOT, file)}`);
}

/** Calls a server action the way the browser does (POST to a page with Next-Action). */
async function callServerAction(base, pagePath, actionId, args, cookie) {
  const res = await http(`${base}${pagePath}`, {
    method: "POST",
    headers: { "next-action": actionId, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component", origin: base, cookie },
    body: JSON.stringify(args),
  });
  return { status: res.status, text: await res.text() };
}

const cookieHeader = (jar) =>
  Object.entries(jar)
    .map(([k, v]) => `${k}=${v}`)
    .join("; ");

/** NextAuth credentials sign-in: csrf (from `csrfFrom`), then the callback on `base`. Returns { error, cookies }. */
async function signIn(base, { email, password, ip, csrf }) {
  const res = await http(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader(csrf.jar), "x-forwarded-for": ip, origin: base },
    body: new URLSearchParams({ csrfToken: csrf.token, email, password, callbackUrl: `${base}/history`, json: "true" }).toString(),
  });
  const text = await res.text();
  let url = res.headers.get("location") ?? "";
  try {
    url = JSON.parse(text).url ?? url;
  } catch {
    /* redirect form */
  }
  const error = new URL(url || "/", base).searchParams.get("error");
  return { status: res.status, error, cookies: cookiesOf(res) };
}

async function csrfOf(base) {
  const res = await http(`${base}/api/auth/csrf`);
  const { csrfToken } = await res.json();
  return { token: csrfToken, jar: cookiesOf(res) };
}

/** Wrong-password attempts for `email`, on the instances in turn, until one is refused; returns how many were allowed. */
async function attemptsUntilLimited(instances, email, csrf, label) {
  const trail = [];
  for (let i = 0; i < LOGIN_LIMIT * 3; i++) {
    const app = instances[i % instances.length];
    // A different client IP per attempt: only the per-account limit is under test here.
    const r = await signIn(app.base, { email, password: "wrong password!", ip: `198.18.${i}.${instances.length}`, csrf });
    trail.push(`${app.name}:${r.error === "RATE_LIMITED" ? "429" : r.error === "CredentialsSignin" ? "no" : (r.error ?? r.status)}`);
    if (r.error === "RATE_LIMITED") {
      console.log(`    ${label}: ${trail.join(" ")}`);
      return i;
    }
    if (r.error !== "CredentialsSignin") throw new Error(`unexpected sign-in answer on ${app.name}: ${r.status} ${r.error}`);
  }
  console.log(`    ${label}: ${trail.join(" ")}`);
  return Infinity;
}

export async function scaleScenario({ baseDatabaseUrl, redisUrl, secret, actionsKey, logDir }) {
  console.log("\n▶ Scale-out: two instances, one PostgreSQL database, one Redis");
  const prefix = `limitwise-resilience:${runId}:`;
  const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1, connectTimeout: 3_000, retryStrategy: () => null });
  redis.on("error", () => undefined);
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    redis.disconnect();
    throw new Error(`Redis at ${redisUrl} is not reachable (${error.message}); set REDIS_URL`);
  }
  const redisKeys = () => redis.keys(`${prefix}*`);
  const removeKeys = async () => {
    const keys = await redisKeys();
    if (keys.length) await redis.del(...keys);
    return keys.length;
  };
  defer(`remove Redis keys ${prefix}* and disconnect`, async () => {
    await removeKeys();
    redis.disconnect();
  });

  const fresh = await createFreshDatabase(baseDatabaseUrl, "resilience_scale");
  defer(`drop database ${new URL(fresh.url).pathname.slice(1)}`, () => fresh.drop());
  const env = {
    DATABASE_URL: fresh.url,
    NEXTAUTH_SECRET: secret,
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: actionsKey,
    REDIS_URL: redisUrl,
    RATE_LIMIT_KEY_PREFIX: prefix,
  };
  // One after the other: each start applies migrations (idempotent); in production they run once before rollout.
  const a = await startApp({ name: "A", port: await freePort(3700, 3799), logDir, env });
  const b = await startApp({ name: "B", port: await freePort(3700, 3799), logDir, env });
  console.log(`  A ${a.base} (pid ${a.pid}), B ${b.base} (pid ${b.pid}), database ${new URL(fresh.url).pathname.slice(1)}, Redis ${redisUrl} prefix ${prefix}`);

  try {
    // --- sessions ---------------------------------------------------------------------
    const email = `scale-${runId}@resilience.example`;
    const password = `pw-${runId}-Resilience`;
    fixtures("user", { email, password }, fresh.url);
    const csrf = await csrfOf(a.base);
    const signed = await signIn(a.base, { email, password, ip: "198.51.100.10", csrf });
    const sessionCookie = Object.entries(signed.cookies).find(([k]) => k.endsWith("next-auth.session-token"));
    check("sign-in on A issues a session cookie", !signed.error && Boolean(sessionCookie), signed.error ?? sessionCookie?.[0]);
    const cookie = sessionCookie ? `${sessionCookie[0]}=${sessionCookie[1]}` : "";
    const sessionB = await http(`${b.base}/api/auth/session`, { headers: { cookie } }).then((r) => r.json());
    check("B reads A's session as the same user", sessionB?.user?.email === email, `B /api/auth/session → ${sessionB?.user?.email ?? JSON.stringify(sessionB)}`);
    const historyB = await http(`${b.base}/history`, { headers: { cookie } });
    const historyAnon = await http(`${b.base}/history`);
    check(
      "B serves the signed-in page /history to A's session (200, no redirect to sign-in)",
      historyB.status === 200 && historyAnon.status >= 300 && historyAnon.status < 400,
      `with cookie ${historyB.status}; without ${historyAnon.status} → ${historyAnon.headers.get("location")}`,
    );

    // --- share links: created on A through the server action, opened on B ---------------------------------
    // The signed-in user's check-up (JSON API on A), shared from its page's server action on A.
    const made = await http(`${a.base}/api/v1/assessments`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie },
      body: createBody(0),
    });
    const assessmentId = made.status === 201 ? (await made.json()).id : null;
    check("A stores a check-up for the signed-in user", Boolean(assessmentId), `${made.status}`);
    const actionId = serverActionId("createShareLinkAction");
    const created = await callServerAction(a.base, `/history/${assessmentId}`, actionId, [assessmentId, { expiresInDays: 7, showReasons: true, showChecklist: true }], cookie);
    const token = /"token":"([A-Za-z0-9_-]{43})"/.exec(created.text)?.[1];
    check("A creates a share link through its server action", created.status === 200 && Boolean(token), `${created.status} ${token ? "token received" : created.text.slice(0, 200)}`);
    const onB = token ? await http(`${b.base}/s/${token}`, { headers: { "x-forwarded-for": "198.51.100.20" } }) : null;
    const onBText = onB ? await onB.text() : "";
    check("the link created on A opens on B", onB?.status === 200 && onBText.includes(MARKERS.share), `B /s/<token> → ${onB?.status}`);
    // The same action id works on B too: both run one build (and share the Server Actions key).
    const createdOnB = await callServerAction(b.base, `/history/${assessmentId}`, actionId, [assessmentId, { expiresInDays: 1 }], cookie);
    check("B runs the same server action for A's session", createdOnB.status === 200 && /"ok":true/.test(createdOnB.text), `${createdOnB.status}`);
    const historyA = await http(`${a.base}/history`, { headers: { cookie } }).then((r) => r.text());
    check("A lists the check-up in /history", historyA.includes(assessmentId ?? "-"));

    // --- rate limits: one count across both instances ------------------------------------------
    const splitEmail = `split-${runId}@resilience.example`;
    const oneEmail = `one-${runId}@resilience.example`;
    const split = await attemptsUntilLimited([a, b], splitEmail, csrf, "A and B in turn");
    const one = await attemptsUntilLimited([a], oneEmail, csrf, "A alone       ");
    check(
      `sign-ins split across A and B hit the per-account limit at the same total as on one instance (${LOGIN_LIMIT})`,
      split === one && one === LOGIN_LIMIT,
      `allowed: split ${split}, one instance ${one}`,
    );
    const [refusedA, refusedB] = await Promise.all([a, b].map((app, i) => signIn(app.base, { email: splitEmail, password: "wrong password!", ip: `198.18.200.${i}`, csrf })));
    check("after the limit, both instances refuse that account", refusedA.error === "RATE_LIMITED" && refusedB.error === "RATE_LIMITED", `A ${refusedA.error}, B ${refusedB.error}`);
    const stored = await redis.get(`${prefix}loginPerAccount:${splitEmail}`);
    check("the count is in Redis under the run's prefix", Number(stored) >= LOGIN_LIMIT, `${prefix}loginPerAccount:${splitEmail} = ${stored}`);

    return { split, one, limit: LOGIN_LIMIT, session: sessionB?.user?.email === email, shareAcross: onB?.status === 200 };
  } finally {
    await a.stop();
    await b.stop();
    const removed = await removeKeys();
    const left = (await redisKeys()).length;
    check("every Redis key of the run is removed", left === 0, `${removed} removed, ${left} left`);
  }
}
