import { z } from "zod";

/** The expiry choices a borrower can pick; 30 days is the default. */
export const SHARE_EXPIRY_DAYS = [1, 7, 30, 90] as const;
export type ShareExpiryDays = (typeof SHARE_EXPIRY_DAYS)[number];
export const DEFAULT_SHARE_EXPIRY_DAYS: ShareExpiryDays = 30;

export const SHARE_NOTE_MAX = 280;
export const STAFF_NOTE_MAX = 2000;

/**
 * What a share link shows. The chance and the plan are always shown; reasons
 * and the checklist are opt-in; the borrower's raw inputs are never shown.
 */
export const shareOptionsSchema = z.object({
  showReasons: z.boolean().default(false),
  showChecklist: z.boolean().default(false),
  note: z
    .string()
    .trim()
    .max(SHARE_NOTE_MAX)
    .optional()
    .transform((v) => (v ? v : undefined)),
  expiresInDays: z.coerce.number().pipe(z.literal(SHARE_EXPIRY_DAYS)).default(DEFAULT_SHARE_EXPIRY_DAYS),
});

export type ShareOptionsInput = z.input<typeof shareOptionsSchema>;
export type ShareOptions = z.output<typeof shareOptionsSchema>;

export const staffNoteSchema = z.string().trim().min(1).max(STAFF_NOTE_MAX);

/** A share token as it appears in a URL: 32 random bytes, base64url without padding. */
export const shareTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

/** Ids in URLs and forms (cuid). */
export const recordIdSchema = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/);
