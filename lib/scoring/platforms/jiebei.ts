/**
 * 借呗 (Alipay consumer cash loan). Seed 001 is about cuts and the restore
 * path: a good record, regular small loans, updated job and income, and
 * proof uploaded in the "额度管理" page; its case went 15k → 30k, was cut to
 * 10k after a month overdue, and came back after six good months with proof.
 * So on a restore, the profile dimension (proof) weighs 1.2. 芝麻分 counts,
 * less than on 花呗 (0.7).
 */
import { SEEDS } from "../sources";
import type { PlatformProfile } from "./types";

export const JIEBEI: PlatformProfile = {
  id: "jiebei",
  guide: "jiebei",
  referenceChance: { raise: 0.38, restore: 0.4, open: 0.35 },
  horizonMonths: { raise: 3, restore: 6, open: 6 },
  dimensionWeights: { repayment: 1.0, debt: 1.0, usage: 1.0, ecosystem: 0.9, profile: 1.0 },
  goalDimensionWeights: { restore: { profile: 1.2 } },
  factorWeights: { firstLoan: 0.5, creditCard: 0.6, zhima: 0.7 },
  evidenceSd: 0.45,
  missingSd: { zhima: 0.25, shop: 0, account: 0, temporaryLimit: 0 },
  sources: [SEEDS.jiebeiRestore, SEEDS.general, SEEDS.huabei],
};
