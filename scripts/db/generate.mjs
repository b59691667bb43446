// Writes prisma/postgresql/schema.prisma from prisma/schema.prisma, then
// generates both Prisma clients (lib/generated/{sqlite,postgresql}).
// Runs on `npm install` (postinstall). The client generator is WebAssembly;
// PRISMA_SCHEMA_ENGINE_BINARY only stops the CLI from trying to download a
// native engine it does not need for `generate` (no network here).
import { mkdirSync, writeFileSync, existsSync } from "node:fs";
import { execFileSync } from "node:child_process";
import path from "node:path";
import { PROVIDERS, ROOT, postgresSchemaFrom, readSourceSchema } from "./schemas.mjs";

const pg = PROVIDERS.postgresql.schemaPath;
mkdirSync(path.dirname(pg), { recursive: true });
writeFileSync(pg, postgresSchemaFrom(readSourceSchema()));

const prismaBin = path.join(ROOT, "node_modules/prisma/build/index.js");
if (!existsSync(prismaBin)) throw new Error("prisma CLI is not installed: run npm install");
for (const { schemaPath } of Object.values(PROVIDERS)) {
  execFileSync(process.execPath, [prismaBin, "generate", "--schema", schemaPath], {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
      PRISMA_HIDE_UPDATE_MESSAGE: "1",
      CHECKPOINT_DISABLE: "1",
    },
  });
}
console.log("Prisma clients generated for sqlite and postgresql.");
