import "server-only";
import { notFound } from "next/navigation";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/session";
import { redirect } from "@/lib/i18n/navigation";
import type { StaffRole } from "@/lib/validation/admin";

/**
 * The first line of every admin page: the signed-in staff member, or a
 * redirect to sign-in (anonymous visitors and borrowers: they never see an
 * admin page, and may sign in with a staff account), or — for a staff member
 * without the role the page needs — "not found". The data layer checks again.
 */
export async function requireStaffPage({
  locale,
  callbackUrl,
  roles = ["SUPPORT", "ADMIN"],
}: {
  locale: string;
  /** This page's locale-less path (and query), to come back to after signing in. */
  callbackUrl: string;
  roles?: readonly StaffRole[];
}): Promise<CurrentUser & { role: StaffRole }> {
  const user = await getCurrentUser();
  if (!user || user.role === "BORROWER") {
    return redirect({ href: { pathname: "/signin", query: { callbackUrl } }, locale });
  }
  if (!roles.includes(user.role)) notFound();
  return user as CurrentUser & { role: StaffRole };
}

/** `?a=1&b=` from page search params, keeping only the first value of each and dropping blanks. */
export function queryString(params: Record<string, string | string[] | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    const one = Array.isArray(v) ? v[0] : v;
    if (one) q.set(k, one);
  }
  const s = q.toString();
  return s ? `?${s}` : "";
}
