import "server-only";
import { NextResponse } from "next/server";

/** Every error the app answers with on purpose. Anything else is a bug: logged, and answered as 500. */
export type AppErrorCode =
  | "BAD_REQUEST"
  | "VALIDATION"
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "GONE"
  | "PAYLOAD_TOO_LARGE"
  | "RATE_LIMITED"
  | "UNAVAILABLE";

const STATUS: Record<AppErrorCode, number> = {
  BAD_REQUEST: 400,
  VALIDATION: 422,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  GONE: 410,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
};

export type FieldErrors = Record<string, string[]>;

export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: AppErrorCode,
    message: string = code,
    readonly fieldErrors?: FieldErrors,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = "AppError";
    this.status = STATUS[code];
  }
}

/** The one stable error shape of the JSON API: `{ error: { code, message, fieldErrors? } }`. */
export interface ErrorBody {
  error: { code: AppErrorCode | "INTERNAL"; message: string; fieldErrors?: FieldErrors };
}

/**
 * True when the database could not be reached (so we answer 503, not 500).
 *
 * Besides "cannot connect", this covers what requests see while PostgreSQL is
 * going away or coming back (found by `npm run test:resilience`, which stops it
 * under load): connections cut by a shutdown (SQLSTATE 57P01 admin_shutdown,
 * 57P02 crash_shutdown, 57P03 cannot_connect_now, class 08 connection
 * exceptions), a pooled client whose socket already died ("not queryable"),
 * the pool or a transaction giving up waiting for a connection (an overloaded
 * instance: P2028 "Unable to start a transaction in the given time"), and too
 * many connections (53300).
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const e = error as { code?: string; message?: string; meta?: { driverAdapterError?: { cause?: { kind?: string; originalCode?: string } } } } | null;
  const cause = e?.meta?.driverAdapterError?.cause;
  const text = `${e?.code ?? ""} ${e?.message ?? ""} ${cause?.kind ?? ""} ${cause?.originalCode ?? ""}`;
  return /ECONNREFUSED|ECONNRESET|ETIMEDOUT|Can't reach database|Connection terminated|P1001|P1017|P2024|DatabaseNotReachable|ConnectionClosed|SocketTimeout|TooManyConnections|SQLITE_BUSY|database is locked|the database system is (starting up|shutting down|in recovery mode)|\b57P0[123]\b|\b08(000|001|003|004|006|P01)\b|\b53300\b|terminating connection due to administrator command|not queryable|timeout exceeded when trying to connect|Timed out fetching a new connection|Unable to start a transaction in the given time|too many clients already|remaining connection slots are reserved/i.test(
    text,
  );
}

/** Maps any thrown value to a response in the stable shape. */
export function errorResponse(error: unknown, context: string): NextResponse<ErrorBody> {
  if (error instanceof AppError) {
    const headers: Record<string, string> = { "Cache-Control": "no-store" };
    if (error.retryAfterSeconds) headers["Retry-After"] = String(error.retryAfterSeconds);
    return NextResponse.json(
      { error: { code: error.code, message: error.message, ...(error.fieldErrors ? { fieldErrors: error.fieldErrors } : {}) } },
      { status: error.status, headers },
    );
  }
  if (isDatabaseUnavailable(error)) {
    console.error(`[${context}] database unavailable:`, (error as Error)?.message);
    return NextResponse.json(
      { error: { code: "UNAVAILABLE", message: "Service temporarily unavailable" } },
      { status: 503, headers: { "Retry-After": "5", "Cache-Control": "no-store" } },
    );
  }
  console.error(`[${context}] unexpected error:`, error);
  return NextResponse.json(
    { error: { code: "INTERNAL", message: "Internal error" } },
    { status: 500, headers: { "Cache-Control": "no-store" } },
  );
}
