import type { GuideContent } from "../types";
import { SEED_000, SEED_001, SEED_002, SEED_003, SEED_004 } from "../sources";

export const general: GuideContent<"general"> = {
  title: "Online loan limits in China: how lenders set them, what cuts them, how to recover",
  description:
    "Online lenders review limits by system. On-time repayment, moderate debt, normal use and a full profile help; overdue, many lenders and cash-out hurt.",
  intro:
    "Nobody \"approves\" an online credit limit by hand: the lender's risk system calculates it from your repayments, debts, habits and profile, and recalculates it from time to time. This guide explains what the system looks at, what helps, what hurts, and how to recover after a cut. We are not affiliated with any lender; this is a summary of public articles and an estimate of direction, not a credit report.",
  sections: {
    "how-it-works": {
      heading: "How lenders set your limit",
      body: [
        "Most online lenders use data-driven risk models. The system keeps watching your repayment record, debts, usage and profile, and reassesses you periodically or when your data changes. If you keep looking better, it may raise the limit on its own; if your risk rises, it may cut it just as automatically.",
        "So there is no shortcut: what you can do is make the picture the system sees steadier and more reliable. Customer service usually cannot override the system's result.",
      ],
      tips: ["Treat the limit as an outcome, not a goal: sort out repayments and debt first.", "Read the hints on the limit page of the official app; that is the lender talking to you directly."],
      sources: [SEED_000, SEED_003],
    },
    repayment: {
      heading: "On-time repayment comes first",
      body: [
        "Paying every instalment on time, or early, is the signal lenders value most. Even one or two days late can leave a record and change how a lender sees you.",
        "If you have an overdue balance right now, put everything else aside and clear it. Until that is done, nothing else counts.",
      ],
      tips: [
        "Link your everyday bank card and turn on automatic repayment.",
        "Repay on the morning of the due date or a few days before, so the bank has time to process it.",
        "If you cannot pay, contact official customer service early instead of going silent.",
      ],
      sources: [SEED_000, SEED_001, SEED_004],
      tools: ["calculator"],
    },
    debt: {
      heading: "Debt and loan applications",
      body: [
        "Lenders look at how much you owe in total and how that compares with your income. Borrowing from many lenders at once (多头借贷) or owing far more than your income covers makes the system see higher risk; even with every payment on time, it may then hold back raises or cut the limit.",
        "Frequent loan applications and repeated limit-raise requests leave many inquiries on your credit report, which also counts against you.",
        "Know the price before you borrow: a typical daily rate of 0.02%–0.05% is 7.3%–18.25% a year, and overdue interest is usually 1.5 times the agreed rate.",
      ],
      tips: ["Pay off small scattered loans first and borrow from fewer lenders.", "Do not apply for a loan just to see what limit you would get."],
      sources: [SEED_000, SEED_002, SEED_004],
      tools: ["calculator"],
    },
    usage: {
      heading: "How to use a credit line",
      body: [
        "Lenders want to see a line that is used normally and repaid on time. A line that is never used may be taken back; a single loan followed by silence tells the system little.",
        "The way you borrow matters too: keep each loan for at least 7 days, repay 3–5 days early rather than on the day, and avoid borrowing and repaying on the same day, which can look like limit-brushing. For a first loan, about 30%–50% of the limit is a safe size.",
        "How often? One article suggests one or two loans a month during the review period; the same article also suggests no more than about six a year to keep credit-report inquiries light. We lean to the lighter path: borrow when you need to, a handful of times a year, because every loan is real debt.",
      ],
      tips: ["Borrow small amounts for real needs and repay on time or early.", "Never borrow and repay on the same day.", "Never borrow more just to raise the limit."],
      sources: [SEED_000, SEED_001, SEED_004],
      tools: ["calculator"],
    },
    ecosystem: {
      heading: "Everyday use of the host platform",
      body: [
        "All-in-one platforms such as Alipay and WeChat look beyond loans: they see whether you pay, settle bills and save with them. Real, varied everyday transactions tell the system about your spending power and how settled your life is.",
        "The key word is real: moving money back and forth to create activity, or money rushing in and out of savings, can trigger risk controls instead.",
      ],
      tips: ["Use one platform for shopping, utility bills and credit-card repayments.", "If you have savings, keep a steady balance in the platform's low-risk products rather than moving it often."],
      sources: [SEED_000, SEED_002, SEED_004],
    },
    profile: {
      heading: "A complete, truthful profile",
      body: [
        "Real-name verification, a face check, a bound everyday bank card and consistent phone numbers are the basic building blocks of trust. The more complete and truthful your education, job and income details, the more the system has to go on.",
        "A stable job (civil service, a public institution, a large company) with social insurance and a housing fund is a strong repayment source in lenders' eyes. After a pay rise or a better job, update your details.",
      ],
      tips: ["Check that your real name, bank card and phone number match.", "Update your profile when your income or job changes."],
      sources: [SEED_000, SEED_001, SEED_002, SEED_004],
    },
    "credit-history": {
      heading: "Bank credit cards and other credit",
      body: [
        "A bank credit card used for months and paid in full on time is a convincing credit record; one article suggests at least 6 months of normal use. Such records may not feed a given lender's model directly, but they reflect your overall creditworthiness.",
      ],
      tips: ["If you have a card, pay it in full every month.", "Do not open many cards just to build a record."],
      sources: [SEED_002, SEED_004],
    },
    events: {
      heading: "Raise campaigns and member tiers",
      body: [
        "Lenders run limited-time raises, raise coupons (提额券) and task campaigns around 618, Singles' Day (11.11), Spring Festival and National Day, usually for a subset of users. Higher member tiers sometimes get raises more easily.",
        "Taking part is fine, but do not borrow or spend more just to complete a task.",
      ],
      tips: ["Watch the notices and campaign pages in the official app.", "A higher limit from a campaign is not a reason to borrow that much."],
      sources: [SEED_000, SEED_002],
    },
    restore: {
      heading: "Getting a cut limit back",
      body: [
        "Find the cause first: check the limit page of the official app for a hint. Common causes are overdue payments, a dormant line, high debt and non-compliant use of funds, but regulation or platform policy can also be behind it.",
        "Then deal with the cause: clear anything overdue and keep paying on time, use the line normally, bring debt down, and update income and asset proof. In most cases it takes several months before the system looks again.",
      ],
      tips: ["Clear overdue balances first.", "Then pay on time for at least six months.", "See the \"After a limit cut\" guide for the step-by-step plan."],
      sources: [SEED_001, SEED_003, SEED_004],
    },
    avoid: {
      heading: "What never to do",
      body: [
        "Cash-out (套现), letting someone else use your account, and using loans to buy property or stocks all break lenders' rules; the result ranges from a cut to a freeze or a ban.",
        "And do not borrow more to \"raise the limit\". A higher limit is not the goal; more debt only makes repaying harder.",
      ],
      tips: ["No cash-out, no lending your account.", "Use loans only for permitted spending or business.", "Borrow within what you can repay."],
      sources: [SEED_001, SEED_002, SEED_004],
    },
    scams: {
      heading: "Limit-raise and activation scams",
      body: [
        "\"Internal channel\" raises, paid activation, invitation links, \"pay a deposit and we release the loan\", \"transfer money to verify your funds\": all scams. Real lenders set limits by system, charge nothing before paying out, and never ask you to transfer money to prove anything.",
        "If a message worries you, paste it into our scam checker.",
      ],
      tips: ["Never tell anyone your verification code or password.", "Borrow and repay only inside the official app."],
      sources: [SEED_004],
      tools: ["scamChecker"],
    },
  },
};
