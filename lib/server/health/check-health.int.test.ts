import { writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createDb, providerOf } from "@/lib/db/create-client";
import { GET } from "@/app/api/health/route";
import { MODEL_VERSION } from "@/lib/scoring";
import { checkHealth } from "./check-health";

const url = process.env.DATABASE_URL!;

describe("health on the real database", () => {
  // PostgreSQL: a port nothing listens on. SQLite: a file that is not a database.
  const notADatabase = path.join(os.tmpdir(), `limitwise-not-a-db-${process.pid}.db`);
  writeFileSync(notADatabase, "this is not an SQLite file ".repeat(100));
  const unreachable = createDb(
    providerOf(url) === "postgresql" ? "postgresql://postgres@127.0.0.1:1/nowhere" : `file:${notADatabase}`,
  );
  afterAll(() => unreachable.$disconnect().catch(() => undefined));

  it("GET /api/health answers 200 with versions and database status", async () => {
    const res = await GET();
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const body = await res.json();
    expect(body).toMatchObject({
      status: "ok",
      modelVersion: MODEL_VERSION,
      database: { provider: providerOf(url), status: "up" },
    });
    expect(body.version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it("reports the database down when it cannot be reached", async () => {
    const report = await checkHealth({ client: unreachable, provider: providerOf(url) });
    expect(report.status).toBe("degraded");
    expect(report.database.status).toBe("down");
    expect(report.database.latencyMs).toBeNull();
  });
});
