import path from "node:path";
import { mkdirSync } from "node:fs";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient } from "@/lib/generated/sqlite/client";
import { PrismaClient as PostgresClient } from "@/lib/generated/postgresql/client";

/**
 * The Prisma client type the app codes against. Both generated clients come
 * from one schema (prisma/schema.prisma), so their model APIs are the same;
 * we code against the SQLite one and never use provider-only query options.
 */
export type Db = SqliteClient;
export type DbProvider = "sqlite" | "postgresql";

export const DEFAULT_DATABASE_URL = "file:./data/limitwise.db";

export function providerOf(url: string): DbProvider {
  return /^postgres(ql)?:\/\//.test(url) ? "postgresql" : "sqlite";
}

/** `file:./data/x.db` → absolute path under the working directory (folder created). */
export function sqlitePath(url: string): string {
  const file = url.replace(/^file:/, "");
  const abs = path.isAbsolute(file) ? file : path.join(/*turbopackIgnore: true*/ process.cwd(), file);
  mkdirSync(path.dirname(abs), { recursive: true });
  return abs;
}

/**
 * How long a request waits for a database connection before it gives up (and is answered
 * 503, see isDatabaseUnavailable). Prisma's own default for starting a transaction is 2 s,
 * which under load (200 connections on one instance, `npm run test:resilience`) turned
 * ordinary queueing for the pool into 500s; one limit for queries and transactions instead.
 */
const CONNECTION_WAIT_MS = Number(process.env.DATABASE_CONNECT_TIMEOUT_MS ?? 10_000);

/** A new client for `url`, with the driver adapter of its provider. */
export function createDb(url: string = process.env.DATABASE_URL || DEFAULT_DATABASE_URL): Db {
  const transactionOptions = { maxWait: CONNECTION_WAIT_MS };
  if (providerOf(url) === "postgresql") {
    const adapter = new PrismaPg(
      {
        connectionString: url,
        // 20 per instance (was 10): while the event loop is busy (hundreds of requests in flight),
        // a connection stays checked out until its callback runs, so transactions (four round
        // trips) hold it far longer than PostgreSQL needs; at 200 connections a pool of 10 made
        // requests queue past the wait limit (503s), 20 did not. Keep instances × pool size
        // below PostgreSQL's max_connections (100 by default), see docs/deploy.md.
        max: Number(process.env.DATABASE_POOL_SIZE ?? 20),
        // Recovery after a database outage (checked by `npm run test:resilience`, which
        // stops PostgreSQL under load and expects service back without an app restart):
        // - without a connect timeout, pg waits forever for a connection — to a database
        //   host that silently drops packets, or for a pool slot — so requests hang
        //   instead of failing with 503 after CONNECTION_WAIT_MS;
        connectionTimeoutMillis: CONNECTION_WAIT_MS,
        // - TCP keepalive finds half-open connections (the server or a NAT vanished
        //   without a reset) so they are dropped rather than handed to a request;
        keepAlive: true,
        // - idle connections are closed after 30 s, so connections cut during an outage do
        //   not linger (a cut connection is also discarded when it errors or is released).
        idleTimeoutMillis: 30_000,
      },
      {
        // An idle pooled connection that dies (e.g. PostgreSQL restarts) emits "error" on the
        // pool; unhandled, that event would crash the process. The adapter listens for it and
        // drops the connection; we only log it, so the process keeps serving 503s and recovers.
        onPoolError: (error) => console.error(`[db] idle PostgreSQL connection lost: ${error.message}`),
        onConnectionError: (error) => console.error(`[db] PostgreSQL connection lost in a transaction: ${error.message}`),
      },
    );
    return new PostgresClient({ adapter, transactionOptions }) as unknown as Db;
  }
  const adapter = withPragmas(new PrismaBetterSqlite3({ url: `file:${sqlitePath(url)}` }), sqlitePragmas());
  return new SqliteClient({ adapter, transactionOptions });
}

/**
 * SQLite settings for a server. better-sqlite3 is synchronous, so every `fsync` of a commit
 * stalls the whole event loop: in the default rollback-journal mode a commit costs several
 * (about 10 ms here, `npm run bench:api`). WAL mode needs one at most, lets readers run while
 * a write commits, and is what SQLite recommends for concurrent access.
 * `synchronous=NORMAL` (the default here) skips even that one: nothing is lost when the app
 * or the process crashes, but the last commits can roll back after a power cut or an OS
 * crash. `SQLITE_SYNCHRONOUS=FULL` fsyncs every commit instead (see docs/deploy.md).
 */
export function sqlitePragmas(synchronous: string = process.env.SQLITE_SYNCHRONOUS ?? "NORMAL"): string {
  const mode = synchronous.toUpperCase();
  if (!["NORMAL", "FULL", "EXTRA"].includes(mode)) throw new Error(`SQLITE_SYNCHRONOUS must be NORMAL, FULL or EXTRA (got ${synchronous})`);
  return `PRAGMA journal_mode = WAL; PRAGMA synchronous = ${mode}; PRAGMA busy_timeout = 5000;`;
}

/** The adapter factory, with `script` run on every connection it opens (the adapter has no pragma option). */
function withPragmas(factory: PrismaBetterSqlite3, script: string): PrismaBetterSqlite3 {
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    await adapter.executeScript(script);
    return adapter;
  };
  return factory;
}
