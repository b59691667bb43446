// Mixed traffic for the load and fault scenarios: three autocannon instances run
// at once in this process, one per kind of request, so every kind gets its own
// req/s and latency percentiles while the server sees them interleaved.
//
//   create     POST /api/v1/assessments (persisted, with consent), no cookie: each request is a
//              new anonymous visitor, like a first-time borrower. 201 → { id } is collected.
//   dashboard  GET /assessments/<id> with the owning visitor's lw_visitor cookie.
//   share      GET /s/<token> of a live share link. Share lookups are rate-limited per IP
//              (60/min): each request carries its own X-Forwarded-For so the limiter sees many
//              clients (as behind a proxy) instead of answering one client with 429s.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import { ROOT } from "../lib/runtime.mjs";
import { cookiesOf, http } from "./harness.mjs";

export const CONSENT_VERSION = /CONSENT_VERSION = "([^"]+)"/.exec(readFileSync(path.join(ROOT, "lib/validation/consent.ts"), "utf8"))[1];

/** The valid sample inputs in docs/samples (invalid.json excluded). */
export const SAMPLE_INPUTS = readdirSync(path.join(ROOT, "docs/samples"))
  .filter((f) => f.endsWith(".json") && !f.startsWith("invalid"))
  .sort()
  .map((f) => JSON.parse(readFileSync(path.join(ROOT, "docs/samples", f), "utf8")));

export const createBody = (i) => JSON.stringify({ input: SAMPLE_INPUTS[i % SAMPLE_INPUTS.length], consent: { agreed: true, version: CONSENT_VERSION } });

/** What each kind's successful page contains (to tell it from an error page answered with 200). */
export const MARKERS = {
  dashboard: 'data-testid="chance-sentence"',
  share: 'data-testid="shared-advice"',
  friendly: ["服务暂时不可用", "Service temporarily unavailable"],
};

/**
 * The friendly error page (app/[locale]/error.tsx) as rendered HTML: its heading. Every page
 * carries the message catalogue in its payload, so the bare text is no evidence; the <h1> is.
 */
const FRIENDLY_HEADING = new RegExp(`<h1[^>]*>\\s*(${MARKERS.friendly.join("|")})\\s*</h1>`);
export const isFriendlyErrorPage = (body) => FRIENDLY_HEADING.test(body);

/**
 * What an error answer for a page is:
 * - "friendly": the friendly error page already in the HTML;
 * - "error-document": Next.js' error document (`<html id="__next_error__">`) — a page whose
 *   server render failed before any HTML was sent. It carries the page's payload and the app's
 *   error boundary; the browser renders app/[locale]/error.tsx from it (checked in Chromium);
 * - "bare": anything else (a plain "Internal Server Error", an empty body…): a crash.
 */
export function pageOutcome(body) {
  if (isFriendlyErrorPage(body)) return "friendly";
  if (/<html[^>]*id="__next_error__"/.test(body)) return "error-document";
  return "bare";
}

/** Creates `n` assessments through the JSON API, each by a new visitor: [{ id, cookie }]. */
export async function createVisitors(base, n) {
  const visitors = [];
  for (let i = 0; i < n; i++) {
    const res = await http(`${base}/api/v1/assessments`, { method: "POST", headers: { "content-type": "application/json" }, body: createBody(i) });
    const body = await res.json();
    if (res.status !== 201) throw new Error(`setup: create assessment answered ${res.status} ${JSON.stringify(body)}`);
    const visitor = cookiesOf(res).lw_visitor;
    if (!visitor) throw new Error("setup: no lw_visitor cookie on a new visitor's assessment");
    visitors.push({ id: body.id, cookie: `lw_visitor=${visitor}` });
  }
  return visitors;
}

/** A distinct IPv4 address per call (10.0.0.0/8), for X-Forwarded-For. */
let ipCounter = 0;
export function nextIp() {
  const n = ++ipCounter;
  return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
}

function newStats() {
  return { statuses: new Map(), timeline: new Map(), unexpected: 0, friendly5xx: 0, errorDocument5xx: 0, bare5xx: 0, samples: [] };
}

function record(stats, kind, status, body, t0, expectOk) {
  stats.statuses.set(status, (stats.statuses.get(status) ?? 0) + 1);
  const second = Math.floor((Date.now() - t0) / 1000);
  const cls = status >= 500 ? (status === 503 ? "503" : "5xx") : status >= 400 ? "4xx" : "ok";
  const slot = stats.timeline.get(second) ?? { ok: 0, "503": 0, "5xx": 0, "4xx": 0 };
  slot[cls]++;
  stats.timeline.set(second, slot);
  if (status >= 500 && kind !== "create") {
    const outcome = pageOutcome(body);
    if (outcome === "friendly") stats.friendly5xx++;
    else if (outcome === "error-document") stats.errorDocument5xx++;
    else {
      stats.bare5xx++;
      if (stats.samples.length < 3) stats.samples.push(`${status} ${body.slice(0, 200)}`);
    }
  }
  if (!expectOk(status, body)) stats.unexpected++;
}

/**
 * Runs the three kinds at once for `seconds`. `connections` = { create, dashboard, share }; a
 * request without an answer after `timeoutSeconds` counts as a timeout (and its connection is
 * reopened).
 * Returns per kind: autocannon's figures plus our own status tally, and the set of acknowledged ids.
 */
export async function mixedLoad({ base, seconds, connections, visitors, tokens, onTick, until, timeoutSeconds = 10 }) {
  const acked = new Set();
  const t0 = Date.now();
  let n = 0;
  const kinds = {
    create: {
      connections: connections.create,
      requests: [
        {
          // (autocannon takes the path from each request, not from a top-level `path`)
          setupRequest: (req) => ({ ...req, method: "POST", path: "/api/v1/assessments", headers: { "content-type": "application/json" }, body: createBody(n++) }),
          onResponse: (status, body) => {
            if (status === 201) {
              try {
                acked.add(JSON.parse(body).id);
              } catch {
                /* counted as unexpected below */
              }
            }
            record(stats.create, "create", status, body, t0, (s, b) => s === 201 && b.includes('"id"'));
          },
        },
      ],
    },
    dashboard: {
      connections: connections.dashboard,
      requests: [
        {
          setupRequest: (req) => {
            const v = visitors[n++ % visitors.length];
            return { ...req, method: "GET", path: `/assessments/${v.id}`, headers: { cookie: v.cookie } };
          },
          onResponse: (status, body) => record(stats.dashboard, "dashboard", status, body, t0, (s, b) => s === 200 && b.includes(MARKERS.dashboard)),
        },
      ],
    },
    share: {
      connections: connections.share,
      requests: [
        {
          setupRequest: (req) => ({ ...req, method: "GET", path: `/s/${tokens[n++ % tokens.length]}`, headers: { "x-forwarded-for": nextIp() } }),
          onResponse: (status, body) => record(stats.share, "share", status, body, t0, (s, b) => s === 200 && b.includes(MARKERS.share)),
        },
      ],
    },
  };
  const stats = { create: newStats(), dashboard: newStats(), share: newStats() };
  const instances = [];
  const runs = Object.entries(kinds)
    .filter(([, opts]) => opts.connections > 0)
    .map(
      ([kind, opts]) =>
        new Promise((resolve, reject) => {
          const instance = autocannon({ url: base, duration: seconds, timeout: timeoutSeconds, ...opts }, (err, result) => (err ? reject(err) : resolve([kind, result])));
          instances.push(instance);
        }),
    );
  const ticker = onTick ? setInterval(() => onTick((Date.now() - t0) / 1000), 250) : null;
  // `until`: a promise that ends the run early (the fault scenario stops when it has seen enough).
  until?.then(() => instances.forEach((i) => i.stop()));
  try {
    const done = await Promise.all(runs);
    const out = {};
    for (const [kind, r] of done) {
      const s = stats[kind];
      const fivexx = [...s.statuses].filter(([st]) => st >= 500).reduce((a, [, c]) => a + c, 0);
      out[kind] = {
        connections: kinds[kind].connections,
        requests: r.requests.total,
        rps: r.requests.total / (r.duration || (Date.now() - t0) / 1000),
        p50: r.latency.p50,
        p90: r.latency.p90,
        p99: r.latency.p99,
        max: r.latency.max,
        errors: r.errors,
        timeouts: r.timeouts,
        fivexx,
        statuses: Object.fromEntries([...s.statuses].sort(([a], [b]) => a - b)),
        unexpected: s.unexpected,
        friendly5xx: s.friendly5xx,
        errorDocument5xx: s.errorDocument5xx,
        bare5xx: s.bare5xx,
        samples: s.samples,
        timeline: s.timeline,
      };
    }
    return { kinds: out, acked, seconds };
  } finally {
    if (ticker) clearInterval(ticker);
    for (const i of instances) i.stop?.();
  }
}

/** Prints one line per kind and a total. */
export function printLoadTable(kinds) {
  console.log("    kind        conns   requests   req/s   p50 ms   p99 ms   max ms   errors  timeouts  statuses");
  let total = 0;
  let requests = 0;
  for (const [kind, r] of Object.entries(kinds)) {
    total += r.rps;
    requests += r.requests;
    console.log(
      `    ${kind.padEnd(10)} ${String(r.connections).padStart(6)} ${String(r.requests).padStart(10)} ${r.rps.toFixed(0).padStart(7)} ${String(r.p50).padStart(8)} ${String(r.p99).padStart(8)} ${String(r.max).padStart(8)} ${String(r.errors).padStart(8)} ${String(r.timeouts).padStart(9)}  ${JSON.stringify(r.statuses)}`,
    );
  }
  console.log(`    ${"all".padEnd(10)} ${"".padStart(6)} ${String(requests).padStart(10)} ${total.toFixed(0).padStart(7)}`);
}

/** Which of `ids` are rows of Assessment in the database at `url`. */
export async function idsInDatabase(url, ids) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const list = [...ids];
    const found = new Set();
    for (let i = 0; i < list.length; i += 5_000) {
      const { rows } = await client.query('SELECT id FROM "Assessment" WHERE id = ANY($1::text[])', [list.slice(i, i + 5_000)]);
      for (const r of rows) found.add(r.id);
    }
    const { rows } = await client.query('SELECT count(*)::int AS n FROM "Assessment"');
    return { found, total: rows[0].n, missing: list.filter((id) => !found.has(id)) };
  } finally {
    await client.end();
  }
}
