import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";

const handler = NextAuth(authOptions);

/**
 * NextAuth's handler, except one answer: the credentials callback only takes
 * a POST, and NextAuth answers a GET of it with a 500 ("Callback for provider
 * type credentials not supported"). A probe is not a server error: 405.
 */
async function GET(request: Request, context: RouteContext<"/api/auth/[...nextauth]">) {
  const [action, provider] = (await context.params).nextauth;
  if (action === "callback" && provider === "credentials") return new Response(null, { status: 405, headers: { Allow: "POST" } });
  return handler(request, context);
}

export { GET, handler as POST };
