import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { checkMessage, overallRisk } from "./check";
import { SCAM_RULES } from "./rules";
import { SCAM_RULE_IDS, type ScamRuleId } from "./types";

/** Realistic messages per rule, with a passage that must be among the matches. */
const POSITIVES: Record<ScamRuleId, { text: string; snippet: string }[]> = {
  upfrontFee: [
    { text: "【恭喜】您的贷款5万元已审批通过，因您是首次借款，需先交1500元保证金才能放款，放款后原路退回。", snippet: "先交1500元保证金" },
    { text: "您好，您申请的借款需要缴纳工本费和会员费共计699元，缴纳后即可到账。", snippet: "缴纳后即可到账" },
    { text: "請先繳納保證金，才能下款", snippet: "先繳納保證金" },
    { text: "Your loan of ¥50,000 is approved. Please pay a refundable security deposit of ¥2,000 before the funds are released.", snippet: "security deposit" },
    { text: "Your loan will be disbursed once you pay the processing fee.", snippet: "disbursed once you pay" },
  ],
  verifyFunds: [
    { text: "系统检测到您的还款能力不足，需要往您的银行卡存入2万元验资，验证通过后马上放款。", snippet: "验资" },
    { text: "您的银行流水不达标，请转入5000元刷流水，10分钟后原路退回。", snippet: "刷流水" },
    { text: "验 资 后 放 款", snippet: "验 资" },
    { text: "To verify your funds, please transfer 10,000 yuan to the account below. It will be returned within an hour.", snippet: "verify your funds" },
  ],
  unfreezeFee: [
    { text: "您好，由于您填写的银行卡号有误，贷款资金已被冻结，需要缴纳解冻费3000元才能到账。", snippet: "银行卡号有误" },
    { text: "账户冻结了，交2000元解冻金马上给你放款", snippet: "解冻金" },
    { text: "Your account has been frozen because you entered the wrong bank card number. Pay an unfreezing fee of 800 to release the loan.", snippet: "wrong bank card number" },
  ],
  safeAccount: [
    { text: "为了您的资金安全，请把钱转到我们提供的安全账户。", snippet: "安全账户" },
    { text: "请将资金转入指定账户进行核验", snippet: "指定账户" },
    { text: "For your protection, move your savings to a safe account we will give you.", snippet: "safe account" },
  ],
  internalChannel: [
    { text: "我们有内部渠道，可以帮你把借呗额度从2万提到10万，名额有限。", snippet: "内部渠道" },
    { text: "內部名額，花唄提額，後台操作，秒到", snippet: "內部名額" },
    { text: "提额请加V：xxx，内 部 通 道", snippet: "内 部 通 道" },
    { text: "We have an internal channel at Ant that can raise your Jiebei limit to 100k within a day.", snippet: "internal channel" },
  ],
  paidOpening: [
    { text: "专业代开微粒贷，包开通，不成功不收费，开通后收取额度的10%作为服务费。", snippet: "包开通" },
    { text: "网商贷强开，百分百下款", snippet: "强开" },
    { text: "Guaranteed approval! We can activate Weilidai for you for a small fee.", snippet: "Guaranteed approval" },
  ],
  inviteLink: [
    { text: "【微粒贷】您已获得微粒贷开通资格，点击专属邀请链接 http://wld-vip.example 立即激活，最高额度20万。", snippet: "专属邀请链接" },
    { text: "朋友给我发了一个网商贷邀请码，说扫码就能开通", snippet: "网商贷邀请码" },
    { text: "微粒代开通链接，私我", snippet: "微粒代开通链接" },
    { text: "Here is your WeBank Weilidai invitation link: http://xx.example — open it to get your 200k limit.", snippet: "Weilidai invitation link" },
  ],
  fakeSupport: [
    { text: "您好，我是支付宝客服，检测到您的借呗利息过高，不符合监管要求，我们可以帮您降低利息并退还多收的利息。", snippet: "退还多收的利息" },
    { text: "专业征信修复，逾期记录删除，三天见效", snippet: "征信修复" },
    { text: "我可以帮您把利率下调到年化7%，只需要您配合操作一下。", snippet: "帮您把利率下调" },
    { text: "I'm calling from customer service. We can lower your interest rate and refund the excess interest you paid.", snippet: "lower your interest" },
  ],
  cancelStudentAccount: [
    { text: "您好，我是银保监会工作人员，您大学期间开通过校园贷账户，现在需要注销，否则会影响您的征信。", snippet: "校园贷" },
    { text: "您在大学时开通的学生账户还没有注销，按照规定需要注销。", snippet: "学生账户还没有注销" },
    { text: "This is the financial regulator. Your old student loan account was never cancelled and will affect your credit.", snippet: "never cancelled" },
  ],
  secretsRequest: [
    { text: "为了核实身份，请把您手机收到的验证码告诉我。", snippet: "验证码告诉" },
    { text: "麻烦报一下银行卡密码和短信验证码，我这边给您操作退款", snippet: "报一下银行卡密码" },
    { text: "Please send me the verification code you just received so I can process the refund.", snippet: "send me the verification code" },
  ],
  screenShare: [
    { text: "请下载腾讯会议，开启屏幕共享，我一步步指导您操作。", snippet: "屏幕共享" },
    { text: "Please install AnyDesk and share your screen so our agent can help you.", snippet: "share your screen" },
  ],
  offPlatformApp: [
    { text: "扫码下载我们的贷款APP，安装时请在设置里信任企业级开发者。", snippet: "信任企业级开发者" },
    { text: "Download the loan app from this link: loan-fast.apk", snippet: ".apk" },
  ],
  cashOut: [
    { text: "花呗套现，秒到账，费率低", snippet: "套现" },
    { text: "Cash out your Huabei limit today, 3% fee.", snippet: "Cash out your Huabei" },
  ],
  impersonation: [{ text: "我是支付宝客服，您的借款需先交500元保证金才能放款。", snippet: "我是支付宝客服" }],
  pressure: [{ text: "内部名额有限，请立即联系办理提额", snippet: "立即" }],
  creditThreat: [{ text: "您的校园贷账户需要注销，否则将影响您的征信", snippet: "影响您的征信" }],
};

/** Honest texts that must not be flagged at all. */
const NEGATIVES = [
  "您的验证码为482913，5分钟内有效，请勿泄露给他人。",
  "【支付宝】您的花呗本月账单已出，本期应还532.10元，请于10日前还款，逾期将影响您的个人征信。",
  "我的借呗额度提升了，从2万涨到了3万，好开心。",
  "今天用支付宝交了电费，顺便买了点理财。",
  "我们公司内部培训下周开始，请大家准时参加。",
  "分期手续费每期0.6%，共12期，提前还款不收违约金。",
  "微粒贷的入口在微信钱包里，没有就说明还没被邀请。",
  "淘宝退款已原路退回到您的支付宝账户。",
  "微众银行绝不会以任何理由要求用户转账验资。",
  "正规平台放款前不会收取任何费用，凡是要求先交保证金的都是诈骗。",
  "提醒：凡是自称客服要你注销校园贷的电话都是诈骗。",
  "您的借款申请已提交，请耐心等待审核结果，我们不会以任何名义收取前期费用。",
  "明天用腾讯会议开会，记得准时进入会议室。",
  "您在支付宝完成实名认证即可借款。",
  "房东要求先交押金再入住。",
  "我想取消视频会员的自动续费。",
  "今天央行降息了，房贷利率会下降吗？",
  "央行降低利率，对贷款利率有影响吗？",
  "信用卡取现有手续费，建议少用。",
  "借呗提现到银行卡一般几分钟到账。",
  "请使用验证码登录，验证码已发送至您的手机。",
  "我是支付宝客服，请问有什么可以帮您？",
  "Your verification code is 482913. Never share it with anyone, including our staff.",
  "Your Huabei bill for this month is ready. Please repay by the 10th.",
  "Please pay your bill before the due date to avoid late fees.",
  "We will never ask you for fees before the loan is paid out.",
  "Repaying on time helps your credit; missing a payment may affect your credit record.",
  "",
  "   ",
];

describe("checkMessage: every rule has realistic positives", () => {
  it("covers every rule id", () => {
    expect(Object.keys(POSITIVES).sort()).toEqual([...SCAM_RULE_IDS].sort());
    expect(SCAM_RULES.map((r) => r.id).sort()).toEqual([...SCAM_RULE_IDS].sort());
  });

  for (const ruleId of SCAM_RULE_IDS) {
    for (const { text, snippet } of POSITIVES[ruleId]) {
      it(`${ruleId}: ${text.slice(0, 40)}`, () => {
        const findings = checkMessage(text);
        const finding = findings.find((f) => f.ruleId === ruleId);
        expect(finding, `expected ${ruleId} in ${JSON.stringify(findings.map((f) => f.ruleId))}`).toBeDefined();
        expect(finding!.matches.some((m) => m.text.includes(snippet))).toBe(true);
        for (const m of finding!.matches) expect(text.slice(m.start, m.end)).toBe(m.text);
        expect(overallRisk(findings)).not.toBe("none");
      });
    }
  }
});

describe("checkMessage: innocent texts", () => {
  for (const text of NEGATIVES) {
    it(`not flagged: ${JSON.stringify(text.slice(0, 40))}`, () => {
      expect(checkMessage(text)).toEqual([]);
      expect(overallRisk(checkMessage(text))).toBe("none");
    });
  }
});

describe("checkMessage: shape and ordering", () => {
  it("reports rule id, severity, offsets and message keys", () => {
    const text = "您好，我是客服。请先交1000元保证金，立即到账。";
    const findings = checkMessage(text);
    const fee = findings.find((f) => f.ruleId === "upfrontFee");
    expect(fee).toMatchObject({
      severity: "high",
      supporting: false,
      messages: {
        title: "rules.upfrontFee.title",
        explanation: "rules.upfrontFee.explanation",
        officialDo: "rules.upfrontFee.officialDo",
        officialDont: "rules.upfrontFee.officialDont",
      },
    });
    expect(fee!.matches[0]).toEqual({ start: text.indexOf("先交"), end: text.indexOf("，立即"), text: "先交1000元保证金" });
    // most severe first
    expect(findings[0]!.severity).toBe("high");
    expect(findings.at(-1)!.supporting).toBe(true);
  });

  it("supporting signals alone are not reported", () => {
    expect(checkMessage("我是支付宝客服，请立即处理，否则影响征信")).toEqual([]);
  });

  it("overlapping matches of one rule are merged", () => {
    const f = checkMessage("先交保证金才能放款").find((x) => x.ruleId === "upfrontFee");
    expect(f!.matches).toHaveLength(1);
  });

  it("overallRisk: one medium rule is medium, two rules are high", () => {
    expect(overallRisk(checkMessage("花呗套现，秒到账"))).toBe("medium");
    expect(overallRisk(checkMessage("花呗套现，扫码下载APP，安装时信任企业级开发者"))).toBe("high");
  });
});

describe("properties", () => {
  it("offsets always point into the original text", () => {
    const pieces = fc.constantFrom("验资", "保证金", "先交", "放款", "内部", "渠道", "，", " ", "\u200b", "code", "send me", "a", "贷", "冻结", "。");
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), (parts) => {
        const text = parts.join("");
        for (const f of checkMessage(text)) {
          for (const m of f.matches) {
            expect(m.start).toBeGreaterThanOrEqual(0);
            expect(m.end).toBeLessThanOrEqual(text.length);
            expect(m.start).toBeLessThan(m.end);
            expect(text.slice(m.start, m.end)).toBe(m.text);
          }
        }
      }),
    );
  });

  it("spaces, zero-width characters or full-width forms between characters do not hide a Chinese pattern", () => {
    const base = "先交保证金才能放款";
    const separator = fc.constantFrom(" ", "  ", "\u200b", "\u3000", "*", "·");
    fc.assert(
      fc.property(fc.array(separator, { minLength: base.length - 1, maxLength: base.length - 1 }), (seps) => {
        const text = [...base].map((ch, i) => ch + (seps[i] ?? "")).join("");
        expect(checkMessage(text).map((f) => f.ruleId)).toContain("upfrontFee");
      }),
    );
  });

  it("never throws on arbitrary input", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 500 }), (text) => Array.isArray(checkMessage(text))));
  });
});
