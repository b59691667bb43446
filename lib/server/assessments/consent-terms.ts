import "server-only";

/**
 * The consent the check-up asks for before anything is stored. Bump the
 * version whenever the consent text in `check.json` (`consent.*`) changes in
 * substance: each ConsentRecord says which text the borrower agreed to, and a
 * wizard still showing an older text is asked to read the new one.
 */
export const CONSENT_VERSION = "check-2026-01";
export const CONSENT_PURPOSE = "assessment";
