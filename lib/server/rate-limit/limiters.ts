import "server-only";
import Redis from "ioredis";
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { AppError } from "@/lib/server/errors";

/**
 * Named limits, counted in one of two stores:
 *
 * - memory (default): right for one instance; with several, each keeps its own counters.
 * - Redis (when `REDIS_URL` is set): every instance counts against the same keys, so a limit
 *   is the same total however requests are spread over instances (see docs/deploy.md).
 *   Keys are `<RATE_LIMIT_KEY_PREFIX><name>:<key>` (prefix default `limitwise:rl:`).
 */
export const LIMITS = {
  /** Failed and successful sign-ins per account: 10 per 15 minutes. */
  loginPerAccount: { points: 10, duration: 15 * 60 },
  /** Sign-ins per IP address: 30 per 15 minutes. */
  loginPerIp: { points: 30, duration: 15 * 60 },
  /** New assessments per owner or IP: 30 per 10 minutes. */
  assessmentCreate: { points: 30, duration: 10 * 60 },
  /** Share-link lookups per IP: 60 per minute. */
  shareLookup: { points: 60, duration: 60 },
  /** Sign-ups per IP: 10 per hour. */
  signUp: { points: 10, duration: 60 * 60 },
} as const;

export type LimitName = keyof typeof LIMITS;

export const DEFAULT_KEY_PREFIX = "limitwise:rl:";

/**
 * Where counters live. `redis` carries its own client, so tests can build two "instances";
 * `ready` settles once the client's first connection attempt has succeeded or failed.
 */
export type LimiterStore = { kind: "memory"; keyPrefix?: string } | { kind: "redis"; client: Redis; keyPrefix?: string; ready?: Promise<void> };

/**
 * An ioredis client for rate limiting. Tuned to fail fast rather than wait:
 * no offline queue (a command while disconnected fails at once instead of
 * queueing until Redis returns), one retry, a short command timeout. A failed
 * command sends the request to the in-memory insurance limiter (below), so a
 * Redis outage never holds up or fails a sign-in, a check-up or a shared link.
 * The client keeps reconnecting in the background (ioredis' default backoff).
 */
export function createRedisClient(url: string): Redis {
  const client = new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2_000,
    commandTimeout: 1_000,
    retryStrategy: (times) => Math.min(times * 200, 2_000),
  });
  // Without a listener ioredis prints every reconnect failure; log once per outage instead.
  let down = false;
  client.on("error", (error: Error) => {
    if (down) return;
    down = true;
    console.error(`[rate-limit] Redis unavailable, limits are per instance until it is back: ${error.message}`);
  });
  client.on("ready", () => {
    if (down) console.error("[rate-limit] Redis is back; limits are shared again");
    down = false;
  });
  return client;
}

/** A limiter for `name` counted in `store`. Exported for tests; the app uses `consume`/`reset`. */
export function createLimiter(name: LimitName, store: LimiterStore): RateLimiterAbstract {
  const keyPrefix = `${store.keyPrefix ?? DEFAULT_KEY_PREFIX}${name}`;
  const memory = new RateLimiterMemory({ keyPrefix, ...LIMITS[name] });
  if (store.kind === "memory") return memory;
  return new RateLimiterRedis({
    storeClient: store.client,
    keyPrefix,
    ...LIMITS[name],
    // Do not even try while the connection is down: go straight to the insurance limiter.
    rejectIfRedisNotReady: true,
    // When Redis is unreachable or slow, count in this process's memory instead of
    // failing the request: limits degrade to per-instance (each instance allows the
    // full limit) for the length of the outage, which is safer than answering 500s
    // or letting everything through unlimited.
    insuranceLimiter: memory,
  });
}

/**
 * Settles when `client` is ready, or its first attempt failed, or after `ms`: whichever is
 * first. Awaited before the first count of a process, so the requests that arrive while the
 * connection is still being made are counted in Redis rather than in this instance's memory.
 */
export function firstConnection(client: Redis, ms = 2_000): Promise<void> {
  if (client.status === "ready") return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      client.off("ready", done);
      client.off("error", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    timer.unref?.();
    client.once("ready", done);
    client.once("error", done);
  });
}

/** The store the environment selects: Redis when `REDIS_URL` is set, else memory. */
export function storeFromEnv(env: Record<string, string | undefined> = process.env): LimiterStore {
  const keyPrefix = env.RATE_LIMIT_KEY_PREFIX || DEFAULT_KEY_PREFIX;
  if (!env.REDIS_URL) return { kind: "memory", keyPrefix };
  const client = createRedisClient(env.REDIS_URL);
  return { kind: "redis", client, keyPrefix, ready: firstConnection(client) };
}

// One store and one limiter per name for the whole process: on globalThis because
// Next.js may evaluate this module in more than one server bundle (and dev reloads it).
const globalForLimits = globalThis as unknown as {
  limitwiseLimitStore?: LimiterStore;
  limitwiseLimiters?: Map<LimitName, RateLimiterAbstract>;
};
const limiters = (globalForLimits.limitwiseLimiters ??= new Map());

async function limiter(name: LimitName): Promise<RateLimiterAbstract> {
  const store = (globalForLimits.limitwiseLimitStore ??= storeFromEnv());
  if (store.kind === "redis" && store.ready) await store.ready; // immediate after the first connection attempt
  let l = limiters.get(name);
  if (!l) {
    l = createLimiter(name, store);
    limiters.set(name, l);
  }
  return l;
}

/** Spends one point for `key` on `l`; throws RATE_LIMITED (429) with Retry-After when none is left. */
export async function consumeOn(l: RateLimiterAbstract, key: string): Promise<void> {
  try {
    await l.consume(key);
  } catch (error) {
    if (error instanceof RateLimiterRes) {
      throw new AppError("RATE_LIMITED", "Too many requests", undefined, Math.max(1, Math.ceil(error.msBeforeNext / 1000)));
    }
    throw error;
  }
}

/** Spends one point for `key`; throws RATE_LIMITED (429) with Retry-After when none is left. */
export async function consume(name: LimitName, key: string): Promise<void> {
  await consumeOn(await limiter(name), key);
}

/** Forgets a key's count (e.g. after a successful sign-in). */
export async function reset(name: LimitName, key: string): Promise<void> {
  await (await limiter(name)).delete(key);
}
