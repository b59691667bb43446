/**
 * 网商贷 (MYbank small-business loan; invitation only). Seed 003: lines that
 * are opened and never used get cut ("left for users who need them"), so
 * frequency and dormancy weigh 1.3 × 1.3; overdue anywhere in Alipay cuts or
 * cancels; and the shop's health — falling revenue, many bad reviews, many
 * returns — is read at each irregular review. Sole traders fit the product
 * (business-owner factor); 芝麻分 is mentioned (0.5).
 */
import { SEEDS } from "../sources";
import type { PlatformProfile } from "./types";

export const MYBANK: PlatformProfile = {
  id: "mybank",
  guide: "mybank",
  referenceChance: { raise: 0.3, restore: 0.35, open: 0.2 },
  horizonMonths: { raise: 3, restore: 6, open: 6 },
  dimensionWeights: { repayment: 1.0, debt: 0.9, usage: 1.3, ecosystem: 0.8, profile: 0.8 },
  factorWeights: {
    incomeProof: 0.7,
    assetProof: 0.7,
    firstLoan: 0.5,
    creditCard: 0.6,
    zhima: 0.5,
    frequency: 1.3,
    dormancy: 1.3,
    shopTrend: 1.25,
    shopReviews: 1.25,
    shopReturns: 1.25,
    shopRevenue: 1.25,
    businessOwner: 1.0,
  },
  evidenceSd: 0.55,
  missingSd: { zhima: 0.2, shop: 0.45, account: 0, temporaryLimit: 0 },
  sources: [SEEDS.mybank],
};
