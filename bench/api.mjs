// API throughput on one production server, in one run (issue 8 targets):
//   bare (constant JSON, GET /api/v1/ping) vs score-only (POST /api/v1/assessments,
//   persist: false) vs persisted (the same, stored with consent), autocannon, 50 connections.
//
//   node bench/api.mjs [--duration=10] [--rounds=3] [--connections=50] [--url=http://127.0.0.1:3000] [--sqlite-wal]
//
// The three routes are measured in turn, `rounds` times (bare, score-only, persisted, bare, …),
// and each figure is the median over the rounds: on a shared machine the background load
// drifts, and interleaving keeps the ratios between routes from depending on when each ran.
//
// --sqlite-wal (an experiment, not the app's configuration): switches the fresh SQLite file to
// write-ahead logging before the server opens it, to show how much of the persisted figure is
// the rollback journal's fsyncs per commit.
//
// Without --url it starts its own server (`scripts/start.mjs`, production build, built if
// stale) on a free port in 3700–3799 with a fresh database of the provider DATABASE_URL
// selects (default SQLite), and stops it and drops the database afterwards (also on Ctrl-C).
// Targets: score-only ≥ 80% of bare req/s; persisted (SQLite) ≥ 50%; p99 < 100 ms.
//
// Each run is checked before it is measured: one request must get the expected answer
// (ping → {ok:true}, score-only → 200 {assessment}, persisted → 201 {id}), and a run with
// errors or non-2xx answers is reported as invalid rather than as a figure.
import { readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import autocannon from "autocannon";
import { createFreshDatabase } from "../scripts/lib/fresh-database.mjs";
import { buildIfStale, DEFAULT_DATABASE_URL } from "../scripts/lib/runtime.mjs";
import { cleanupAll, defer, freePort, http, startApp, tempDir } from "../scripts/resilience/harness.mjs";
import { CONSENT_VERSION, SAMPLE_INPUTS } from "../scripts/resilience/traffic.mjs";

const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, "").split("=")));
const duration = Number(args.duration ?? 10);
const rounds = Math.max(1, Number(args.rounds ?? 3));
const connections = Number(args.connections ?? 50);
const input = SAMPLE_INPUTS.find((s) => s.platform === "weilidai") ?? SAMPLE_INPUTS[0];
const databaseUrl = process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
const provider = args.url ? "given server" : /^postgres/.test(databaseUrl) ? "PostgreSQL" : "sqlite-wal" in args ? "SQLite (WAL experiment)" : "SQLite";

const KINDS = {
  bare: { method: "GET", path: "/api/v1/ping", expect: (s, b) => s === 200 && b.ok === true },
  "score-only": { method: "POST", path: "/api/v1/assessments", body: { input, persist: false }, expect: (s, b) => s === 200 && typeof b.assessment?.probability === "number" },
  persisted: { method: "POST", path: "/api/v1/assessments", body: { input, consent: { agreed: true, version: CONSENT_VERSION } }, expect: (s, b) => s === 201 && typeof b.id === "string" },
};

function request(kind) {
  const k = KINDS[kind];
  return { method: k.method, headers: k.body ? { "content-type": "application/json" } : {}, ...(k.body ? { body: JSON.stringify(k.body) } : {}) };
}

/** One request by fetch, to be sure the route answers what we mean to measure. */
async function verify(base, kind) {
  const res = await http(`${base}${KINDS[kind].path}`, request(kind));
  const body = await res.json().catch(() => null);
  if (!KINDS[kind].expect(res.status, body)) throw new Error(`${kind}: ${KINDS[kind].method} ${KINDS[kind].path} answered ${res.status} ${JSON.stringify(body).slice(0, 200)}`);
}

/**
 * CPU time (ms) used so far by every process in the server's process group (Linux /proc;
 * null elsewhere). Per request, it is the cost that decides capacity, and unlike req/s it
 * hardly depends on what else the machine is running.
 */
function groupCpuMs(pgid) {
  if (!pgid) return null;
  try {
    const tick = 1000 / 100; // USER_HZ is 100 on Linux
    let total = 0;
    for (const pid of readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
      let stat;
      try {
        stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      } catch {
        continue; // gone
      }
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      // fields[0] is state (field 3); pgrp is field 5, utime 14, stime 15
      if (Number(fields[2]) === pgid) total += (Number(fields[11]) + Number(fields[12])) * tick;
    }
    return total;
  } catch {
    return null;
  }
}

let serverGroup = null;

function run(base, kind, seconds = duration) {
  return new Promise((resolve, reject) => {
    const cpu0 = groupCpuMs(serverGroup);
    // autocannon takes the path from the URL (a top-level `path` option is ignored).
    autocannon({ url: `${base}${KINDS[kind].path}`, connections, duration: seconds, ...request(kind) }, (err, r) => {
      if (err) return reject(err);
      const cpu1 = groupCpuMs(serverGroup);
      resolve({
        name: kind,
        rps: r.requests.total / r.duration,
        p50: r.latency.p50,
        p99: r.latency.p99,
        errors: r.errors + r.timeouts,
        non2xx: r.non2xx,
        total: r.requests.total,
        cpuMs: cpu0 !== null && cpu1 !== null && r.requests.total ? (cpu1 - cpu0) / r.requests.total : null,
      });
    });
  });
}

const results = [];
let base = args.url;
const load = os.loadavg()[0];
try {
  if (!base) {
    buildIfStale();
    const fresh = await createFreshDatabase(databaseUrl, "bench");
    defer("drop the benchmark database", () => fresh.drop());
    if ("sqlite-wal" in args && fresh.provider === "sqlite") {
      const { default: Database } = await import("better-sqlite3");
      const file = new Database(fresh.url.slice("file:".length));
      file.pragma("journal_mode = WAL"); // stored in the file: the server's connections use it too
      file.close();
    }
    const app = await startApp({ name: "bench", port: await freePort(3700, 3799), logDir: tempDir("bench"), env: { DATABASE_URL: fresh.url } });
    base = app.base;
    serverGroup = app.pid;
  }
  for (const kind of Object.keys(KINDS)) await verify(base, kind);
  await run(base, "bare", 2); // warm-up
  await run(base, "score-only", 2);
  const runs = Object.fromEntries(Object.keys(KINDS).map((k) => [k, []]));
  for (let r = 0; r < rounds; r++) for (const kind of Object.keys(KINDS)) runs[kind].push(await run(base, kind));
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  for (const [kind, rs] of Object.entries(runs)) {
    results.push({
      name: kind,
      rps: median(rs.map((r) => r.rps)),
      p50: median(rs.map((r) => r.p50)),
      p99: median(rs.map((r) => r.p99)),
      errors: rs.reduce((a, r) => a + r.errors, 0),
      non2xx: rs.reduce((a, r) => a + r.non2xx, 0),
      each: rs.map((r) => r.rps.toFixed(0)).join("/"),
      cpuMs: rs.every((r) => r.cpuMs !== null) ? median(rs.map((r) => r.cpuMs)) : null,
    });
  }
} finally {
  await cleanupAll();
}

const bare = results[0].rps;
console.log(
  `\nAPI benchmark — ${connections} connections, ${rounds} × ${duration} s per route (medians), ${provider}; ${os.cpus().length} CPUs, load average ${load.toFixed(1)} at start, ${os.loadavg()[0].toFixed(1)} at end`,
);
console.log("route        req/s    p50 ms  p99 ms  errors  non-2xx  vs bare  req/s per round");
for (const r of results) {
  const invalid = r.errors || r.non2xx ? "  ← invalid run (errors or non-2xx)" : "";
  console.log(
    `${r.name.padEnd(12)} ${r.rps.toFixed(0).padStart(6)}  ${String(r.p50).padStart(6)}  ${String(r.p99).padStart(6)}  ${String(r.errors).padStart(6)}  ${String(r.non2xx).padStart(7)}  ${((r.rps / bare) * 100).toFixed(0).padStart(5)}%  ${r.each.padStart(15)}${invalid}`,
  );
}
if (results.every((r) => r.cpuMs)) {
  // Server CPU per request → what one dedicated core would serve, whatever else ran meanwhile.
  console.log("\nserver CPU per request (median of rounds) → req/s one dedicated core would serve");
  for (const r of results) {
    console.log(`  ${r.name.padEnd(12)} ${r.cpuMs.toFixed(2).padStart(6)} ms  → ${(1000 / r.cpuMs).toFixed(0).padStart(5)} req/s  (${((results[0].cpuMs / r.cpuMs) * 100).toFixed(0)}% of bare)`);
  }
}
const [, scoreOnly, persisted] = results;
const targets = [
  ["score-only ≥ 80% of bare", scoreOnly.rps >= 0.8 * bare, `${((scoreOnly.rps / bare) * 100).toFixed(0)}%`],
  [`persisted ≥ 50% of bare${provider.startsWith("SQLite") ? "" : " (target set for SQLite)"}`, persisted.rps >= 0.5 * bare, `${((persisted.rps / bare) * 100).toFixed(0)}%`],
  ...results.map((r) => [`${r.name} p99 < 100 ms`, r.p99 < 100, `${r.p99} ms`]),
];
console.log("\ntargets");
for (const [name, ok, value] of targets) console.log(`  ${ok ? "✓" : "✗"} ${name}: ${value}`);
