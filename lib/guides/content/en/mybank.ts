import type { GuideContent } from "../types";
import { SEED_000, SEED_001, SEED_003, SEED_004 } from "../sources";

export const mybank: GuideContent<"mybank"> = {
  title: "MYbank loans (网商贷): invitation only, shop health, and why unused lines shrink",
  description:
    "MYbank's business loan is invitation-only; its limit follows your shop, repayments and use. Why limits drop (no use, overdue, shop trouble) and how to recover.",
  intro:
    "网商贷 is MYbank's business loan for small-business owners and sole traders, used inside Alipay. Unlike Jiebei or Huabei, its limit is tied closely to how your business is doing, and it opens only by official invitation. LimitWise has no connection with MYbank or Ant Group; this summarises public articles and is for reference only.",
  sections: {
    "how-it-works": {
      heading: "How MYbank sets your limit",
      body: [
        "The limit is set by the system after periodic reviews of your usage and credit, including when a cut limit comes back and by how much. Nobody can intervene by hand.",
        "Besides your personal credit, the system looks at your shop: revenue, positive-rating rate, bad reviews and returns all shape its view of the risk.",
      ],
      sources: [SEED_003],
    },
    repayment: {
      heading: "Repayment: never late on anything",
      body: [
        "An overdue MYbank loan can lead to a cut or the loss of the line. Note that overdue payments on other loan products inside Alipay (Jiebei, Huabei) are visible to the system too and can hit your MYbank limit.",
        "So manage all your loans as one: repay every one in full and on time.",
      ],
      tips: ["Set reminders or automatic debit for every loan.", "Clear anything overdue immediately."],
      sources: [SEED_003, SEED_000],
      tools: ["calculator"],
    },
    debt: {
      heading: "Debt and working capital",
      body: [
        "A business loan should fit the size and cash flow of the business. High debt, or loans from several platforms at once, tells the system the risk is rising.",
      ],
      tips: ["Borrow for genuine business needs.", "Avoid taking new loans to repay old ones."],
      sources: [SEED_000],
    },
    usage: {
      heading: "Using the line normally",
      body: [
        "MYbank wants the line to be used for the business. If you open it and never use it, the system concludes you do not need it and may lower it, keeping the money for users who do.",
        "Using it in step with your trade and repaying on time is the most direct way to keep it.",
      ],
      tips: ["Use it when the business needs it and repay on time.", "Do not borrow and leave the money idle or divert it."],
      sources: [SEED_003, SEED_000],
    },
    ecosystem: {
      heading: "Your trading record in Alipay",
      body: [
        "The system can only see your business if your takings and transactions run through Alipay and Alibaba's platforms. Real, steady trading says more than a sudden spike.",
      ],
      tips: ["Collect payments into one account where you can.", "Never fake orders or create artificial turnover."],
      sources: [SEED_003, SEED_000],
    },
    profile: {
      heading: "Owner and business details",
      body: [
        "Your real-name details, business information, bank card and phone number should be genuine and consistent. When the business changes (more scale, more revenue), update your details.",
      ],
      sources: [SEED_000, SEED_001],
    },
    "credit-history": {
      heading: "Your personal credit",
      body: [
        "MYbank lends mainly to individual business owners, so your personal record matters too: pay cards and other loans on time and keep your credit report and Zhima Credit in good shape.",
      ],
      sources: [SEED_003, SEED_004],
    },
    events: {
      heading: "Platform campaigns",
      body: [
        "The platform sometimes runs limit or rate campaigns in busy seasons or around holidays. Keep an eye on official notices, but let the real needs of the business decide how much you borrow.",
      ],
      sources: [SEED_000],
    },
    restore: {
      heading: "When the limit drops sharply",
      body: [
        "Check three things: anything overdue (including other Alipay loans); a line opened but never used; trouble in the shop.",
        "Then act on it: clear the overdue balance and keep your credit clean; use the line when you need it; improve the business by growing revenue, reducing bad reviews and returns, and keeping a high positive rating. After that, wait for the system's next review.",
      ],
      tips: ["Clear overdue payments first.", "Work on your shop rating and return rate.", "The system decides when and how much comes back; nobody can promise it."],
      sources: [SEED_003],
    },
    avoid: {
      heading: "What to avoid",
      body: [
        "Moving business loan money into property, stocks or personal luxuries is a restricted use and can freeze the line. Lending your account or cashing out is just as risky.",
      ],
      tips: ["Use the loan for the business.", "No lending the account, no cash-out."],
      sources: [SEED_004, SEED_001],
    },
    scams: {
      heading: "MYbank scams",
      body: [
        "MYbank loans are invitation-only, so any \"invitation code\", \"activation link\" or paid \"we open it for you\" service is a scam; so are \"internal channel\" raises, deposits before payout and transfers to verify funds.",
      ],
      tips: ["Look for 网商贷 only through the official Alipay entry.", "Check suspicious messages with the scam checker first."],
      sources: [SEED_003, SEED_004],
      tools: ["scamChecker"],
    },
    invitation: {
      heading: "Invitation only: how it opens",
      body: [
        "MYbank offers the loan by official invitation: the system opens it to you based on your business and credit. If you have not been invited, you will not see the entry, and there is no way to apply or have someone open it for you.",
        "What you can do is build the basics: steady trading, a clean credit record, genuine and complete details, and patience. For many people that takes a few months to a year.",
      ],
      tips: ["Do not trust any invitation link or paid activation."],
      sources: [SEED_003, SEED_004],
    },
    "shop-health": {
      heading: "Shop health",
      body: [
        "MYbank lends mainly to small businesses and entrepreneurs in Alibaba's ecosystem, so the state of your shop drives the limit directly. Many bad reviews, many returns or falling revenue make the system see higher risk, and can even cost you the line.",
        "The reverse also holds: steady or rising revenue, a high positive-rating rate and few after-sales problems are the basis for keeping and growing the limit.",
      ],
      tips: ["Handle bad reviews and after-sales issues promptly.", "Watch your return rate.", "Keep a steady trading rhythm."],
      sources: [SEED_003],
    },
    "unused-cut": {
      heading: "Unused lines get cut",
      body: [
        "MYbank reviews how lines are used from time to time. A line opened and never used may be lowered so the funds can go to users who need them. It is allocation, not punishment.",
        "If the business genuinely needs funds, moderate use with on-time repayment helps keep the line; if not, there is no need to borrow just to hold on to it.",
      ],
      sources: [SEED_003],
    },
  },
};
