import "server-only";
import { RateLimiterMemory, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { AppError } from "@/lib/server/errors";

/**
 * Named limits. The store is in-process memory: right for one instance. When
 * several instances run, each keeps its own counters (see docs/deploy.md).
 */
const LIMITS = {
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

const globalForLimits = globalThis as unknown as { limitwiseLimiters?: Map<LimitName, RateLimiterAbstract> };
const limiters = (globalForLimits.limitwiseLimiters ??= new Map());

function limiter(name: LimitName): RateLimiterAbstract {
  let l = limiters.get(name);
  if (!l) {
    l = new RateLimiterMemory({ keyPrefix: name, ...LIMITS[name] });
    limiters.set(name, l);
  }
  return l;
}

/** Spends one point for `key`; throws RATE_LIMITED (429) with Retry-After when none is left. */
export async function consume(name: LimitName, key: string): Promise<void> {
  try {
    await limiter(name).consume(key);
  } catch (error) {
    if (error instanceof RateLimiterRes) {
      throw new AppError("RATE_LIMITED", "Too many requests", undefined, Math.max(1, Math.ceil(error.msBeforeNext / 1000)));
    }
    throw error;
  }
}

/** Forgets a key's count (e.g. after a successful sign-in). */
export async function reset(name: LimitName, key: string): Promise<void> {
  await limiter(name).delete(key);
}
