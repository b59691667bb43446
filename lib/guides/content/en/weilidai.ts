import type { GuideContent } from "../types";
import { SEED_000, SEED_004 } from "../sources";

export const weilidai: GuideContent<"weilidai"> = {
  title: "Weilidai (微粒贷): whitelist invitations, preparing to open it, quarterly reviews, raises",
  description:
    "WeBank's invitation-only loan: first limits 3,000–20,000 yuan, up to 300,000, 0.02%–0.05% a day. How to prepare, raise it and avoid scams.",
  intro:
    "Weilidai is WeBank's personal loan inside WeChat and QQ: fully online, no collateral, interest by the day, borrow and repay any time, with limits up to 300,000 yuan. It works by whitelist invitation, so not everyone sees the entry. LimitWise has no connection with WeBank or Tencent; the figures below come from public articles, some from a single source, and we say which.",
  sections: {
    "how-it-works": {
      heading: "How Weilidai sets your limit",
      body: [
        "The system weighs many kinds of data and opens the entry to users who qualify. Once opened, most first limits are between 3,000 and 20,000 yuan, adjusted step by step with use, up to 300,000.",
        "Weilidai reports to the People's Bank of China credit system, so every loan appears on your credit report. Normal use does no harm, but frequent borrowing fills the report with entries.",
        "Daily rates are usually 0.02%–0.05%, which is about 7.3%–18.25% a year (daily rate × 365); the loan page shows your actual rate.",
      ],
      sources: [SEED_004],
      tools: ["calculator"],
    },
    repayment: {
      heading: "Repayment: on time, ideally a few days early",
      body: [
        "Weilidai charges interest by the day; you can repay at any time and early repayment carries no penalty. Set a reminder and repay on the morning of the due date or 3–5 days early, so a processing delay never makes you late by accident.",
        "Overdue interest is 1.5 times the agreed rate. If something unexpected stops you paying, call WeBank on 95184 and explain; they sometimes allow 1–3 days' grace, but there is no guarantee. Never dodge repayment: it damages your credit report and can end in court.",
      ],
      tips: ["Set a repayment reminder.", "Repay 3–5 days early.", "If you cannot pay, call 95184 yourself."],
      sources: [SEED_004],
      tools: ["calculator"],
    },
    debt: {
      heading: "Debt and how often to borrow",
      body: [
        "Frequent loans and inquiries can hurt your applications elsewhere. The source suggests treating Weilidai as a back-up for short-term needs, used no more than about six times a year, and going to a bank first for large sums.",
      ],
      tips: ["Borrow when you need to.", "Take large or long-term needs to a bank."],
      sources: [SEED_004, SEED_000],
    },
    usage: {
      heading: "A borrowing rhythm",
      body: [
        "For a first loan, about 30%–50% of the limit, repaid on time or early, is suggested. One article claims 68% of users who repaid within 7 days of their first loan got a raise within 3 months (a single source with no published method: treat it as a hint).",
        "Keep each loan for at least 7 days and use early repayment rather than borrowing and repaying on the same day, which may be logged as unusual. Pick the real purpose from the options offered, such as education, home furnishing or medical costs.",
        "The same article suggests both borrowing once or twice a month with rising amounts (30%, 50%, 70%) during the review period and staying under about six loans a year. These conflict; we pick the safer second one: a loan is real debt, and you do not need one every month to earn a raise.",
      ],
      tips: ["First loan: 30%–50% of the limit.", "Keep each loan at least 7 days.", "Never borrow and repay on the same day."],
      sources: [SEED_004],
      tools: ["calculator"],
    },
    ecosystem: {
      heading: "WeChat Pay and Licaitong",
      body: [
        "Use WeChat Pay for everyday spending (groceries, meals, utility bills), at least 15–20 payments a month; amounts can be small but should be real and varied. Repaying a credit card through WeChat Pay shows repayment ability directly.",
        "In Licaitong (理财通), low-risk products such as money-market funds with a monthly average balance of 10,000 yuan or more, built up by regular fixed investing for 3–6 months, say more than a one-off large deposit. Avoid money rushing in and out, which can trigger risk controls.",
      ],
      tips: ["Pay small everyday purchases with WeChat Pay.", "Keep a steady Licaitong balance; do not move it in and out."],
      sources: [SEED_004],
    },
    profile: {
      heading: "Profile and real name",
      body: [
        "Your WeChat or QQ real-name details must match your ID exactly; link an everyday bank card you have used for 3–6 months or more, keep the card's phone number the same as your WeChat number, and fill in your education and job.",
      ],
      tips: ["Check your real-name details.", "Use one phone number throughout.", "Link a long-used bank card."],
      sources: [SEED_004, SEED_000],
    },
    "credit-history": {
      heading: "Bank credit card record",
      body: [
        "Hold at least one bank credit card, use it normally for 6 months or more and pay in full on time; this traditional record is factored in indirectly. The source says users with a steady card-repayment record are 37% more likely to be offered Weilidai (a single source: treat it as a hint).",
      ],
      tips: ["Pay the card in full every month, ideally through WeChat Pay."],
      sources: [SEED_004],
    },
    events: {
      heading: "Campaigns and tiers",
      body: [
        "As elsewhere, there may be limit or rate campaigns around holidays, but Weilidai raises come mainly from the quarterly review, not campaigns. Notice them if they come; do not borrow to chase them.",
      ],
      sources: [SEED_000, SEED_004],
    },
    restore: {
      heading: "Recovering after overdue or a cut",
      body: [
        "Repay what you owe at once, then keep every payment on time. The source says users who were less than 30 days overdue, repaid in full and then paid on time for 6 months mostly saw their credit score return to 90% or more of its former level (a single source: treat it as a hint).",
        "Recovery takes time and usually moves with the quarterly reviews. Meanwhile avoid any new overdue, and do not keep checking the entry or applying.",
      ],
      tips: ["Repay in full first.", "Six months on time in a row.", "Wait for the quarterly review."],
      sources: [SEED_004],
    },
    avoid: {
      heading: "What to avoid",
      body: [
        "Never use Weilidai money to buy property or stocks; once detected, it freezes the limit. Changing devices often, checking the entry many times in a short spell, or forcing it open through unofficial channels can trigger risk controls and delay the invitation.",
      ],
      tips: ["Use the money for legitimate spending.", "Never pay anyone to \"force-open\" it."],
      sources: [SEED_004],
    },
    scams: {
      heading: "Weilidai scams",
      body: [
        "WeBank has made clear Weilidai cannot be opened through a link; \"invitation links from a friend\" are mostly scams, and third-party \"we open it for you\" services charge heavily and may steal your account and money. \"Limit raise\" and \"internal channel\" offers are common scripts too, and WeBank never asks you to transfer money to verify funds, for any reason.",
        "Apart from interest, Weilidai charges no fees; any other charge is a sign you may be dealing with an impostor. The only official entries are WeChat → Services → Wealth (微信—服务—金融理财) and QQ Wallet; never go in through search results or unknown links.",
      ],
      tips: ["Screenshot the rate before each loan.", "Turn on payment verification and review authorised devices regularly.", "Check suspicious messages with the scam checker first."],
      sources: [SEED_004],
      tools: ["scamChecker"],
    },
    invitation: {
      heading: "Whitelist invitations: when you cannot see the entry",
      body: [
        "Weilidai works by whitelist: the system opens the entry to users who qualify on many kinds of data. If you cannot see it, your overall score is probably not there yet; there is no need to force it through unofficial channels.",
        "Work on the points in this guide for 3–6 months, then look again. The source expects most users to open it and raise it step by step within 3–12 months, but nothing is guaranteed.",
      ],
      tips: ["The entry is in WeChat → Services → Wealth, or QQ Wallet.", "Checking once or twice a month is enough."],
      sources: [SEED_004],
    },
    "account-stability": {
      heading: "A stable account",
      body: [
        "Keep your account use steady: do not change your bound device often and do not check the Weilidai entry repeatedly in a short time. Once or twice a month is enough, and gives the system time to assess you.",
      ],
      tips: ["Stick to one phone.", "Remove authorised devices you no longer use."],
      sources: [SEED_004],
    },
    social: {
      heading: "Social connections (a weak signal)",
      body: [
        "One article claims the number of WeChat friends, whether they include high-credit users and whether you are in rule-breaking groups are part of the assessment, citing a few users who were invited after leaving such groups. The evidence is anecdotal, so we give it very little weight.",
        "Only one part is worth acting on: stay out of groups that look like they break the rules, which protects you anyway. There is no need to add friends or join groups for this.",
      ],
      sources: [SEED_004],
    },
    "evaluation-cycle": {
      heading: "The quarterly review (\"golden cycle\")",
      body: [
        "According to the source, the system reviews users once a quarter, so the \"golden cycle\" for a raise is usually 3 months. A steady borrow-and-repay rhythm and gradually growing Licaitong savings during that time are what the system favours.",
        "In practice: after you change something, wait at least one full quarter to see the result. Checking or applying often will not bring the review forward.",
      ],
      tips: ["Judge progress in 3-month steps.", "Avoid any overdue during the review period."],
      sources: [SEED_004],
    },
  },
};
