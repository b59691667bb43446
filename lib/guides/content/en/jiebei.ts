import type { GuideContent } from "../types";
import { SEED_000, SEED_001, SEED_002, SEED_004 } from "../sources";

export const jiebei: GuideContent<"jiebei"> = {
  title: "Jiebei (借呗) limits: how they are set, why they drop, how to restore them",
  description:
    "How Alipay's system sets your Jiebei limit, what raises or cuts it, how to restore it after a cut, what to upload, and which scams to avoid.",
  intro:
    "Jiebei is Alipay's consumer cash loan. Its limit is adjusted by the system from your credit record, habits and profile, often without notice. Below we go through what the system cares about. LimitWise has no connection with Alipay or Ant Group; this summarises public articles and is an estimate only.",
  sections: {
    "how-it-works": {
      heading: "How Jiebei sets your limit",
      body: [
        "Jiebei's limit is set by data and algorithms: the system reassesses your credit risk from your latest behaviour, spending and borrowing record, then raises or lowers the limit. You usually do not notice the process; one day the number has simply changed.",
        "Changes have three kinds of cause: the system adjusting to your data; broad adjustments after regulation changes; and changes in your own behaviour, such as fewer payments, an overdue instalment or spending that swings wildly.",
      ],
      tips: ["Open Alipay → Me → Jiebei and read the current limit and any hint on the page first."],
      sources: [SEED_001],
    },
    repayment: {
      heading: "Repayment: on time, always",
      body: [
        "A clean repayment record is the foundation of your credit and the main condition for getting a limit back. In the Jiebei example, a single month overdue was enough to cut the limit sharply.",
        "The easy way: link your everyday bank card to Jiebei and turn on automatic debit, so a moment's forgetfulness never becomes an overdue record.",
      ],
      tips: ["Turn on automatic debit and keep enough money on that card.", "If anything is overdue, clear it before anything else."],
      sources: [SEED_001, SEED_000],
      tools: ["calculator"],
    },
    debt: {
      heading: "Debt: keep the pressure low",
      body: [
        "If you borrow on several platforms, or your total debt is out of proportion to your income, the system sees repayment pressure; even with every payment on time it may hold back raises or cut the limit. Frequent loan applications also leave a poor trace.",
      ],
      tips: ["Pay off small scattered loans first.", "Do not go around \"testing\" limits when you do not need money."],
      sources: [SEED_000, SEED_002],
    },
    usage: {
      heading: "Usage: small, steady, repaid on time",
      body: [
        "Borrowing small amounts now and then and repaying on time sends a positive signal. Keep it in proportion: brushing the limit or borrowing without repaying backfires.",
        "A safe rhythm: borrow when there is a real need, keep each loan for at least 7 days, repay a few days early, and never borrow and repay on the same day.",
      ],
      tips: ["Match the amount to what you can repay.", "Do not borrow and repay on the same day to \"build a record\"."],
      sources: [SEED_001, SEED_004],
      tools: ["calculator"],
    },
    ecosystem: {
      heading: "Everyday use of Alipay",
      body: [
        "Running more of daily life through Alipay, such as in-store payments, online shopping and bills, helps your overall credit assessment. Varied real spending says more about your means and stability than transfers alone.",
      ],
      tips: ["Pay everyday purchases and utility bills with Alipay.", "Keep transactions real: no fake orders, no money going round in circles."],
      sources: [SEED_001, SEED_002],
    },
    profile: {
      heading: "Profile: keep it current",
      body: [
        "Update Alipay when your job changes or your income rises. A complete, truthful profile makes the platform more confident in your ability to repay and is one of the grounds for restoring a limit.",
      ],
      tips: ["Check that your real name, bank card and phone number match.", "Update after a new job or a pay rise."],
      sources: [SEED_001, SEED_000],
    },
    "credit-history": {
      heading: "Your other credit",
      body: [
        "How you repay credit cards and other loans reflects your overall credit. If needed, check your personal credit report for negative entries you did not know about, and deal with them specifically.",
      ],
      tips: ["Pay credit cards in full and on time.", "Check your credit report now and then; dispute errors through the formal channel."],
      sources: [SEED_001, SEED_004],
    },
    events: {
      heading: "Alipay's credit campaigns",
      body: [
        "Alipay runs occasional credit-building plans and limit campaigns for good customers; completing their tasks sometimes brings a raise. Limited-time campaigns also cluster around holidays and shopping festivals.",
      ],
      tips: ["Watch for official campaign notices in Alipay.", "Do not borrow more just to finish a task."],
      sources: [SEED_001, SEED_000],
    },
    restore: {
      heading: "Restoring a cut limit",
      body: [
        "One article gives an example (its characters are fictional and some figures in the source are garbled, so the amounts are approximate): a user's Jiebei limit rose from about 15,000 to 30,000 yuan on a good record, was cut to 10,000 after a month overdue, and returned to its former level after half a year of on-time repayment plus documents submitted in Alipay.",
        "The example shows the basic path: clear the overdue balance, prove yourself with about six steady months, and add income and asset proof. If you think a cut is unjustified, you can also explain your case through Alipay's feedback channel.",
      ],
      tips: ["Clear anything overdue.", "Repay on time for six months in a row.", "Upload income or asset proof on the limit-management page."],
      sources: [SEED_001],
    },
    avoid: {
      heading: "What to avoid",
      body: [
        "Cash-out, lending your account and malicious arbitrage can all lead to a cut. If the system judges your risk very high or finds arbitrage, Jiebei may be frozen permanently, and then you should not count on getting it back.",
        "Using loans for restricted purposes such as buying property or stocks can also freeze the limit.",
      ],
      tips: ["No cash-out, no lending your account.", "Never put loan money into stocks or a home purchase."],
      sources: [SEED_001, SEED_004],
    },
    scams: {
      heading: "Jiebei scams",
      body: [
        "Common ones: fake Alipay customer service saying \"your Jiebei interest is too high and can be refunded\" or \"your account must be cancelled\", offers of an \"internal channel\" raise, or demands for a fee or a funds-verification transfer first. Only the system sets Jiebei limits, and Alipay never asks you to transfer money to any account.",
      ],
      tips: ["If someone calls as customer service, hang up and call the official number yourself.", "Never tell anyone your verification code or password."],
      sources: [SEED_004],
      tools: ["scamChecker"],
    },
    "limit-page": {
      heading: "What the limit-management page is for",
      body: [
        "In Alipay, Me → Jiebei shows your available limit and any hint about why it changed. If the page gives a clear explanation, follow it first.",
        "Under Jiebei's limit management (额度管理) you can upload income proof and asset proof (such as property or car documents) when prompted, giving the platform a fuller picture of your ability to repay. Uploading does not guarantee a raise, but it gives the system more to work with.",
      ],
      tips: ["Upload genuine, recent documents.", "Update them when your income changes."],
      sources: [SEED_001],
    },
  },
};
