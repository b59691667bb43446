import { describe, expect, it } from "vitest";
import { db, dbProvider } from "@/lib/db";
import { sqlitePragmas } from "./create-client";

describe("SQLite runs as a server database", () => {
  it.runIf(dbProvider === "sqlite")("in WAL mode with synchronous=NORMAL on the app's connection", async () => {
    const [journal] = await db.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode");
    const [sync] = await db.$queryRawUnsafe<{ synchronous: bigint | number }[]>("PRAGMA synchronous");
    expect(journal!.journal_mode).toBe("wal");
    expect(Number(sync!.synchronous)).toBe(1); // 0 OFF, 1 NORMAL, 2 FULL, 3 EXTRA
  });

  it("takes SQLITE_SYNCHRONOUS=FULL for an fsync on every commit, and refuses anything else", () => {
    expect(sqlitePragmas("full")).toContain("synchronous = FULL");
    expect(sqlitePragmas()).toContain("journal_mode = WAL");
    expect(() => sqlitePragmas("OFF")).toThrow(/SQLITE_SYNCHRONOUS/);
  });
});
