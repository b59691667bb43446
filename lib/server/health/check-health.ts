import "server-only";
import { db, dbProvider, type Db } from "@/lib/db";
import { MODEL_VERSION } from "@/lib/scoring";
import pkg from "@/package.json";

export interface HealthReport {
  status: "ok" | "degraded";
  version: string;
  modelVersion: string;
  database: { provider: string; status: "up" | "down"; latencyMs: number | null; error?: string };
}

const TIMEOUT_MS = 2_000;

/** Pings the database with a short timeout so a dead database answers fast. */
export async function checkHealth({ client = db, provider = dbProvider }: { client?: Db; provider?: string } = {}): Promise<HealthReport> {
  const started = performance.now();
  let database: HealthReport["database"];
  try {
    await Promise.race([
      client.$queryRawUnsafe("SELECT 1"),
      new Promise((_, reject) => setTimeout(() => reject(new Error("timeout")), TIMEOUT_MS).unref?.()),
    ]);
    database = { provider, status: "up", latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    database = { provider, status: "down", latencyMs: null, error: (error as Error).message.slice(0, 200) };
  }
  return {
    status: database.status === "up" ? "ok" : "degraded",
    version: pkg.version,
    modelVersion: MODEL_VERSION,
    database,
  };
}
