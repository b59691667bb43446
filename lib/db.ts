import "server-only";
import { createDb, providerOf, DEFAULT_DATABASE_URL, type Db } from "./db/create-client";

/**
 * The one Prisma client of the server process. Kept on globalThis so that
 * hot reloads in development do not open a new pool each time.
 */
const globalForDb = globalThis as unknown as { limitwiseDb?: Db };

export const db: Db = globalForDb.limitwiseDb ?? createDb();
if (process.env.NODE_ENV !== "production") globalForDb.limitwiseDb = db;

export const dbProvider = providerOf(process.env.DATABASE_URL || DEFAULT_DATABASE_URL);
export type { Db };
