import { z } from "zod";
import { BANDS, GOALS, PLATFORMS } from "@/lib/scoring";
import { recordIdSchema, SHARE_EXPIRY_DAYS, STAFF_NOTE_MAX } from "./share";

/**
 * Everything the admin view accepts from a form, a query string or a route
 * handler, validated here once. Query strings arrive as strings (or arrays, or
 * nothing): `blank` turns "" into "not given" so an empty filter is no filter.
 */
const blank = (v: unknown) => {
  const one: unknown = Array.isArray(v) ? v[0] : v;
  return one === "" ? undefined : one;
};
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blank, schema.optional());

/** `YYYY-MM-DD`, a real calendar day. */
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s));

export const PAGE_SIZE = 20;
const page = z.preprocess(blank, z.coerce.number().int().min(1).max(10_000).default(1));

/** Filters shared by the case list, the CSV export and the insight page. */
export const caseFiltersSchema = z
  .object({
    platform: optional(z.enum(PLATFORMS)),
    goal: optional(z.enum(GOALS)),
    band: optional(z.enum(BANDS)),
    from: optional(day),
    to: optional(day),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { path: ["to"], message: "to before from" });

/** The case list: one search box (share code, email or assessment id) plus filters and a page. */
export const caseSearchSchema = z
  .object({
    q: optional(z.string().trim().max(254)),
    platform: optional(z.enum(PLATFORMS)),
    goal: optional(z.enum(GOALS)),
    band: optional(z.enum(BANDS)),
    from: optional(day),
    to: optional(day),
    page,
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { path: ["to"], message: "to before from" });

export type CaseFilters = z.output<typeof caseFiltersSchema>;
export type CaseSearch = z.output<typeof caseSearchSchema>;

/**
 * Personal data in a case, masked until a staff member reveals it with a
 * reason. Ids are message keys (`admin.fields.<id>`); `path` is where the
 * value lives (the account, or the assessment's input).
 */
export const REVEAL_FIELDS = {
  email: { source: "user", path: ["email"] },
  limitCurrent: { source: "input", path: ["limit", "current"] },
  limitPrevious: { source: "input", path: ["limit", "previous"] },
  monthlyIncome: { source: "input", path: ["debt", "monthlyIncome"] },
  monthlyDebtPayment: { source: "input", path: ["debt", "monthlyDebtPayment"] },
  wealthBalance: { source: "input", path: ["ecosystem", "wealthBalance"] },
  temporaryLimit: { source: "input", path: ["extras", "temporaryLimit"] },
  shopRevenue: { source: "input", path: ["extras", "shop", "monthlyRevenue"] },
  zhimaScore: { source: "input", path: ["extras", "zhimaScore"] },
} as const satisfies Record<string, { source: "user" | "input"; path: readonly string[] }>;

export type RevealField = keyof typeof REVEAL_FIELDS;
export const REVEAL_FIELD_IDS = Object.keys(REVEAL_FIELDS) as [RevealField, ...RevealField[]];

export const REVEAL_REASON_MIN = 10;
export const REVEAL_REASON_MAX = 500;

export const revealFieldSchema = z.object({
  assessmentId: recordIdSchema,
  field: z.enum(REVEAL_FIELD_IDS),
  reason: z.string().trim().min(REVEAL_REASON_MIN).max(REVEAL_REASON_MAX),
});

export const NOTE_MAX = 4000;
export const supportNoteSchema = z.object({
  assessmentId: recordIdSchema,
  body: z.string().trim().min(1).max(NOTE_MAX),
});

const checkbox = z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean());

export const adviceLinkSchema = z.object({
  assessmentId: recordIdSchema,
  staffNote: z.string().trim().min(1).max(STAFF_NOTE_MAX),
  expiresInDays: z.coerce.number().pipe(z.literal(SHARE_EXPIRY_DAYS)).default(30),
  showReasons: checkbox.default(true),
  showChecklist: checkbox.default(true),
});

export const revokeLinkSchema = z.object({ assessmentId: recordIdSchema, linkId: recordIdSchema });

export const REVIEW_STATUSES = ["OPEN", "IN_PROGRESS", "ANSWERED"] as const;
export const REVIEW_ASSIGNEE_FILTERS = ["all", "me", "unassigned"] as const;

export const reviewQueueSchema = z.object({
  status: optional(z.enum(REVIEW_STATUSES)),
  assignee: z.preprocess(blank, z.enum(REVIEW_ASSIGNEE_FILTERS).default("all")),
  page,
});
export type ReviewQueueFilters = z.output<typeof reviewQueueSchema>;

export const assignReviewSchema = z.object({ requestId: recordIdSchema, assigneeId: recordIdSchema });

export const ANSWER_MAX = 4000;
export const answerReviewSchema = z.object({
  requestId: recordIdSchema,
  answer: z.string().trim().min(1).max(ANSWER_MAX),
});

export const STAFF_ROLES = ["SUPPORT", "ADMIN"] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const createStaffSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email()).pipe(z.string().max(254)),
  name: z
    .string()
    .trim()
    .max(60)
    .optional()
    .transform((v) => (v ? v : undefined)),
  role: z.enum(STAFF_ROLES),
});

export const changeStaffRoleSchema = z.object({ userId: recordIdSchema, role: z.enum(STAFF_ROLES) });
export const staffAccountSchema = z.object({ userId: recordIdSchema });

/** Audit actions are dotted lower-case words (`case.reveal`); filters only accept that shape. */
export const auditFiltersSchema = z
  .object({
    action: optional(z.string().regex(/^[a-z_]+(\.[a-z_]+)*$/).max(64)),
    actor: optional(z.string().trim().toLowerCase().max(254)),
    target: optional(z.string().trim().max(64).regex(/^[A-Za-z0-9_-]+$/)),
    from: optional(day),
    to: optional(day),
    page,
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { path: ["to"], message: "to before from" });
export type AuditFilters = z.output<typeof auditFiltersSchema>;

/** Start and end (exclusive) of a `YYYY-MM-DD` range in China time (UTC+8, no daylight saving). */
export function dayRange(from?: string, to?: string): { gte?: Date; lt?: Date } {
  const range: { gte?: Date; lt?: Date } = {};
  if (from) range.gte = new Date(`${from}T00:00:00+08:00`);
  if (to) range.lt = new Date(new Date(`${to}T00:00:00+08:00`).getTime() + 24 * 60 * 60 * 1000);
  return range;
}

/** Turns Next's `searchParams` (or URLSearchParams) into a plain object for the schemas above. */
export function queryObject(input: URLSearchParams | Record<string, string | string[] | undefined>): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  if (input instanceof URLSearchParams) {
    for (const key of new Set(input.keys())) out[key] = input.get(key) ?? undefined;
    return out;
  }
  for (const [k, v] of Object.entries(input)) out[k] = Array.isArray(v) ? v[0] : v;
  return out;
}
