/**
 * The guide sections every tip in LimitWise may link to.
 *
 * This is the contract between the scoring library (which emits a
 * `guideAnchor` for every checklist item and reason) and the public guides
 * (which render one section per id below, with that id as its HTML anchor).
 * A test follows every anchor the scoring library can emit and checks that
 * the guide page has it, so neither side can drift.
 */

export const GUIDE_SLUGS = ["general", "jiebei", "huabei", "mybank", "weilidai", "after-cut"] as const;
export type GuideSlug = (typeof GUIDE_SLUGS)[number];

/** Sections shared by the five platform guides. */
const PLATFORM_SECTIONS = [
  "how-it-works", // how the platform evaluates and reviews limits
  "repayment", // on-time record, overdue traces, autopay
  "debt", // debt-to-income, many lenders (多头借贷), applications/inquiries
  "usage", // borrowing pattern: frequency, ≥7-day loans, early repayment, no same-day brushing
  "ecosystem", // payments, scenes, wealth products on the host platform
  "profile", // real-name, face check, bank card, job, income and asset proof
  "credit-history", // bank credit card record
  "events", // raise campaigns, 提额券, member level
  "restore", // the path back after a cut
  "avoid", // cash-out, lending the account, restricted purposes, over-borrowing
  "scams", // fake invitation links, paid opening, "internal channels", 验资
] as const;

export const GUIDE_SECTIONS = {
  general: PLATFORM_SECTIONS,
  jiebei: [...PLATFORM_SECTIONS, "limit-page"],
  huabei: [...PLATFORM_SECTIONS, "zhima", "temporary-limit"],
  mybank: [...PLATFORM_SECTIONS, "invitation", "shop-health", "unused-cut"],
  weilidai: [...PLATFORM_SECTIONS, "invitation", "account-stability", "social", "evaluation-cycle"],
  "after-cut": [
    "why-cut", // the usual causes: overdue, unused, debt, shop, policy, cash-out
    "overdue-recovery", // clear it, then six on-time months
    "unused-cut", // dormant lines
    "policy-cut", // regulation/platform policy: not the borrower's doing
    "freeze", // permanent freezes for high risk or arbitrage
    "restore-timeline", // what to expect month by month
    "proof", // uploading income/asset proof
  ],
} as const satisfies Record<GuideSlug, readonly string[]>;

export type GuideSectionId<S extends GuideSlug = GuideSlug> = (typeof GUIDE_SECTIONS)[S][number];

/** `"<slug>#<section>"`, e.g. `"weilidai#invitation"`. */
export type GuideAnchor = { [S in GuideSlug]: `${S}#${(typeof GUIDE_SECTIONS)[S][number]}` }[GuideSlug];

export const ALL_GUIDE_ANCHORS: readonly GuideAnchor[] = GUIDE_SLUGS.flatMap((slug) =>
  (GUIDE_SECTIONS[slug] as readonly string[]).map((id) => `${slug}#${id}` as GuideAnchor),
);

export function isGuideAnchor(value: string): value is GuideAnchor {
  return (ALL_GUIDE_ANCHORS as readonly string[]).includes(value);
}
