import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { addCompileHints } from "./scripts/lib/compile-hints.mjs";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  // NEXT_DIST_DIR lets parallel checkouts/engineers build side by side without clobbering .next.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  reactStrictMode: true,
  // Native and WebAssembly database drivers stay outside the server bundle.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "pg", "@prisma/adapter-pg"],
  compiler: {
    // Every `next build`: the chunks pages run at start-up are compiled off the main thread (see the module).
    runAfterProductionCompile: async ({ distDir }) => void addCompileHints(distDir),
  },
  async headers() {
    const security = [
      { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
      { key: "X-Content-Type-Options", value: "nosniff" },
      { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
      { key: "X-Frame-Options", value: "DENY" },
      { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
    ];
    // Pages with personal data are never stored by browsers or proxies.
    const noStore = [{ key: "Cache-Control", value: "no-store, max-age=0" }];
    const sensitive = ["/assessments/:path*", "/history/:path*", "/settings/:path*", "/admin/:path*", "/s/:path*", "/signin", "/signup"];
    // Shared advice links: never indexed, and the token never leaks in a Referer.
    const sharedLink = [
      { key: "Referrer-Policy", value: "no-referrer" },
      { key: "X-Robots-Tag", value: "noindex, nofollow" },
    ];
    return [
      { source: "/:path*", headers: security },
      { source: "/s/:path*", headers: sharedLink },
      { source: "/en/s/:path*", headers: sharedLink },
      ...sensitive.flatMap((p) => [
        { source: p, headers: noStore },
        { source: `/en${p}`, headers: noStore },
      ]),
      { source: "/api/:path*", headers: noStore },
    ];
  },
};

export default withNextIntl(nextConfig);
