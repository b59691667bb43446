// Prisma's own schema engine, compiled to WebAssembly, driven through the same
// driver adapters the app uses. The native engines cannot be downloaded on
// these machines; this keeps Prisma's standard migration layout and its
// `_prisma_migrations` table, so `prisma migrate deploy` still works wherever
// the native engines are available.
//
// Needs `--experimental-wasm-modules` on Node 20 (the scripts pass it).
import { SchemaEngine } from "@prisma/schema-engine-wasm";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { PROVIDERS, ROOT, providerOf } from "./schemas.mjs";

/** Resolves a `file:` URL relative to the project root and makes its folder. */
export function sqliteFilePath(url) {
  const file = url.replace(/^file:/, "");
  const abs = path.isAbsolute(file) ? file : path.join(ROOT, file);
  mkdirSync(path.dirname(abs), { recursive: true });
  return abs;
}

export function adapterFactoryFor(url) {
  return providerOf(url) === "postgresql"
    ? new PrismaPg({ connectionString: url })
    : new PrismaBetterSqlite3({ url: `file:${sqliteFilePath(url)}` });
}

/** Opens a schema engine for `url`, knowing the datamodel of its provider. */
export async function openEngine(url, { datamodel } = {}) {
  const provider = providerOf(url);
  const schemaPath = PROVIDERS[provider].schemaPath;
  const content = datamodel ?? readFileSync(schemaPath, "utf8");
  const logs = [];
  const engine = await SchemaEngine.new(
    { datamodels: [[schemaPath, content]] },
    (line) => logs.push(line),
    bindMigrationAwareSqlAdapterFactory(adapterFactoryFor(url)),
  );
  return { engine, provider, logs };
}

/** The migrations folder of a provider, read the way the Prisma CLI reads it. */
export function loadMigrations(provider) {
  const baseDir = PROVIDERS[provider].migrationsDir;
  const lockPath = path.join(baseDir, "migration_lock.toml");
  const dirs = existsSync(baseDir)
    ? readdirSync(baseDir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];
  return {
    baseDir,
    lockfile: { path: "migration_lock.toml", content: existsSync(lockPath) ? readFileSync(lockPath, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: dirs.map((name) => {
      const file = path.join(baseDir, name, "migration.sql");
      return {
        path: name,
        migrationFile: {
          path: "migration.sql",
          content: existsSync(file)
            ? { tag: "ok", value: readFileSync(file, "utf8") }
            : { tag: "error", value: `missing ${file}` },
        },
      };
    }),
  };
}

export const NO_FILTER = { externalTables: [], externalEnums: [] };

/** Applies pending migrations to `url`. Idempotent. Returns the names applied now. */
export async function applyMigrations(url) {
  const { engine, provider } = await openEngine(url);
  try {
    const out = await engine.applyMigrations({ migrationsList: loadMigrations(provider), filters: NO_FILTER });
    return out.appliedMigrationNames;
  } finally {
    engine.free();
  }
}
