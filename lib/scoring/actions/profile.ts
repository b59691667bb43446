/**
 * Repayment safety and profile actions: autopay, verified identity, a complete
 * profile, a long-bound bank card, income and asset proof (one-off changes).
 */
import { X as SLOT } from "../features";
import { invitationAnchor, platformAnchor } from "../guide";
import { at, section, proofAnchor, type ActionDef } from "./types";

/** Feature slots (a module-local alias: cheaper than an imported binding in hot code). */
const X = SLOT;

export const PROFILE_ACTIONS: readonly ActionDef[] = [
  {
    id: "enable_autopay",
    instant: true,
    touches: ["autopay"],
    effort: "easy",
    dueInDays: 3,
    reasonCode: "AUTOPAY_ON",
    anchor: section("repayment"),
    applies: (f) => at(f, X.autopay) < 1,
    apply: (f) => void (f[X.autopay] = 1),
  },
  {
    id: "verify_identity",
    instant: true,
    touches: ["realName", "faceVerified"],
    effort: "easy",
    dueInDays: 3,
    reasonCode: (f) => (at(f, X.realName) < 1 ? "REAL_NAME_MISSING" : "FACE_MISSING"),
    // Waiting for an invitation: the product's own invitation section says what it checks first.
    anchor: (p, goal) => (goal === "open" && invitationAnchor(p)) || platformAnchor(p, "profile"),
    applies: (f) => at(f, X.realName) < 1 || at(f, X.faceVerified) < 1,
    apply: (f) => {
      f[X.realName] = 1;
      f[X.faceVerified] = 1;
    },
  },
  {
    id: "complete_profile",
    instant: true,
    touches: ["education", "occupation"],
    effort: "easy",
    dueInDays: 7,
    reasonCode: "OCCUPATION_FILLED",
    anchor: section("profile"),
    applies: (f) => at(f, X.education) < 1 || at(f, X.occupation) < 1,
    apply: (f) => {
      f[X.education] = 1;
      f[X.occupation] = 1;
    },
  },
  {
    id: "bind_bank_card",
    touches: ["bankCardMonths"],
    effort: "easy",
    dueInDays: 7,
    reasonCode: "BANK_CARD_NEW",
    anchor: section("profile"),
    applies: (f) => at(f, X.bankCardMonths) < 1,
    apply: (f, months) => void (f[X.bankCardMonths] = months),
  },
  {
    id: "upload_income_proof",
    instant: true,
    touches: ["incomeProof"],
    effort: "medium",
    dueInDays: 14,
    reasonCode: "INCOME_PROOF",
    anchor: proofAnchor,
    applies: (f) => at(f, X.incomeProof) < 1 && at(f, X.income) > 0,
    apply: (f) => void (f[X.incomeProof] = 1),
  },
  {
    id: "upload_asset_proof",
    instant: true,
    touches: ["assetProof"],
    effort: "medium",
    dueInDays: 30,
    reasonCode: "ASSET_PROOF",
    anchor: proofAnchor,
    applies: (f) => at(f, X.assetProof) < 1,
    apply: (f) => void (f[X.assetProof] = 1),
  },
];
