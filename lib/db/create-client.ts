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

/** A new client for `url`, with the driver adapter of its provider. */
export function createDb(url: string = process.env.DATABASE_URL || DEFAULT_DATABASE_URL): Db {
  if (providerOf(url) === "postgresql") {
    const adapter = new PrismaPg({ connectionString: url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
    return new PostgresClient({ adapter }) as unknown as Db;
  }
  const adapter = new PrismaBetterSqlite3({ url: `file:${sqlitePath(url)}` });
  return new SqliteClient({ adapter });
}
