import { spawnSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "@/lib/db/create-client";
import { createFreshDatabase, type FreshDatabase } from "../lib/fresh-database.mjs";

function migrate(url: string) {
  const r = spawnSync(process.execPath, ["--experimental-wasm-modules", "--no-warnings", "scripts/db/migrate.mjs"], {
    env: { ...process.env, DATABASE_URL: url },
    encoding: "utf8",
  });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

describe("migrations on the real database provider", () => {
  let fresh: FreshDatabase;
  let client: Db | undefined;
  beforeAll(async () => {
    fresh = await createFreshDatabase(process.env.TEST_BASE_DATABASE_URL ?? process.env.DATABASE_URL!, "mig");
  });
  afterAll(async () => {
    await client?.$disconnect();
    await fresh.drop();
  });

  it("apply from empty, then again as a no-op", () => {
    const first = migrate(fresh.url);
    expect(first.status, first.out).toBe(0);
    expect(first.out).toMatch(/Applied \d+ migration/);
    const second = migrate(fresh.url);
    expect(second.status, second.out).toBe(0);
    expect(second.out).toMatch(/up to date/);
  });

  it("leaves a working schema and Prisma's migration table", async () => {
    client = createDb(fresh.url);
    const user = await client.user.create({ data: { email: "m@example.com", passwordHash: "x" } });
    expect(user.role).toBe("BORROWER");
    const rows = await client.$queryRawUnsafe<{ n: number | bigint }[]>(
      'SELECT COUNT(*) AS n FROM "_prisma_migrations" WHERE finished_at IS NOT NULL',
    );
    expect(Number(rows[0]!.n)).toBeGreaterThan(0);
  });
});
