// A fresh, uniquely named database for one test run (or one test), on the
// provider DATABASE_URL selects: a new SQLite file under data/test/, or a new
// database on the same PostgreSQL server. `drop()` removes it afterwards.
import { randomBytes } from "node:crypto";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { ROOT } from "./runtime.mjs";

export function isPostgresUrl(url) {
  return /^postgres(ql)?:\/\//.test(url ?? "");
}

export async function createFreshDatabase(baseUrl, label = "run") {
  const id = `${label}_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`.toLowerCase().replace(/[^a-z0-9_]/g, "_");
  if (!isPostgresUrl(baseUrl)) {
    const dir = path.join(ROOT, "data", "test");
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `${id}.db`);
    return {
      url: `file:${file}`,
      provider: "sqlite",
      async drop() {
        for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
      },
    };
  }
  const name = `limitwise_${id}`.slice(0, 63);
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    provider: "postgresql",
    async drop() {
      const client = new pg.Client({ connectionString: baseUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}
