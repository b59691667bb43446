// A throwaway PostgreSQL server for the fault scenario: its own data directory
// in a temp dir, its own port (5490–5499) and socket dir, stopped and deleted at
// cleanup. The machine's main PostgreSQL (port 5432) is never touched.
import { spawnSync } from "node:child_process";
import { chownSync, existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { defer, freePort, isInterrupted, tempDir } from "./harness.mjs";

/** Where initdb/pg_ctl live: PG_BIN, else the newest /usr/lib/postgresql/<v>/bin. */
export function postgresBin() {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const root = "/usr/lib/postgresql";
  const versions = existsSync(root) ? readdirSync(root).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a)) : [];
  for (const v of versions) {
    const bin = path.join(root, v, "bin");
    if (existsSync(path.join(bin, "initdb"))) return bin;
  }
  throw new Error("initdb not found: install PostgreSQL server binaries or set PG_BIN");
}

function uidGid(user) {
  const id = (flag) => spawnSync("id", [flag, user], { encoding: "utf8" });
  const u = id("-u");
  const g = id("-g");
  if (u.status !== 0 || g.status !== 0) throw new Error(`user ${user} not found (needed to run initdb as non-root)`);
  return { uid: Number(u.stdout.trim()), gid: Number(g.stdout.trim()) };
}

/**
 * Runs a PostgreSQL binary. initdb and postgres refuse to run as root, so when we
 * are root (as in CI) they run as the `postgres` user via runuser.
 */
function pgRun(bin, args, { timeoutMs = 60_000 } = {}) {
  const asRoot = process.getuid?.() === 0;
  const [cmd, argv] = asRoot ? ["runuser", ["-u", "postgres", "--", bin, ...args]] : [bin, args];
  const result = spawnSync(cmd, argv, { encoding: "utf8", timeout: timeoutMs, cwd: "/" });
  if (result.status !== 0) {
    throw new Error(`${path.basename(bin)} ${args.join(" ")} failed (${result.status ?? result.signal}): ${(result.stderr || result.stdout || "").trim().slice(-800)}`);
  }
  return result.stdout;
}

/**
 * Creates and starts a throwaway server. Returns { url, port, start(), stop(), running }.
 * Trust authentication for the `postgres` user, listening on 127.0.0.1 only.
 */
export async function throwawayPostgres() {
  if (isInterrupted()) throw new Error("interrupted");
  const bin = postgresBin();
  const root = tempDir("pg");
  const data = path.join(root, "data");
  const sock = root; // short path: Unix socket paths are limited to ~100 bytes
  if (process.getuid?.() === 0) {
    const { uid, gid } = uidGid("postgres");
    chownSync(root, uid, gid);
  }
  pgRun(path.join(bin, "initdb"), ["-D", data, "-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8", "--locale=C"]);
  const port = await freePort(5490, 5499);
  const log = path.join(root, "postgres.log");
  const opts = `-p ${port} -k ${sock} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=60`;
  const server = {
    port,
    log,
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    running: false,
    start() {
      pgRun(path.join(bin, "pg_ctl"), ["-D", data, "-o", opts, "-l", log, "-w", "-t", "30", "start"]);
      server.running = true;
    },
    /** `fast`: disconnects every client at once (what a crash or failover looks like to the app). */
    stop(mode = "fast") {
      pgRun(path.join(bin, "pg_ctl"), ["-D", data, "-m", mode, "-w", "-t", "30", "stop"]);
      server.running = false;
    },
  };
  // Registered after tempDir, so it runs before the directory is removed.
  defer(`stop throwaway PostgreSQL on ${port}`, () => {
    if (existsSync(path.join(data, "postmaster.pid"))) server.stop("immediate");
  });
  server.start();
  return server;
}
