// One source of truth for the data model: prisma/schema.prisma (SQLite).
// The PostgreSQL schema is derived from it here; nothing else may write it.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export const PROVIDERS = {
  sqlite: {
    schemaPath: path.join(ROOT, "prisma/schema.prisma"),
    migrationsDir: path.join(ROOT, "prisma/migrations"),
  },
  postgresql: {
    schemaPath: path.join(ROOT, "prisma/postgresql/schema.prisma"),
    migrationsDir: path.join(ROOT, "prisma/postgresql/migrations"),
  },
};

const GENERATED_HEADER =
  "// GENERATED from prisma/schema.prisma by scripts/db/schemas.mjs (npm run db:generate).\n" +
  "// Do not edit: change prisma/schema.prisma and regenerate. A test fails when they drift.\n\n";

/** Derive the PostgreSQL schema text from the SQLite source text. */
export function postgresSchemaFrom(sqliteSchema) {
  const replaced = sqliteSchema
    .replace(/provider\s*=\s*"sqlite"/, 'provider = "postgresql"')
    .replace(/output(\s*)=\s*"\.\.\/lib\/generated\/sqlite"/, 'output$1= "../../lib/generated/postgresql"');
  if (!replaced.includes('"postgresql"') || !replaced.includes("lib/generated/postgresql")) {
    throw new Error("prisma/schema.prisma: expected a sqlite datasource and output ../lib/generated/sqlite");
  }
  return GENERATED_HEADER + replaced;
}

export function readSourceSchema() {
  return readFileSync(PROVIDERS.sqlite.schemaPath, "utf8");
}

/** `postgresql` for postgres:// URLs, else `sqlite`. */
export function providerOf(url) {
  return /^postgres(ql)?:\/\//.test(url ?? "") ? "postgresql" : "sqlite";
}

/** The default embedded database: a file under data/ (git-ignored). */
export const DEFAULT_SQLITE_URL = "file:./data/limitwise.db";
