import { describe, expect, it } from "vitest";
import { parseEnv } from "./env";

describe("parseEnv", () => {
  it("defaults to the embedded SQLite database", () => {
    expect(parseEnv({}).DATABASE_URL).toBe("file:./data/limitwise.db");
  });

  it("accepts a PostgreSQL URL", () => {
    expect(parseEnv({ DATABASE_URL: "postgresql://u@h:5432/db" }).DATABASE_URL).toBe("postgresql://u@h:5432/db");
  });

  it("names the malformed variable", () => {
    expect(() => parseEnv({ DATABASE_URL: "mysql://x" })).toThrow(/DATABASE_URL/);
    expect(() => parseEnv({ NEXTAUTH_SECRET: "short" })).toThrow(/NEXTAUTH_SECRET/);
    expect(() => parseEnv({ ANON_RETENTION_DAYS: "zero" })).toThrow(/ANON_RETENTION_DAYS/);
  });

  it("requires a session secret in production", () => {
    expect(() => parseEnv({ NODE_ENV: "production" })).toThrow(/NEXTAUTH_SECRET: required/);
    expect(parseEnv({ NODE_ENV: "production", NEXTAUTH_SECRET: "x".repeat(32) }).NODE_ENV).toBe("production");
  });

  it("coerces the retention period", () => {
    expect(parseEnv({ ANON_RETENTION_DAYS: "30" }).ANON_RETENTION_DAYS).toBe(30);
  });
});
