// Shared plumbing for the start, test and e2e scripts (plain Node, no build step).
import { spawn, spawnSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync, chmodSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const DATA_DIR = path.join(ROOT, "data");
export const DEFAULT_DATABASE_URL = "file:./data/limitwise.db";
const bin = (name) => path.join(ROOT, "node_modules/.bin", name);

/** Runs a command, inheriting stdio; throws on a non-zero exit. */
export function run(cmd, args, { env = process.env, quiet = false } = {}) {
  const result = spawnSync(cmd, args, { cwd: ROOT, env, stdio: quiet ? ["ignore", "ignore", "inherit"] : "inherit" });
  if (result.status !== 0) {
    throw new Error(`${path.basename(cmd)} ${args.join(" ")} exited with ${result.status ?? result.signal}`);
  }
}

export function runNode(args, opts) {
  run(process.execPath, args, opts);
}

export function runBin(name, args, opts) {
  run(bin(name), args, opts);
}

/** Starts a long-running child that dies with us. */
export function startChild(cmd, args, env) {
  const child = spawn(cmd, args, { cwd: ROOT, env, stdio: "inherit" });
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.on(signal, () => {
      child.kill(signal);
    });
  }
  child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
  return child;
}

/**
 * The session-signing secret. Never in the repo: taken from the environment,
 * or created once under data/ (git-ignored) so restarts keep sessions valid.
 */
export function authSecret() {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  mkdirSync(DATA_DIR, { recursive: true });
  const file = path.join(DATA_DIR, "auth-secret");
  if (!existsSync(file)) {
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
    chmodSync(file, 0o600);
  }
  return readFileSync(file, "utf8").trim();
}

/** Applies committed migrations to `databaseUrl` (idempotent). */
export function migrate(env) {
  runNode(["--experimental-wasm-modules", "--no-warnings", "scripts/db/migrate.mjs"], { env });
}

/** Seeds demo data once (idempotent). */
export function seed(env) {
  runBin("tsx", ["scripts/db/seed.ts"], { env });
}

export function ensureGeneratedClient() {
  if (!existsSync(path.join(ROOT, "lib/generated/sqlite/client.ts")) || !existsSync(path.join(ROOT, "lib/generated/postgresql/client.ts"))) {
    runNode(["scripts/db/generate.mjs"]);
  }
}

// --- build freshness -------------------------------------------------------

const BUILD_INPUTS = ["app", "components", "lib", "public", "next.config.ts", "proxy.ts", "instrumentation.ts", "package-lock.json", "tsconfig.json", "postcss.config.mjs"];
const SKIP = new Set(["generated", "node_modules", ".next"]);
const DIST_DIR = path.join(ROOT, process.env.NEXT_DIST_DIR || ".next");
const STAMP = path.join(DIST_DIR, "limitwise-build-hash");

function* files(p) {
  if (!existsSync(p)) return;
  if (statSync(p).isFile()) {
    yield p;
    return;
  }
  for (const entry of readdirSync(p, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (SKIP.has(entry.name)) continue;
    const full = path.join(p, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else if (!/\.(test|spec|int\.test)\.tsx?$/.test(entry.name)) yield full;
  }
}

/** Hash of everything that goes into `next build` (tests excluded). */
export function sourceHash() {
  const hash = createHash("sha256");
  for (const input of BUILD_INPUTS) {
    for (const file of files(path.join(ROOT, input))) {
      hash.update(path.relative(ROOT, file)).update("\0").update(readFileSync(file)).update("\0");
    }
  }
  return hash.digest("hex");
}

/** Builds the production bundle unless the last build is of the same sources. */
export function buildIfStale(env = process.env) {
  const current = sourceHash();
  const built = existsSync(path.join(DIST_DIR, "BUILD_ID")) && existsSync(STAMP) ? readFileSync(STAMP, "utf8") : "";
  if (built === current) {
    console.log("Build is current; skipping next build.");
    return;
  }
  console.log("Building the production bundle (next build)…");
  runBin("next", ["build"], { env: { ...env, NODE_ENV: "production" } });
  writeFileSync(STAMP, current);
}
