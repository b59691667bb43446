/**
 * Any other 网贷 app (generic). Only seed 000 speaks of online lenders in
 * general: the on-time record, debt and income, regular use and a complete
 * profile. We know least here, so the interval is widest and the host
 * platform's payments (ecosystem) count for little — a stand-alone lending
 * app has no payment life to watch.
 */
import { SEEDS } from "../sources";
import type { PlatformProfile } from "./types";

export const GENERIC: PlatformProfile = {
  id: "generic",
  guide: "general",
  referenceChance: { raise: 0.4, restore: 0.35, open: 0.5 },
  horizonMonths: { raise: 3, restore: 6, open: 6 },
  dimensionWeights: { repayment: 1.1, debt: 1.2, usage: 1.0, ecosystem: 0.4, profile: 0.9 },
  // Proof: only 借呗's limit page (001) is known to take uploads; elsewhere half weight.
  factorWeights: { incomeProof: 0.5, assetProof: 0.5, firstLoan: 0.5, creditCard: 0.6 },
  evidenceSd: 0.6,
  missingSd: { zhima: 0, shop: 0, account: 0, temporaryLimit: 0 },
  sources: [SEEDS.general],
};
