import { z } from "zod";

/** Same rules as sign-up (lib/validation/auth.ts): at least 10 characters. */
export const changePasswordSchema = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: z.string().min(10).max(200),
});

export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;

/** Deleting an account: the borrower types their own email address to confirm. */
export const deleteAccountSchema = z.object({
  confirmation: z.string().trim().toLowerCase().min(1).max(254),
});

export function confirmsDeletion(confirmation: string, email: string): boolean {
  return confirmation.trim().toLowerCase() === email.trim().toLowerCase();
}
