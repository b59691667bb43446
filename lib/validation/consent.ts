/**
 * The consent the check-up asks for before anything is stored. Bump the
 * version whenever the consent text in `check.json` (`consent.*`) changes in
 * substance: each ConsentRecord says which text the borrower agreed to, and a
 * wizard (or API client) still on an older text is asked to read the new one.
 * Shared by the wizard, the server and the JSON API.
 */
export const CONSENT_VERSION = "check-2026-01";
export const CONSENT_PURPOSE = "assessment";
