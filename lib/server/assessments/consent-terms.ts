import "server-only";

// The consent constants live in lib/validation/consent.ts so the wizard, the
// server and the JSON API's tests share one definition.
export { CONSENT_PURPOSE, CONSENT_VERSION } from "@/lib/validation/consent";
