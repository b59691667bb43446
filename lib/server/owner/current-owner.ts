import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { cookies } from "next/headers";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/session";

/**
 * Who owns what this request creates or reads: the signed-in user, or an
 * anonymous visitor known by a random id in an httpOnly cookie. Only the
 * SHA-256 of that id is stored, so a database leak cannot be replayed as a cookie.
 */
export type Owner =
  | { kind: "user"; user: CurrentUser }
  /** `isNew`: the cookie was minted by this request, so this visitor owns nothing yet. */
  | { kind: "anonymous"; anonOwnerHash: string; isNew?: true };

export const VISITOR_COOKIE = "lw_visitor";
const VISITOR_MAX_AGE = 365 * 24 * 60 * 60;

export const hashVisitorId = (id: string) => createHash("sha256").update(id).digest("hex");

/** The owner of this request, without creating anything. */
export async function getOwner(): Promise<Owner | null> {
  const user = await getCurrentUser();
  if (user) return { kind: "user", user };
  const id = (await cookies()).get(VISITOR_COOKIE)?.value;
  return id && /^[A-Za-z0-9_-]{32,64}$/.test(id) ? { kind: "anonymous", anonOwnerHash: hashVisitorId(id) } : null;
}

/** Like getOwner, but gives an anonymous visitor a cookie first. Only in server actions and route handlers. */
export async function ensureOwner(): Promise<Owner> {
  const existing = await getOwner();
  if (existing) return existing;
  const id = randomBytes(32).toString("base64url");
  (await cookies()).set(VISITOR_COOKIE, id, {
    httpOnly: true,
    sameSite: "lax",
    secure: process.env.NEXTAUTH_URL?.startsWith("https://") ?? false,
    path: "/",
    maxAge: VISITOR_MAX_AGE,
  });
  return { kind: "anonymous", anonOwnerHash: hashVisitorId(id), isNew: true };
}

/** The anonymous visitor hash of this browser, even when signed in (to claim its assessments). */
export async function visitorHash(): Promise<string | null> {
  const id = (await cookies()).get(VISITOR_COOKIE)?.value;
  return id ? hashVisitorId(id) : null;
}

/** Prisma `where` fragment selecting rows owned by `owner`. */
export function ownedBy(owner: Owner): { userId: string } | { anonOwnerHash: string; userId: null } {
  return owner.kind === "user" ? { userId: owner.user.id } : { anonOwnerHash: owner.anonOwnerHash, userId: null };
}
