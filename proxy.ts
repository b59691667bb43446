import createMiddleware from "next-intl/middleware";
import type { NextRequest } from "next/server";
import { routing } from "./lib/i18n/routing";
import { buildCsp, PER_REQUEST_PATHS } from "./lib/security/csp";

const handleI18nRouting = createMiddleware(routing);

/**
 * Locale routing plus the Content-Security-Policy. Coarse work only:
 * authorisation lives in the data-access layer, never here.
 */
export default function proxy(request: NextRequest) {
  const perRequest = PER_REQUEST_PATHS.test(request.nextUrl.pathname);
  const nonce = perRequest ? btoa(crypto.randomUUID()) : null;
  const csp = buildCsp({ nonce, dev: process.env.NODE_ENV === "development" });
  if (nonce) {
    // Next.js reads the nonce from the request's CSP header and puts it on its own scripts.
    request.headers.set("x-nonce", nonce);
    request.headers.set("content-security-policy", csp);
  }
  const response = handleI18nRouting(request);
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  // Everything except API routes, Next internals and files with an extension.
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"],
};
