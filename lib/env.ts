import { z } from "zod";

/**
 * The environment, parsed once at start-up (instrumentation.ts) and whenever
 * `env()` is first called. A missing or malformed variable stops the server
 * with a message that names it.
 */
const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** `file:./data/limitwise.db` (default, embedded SQLite) or `postgresql://…`. */
  DATABASE_URL: z
    .string()
    .regex(/^(file:|postgres(ql)?:\/\/)/, "must start with file: or postgresql://")
    .default("file:./data/limitwise.db"),
  /** Signs session tokens. `npm start` creates one under data/ when unset. */
  NEXTAUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  NEXTAUTH_URL: z.url().optional(),
  /** Days before anonymous assessments are deleted by `npm run db:retention`. */
  ANON_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
  /** SQLite only: NORMAL (default; a power cut can undo the last commits) or FULL/EXTRA (fsync every commit). */
  SQLITE_SYNCHRONOUS: z.enum(["NORMAL", "FULL", "EXTRA", "normal", "full", "extra"]).optional(),
  /** Rate-limit store: memory (one instance), or redis when several instances run. */
  REDIS_URL: z.url().optional(),
});

export type Env = z.infer<typeof schema>;

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = schema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".") || "(env)"}: ${i.message}`);
    throw new Error(`Invalid environment variables:\n${lines.join("\n")}`);
  }
  if (result.data.NODE_ENV === "production" && !result.data.NEXTAUTH_SECRET) {
    throw new Error("Invalid environment variables:\n  NEXTAUTH_SECRET: required in production (npm start creates one)");
  }
  return result.data;
}

let cached: Env | undefined;
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
