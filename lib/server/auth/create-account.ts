import "server-only";
import bcrypt from "bcryptjs";
import { db } from "@/lib/db";
import { AppError } from "@/lib/server/errors";
import type { SignUpInput } from "@/lib/validation/auth";

/** Creates a borrower account. The email must be new (CONFLICT otherwise). */
export async function createAccount({ input }: { input: SignUpInput }): Promise<{ id: string }> {
  const passwordHash = await bcrypt.hash(input.password, 10);
  try {
    return await db.user.create({
      data: { email: input.email, name: input.name || null, passwordHash, role: "BORROWER" },
      select: { id: true },
    });
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") throw new AppError("CONFLICT", "Email already registered");
    throw error;
  }
}
