import { randomBytes } from "node:crypto";
import { createServer } from "node:net";
import type Redis from "ioredis";
import { afterAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/server/errors";
import { consumeOn, createLimiter, createRedisClient, LIMITS, storeFromEnv } from "./limiters";

// The Redis these tests use: TEST_REDIS_URL, else REDIS_URL, else the local default.
// Every key is under a prefix unique to this run and deleted afterwards.
const REDIS_URL = process.env.TEST_REDIS_URL || process.env.REDIS_URL || "redis://127.0.0.1:6379/0";
const prefix = `limitwise-test:${randomBytes(6).toString("hex")}:`;
const clients: Redis[] = [];

function client(url = REDIS_URL): Redis {
  const c = createRedisClient(url);
  clients.push(c);
  return c;
}

async function ready(c: Redis, ms = 3_000): Promise<boolean> {
  if (c.status === "ready") return true;
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    c.once("ready", () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/** Spends points until refused; returns how many were allowed. */
async function allowedUntilLimited(spend: (i: number) => Promise<void>, max = 100): Promise<number> {
  for (let i = 0; i < max; i++) {
    try {
      await spend(i);
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe("RATE_LIMITED");
      expect((error as AppError).retryAfterSeconds).toBeGreaterThan(0);
      return i;
    }
  }
  return max;
}

/** A port with nothing listening: bound, then closed. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as { port: number };
  await new Promise((r) => server.close(r));
  return port;
}

const probe = client();
const redisUp = await ready(probe);

afterAll(async () => {
  if (redisUp) {
    const keys = await probe.keys(`${prefix}*`);
    if (keys.length) await probe.del(...keys);
  }
  for (const c of clients) c.disconnect();
});

describe.skipIf(!redisUp)(`rate limits in Redis (${REDIS_URL})`, () => {
  it("two limiters with their own clients (two app instances) share one count per key", async () => {
    const a = createLimiter("loginPerAccount", { kind: "redis", client: client(), keyPrefix: prefix });
    const b = createLimiter("loginPerAccount", { kind: "redis", client: client(), keyPrefix: prefix });
    await Promise.all(clients.map((c) => ready(c)));
    const key = `shared-${randomBytes(4).toString("hex")}@example.com`;
    // Alternate between the instances: the limit is reached at the same total as on one.
    const allowed = await allowedUntilLimited((i) => consumeOn(i % 2 === 0 ? a : b, key));
    expect(allowed).toBe(LIMITS.loginPerAccount.points);
    // Both instances now refuse.
    await expect(consumeOn(a, key)).rejects.toMatchObject({ code: "RATE_LIMITED" });
    await expect(consumeOn(b, key)).rejects.toMatchObject({ code: "RATE_LIMITED" });
    expect(await probe.exists(`${prefix}loginPerAccount:${key}`)).toBe(1);

    // A reset on one instance (successful sign-in) clears the count for both.
    await a.delete(key);
    await expect(consumeOn(b, key)).resolves.toBeUndefined();
  });

  it("a store made from REDIS_URL counts in Redis from its very first request", async () => {
    const store = storeFromEnv({ REDIS_URL, RATE_LIMIT_KEY_PREFIX: prefix });
    if (store.kind !== "redis") throw new Error("expected a Redis store");
    clients.push(store.client);
    await store.ready; // what consume() awaits before the first count of a process
    const limiter = createLimiter("signUp", store);
    await consumeOn(limiter, "first-request");
    expect(await probe.get(`${prefix}signUp:first-request`)).toBe("1");
  });

  it("keys of different limits and different subjects do not interfere", async () => {
    const c = client();
    await ready(c);
    const share = createLimiter("shareLookup", { kind: "redis", client: c, keyPrefix: prefix });
    const login = createLimiter("loginPerAccount", { kind: "redis", client: c, keyPrefix: prefix });
    const ip = `203.0.113.${randomBytes(1)[0]}`;
    expect(await allowedUntilLimited(() => consumeOn(login, ip))).toBe(LIMITS.loginPerAccount.points);
    await expect(consumeOn(share, ip)).resolves.toBeUndefined();
    await expect(consumeOn(login, `${ip}-other`)).resolves.toBeUndefined();
  });
});

describe("rate limits when Redis is unreachable", () => {
  it("fall back to this instance's memory: requests are neither failed nor held, and the limit still applies", async () => {
    const url = `redis://127.0.0.1:${await closedPort()}/0`;
    const limiter = createLimiter("loginPerAccount", { kind: "redis", client: client(url), keyPrefix: prefix });
    const started = Date.now();
    const allowed = await allowedUntilLimited(() => consumeOn(limiter, "fallback@example.com"));
    expect(allowed).toBe(LIMITS.loginPerAccount.points);
    // Fast: no waiting for a connection that will not come.
    expect(Date.now() - started).toBeLessThan(2_000);
    await expect(limiter.delete("fallback@example.com")).resolves.toBeDefined();
    await expect(consumeOn(limiter, "fallback@example.com")).resolves.toBeUndefined();
  });

  it("storeFromEnv picks Redis only when REDIS_URL is set; an unreachable one does not hold the first request", async () => {
    expect(storeFromEnv({}).kind).toBe("memory");
    const store = storeFromEnv({ REDIS_URL: `redis://127.0.0.1:${await closedPort()}/0`, RATE_LIMIT_KEY_PREFIX: prefix });
    expect(store).toMatchObject({ kind: "redis", keyPrefix: prefix });
    if (store.kind !== "redis") return;
    clients.push(store.client);
    const started = Date.now();
    await store.ready;
    expect(Date.now() - started).toBeLessThan(1_500);
    await expect(consumeOn(createLimiter("signUp", store), "no-redis")).resolves.toBeUndefined();
  });
});
