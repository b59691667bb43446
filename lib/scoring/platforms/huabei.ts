/**
 * 花呗 (Alipay buy-now-pay-later). Seed 002: the limit is a base (固定额度)
 * plus temporary amounts (临时额度) granted for particular shopping moments;
 * 芝麻分, Alipay activity (payments, bills, card repayments, varied scenes)
 * and a clean record drive the base. Ecosystem weighs 1.2, debt 0.8 (a
 * shopping line), 芝麻分 fully, and a temporary limit is a small plus for
 * a base raise. Probabilities speak of the base limit.
 */
import { SEEDS } from "../sources";
import type { PlatformProfile } from "./types";

export const HUABEI: PlatformProfile = {
  id: "huabei",
  guide: "huabei",
  referenceChance: { raise: 0.45, restore: 0.4, open: 0.55 },
  horizonMonths: { raise: 3, restore: 6, open: 6 },
  dimensionWeights: { repayment: 1.0, debt: 0.8, usage: 0.9, ecosystem: 1.2, profile: 0.9 },
  // Proof: only 借呗's limit page (001) is known to take uploads; elsewhere half weight.
  factorWeights: {
    incomeProof: 0.5,
    assetProof: 0.5,
    firstLoan: 0.5,
    creditCard: 0.6,
    zhima: 1.0,
    temporaryLimit: 1.0,
  },
  evidenceSd: 0.45,
  missingSd: { zhima: 0.35, shop: 0, account: 0, temporaryLimit: 0.1 },
  sources: [SEEDS.huabei, SEEDS.general],
};
