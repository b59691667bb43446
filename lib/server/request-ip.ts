import "server-only";

/**
 * The client's IP as the nearest proxy reports it. Only trust X-Forwarded-For
 * behind a proxy you run; without one, every client shares the fallback key.
 */
export function clientIp(headers: Headers): string {
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || headers.get("x-real-ip") || "local";
}
