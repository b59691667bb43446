/**
 * Profile (资料): who the platform is lending to — verified identity, a
 * long-bound bank card, filled-in education and job, stable employment,
 * social insurance, income and asset proof — and, for 微粒贷, how stable and
 * official the account's behaviour looks.
 *
 * Seeds 000, 002 and 004 list the items; 001 adds that income, property or car
 * documents uploaded in 借呗's limit page helped restore a cut line. Seed 004
 * warns that frequent device changes, checking the entry many times and
 * unofficial "forced opening" trigger risk control; its social-circle advice
 * is anecdotal ("有用户报告"), so `riskyGroups` weighs only -0.1.
 */
import { PUBLIC_FACTS, SEEDS } from "../sources";
import { ALL_GOALS, type FactorSpec } from "./types";

const ACCOUNT = { all: "weilidai#account-stability" } as const;
const PROOF = { jiebei: "jiebei#limit-page" } as const;
/** Account signals matter most before the invitation arrives. */
const ACCOUNT_GOALS = { raise: 0.5, restore: 0.5, open: 1 } as const;

const flag = (points: number): readonly (readonly [number, number])[] => [
  [0, 0],
  [1, points],
];

export const PROFILE_FACTORS: readonly FactorSpec[] = [
  {
    id: "realName",
    dimension: "profile",
    feature: "realName",
    curve: [
      [0, -1.0],
      [1, 0],
    ],
    goals: ALL_GOALS,
    behaviour: true,
    codes: { negative: "REAL_NAME_MISSING" },
    sources: [SEEDS.weilidai, SEEDS.general],
    section: "profile",
  },
  {
    id: "faceCheck",
    dimension: "profile",
    feature: "faceVerified",
    curve: [
      [0, -0.2],
      [1, 0],
    ],
    goals: ALL_GOALS,
    behaviour: true,
    codes: { negative: "FACE_MISSING" },
    sources: [SEEDS.general],
    section: "profile",
  },
  {
    id: "bankCard",
    dimension: "profile",
    feature: "bankCardMonths",
    curve: [
      [0, -0.3],
      [3, -0.1],
      [6, 0],
    ],
    goals: ALL_GOALS,
    behaviour: true,
    codes: { negative: "BANK_CARD_NEW" },
    param: { name: "months", feature: "bankCardMonths" },
    sources: [SEEDS.weilidai],
    section: "profile",
  },
  {
    id: "education",
    dimension: "profile",
    feature: "education",
    curve: flag(0.05),
    goals: ALL_GOALS,
    behaviour: true,
    codes: { positive: "EDUCATION_FILLED" },
    sources: [SEEDS.huabei, SEEDS.weilidai],
    section: "profile",
  },
  {
    id: "occupation",
    dimension: "profile",
    feature: "occupation",
    curve: flag(0.06),
    goals: ALL_GOALS,
    behaviour: true,
    codes: { positive: "OCCUPATION_FILLED" },
    sources: [SEEDS.huabei, SEEDS.weilidai, SEEDS.jiebeiRestore],
    section: "profile",
  },
  {
    id: "employment",
    dimension: "profile",
    feature: "employment",
    // Indexed: public, large_company, private (reference), self_employed, student, unemployed, other.
    curve: [
      [0, 0.35],
      [1, 0.25],
      [2, 0],
      [3, -0.05],
      [4, -0.8],
      [5, -0.7],
      [6, -0.1],
    ],
    goals: ALL_GOALS,
    behaviour: false,
    codes: { positive: "EMPLOYMENT_STABLE", negative: "EMPLOYMENT_UNSTABLE" },
    sources: [SEEDS.general, PUBLIC_FACTS.studentLending],
    section: "profile",
  },
  {
    id: "socialInsurance",
    dimension: "profile",
    feature: "socialInsurance",
    curve: flag(0.2),
    goals: ALL_GOALS,
    behaviour: false,
    codes: { positive: "SOCIAL_INSURANCE" },
    sources: [SEEDS.general],
    section: "profile",
  },
  {
    id: "incomeProof",
    dimension: "profile",
    feature: "incomeProof",
    curve: flag(0.15),
    goals: ALL_GOALS,
    behaviour: true,
    codes: { positive: "INCOME_PROOF" },
    sources: [SEEDS.general, SEEDS.jiebeiRestore],
    section: "profile",
    anchors: PROOF,
  },
  {
    id: "assetProof",
    dimension: "profile",
    feature: "assetProof",
    curve: flag(0.2),
    goals: ALL_GOALS,
    behaviour: true,
    codes: { positive: "ASSET_PROOF" },
    sources: [SEEDS.jiebeiRestore],
    section: "profile",
    anchors: PROOF,
  },
  {
    id: "businessOwner",
    dimension: "profile",
    feature: "selfEmployed",
    // 网商贷 lends to small businesses and sole traders (003).
    curve: flag(0.2),
    goals: ALL_GOALS,
    platformOnly: true,
    behaviour: false,
    codes: { positive: "BUSINESS_OWNER" },
    sources: [SEEDS.mybank],
    section: "profile",
  },
  {
    id: "deviceChanges",
    dimension: "profile",
    feature: "deviceChanges",
    unknownIsZero: true,
    curve: [
      [0, 0],
      [1, -0.05],
      [2, -0.2],
      [4, -0.5],
      [8, -0.8],
    ],
    goals: ACCOUNT_GOALS,
    platformOnly: true,
    behaviour: true,
    codes: { negative: "DEVICE_CHANGES" },
    param: { name: "count", feature: "deviceChanges" },
    sources: [SEEDS.weilidai],
    section: "profile",
    anchors: ACCOUNT,
  },
  {
    id: "entryChecks",
    dimension: "profile",
    feature: "entryChecks",
    unknownIsZero: true,
    // 1–2 looks a month is what the seed recommends; checking daily looks anxious to risk control.
    curve: [
      [0, 0],
      [2, 0],
      [4, -0.1],
      [10, -0.3],
      [30, -0.5],
    ],
    goals: ACCOUNT_GOALS,
    platformOnly: true,
    behaviour: true,
    codes: { negative: "ENTRY_CHECKS_FREQUENT" },
    param: { name: "count", feature: "entryChecks" },
    sources: [SEEDS.weilidai],
    section: "profile",
    anchors: ACCOUNT,
  },
  {
    id: "riskyGroups",
    dimension: "profile",
    feature: "riskyGroups",
    unknownIsZero: true,
    curve: flag(-0.1),
    goals: ACCOUNT_GOALS,
    platformOnly: true,
    behaviour: true,
    codes: { negative: "RISKY_GROUPS" },
    sources: [SEEDS.weilidai],
    section: "profile",
    anchors: { all: "weilidai#social" },
  },
  {
    id: "thirdPartyChannel",
    dimension: "profile",
    feature: "thirdParty",
    curve: flag(-0.3),
    goals: ACCOUNT_GOALS,
    behaviour: true,
    codes: { negative: "THIRD_PARTY_CHANNEL" },
    sources: [SEEDS.weilidai],
    section: "scams",
  },
];
