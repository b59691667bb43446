// `npm run db:migrate`: apply committed migrations to DATABASE_URL (default: the embedded SQLite file).
import { applyMigrations } from "./engine.mjs";
import { DEFAULT_SQLITE_URL, providerOf } from "./schemas.mjs";

const url = process.env.DATABASE_URL || DEFAULT_SQLITE_URL;
try {
  const applied = await applyMigrations(url);
  console.log(
    applied.length
      ? `Applied ${applied.length} migration(s) on ${providerOf(url)}: ${applied.join(", ")}`
      : `Database (${providerOf(url)}) is up to date.`,
  );
} catch (error) {
  console.error(`Migration failed on ${providerOf(url)}:`, error?.message ?? error);
  process.exit(1);
}
