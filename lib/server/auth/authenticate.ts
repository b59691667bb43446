import "server-only";
import bcrypt from "bcryptjs";
import type { User } from "next-auth";
import { db } from "@/lib/db";
import { signInSchema } from "@/lib/validation/auth";
import { consume, reset } from "@/lib/server/rate-limit/limiters";
import { clientIp } from "@/lib/server/request-ip";
import { AppError } from "@/lib/server/errors";

// Compared against when the email is unknown, so both paths cost one bcrypt
// comparison and timing does not reveal whether an account exists.
const DUMMY_HASH = "$2b$10$CwTycUXWue0Thq9StjUM0uJ8.WjyGq6Fh1hWvGNfEsxgXc8W1cGZa";

/**
 * Checks an email and password. Returns the user for the session, or null for
 * any failure (unknown email, wrong password, disabled account) so the answer
 * never reveals which. Throws RATE_LIMITED when the account or IP is over its limit.
 */
export async function authenticate({ credentials, headers }: { credentials: unknown; headers: Headers }): Promise<User | null> {
  const parsed = signInSchema.safeParse(credentials);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  try {
    await consume("loginPerIp", clientIp(headers));
    await consume("loginPerAccount", email);
  } catch (error) {
    if (error instanceof AppError) throw new Error("RATE_LIMITED");
    throw error;
  }
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, role: true, passwordHash: true, sessionVersion: true, disabledAt: true },
  });
  const ok = await bcrypt.compare(password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !ok || user.disabledAt) return null;
  await reset("loginPerAccount", email);
  return { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion };
}
