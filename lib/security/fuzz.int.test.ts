/**
 * Fuzzing every server action and JSON route handler with generated and
 * malformed payloads (fast-check): wrong types, huge numbers, deep nesting,
 * unicode, prototype-pollution keys, oversized strings. Every answer must be a
 * refusal or a success in the stable shape: never a thrown error (a 500 in
 * production), never an unexpected error logged, never a row stored from a
 * rejected request. Runs as four identities: anonymous, borrower, support, admin.
 *
 * Next's request scope (cookies, headers, translations) is replaced by
 * in-memory stand-ins; the database and every layer below the action are real.
 */
import fc from "fast-check";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import bcrypt from "bcryptjs";
import { randomBytes } from "node:crypto";
import { createDb } from "@/lib/db/create-client";
import { assess, referenceInput } from "@/lib/scoring";
import type { CurrentUser } from "@/lib/auth/session";

// --- the request scope -------------------------------------------------------
const jar = new Map<string, string>();
let identity: CurrentUser | null = null;

vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
    getAll: () => [...jar].map(([name, value]) => ({ name, value })),
    set: (name: string, value: string) => void jar.set(name, value),
    delete: (name: string) => void jar.delete(name),
    has: (name: string) => jar.has(name),
  }),
  headers: async () => new Headers({ "x-forwarded-for": "203.0.113.7", "accept-language": "zh-CN" }),
}));
vi.mock("next-intl/server", () => ({
  getTranslations: async () => (key: string) => key,
  getLocale: async () => "zh-CN",
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));
vi.mock("@/lib/auth/session", async () => {
  const { AppError } = await import("@/lib/server/errors");
  const requireUser = async () => {
    if (!identity) throw new AppError("UNAUTHENTICATED");
    return identity;
  };
  return {
    getCurrentUser: async () => identity,
    requireUser,
    requireRole: async (...roles: string[]) => {
      const u = await requireUser();
      if (!roles.includes(u.role)) throw new AppError("FORBIDDEN");
      return u;
    },
    isStaff: (u: CurrentUser | null) => u?.role === "SUPPORT" || u?.role === "ADMIN",
  };
});
// Rate limits are tested on their own; here they would only turn refusals into 429s.
vi.mock("@/lib/server/rate-limit/limiters", () => ({ consume: async () => undefined, reset: async () => undefined }));

// --- payloads -----------------------------------------------------------------
const nasty = fc.oneof(
  fc.constantFrom("__proto__", "constructor", "prototype", "toString", "💥", "", " ", "\u0000", "a".repeat(300)),
  fc.string(),
);
const deep = (depth: number): unknown => (depth === 0 ? { x: 1 } : { nested: deep(depth - 1), arr: [deep(0)] });
const payload: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({ maxDepth: 4, withBigInt: false, withObjectString: true, withNullPrototype: true, withTypedArray: false }),
  fc.dictionary(nasty, fc.anything({ maxDepth: 2 })),
  fc.constantFrom(
    JSON.parse('{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}'),
    deep(200),
    { input: deep(100) },
    Number.MAX_VALUE,
    -Infinity,
    Number.NaN,
    "x".repeat(200_000),
    ["💥".repeat(10_000)],
    { assessmentId: "' OR 1=1 --", id: "../../etc/passwd", email: "a@b.c\u0000", reason: "r".repeat(50_000) },
  ),
  fc.record({ input: fc.anything({ maxDepth: 3 }), persist: fc.anything(), consent: fc.anything() }),
);

// --- targets ---------------------------------------------------------------------
type Fn = (...args: unknown[]) => Promise<unknown>;

const ACTION_MODULES: Record<string, () => Promise<Record<string, unknown>>> = {
  signup: () => import("@/app/[locale]/(auth)/signup/actions"),
  checklist: () => import("@/app/[locale]/(borrower)/assessments/[id]/actions"),
  check: () => import("@/app/[locale]/(borrower)/check/actions"),
  settings: () => import("@/app/[locale]/(borrower)/settings/actions"),
  adminCases: () => import("@/app/[locale]/admin/cases/[assessmentId]/actions"),
  adminReviews: () => import("@/app/[locale]/admin/reviews/actions"),
  adminStaff: () => import("@/app/[locale]/admin/staff/actions"),
  review: () => import("@/components/review/actions"),
  share: () => import("@/components/share/actions"),
};

const db = createDb(process.env.DATABASE_URL!);
const COUNTED = ["user", "assessment", "shareLink", "supportNote", "reviewRequest", "consentRecord"] as const;
async function counts() {
  return Promise.all(COUNTED.map((m) => (db[m] as unknown as { count: () => Promise<number> }).count()));
}

const isControlFlow = (e: unknown) => /NEXT_REDIRECT|NEXT_HTTP_ERROR_FALLBACK|NEXT_NOT_FOUND/.test(String((e as { digest?: string })?.digest ?? (e as Error)?.message));
const refused = (r: unknown) => typeof r === "object" && r !== null && (r as { ok?: unknown }).ok === false;

const identities: Record<string, CurrentUser | null> = { anonymous: null };
let assessmentId = "";
const RUNS_PER_ACTION = Number(process.env.FUZZ_RUNS ?? 200);
let payloadsSent = 0;

beforeAll(async () => {
  const hash = await bcrypt.hash("fuzz-password-123", 4);
  for (const role of ["BORROWER", "SUPPORT", "ADMIN"] as const) {
    const u = await db.user.create({
      data: { email: `fuzz-${role.toLowerCase()}-${randomBytes(4).toString("hex")}@fuzz.example`, passwordHash: hash, role },
      select: { id: true, email: true, name: true, role: true },
    });
    identities[role.toLowerCase()] = u;
  }
  const input = referenceInput("jiebei", "raise");
  const output = assess(input);
  const a = await db.assessment.create({
    data: { userId: identities.borrower!.id, platform: "jiebei", goal: "raise", modelVersion: output.modelVersion, input: input as object, output: output as object, probability: output.probability, band: output.band },
    select: { id: true },
  });
  assessmentId = a.id;
});
afterAll(() => db.$disconnect());
beforeEach(() => jar.clear());

describe.each(Object.keys(ACTION_MODULES))("server actions: %s", (moduleName) => {
  it.each(["anonymous", "borrower", "support", "admin"])("as %s: never throws, never logs an unexpected error, stores nothing when refusing", async (who) => {
    const mod = await ACTION_MODULES[moduleName]!();
    const actions = Object.entries(mod).filter(([, v]) => typeof v === "function") as [string, Fn][];
    expect(actions.length).toBeGreaterThan(0);
    identity = identities[who] ?? null;
    const errorSpy = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      for (const [name, action] of actions) {
        await fc.assert(
          fc.asyncProperty(payload, payload, fc.boolean(), async (a, b, useRealId) => {
            const first = useRealId && typeof a === "object" && a !== null && !Array.isArray(a) ? { ...a, assessmentId, id: assessmentId } : a;
            const before = await counts();
            payloadsSent++;
            let result: unknown;
            try {
              result = await action(first, b);
            } catch (error) {
              if (isControlFlow(error)) return;
              throw new Error(`${moduleName}.${name} threw: ${(error as Error)?.message}`);
            }
            if (refused(result)) {
              expect((result as { code?: string }).code, `${moduleName}.${name} answered INTERNAL`).not.toBe("INTERNAL");
              expect(await counts(), `${moduleName}.${name} stored rows while refusing`).toEqual(before);
            }
            expect(errorSpy, `${moduleName}.${name} logged an unexpected error`).not.toHaveBeenCalled();
          }),
          { numRuns: Math.ceil(RUNS_PER_ACTION / actions.length) * (actions.length > 2 ? 1 : 2), seed: 4242 },
        );
      }
    } finally {
      errorSpy.mockRestore();
    }
  });
});

describe("route handlers", () => {
  it.each(["anonymous", "borrower", "support", "admin"])("as %s: JSON API answers 2xx/4xx in the stable shape", async (who) => {
    identity = identities[who] ?? null;
    const { POST } = await import("@/app/api/v1/assessments/route");
    const { GET: exportMine } = await import("@/app/api/me/export/route");
    const { GET: exportAdmin } = await import("@/app/api/admin/export/route");
    const bodies = fc.oneof(payload.map((p) => { try { return JSON.stringify(p) ?? "null"; } catch { return "{}"; } }), fc.string(), fc.constant("x".repeat(70_000)));
    const query = fc.dictionary(fc.constantFrom("platform", "goal", "band", "from", "to", "q", "page", "__proto__", "to[]"), fc.string(), { maxKeys: 5 });
    const errorSpy = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      await fc.assert(
        fc.asyncProperty(bodies, query, async (body, q) => {
          const before = await counts();
          payloadsSent += 3;
          const res = await POST(new Request("http://local/api/v1/assessments", { method: "POST", body, headers: { "content-type": "application/json" } }));
          expect(res.status).toBeLessThan(500);
          if (res.status >= 400) {
            const json = await res.json();
            expect(typeof json.error?.code).toBe("string");
            expect(typeof json.error?.message).toBe("string");
            expect(await counts()).toEqual(before);
          }
          const qs = new URLSearchParams(q).toString();
          for (const handler of [exportMine, exportAdmin] as ((r: Request) => Promise<Response>)[]) {
            const r = await handler(new Request(`http://local/api/x?${qs}`));
            expect(r.status).toBeLessThan(500);
          }
          expect(errorSpy).not.toHaveBeenCalled();
        }),
        { numRuns: RUNS_PER_ACTION * 2, seed: 4343 },
      );
    } finally {
      errorSpy.mockRestore();
    }
  });
});

describe("coverage", () => {
  it("sent at least 10,000 generated payloads in all", () => {
    if (process.env.FUZZ_RUNS) return; // a reduced local run
    expect(payloadsSent).toBeGreaterThanOrEqual(10_000);
  });
});
