// Plumbing shared by the resilience scenarios: checks and their tally, a cleanup
// stack that also runs on SIGINT/SIGTERM, app servers started and stopped by
// process group, bounded polling, and small HTTP helpers. Everything is bounded:
// no loop here waits longer than the deadline it is given.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { ROOT } from "../lib/runtime.mjs";

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// --- checks ------------------------------------------------------------------

const results = [];

/** Records one check; prints ✓/✗ with the detail. Returns `ok`. */
export function check(name, ok, detail = "") {
  results.push({ name, ok: Boolean(ok) });
  console.log(`  ${ok ? "✓" : "✗"} ${name}${detail ? ` — ${detail}` : ""}`);
  return Boolean(ok);
}

/** A check that could not run here (printed, counted as skipped, never as passed). */
export function skip(name, reason) {
  results.push({ name, ok: null });
  console.log(`  - ${name} — skipped: ${reason}`);
}

export function tally() {
  const passed = results.filter((r) => r.ok === true).length;
  const failures = results.filter((r) => r.ok === false).map((r) => r.name);
  return { passed, failed: failures.length, skipped: results.filter((r) => r.ok === null).length, failures };
}

// --- cleanup -----------------------------------------------------------------

const cleanups = [];

/** Registers `fn` to run at cleanup (last registered runs first). Returns a function that runs it now instead. */
export function defer(label, fn) {
  const entry = { label, fn, done: false };
  cleanups.push(entry);
  // Registered after an interrupt (something was still starting): clean it up at once.
  if (interrupted) void cleanupAll();
  return async () => {
    if (entry.done) return;
    entry.done = true;
    await runOne(entry);
  };
}

async function runOne(entry) {
  try {
    await Promise.race([entry.fn(), sleep(20_000).then(() => Promise.reject(new Error("timed out after 20 s")))]);
  } catch (error) {
    console.error(`  cleanup "${entry.label}" failed: ${error.message}`);
  }
}

/** Runs every pending cleanup, newest first. Safe to call more than once. */
export async function cleanupAll() {
  while (cleanups.length) {
    const entry = cleanups.pop();
    if (entry.done) continue;
    entry.done = true;
    await runOne(entry);
  }
}

let interrupted = false;
/** True once SIGINT/SIGTERM/SIGHUP arrived: scenarios stop starting things. */
export const isInterrupted = () => interrupted;

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(signal, async () => {
    if (interrupted) return;
    interrupted = true;
    console.error(`\n${signal}: cleaning up…`);
    await cleanupAll();
    // Whatever was half-started when the signal came registers its cleanup a moment later.
    await sleep(1_000);
    await cleanupAll();
    process.exit(130);
  });
}

// --- scratch space -------------------------------------------------------------

/** A temp dir removed at cleanup. */
export function tempDir(label) {
  const dir = mkdtempSync(path.join(os.tmpdir(), `limitwise-${label}-`));
  defer(`remove ${dir}`, () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export const runId = `${Date.now().toString(36)}${randomBytes(3).toString("hex")}`;

// --- ports -----------------------------------------------------------------------

const taken = new Set();

/** A free TCP port in [from, to] on 127.0.0.1 (checked by binding it). */
export async function freePort(from, to) {
  for (let port = from; port <= to; port++) {
    if (taken.has(port)) continue;
    const free = await new Promise((resolve) => {
      const server = createServer();
      server.once("error", () => resolve(false));
      server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
    });
    if (free) {
      taken.add(port);
      return port;
    }
  }
  throw new Error(`no free port in ${from}–${to}`);
}

// --- HTTP ----------------------------------------------------------------------------

/** fetch with a timeout; never throws for HTTP statuses. */
export async function http(url, { timeoutMs = 10_000, ...init } = {}) {
  return fetch(url, { redirect: "manual", ...init, signal: AbortSignal.timeout(timeoutMs) });
}

/** Polls `fn` every `everyMs` until it returns a truthy value or `ms` pass; returns the value or undefined. */
export async function poll(fn, { ms, everyMs = 250 }) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      const value = await fn();
      if (value) return value;
    } catch {
      /* not yet */
    }
    await sleep(everyMs);
  }
  return undefined;
}

/** `Set-Cookie` headers of a response as `name=value` pairs. */
export function cookiesOf(response) {
  return Object.fromEntries(
    response.headers.getSetCookie().map((c) => {
      const [pair] = c.split(";");
      const i = pair.indexOf("=");
      return [pair.slice(0, i), pair.slice(i + 1)];
    }),
  );
}

// --- app servers ------------------------------------------------------------------------

/**
 * Starts `node scripts/start.mjs` (migrate, then `next start`) on `port` in its own
 * process group, output to a log file, and waits until /api/health answers 200.
 * Returns { base, pid, log, alive(), exitInfo, stop() }; stop() is also registered for cleanup.
 */
export async function startApp({ name, port, env, logDir, readyMs = 90_000 }) {
  if (interrupted) throw new Error("interrupted");
  const log = path.join(logDir, `${name}.log`);
  const fd = openSync(log, "a");
  const child = spawn(process.execPath, ["scripts/start.mjs"], {
    cwd: ROOT,
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: "1",
      LIMITWISE_SKIP_BUILD: "1",
      LIMITWISE_SKIP_SEED: "1",
      PORT: String(port),
      ...env,
    },
    stdio: ["ignore", fd, fd],
    detached: true,
  });
  closeSync(fd);
  const app = {
    name,
    base: `http://127.0.0.1:${port}`,
    pid: child.pid,
    log,
    exitInfo: null,
    alive: () => app.exitInfo === null,
    stop: null,
  };
  child.on("exit", (code, signal) => {
    app.exitInfo = { code, signal };
  });
  app.stop = defer(`stop ${name} (pid ${child.pid})`, () => stopGroup(child.pid, () => app.exitInfo !== null));
  const up = await poll(async () => {
    if (!app.alive()) throw new Error("exited");
    return (await http(`${app.base}/api/health`, { timeoutMs: 3_000 })).status === 200;
  }, { ms: readyMs, everyMs: 300 });
  if (!up) {
    const tail = readFileSync(log, "utf8").split("\n").slice(-30).join("\n");
    throw new Error(`${name} did not become healthy on ${app.base} within ${readyMs / 1000} s${app.alive() ? "" : " (it exited)"}; log tail:\n${tail}`);
  }
  return app;
}

/** SIGTERM to a process group, SIGKILL after 10 s if it is still there. */
export async function stopGroup(pid, exited) {
  const signal = (s) => {
    try {
      process.kill(-pid, s);
      return true;
    } catch {
      return false; // already gone
    }
  };
  if (!signal("SIGTERM")) return;
  const gone = await poll(() => exited() || !groupAlive(pid), { ms: 10_000, everyMs: 100 });
  if (!gone) signal("SIGKILL");
  await poll(() => !groupAlive(pid), { ms: 5_000, everyMs: 100 });
}

function groupAlive(pid) {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

// --- fixtures ---------------------------------------------------------------------------------

/** Runs scripts/resilience/fixtures.ts (the app's own code, through tsx) against `databaseUrl`. */
export function fixtures(command, input, databaseUrl) {
  const result = spawnSync(path.join(ROOT, "node_modules/.bin/tsx"), ["scripts/resilience/fixtures.ts", command], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    input: JSON.stringify(input),
    encoding: "utf8",
    timeout: 120_000,
  });
  if (result.status !== 0) throw new Error(`fixtures ${command} failed (${result.status ?? result.signal}): ${(result.stderr || "").trim().slice(-800)}`);
  return JSON.parse(result.stdout);
}

// --- figures --------------------------------------------------------------------------------

export const fmt = {
  n: (x, digits = 0) => (Number.isFinite(x) ? x.toFixed(digits) : "–"),
  ms: (x) => (Number.isFinite(x) ? `${Math.round(x)} ms` : "–"),
};
