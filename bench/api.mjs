// API throughput on one production server, in one run (issue 8 targets):
//   bare (constant JSON) vs score-only vs persisted, autocannon, 50 connections.
//
//   node bench/api.mjs [--duration=10] [--connections=50] [--url=http://127.0.0.1:3000]
//
// Without --url it starts its own server (`scripts/start.mjs`) on port 3601 with a
// fresh database of the provider DATABASE_URL selects (default SQLite), and stops it after.
// Targets: score-only ≥ 80% of bare req/s; persisted (SQLite) ≥ 50%; p99 < 100 ms.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import { createFreshDatabase } from "../scripts/lib/fresh-database.mjs";
import { authSecret, buildIfStale, DEFAULT_DATABASE_URL, ROOT } from "../scripts/lib/runtime.mjs";

const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, "").split("=")));
const duration = Number(args.duration ?? 10);
const connections = Number(args.connections ?? 50);
const input = JSON.parse(readFileSync(path.join(ROOT, "docs/samples/weilidai-raise.json"), "utf8"));
const consentVersion = /CONSENT_VERSION = "([^"]+)"/.exec(readFileSync(path.join(ROOT, "lib/validation/consent.ts"), "utf8"))[1];

async function waitFor(url, ms = 60_000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url} did not come up`);
}

let server;
let fresh;
let base = args.url;
if (!base) {
  buildIfStale();
  fresh = await createFreshDatabase(process.env.DATABASE_URL || DEFAULT_DATABASE_URL, "bench");
  const port = 3601;
  server = spawn(process.execPath, ["scripts/start.mjs"], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), DATABASE_URL: fresh.url, LIMITWISE_SKIP_BUILD: "1", LIMITWISE_SKIP_SEED: "1", NEXTAUTH_SECRET: authSecret() },
    stdio: "ignore",
    detached: true,
  });
  base = `http://127.0.0.1:${port}`;
  await waitFor(`${base}/api/health`);
}

function run(name, opts) {
  return new Promise((resolve, reject) => {
    autocannon({ url: base, connections, duration, ...opts }, (err, r) => {
      if (err) return reject(err);
      resolve({ name, rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.timeouts, non2xx: r.non2xx });
    });
  });
}

const post = (body) => ({ method: "POST", path: "/api/v1/assessments", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
const results = [];
try {
  await run("warm-up", { path: "/api/v1/ping", duration: 2 });
  await run("warm-up", { ...post({ input, persist: false }), duration: 2 });
  results.push(await run("bare", { path: "/api/v1/ping" }));
  results.push(await run("score-only", post({ input, persist: false })));
  results.push(await run("persisted", post({ input, consent: { agreed: true, version: consentVersion } })));
} finally {
  if (server) process.kill(-server.pid, "SIGTERM");
  await fresh?.drop().catch(() => undefined);
}

const bare = results[0].rps;
const provider = /^postgres/.test(process.env.DATABASE_URL ?? "") && !args.url ? "PostgreSQL" : args.url ? "given server" : "SQLite";
console.log(`\nAPI benchmark — ${connections} connections, ${duration}s each, ${provider}`);
console.log("route        req/s    p50 ms  p99 ms  errors  non-2xx  vs bare");
for (const r of results) {
  console.log(
    `${r.name.padEnd(12)} ${r.rps.toFixed(0).padStart(6)}  ${String(r.p50).padStart(6)}  ${String(r.p99).padStart(6)}  ${String(r.errors).padStart(6)}  ${String(r.non2xx).padStart(7)}  ${((r.rps / bare) * 100).toFixed(0).padStart(5)}%`,
  );
}
