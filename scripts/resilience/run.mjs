// `npm run test:resilience`: load, faults and scale-out against production builds
// on PostgreSQL (issue 8). Ends with `N passed, N failed` and a non-zero exit on any
// failed check. Everything it creates (servers, databases, a throwaway PostgreSQL,
// temp dirs, Redis keys) is removed at the end, also on failure or Ctrl-C.
//
//   npm run test:resilience                       # all three scenarios
//   node scripts/resilience/run.mjs load fault    # some of them
//
// Environment:
//   DATABASE_URL          PostgreSQL server for fresh databases (default postgresql://postgres@127.0.0.1:5432/postgres)
//   REDIS_URL             Redis for the scale-out scenario (default redis://127.0.0.1:6379/0; keys under a per-run prefix)
//   RESILIENCE_SECONDS    load duration (default 60; the fault run has its own timeline, about a minute)
//   RESILIENCE_CONNECTIONS  load connections (default 200)
//   RESILIENCE_TIMEOUT    seconds before a load request counts as timed out (default 60, nginx's default
//                         proxy_read_timeout; at 200 connections one instance on 2 shared cores queues
//                         page renders for many seconds, see docs/performance.md)
//   RESILIENCE_SKIP_BUILD=1 use the existing build as is (local iteration only)
//   RESILIENCE_KEEP_LOGS=1  keep the servers' logs (the path is printed)
//   RESILIENCE_REPORT=file  also write the figures as JSON to `file`
import { randomBytes } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { isPostgresUrl } from "../lib/fresh-database.mjs";
import { buildIfStale, ensureGeneratedClient } from "../lib/runtime.mjs";
import { check, cleanupAll, isInterrupted, tally, tempDir } from "./harness.mjs";

const SCENARIOS = ["load", "fault", "scale"];
const selected = process.argv.slice(2).length ? process.argv.slice(2) : SCENARIOS;
for (const s of selected) if (!SCENARIOS.includes(s)) throw new Error(`unknown scenario ${s} (one of ${SCENARIOS.join(", ")})`);

const baseDatabaseUrl = process.env.DATABASE_URL || "postgresql://postgres@127.0.0.1:5432/postgres";
const redisUrl = process.env.REDIS_URL || "redis://127.0.0.1:6379/0";
const seconds = Number(process.env.RESILIENCE_SECONDS || 60);
const connections = Number(process.env.RESILIENCE_CONNECTIONS || 200);
const timeoutSeconds = Number(process.env.RESILIENCE_TIMEOUT || 60);
// One session secret and one Server Actions key per run, shared by every instance started.
const secret = randomBytes(32).toString("base64url");
const actionsKey = randomBytes(32).toString("base64");

const started = Date.now();
const figures = {};
let logDir;

async function main() {
  if (!isPostgresUrl(baseDatabaseUrl)) throw new Error(`DATABASE_URL must be a PostgreSQL URL for the resilience tests (got ${baseDatabaseUrl.split(":")[0]}:)`);
  ensureGeneratedClient();
  if (process.env.RESILIENCE_SKIP_BUILD === "1") console.log("RESILIENCE_SKIP_BUILD=1: using the existing build as is.");
  else buildIfStale({ ...process.env, NEXT_TELEMETRY_DISABLED: "1" });
  logDir = process.env.RESILIENCE_KEEP_LOGS === "1" ? mkdtempSync("/tmp/limitwise-resilience-logs-") : tempDir("logs");
  console.log(`Logs: ${logDir}${process.env.RESILIENCE_KEEP_LOGS === "1" ? " (kept)" : " (removed at the end; RESILIENCE_KEEP_LOGS=1 keeps them)"}`);

  console.log(`Machine: ${os.cpus().length} CPUs, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB; load average ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}`);
  for (const name of selected) {
    if (isInterrupted()) break;
    const t = Date.now();
    const loadBefore = os.loadavg()[0];
    try {
      if (name === "load") {
        const { loadScenario } = await import("./load.mjs");
        figures.load = await loadScenario({ baseDatabaseUrl, secret, logDir, seconds, connections, timeoutSeconds });
      } else if (name === "fault") {
        const { faultScenario } = await import("./fault.mjs");
        figures.fault = await faultScenario({ secret, logDir });
      } else if (name === "scale") {
        const { scaleScenario } = await import("./scale.mjs");
        figures.scale = await scaleScenario({ baseDatabaseUrl, redisUrl, secret, actionsKey, logDir });
      }
    } catch (error) {
      check(`${name}: scenario ran to the end`, false, error.stack ?? error.message);
      printLogTails();
    } finally {
      // Each scenario stops its own servers; anything left over goes at the end.
      if (figures[name]) Object.assign(figures[name], { loadAverageBefore: loadBefore, loadAverageAfter: os.loadavg()[0] });
      console.log(`  (${name}: ${((Date.now() - t) / 1000).toFixed(0)} s; 1-min load average ${loadBefore.toFixed(1)} before, ${os.loadavg()[0].toFixed(1)} after)`);
    }
  }
}

function printLogTails() {
  if (!logDir) return;
  for (const f of readdirSync(logDir).filter((f) => f.endsWith(".log"))) {
    const lines = readFileSync(path.join(logDir, f), "utf8").trimEnd().split("\n").slice(-25);
    console.log(`\n  --- ${f} (last ${lines.length} lines) ---\n${lines.map((l) => `  | ${l}`).join("\n")}`);
  }
}

let exitCode = 0;
try {
  await main();
} catch (error) {
  check("resilience run set up", false, error.stack ?? error.message);
} finally {
  const { failed } = tally();
  if (failed) printLogTails();
  await cleanupAll();
  const { passed, failures, skipped } = tally();
  if (failures.length) console.log(`\nFailed: ${failures.join("; ")}`);
  console.log(`\nresilience: ${selected.join(", ")} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  console.log(`${passed} passed, ${failures.length} failed${skipped ? `, ${skipped} skipped` : ""}`);
  exitCode = failures.length ? 1 : 0;
  if (process.env.RESILIENCE_REPORT) writeFileSync(process.env.RESILIENCE_REPORT, JSON.stringify({ figures, passed, failed: failures.length, failures }, null, 2));
}
process.exit(exitCode);
