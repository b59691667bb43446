// `npm start`: the one command that takes a fresh clone to a running app.
// 1. environment (embedded SQLite by default; a session secret created once under data/)
// 2. migrations (idempotent)  3. demo data (once)  4. build if stale  5. next start
import { authSecret, buildIfStale, DEFAULT_DATABASE_URL, ensureGeneratedClient, migrate, ROOT, seed, startChild } from "./lib/runtime.mjs";
import path from "node:path";

const env = {
  ...process.env,
  DATABASE_URL: process.env.DATABASE_URL || DEFAULT_DATABASE_URL,
  NEXTAUTH_SECRET: authSecret(),
  NEXT_TELEMETRY_DISABLED: "1",
  // Without a fixed public URL, NextAuth takes the origin from the request's Host header.
  ...(process.env.NEXTAUTH_URL ? {} : { AUTH_TRUST_HOST: "true" }),
};
const port = process.env.PORT || "3000";

try {
  ensureGeneratedClient();
  migrate(env);
  if (process.env.LIMITWISE_SKIP_SEED !== "1") seed(env);
  if (process.env.LIMITWISE_SKIP_BUILD !== "1") buildIfStale(env);
} catch (error) {
  console.error(`\nStart-up failed: ${error.message}`);
  process.exit(1);
}

console.log(`\nLimitWise on http://localhost:${port} (database: ${env.DATABASE_URL.startsWith("file:") ? "SQLite" : "PostgreSQL"})\n`);
startChild(process.execPath, [path.join(ROOT, "node_modules/next/dist/bin/next"), "start", "-p", port], { ...env, NODE_ENV: "production" });
