import type { DefaultSession } from "next-auth";

export type AppRole = "BORROWER" | "SUPPORT" | "ADMIN";

declare module "next-auth" {
  interface Session {
    /** `sv`: the sessionVersion the token was issued with (checked against the database). */
    user: { id: string; role: AppRole; sv: number } & DefaultSession["user"];
  }
  interface User {
    id: string;
    role: AppRole;
    sessionVersion: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid?: string;
    role?: AppRole;
    /** The user's sessionVersion when the token was issued; a bump ends the session. */
    sv?: number;
  }
}
