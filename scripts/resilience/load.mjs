// Scenario 1 — load: one production server on a fresh PostgreSQL database, 200
// connections of mixed traffic (create / dashboard / share link) for 60 s.
// Checks: no connection errors or timeouts, no 5xx, every answer the expected one
// (201 with an id, the dashboard, the shared advice; no 429), and every
// acknowledged assessment id is in the database afterwards.
import { createFreshDatabase } from "../lib/fresh-database.mjs";
import { check, defer, fixtures, fmt, freePort, startApp } from "./harness.mjs";
import { createVisitors, idsInDatabase, mixedLoad, printLoadTable } from "./traffic.mjs";

export async function loadScenario({ baseDatabaseUrl, secret, logDir, seconds, connections = 200, timeoutSeconds = 60 }) {
  console.log(`\n▶ Load: ${connections} connections for ${seconds} s of mixed traffic, one server, PostgreSQL (client timeout ${timeoutSeconds} s)`);
  const fresh = await createFreshDatabase(baseDatabaseUrl, "resilience_load");
  defer(`drop database ${new URL(fresh.url).pathname.slice(1)}`, () => fresh.drop());
  const port = await freePort(3700, 3799);
  const app = await startApp({ name: "load", port, logDir, env: { DATABASE_URL: fresh.url, NEXTAUTH_SECRET: secret } });
  console.log(`  server ${app.base} (pid ${app.pid}), database ${new URL(fresh.url).pathname.slice(1)}, log ${app.log}`);

  try {
    // Fixtures: 20 visitors with one assessment each (dashboards), 2 share links per assessment.
    const visitors = await createVisitors(app.base, 20);
    const { tokens } = fixtures("share-links", { assessmentIds: visitors.map((v) => v.id), perAssessment: 2 }, fresh.url);

    // Split: a third of the connections each, creates get the remainder.
    const dashboard = Math.round(connections / 3);
    const share = Math.round(connections / 3);
    const split = { create: connections - dashboard - share, dashboard, share };

    // Warm-up (not measured): first renders compile nothing in production, but fill caches and the pool.
    const warm = await mixedLoad({ base: app.base, seconds: 3, connections: { create: 10, dashboard: 10, share: 10 }, visitors, tokens });

    const run = await mixedLoad({ base: app.base, seconds, connections: split, visitors, tokens, timeoutSeconds });
    printLoadTable(run.kinds);

    const all = Object.values(run.kinds);
    const sum = (f) => all.reduce((a, r) => a + f(r), 0);
    check("no connection errors or timeouts", sum((r) => r.errors + r.timeouts) === 0, `${sum((r) => r.errors)} errors, ${sum((r) => r.timeouts)} timeouts`);
    check("no 5xx", sum((r) => r.fivexx) === 0, `${sum((r) => r.fivexx)} of ${sum((r) => r.requests)} responses`);
    check(
      "every answer is the expected one (201 + id, dashboard page, shared advice; no 429)",
      sum((r) => r.unexpected) === 0,
      all.map((r, i) => `${Object.keys(run.kinds)[i]}: ${r.unexpected} unexpected`).join(", "),
    );
    check("the server process is still running", app.alive());

    const acked = new Set([...visitors.map((v) => v.id), ...warm.acked, ...run.acked]);
    const db = await idsInDatabase(fresh.url, acked);
    check(
      "every acknowledged (201) assessment is in the database",
      db.missing.length === 0 && db.found.size === acked.size,
      `${acked.size} acknowledged, ${db.found.size} found by id, ${db.missing.length} missing; ${db.total} rows in Assessment`,
    );
    check("rows in Assessment ≥ acknowledged", db.total >= acked.size, `${db.total} ≥ ${acked.size}`);

    const total = sum((r) => r.rps);
    return {
      seconds,
      connections: split,
      kinds: Object.fromEntries(Object.entries(run.kinds).map(([k, r]) => [k, { ...r, timeline: undefined, samples: undefined }])),
      totalRps: total,
      acked: acked.size,
      rows: db.total,
      summary: `${fmt.n(total)} req/s total; ${acked.size} assessments acknowledged, all ${db.found.size} in the database`,
    };
  } finally {
    await app.stop();
  }
}
