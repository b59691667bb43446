/**
 * The Content-Security-Policy of every page.
 *
 * Pages that show personal data or take input (check-up, dashboard, history,
 * settings, admin, shared links, sign-in) are rendered per request and get a
 * fresh nonce with 'strict-dynamic': only scripts Next.js itself emitted can run.
 *
 * The public pages (landing, guides, tools) are prerendered once at build time
 * so they load fast from cache; prerendered HTML cannot carry a per-request
 * nonce, so their policy allows same-origin and inline scripts. They render no
 * user-provided content, so there is nothing for an injected script to ride on.
 * Everything else (objects, framing, base URI, form targets, connections) is
 * locked down the same way on both.
 */
export function buildCsp({ nonce, dev = false }: { nonce: string | null; dev?: boolean }): string {
  const scripts = nonce
    ? `'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`
    : `'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ""}`;
  return [
    "default-src 'self'",
    `script-src ${scripts}`,
    // Recharts and React set inline style attributes; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${dev ? " ws:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** Paths (without locale prefix) rendered per request, which get a nonce. */
export const PER_REQUEST_PATHS = /^\/(?:en\/)?(?:check|assessments|history|settings|admin|s|signin|signup)(?:\/|$)/;
