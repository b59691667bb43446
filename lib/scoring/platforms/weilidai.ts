/**
 * 微粒贷 (WeBank, in WeChat/QQ; whitelist invitation). Seed 004 is the only
 * source with figures, so this profile is the calibration anchor:
 *  - quarterly evaluation ("golden cycle" of 3 months) → raise horizon 3;
 *  - first loan repaid within 7 days → 68% raised within 3 months: the
 *    reference chance is 50% and the factor adds logit(0.68) (usage weight
 *    exactly 1.0 here);
 *  - a steady credit-card record → 37% more likely to be invited (credit-card
 *    factor at full weight; reference "open" chance 25%);
 *  - 3k–20k first lines, up to ¥300,000: a raise at the top is capped;
 *  - account stability and the (anecdotal, weak) social signal are on.
 * 芝麻分 is Alipay's and plays no part.
 */
import { SEEDS } from "../sources";
import type { PlatformProfile } from "./types";

export const WEILIDAI: PlatformProfile = {
  id: "weilidai",
  guide: "weilidai",
  referenceChance: { raise: 0.5, restore: 0.35, open: 0.25 },
  horizonMonths: { raise: 3, restore: 6, open: 6 },
  dimensionWeights: { repayment: 1.0, debt: 1.0, usage: 1.0, ecosystem: 1.1, profile: 1.0 },
  // Proof: no upload page is known for 微粒贷 (only 借呗's, 001): half weight.
  factorWeights: {
    incomeProof: 0.5,
    assetProof: 0.5,
    zhima: 0,
    deviceChanges: 1.0,
    entryChecks: 1.0,
    riskyGroups: 1.0,
  },
  maxLimit: 300_000,
  evidenceSd: 0.35,
  missingSd: { zhima: 0, shop: 0, account: 0.2, temporaryLimit: 0 },
  sources: [SEEDS.weilidai],
};
