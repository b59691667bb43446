import createMiddleware from "next-intl/middleware";
import { routing } from "./lib/i18n/routing";

// Coarse routing only (locale prefixes). Authorisation lives in the data-access layer.
export default createMiddleware(routing);

export const config = {
  // Everything except API routes, Next internals and files with an extension.
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"],
};
