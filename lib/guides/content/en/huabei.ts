import type { GuideContent } from "../types";
import { SEED_000, SEED_002, SEED_004 } from "../sources";

export const huabei: GuideContent<"huabei"> = {
  title: "Huabei (花呗) limits: Zhima score, base and temporary limits, steady raises",
  description:
    "Huabei limits: base and temporary parts, the Zhima Credit score, Alipay activity and repayments. How to raise it steadily and what cuts it.",
  intro:
    "Huabei is Alipay's buy-now-pay-later service. Its limit is not fixed: your Zhima Credit score, how you use Alipay, your repayment record and how complete your profile is all move it. LimitWise has no connection with Alipay or Ant Group; this summarises public articles and is for reference only.",
  sections: {
    "how-it-works": {
      heading: "How Huabei sets your limit",
      body: [
        "A Huabei limit has two parts: the base limit (固定额度), assessed from your credit history and spending, and the temporary limit (临时额度), which the system hands out from time to time for particular kinds of spending.",
        "The main drivers are your Zhima Credit score, Alipay activity, repayment record, profile and income. The system keeps reassessing; good changes show up gradually, never overnight.",
      ],
      sources: [SEED_002],
    },
    repayment: {
      heading: "Repayment: no late bills",
      body: [
        "Paying your Huabei bill in full and on time matters most. Keep your other credit (Jiebei, credit cards) clean too, since it also shapes your credit assessment. The longer and cleaner your history, the better your chances of a raise.",
      ],
      tips: ["Turn on automatic repayment.", "Instalments can spread a large purchase, but check the fee first."],
      sources: [SEED_002, SEED_000],
      tools: ["calculator"],
    },
    debt: {
      heading: "Debt and applications",
      body: [
        "Frequent loan applications hurt your credit record, and asking for raises again and again can count against you and even lower the limit. High total debt and loans on many platforms make the system cautious as well.",
      ],
      tips: ["Apply only when you need to, not everywhere at once.", "Keep what you owe well within what your income covers."],
      sources: [SEED_002, SEED_000],
    },
    usage: {
      heading: "How you use Huabei",
      body: [
        "Using Huabei normally across different situations, such as shopping, meals, travel and entertainment, at different merchants, shows the system real and varied needs.",
        "But keep spending in line with your income. Overspending to earn a raise easily ends in late bills and growing debt.",
      ],
      tips: ["Use Huabei for small everyday purchases and clear the bill.", "Do not spend more on purpose to get a raise."],
      sources: [SEED_002],
    },
    ecosystem: {
      heading: "Being active in Alipay",
      body: [
        "Alipay carries Huabei, so your Alipay activity counts: in-store and online payments, utility bills, credit-card repayments, tickets, rides and food orders are all real use.",
        "Steady savings in Alipay's low-risk products also reflect your finances, but avoid moving money in and out quickly.",
      ],
      tips: ["Pay bills and credit cards through Alipay.", "Keep savings steady; do not move them in and out."],
      sources: [SEED_002, SEED_004],
    },
    profile: {
      heading: "Completing your profile",
      body: [
        "Real-name verification, a linked bank card, Zhima Credit authorisation, and your education, job and contact details all make your profile more complete. If your income has risen, let the profile show it.",
      ],
      tips: ["Add your education and job in Alipay.", "Make sure your real-name details match your ID."],
      sources: [SEED_002, SEED_000],
    },
    "credit-history": {
      heading: "Credit cards and other credit",
      body: [
        "Using credit products such as credit cards and Jiebei and repaying them well supports your Zhima score and overall assessment. What counts is paying in full and on time, not holding many products.",
      ],
      sources: [SEED_002, SEED_004],
    },
    events: {
      heading: "Huabei campaigns and raise challenges",
      body: [
        "Alipay runs occasional Huabei raise campaigns, \"raise challenges\" (提额挑战) and interest-free instalment offers; completing the tasks can bring a higher limit. Temporary limits are also common around shopping festivals.",
      ],
      tips: ["Look for campaign entries on the Huabei page.", "With interest-free offers, check exactly which charges are waived."],
      sources: [SEED_002, SEED_000],
    },
    restore: {
      heading: "After a cut",
      body: [
        "Find the cause: anything overdue, a long spell without use, cash-out or other rule-breaking use. Once the cause is dealt with, keep repaying on time, use Huabei normally and wait for the next assessment.",
        "If the limit seems unfair, ask Alipay's official customer service. They can advise based on your credit and usage but usually cannot change the limit themselves.",
      ],
      tips: ["Clear anything overdue first.", "Return to normal, moderate use.", "See the \"After a limit cut\" guide for more steps."],
      sources: [SEED_002],
    },
    avoid: {
      heading: "Traps to avoid",
      body: [
        "Huabei cash-out (套现) breaks the rules and can lead to a lower limit or a ban. Letting others use your Huabei creates credit risk for you. Asking for raises blindly and overspending both backfire.",
      ],
      tips: ["No cash-out.", "Do not lend your Huabei to anyone.", "Spend on what you actually need."],
      sources: [SEED_002],
    },
    scams: {
      heading: "Huabei scams",
      body: [
        "Typical ones: \"instant Huabei cash-out\", fake customer service saying \"your Huabei must be closed or upgraded, follow my steps\", and offers of an \"internal raise\". Alipay never asks you to transfer money, share your screen or give a verification code.",
      ],
      tips: ["Do not open unknown links.", "Check suspicious messages with the scam checker first."],
      sources: [SEED_002, SEED_004],
      tools: ["scamChecker"],
    },
    zhima: {
      heading: "Zhima Credit score",
      body: [
        "Your Zhima Credit (芝麻信用) score is closely tied to your Huabei limit. The usual ways to improve it: repay on time, complete your identity and profile, keep a steady spending record, and use credit services such as credit-based rentals or hotel stays and keep to their terms.",
        "The score is not something you can pump up: keeping your word, consistently, is what moves it.",
      ],
      tips: ["Pay every bill on time.", "Keep your details up to date.", "When you use credit services, return and pay as agreed."],
      sources: [SEED_002],
    },
    "temporary-limit": {
      heading: "Temporary limits",
      body: [
        "A temporary limit is issued by the system from time to time for particular spending needs. It has an expiry date and is withdrawn afterwards; whatever you used must still be repaid on time. It is not a raise of your base limit.",
        "Using a temporary limit sensibly and clearing it on time is a chance to show you repay; it is not a reason to spend more.",
      ],
      tips: ["Note when the temporary limit expires.", "Repay what you used before then."],
      sources: [SEED_002],
    },
  },
};
