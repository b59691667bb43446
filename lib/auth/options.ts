import "server-only";
import type { AuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authenticate } from "@/lib/server/auth/authenticate";
import { claimAnonymous } from "@/lib/server/assessments/claim-anonymous";
import { visitorHash } from "@/lib/server/owner/current-owner";

/** Sessions last 7 days and are re-issued at most once a day while in use. */
export const SESSION_MAX_AGE_SECONDS = 7 * 24 * 60 * 60;

export const authOptions: AuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS, updateAge: 24 * 60 * 60 },
  jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/signin", error: "/signin" },
  providers: [
    CredentialsProvider({
      name: "email",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, req) {
        const headers = new Headers(req?.headers as Record<string, string> | undefined);
        return authenticate({ credentials, headers });
      },
    }),
  ],
  events: {
    // What this browser made before signing in now belongs to the account.
    async signIn({ user }) {
      const anonOwnerHash = await visitorHash();
      if (anonOwnerHash) await claimAnonymous({ userId: user.id, anonOwnerHash });
    },
  },
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.role = user.role;
        token.sv = user.sessionVersion;
      }
      return token;
    },
    async session({ session, token }) {
      // The role here is a hint for the UI; every protected request re-checks
      // it against the database in getCurrentUser().
      if (token.uid && token.role) session.user = { ...session.user, id: token.uid, role: token.role, sv: token.sv ?? -1 };
      return session;
    },
  },
};
