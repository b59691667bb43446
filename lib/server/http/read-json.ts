import "server-only";
import { AppError } from "@/lib/server/errors";

/** Bodies larger than this are refused before they are parsed. */
export const MAX_JSON_BYTES = 64 * 1024;

/**
 * Reads a JSON request body defensively: a declared or actual size over the
 * limit is PAYLOAD_TOO_LARGE (413), anything that is not JSON is BAD_REQUEST (400).
 */
export async function readJson(request: Request, maxBytes = MAX_JSON_BYTES): Promise<unknown> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw new AppError("PAYLOAD_TOO_LARGE", `Body over ${maxBytes} bytes`);
  const text = await request.text();
  if (Buffer.byteLength(text) > maxBytes) throw new AppError("PAYLOAD_TOO_LARGE", `Body over ${maxBytes} bytes`);
  if (!text.trim()) throw new AppError("BAD_REQUEST", "Empty body: send a JSON object");
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("BAD_REQUEST", "Body is not valid JSON");
  }
}
