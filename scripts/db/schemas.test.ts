import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
// @ts-expect-error -- plain-JS build script without type declarations
import { PROVIDERS, postgresSchemaFrom, readSourceSchema } from "./schemas.mjs";

type Providers = Record<"sqlite" | "postgresql", { schemaPath: string; migrationsDir: string }>;
const providers = PROVIDERS as Providers;

function lastMigrationSnapshot(dir: string): string {
  const names = readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  return readFileSync(path.join(dir, names.at(-1)!, "schema.prisma"), "utf8");
}

describe("one source of truth for the schema", () => {
  it("the committed PostgreSQL schema is exactly the one generated from prisma/schema.prisma", () => {
    const generated = postgresSchemaFrom(readSourceSchema()) as string;
    const committed = readFileSync(providers.postgresql.schemaPath, "utf8");
    expect(committed, "run `npm run db:generate` after editing prisma/schema.prisma").toBe(generated);
  });

  it("differs from the source only in provider and client output", () => {
    const generated = postgresSchemaFrom(readSourceSchema()) as string;
    expect(generated).toContain('provider = "postgresql"');
    expect(generated).not.toContain('"sqlite"');
    expect(generated).toContain("lib/generated/postgresql");
  });

  it.each(["sqlite", "postgresql"] as const)("%s: the last migration was made from the current schema", (provider) => {
    const { schemaPath, migrationsDir } = providers[provider];
    expect(lastMigrationSnapshot(migrationsDir), "schema changed without `npm run db:migration -- <name>`").toBe(
      readFileSync(schemaPath, "utf8"),
    );
  });
});
