import { createHash, randomBytes, randomInt } from "node:crypto";

/**
 * Share-link secrets. The token is 32 random bytes (256 bits) in base64url,
 * shown once to its creator; only its SHA-256 is stored, so a copy of the
 * database cannot be turned back into working links. The `code` is a short
 * public reference (not a secret) a borrower can read out to support staff.
 */
export const SHARE_TOKEN_BYTES = 32;

/** No 0/O, 1/I/L: easy to read out over the phone. */
export const SHARE_CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
export const SHARE_CODE_LENGTH = 8;

export function hashShareToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export function newShareToken(): { token: string; tokenHash: string } {
  const token = randomBytes(SHARE_TOKEN_BYTES).toString("base64url");
  return { token, tokenHash: hashShareToken(token) };
}

export function newShareCode(): string {
  let code = "";
  for (let i = 0; i < SHARE_CODE_LENGTH; i++) code += SHARE_CODE_ALPHABET[randomInt(SHARE_CODE_ALPHABET.length)];
  return code;
}

/** Normalises what a person typed (lower case, spaces, dashes) to a code, or null. */
export function normaliseShareCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, "");
  return code.length === SHARE_CODE_LENGTH && [...code].every((c) => SHARE_CODE_ALPHABET.includes(c)) ? code : null;
}
