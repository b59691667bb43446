import type { GuideContent } from "../types";
import { SEED_000, SEED_001, SEED_003, SEED_004 } from "../sources";

export const afterCut: GuideContent<"after-cut"> = {
  title: "After a limit cut: the causes, the way back and a month-by-month timeline",
  description:
    "Limit cut or frozen? Find the cause first: overdue, no use, debt, your shop, policy or a rule breach. Most recoveries take about six steady months.",
  intro:
    "Finding your limit suddenly much lower is unsettling. Do not panic, and do not turn to anyone who promises a quick fix. Limits are cut for many reasons; some you can repair yourself, some you cannot. This guide helps you tell which is which and plan the way back month by month. LimitWise is not affiliated with any lender; what follows is an estimate from public articles, not a promise.",
  sections: {
    "why-cut": {
      heading: "Why limits get cut",
      body: [
        "Six usual causes: an overdue payment (including on another product of the same platform); a line opened but left unused; high debt or loans from many lenders; trouble in the shop behind a business loan (bad reviews, many returns, falling revenue); a regulation or platform policy change; and rule breaches such as cash-out, lending your account or using loans for property or stocks.",
        "Start with the limit page in the official app and look for a hint, then match it against the list above to find the likeliest cause.",
      ],
      tips: ["Read the hint in the official app first.", "Write down your overdue payments, loans and their uses over the last six months."],
      sources: [SEED_001, SEED_003, SEED_000, SEED_004],
    },
    "overdue-recovery": {
      heading: "Cut for overdue: clear it, then prove yourself for six months",
      body: [
        "Step one is always to repay everything overdue. Overdue interest is usually 1.5 times the agreed rate, so every day costs more. Step two is to pay every instalment on time from then on.",
        "One article says users less than 30 days overdue who repaid in full and then paid on time for 6 months mostly saw their score return to 90% or more of its former level; in the Jiebei example, a user cut after a month overdue got the limit back after half a year of steady repayment plus documents. These are single-source claims, not guarantees, but they point the same way: time plus a clean record.",
      ],
      tips: ["Clear the overdue balance today.", "Turn on automatic repayment.", "Then six months with no overdue at all."],
      sources: [SEED_004, SEED_001],
      tools: ["calculator"],
    },
    "unused-cut": {
      heading: "Cut for not using the line",
      body: [
        "Some platforms, MYbank among them, review how lines are used; a line opened and never used may be lowered so the money can go to users who need it.",
        "If you genuinely need it, moderate use with on-time repayment is enough; if you do not, a lower limit does no harm, and there is no need to borrow just to keep it.",
      ],
      sources: [SEED_003],
    },
    "policy-cut": {
      heading: "Cuts from regulation or platform policy",
      body: [
        "Sometimes the cut has nothing to do with you: tighter regulation or a change of business strategy moves many users' limits at once. There is little an individual can do, and nothing you do will bring it back straight away.",
        "Keep your record clean; when the platform's policy shifts, later reviews will reconsider you. Anyone who claims they can \"get around the policy\" to restore your limit is a scammer.",
      ],
      sources: [SEED_001],
    },
    freeze: {
      heading: "Frozen or closed for good",
      body: [
        "If the system judges your risk very high, or finds malicious arbitrage or cash-out, the platform may freeze the product permanently; using loans for restricted purposes such as property or stocks can also freeze the limit once detected.",
        "A permanent freeze usually cannot be undone; do not believe paid \"unfreezing\" or \"record cleaning\" services. If you think it is a mistake, appeal through the official app or hotline with your transaction records as evidence.",
      ],
      tips: ["Appeal only through official channels.", "Any \"unfreezing fee\" is a scam."],
      sources: [SEED_001, SEED_004],
      tools: ["scamChecker"],
    },
    "restore-timeline": {
      heading: "A timeline, one month at a time",
      body: [
        "Month 0: clear everything overdue, read the official hint and work out the cause; turn on automatic repayment.",
        "Months 1–3: repay every instalment on time or early; use the line a little when you need it; update your job and income details and upload income or asset proof. For products reviewed quarterly (such as Weilidai), the first review usually falls here.",
        "Months 4–6: stay free of overdue, bring down debt with other lenders, and do not apply for loans or raises often. Many recoveries in the sources come after this stage.",
        "After month 6: wait for the following reviews. Opening or restoring a line takes most people 3–12 months; policy cuts and permanent freezes may never be reversed.",
      ],
      tips: ["Check the limit once a month, not every day.", "Keep a note of each month's repayments in case you need to appeal."],
      sources: [SEED_004, SEED_001, SEED_003],
    },
    proof: {
      heading: "Uploading income and asset proof",
      body: [
        "Some platforms accept documents on the limit page; Jiebei's limit management (额度管理), for example, takes income proof and asset proof (property, a car) when prompted. They give the platform a fuller view of your ability to repay.",
        "Documents should be genuine and recent; update them when your income or job changes. Uploading does not guarantee a raise, but it gives the system more to go on.",
      ],
      tips: ["Upload only inside the official app, never to a \"customer service\" person."],
      sources: [SEED_001, SEED_000],
    },
  },
};
