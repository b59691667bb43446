import { defineConfig } from "prisma/config";

// Used only by the Prisma CLI (`prisma generate`, and `prisma migrate deploy`
// where the native engines are available). The app itself connects through
// driver adapters in lib/db.ts and migrates with scripts/db/migrate.mjs.
const isPostgres = /^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? "");

export default defineConfig({
  schema: isPostgres ? "prisma/postgresql/schema.prisma" : "prisma/schema.prisma",
  migrations: { path: isPostgres ? "prisma/postgresql/migrations" : "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "file:./data/limitwise.db" },
});
