/**
 * The scam rule set.
 *
 * Each rule is a list of regular expressions over a normalised view of the
 * message (see `normalize.ts`): `zh` patterns run on the compact view (no
 * spaces, simplified characters), `en` patterns on the spaced view. Patterns
 * stay inside one clause (gaps never cross ， 。 ！ ？ ； ： or a newline),
 * so unrelated sentences do not combine into a false alarm.
 *
 * Sources for the patterns: the warnings in seed 004 (invitation links, paid
 * "代开" services, "内部渠道", transfers to "验资"; official channels never ask
 * for transfers) and the common loan-fraud scripts published in public
 * anti-fraud campaigns (upfront fees, unfreezing fees after a "wrong card
 * number", fake customer service offering to cancel student accounts, lower
 * interest or repair credit, screen sharing and SMS-code requests).
 *
 * To add a rule: add its id to `SCAM_RULE_IDS` (types.ts), its patterns here,
 * its texts in both `scam.json` files, and positive and negative examples to
 * `check.test.ts`. The message-key test fails until all four exist.
 */

import type { ScamRuleId, ScamSeverity } from "./types";

export type PatternView = "zh" | "en";

export interface ScamPattern {
  view: PatternView;
  re: RegExp;
  /** When set, this pattern only counts if the context also matches somewhere in the message (compact view). */
  context?: RegExp;
}

export interface ScamRule {
  id: ScamRuleId;
  severity: ScamSeverity;
  supporting?: boolean;
  /** When set, the rule only fires if this also matches somewhere in the message (compact view). */
  context?: RegExp;
  /** Skip the negation-before guard: for scripts where the negation IS the lie ("your student account was never cancelled"). */
  ignoreNegation?: boolean;
  patterns: ScamPattern[];
}

/** Characters that end a clause in the normalised views (NFKC turns ，！？；： into ASCII). */
export const CLAUSE_BOUNDARY_ZH = ",。!?;:\\n";
export const CLAUSE_BOUNDARY_EN = ".,!?;:\\n。";

/** Up to n characters inside one clause (compact view). */
const g = (n: number): string => `[^${CLAUSE_BOUNDARY_ZH}]{0,${n}}`;
/** Up to n characters inside one clause (spaced view). */
const e = (n: number): string => `[^${CLAUSE_BOUNDARY_EN}]{0,${n}}`;

const zh = (source: string, context?: RegExp): ScamPattern => ({ view: "zh", re: new RegExp(source, "gu"), ...(context ? { context } : {}) });
const en = (source: string, context?: RegExp): ScamPattern => ({ view: "en", re: new RegExp(source, "giu"), ...(context ? { context } : {}) });

/** The message is about borrowing at all (checked on the compact view, so English words appear without spaces). */
export const LOAN_CONTEXT = /贷|借款|借钱|放款|下款|到账|额度|提额|借呗|花呗|微粒|网商|分期|还款|loan|credit|borrow|lend|limit|disburse/u;

/** Paying verbs; lookaheads keep 支付宝, 交易, 转发 … from counting as "pay". */
const PAY = "(?:缴纳|缴|交(?!易|通|流|友|给)|支付(?!宝)|付(?!宝|款码)|转账|转(?!发|告|让|正)|汇(?!总|率))";
/** Fees that have no place before a loan is paid out (手续费/服务费 are left out: honest loans quote them too). */
const FEE_NAMES =
  "(?:保证金|押金|诚意金|会员费|工本费|审核费|激活费|开户费|公证费|担保费|材料费|包装费|刷流水费|流水费|认证费|放款费|通道费|解冻费)";
const RELEASE = "(?:放款|下款|到账|提现|出款|打款|放贷|审批|批款|借款)";
const CODE_WORDS = "(?:验证码|动态码|校验码|短信码|支付密码|登录密码|银行卡密码|取款密码|密码|cvv|安全码)";
const EN_CODE = "(?:verification code|security code|sms code|otp|one[- ]time (?:pass)?code|passcode|password|pin|cvv)";
/** The invitation-only products, with the look-alike characters used to slip past filters. */
const INVITE_ONLY = "(?:微粒[贷代袋岱]|网商[贷代袋岱])";
const EN_INVITE_ONLY = "(?:weilidai|wei li dai|mybank|my bank loan|wangshangdai|webank)";

export const SCAM_RULES: readonly ScamRule[] = [
  {
    id: "upfrontFee",
    severity: "high",
    patterns: [
      zh("前期费用?|预付(?:费用?|款)|砍头息"),
      zh(`(?:先|提前|预先|事先|需先|要先)${PAY}${g(8)}(?:费|保证金|押金|诚意金|利息|会员)`),
      zh(`(?:手续费|服务费|保证金|押金|利息|会员费)(?:需要?|要|得|必须)?(?:先|提前|预先)${PAY}`),
      zh(`${RELEASE}(?:之?前)${g(8)}${PAY}`),
      zh(`${PAY}${g(12)}(?:才能|才可以?|方可|即可|就能|就可以|后才能?)${g(4)}${RELEASE}`),
      zh(`${PAY}${g(6)}${FEE_NAMES}`),
      en(`\\b(?:upfront|up-front|advance|advanced) (?:fee|payment|deposit|charge)s?\\b`),
      en(`\\b(?:security|guarantee|refundable|insurance|processing|registration|release) (?:deposit|fee)s?\\b`),
      en(`\\b(?:pay|transfer|deposit|send)\\b${e(40)}\\b(?:before|prior to)\\b${e(30)}\\b(?:loan|disburs\\w*|releas\\w*|payout|funds?|money)\\b`),
      en(`\\b(?:released|disbursed|credited|paid out|sent)\\b${e(20)}\\b(?:after|once|as soon as) (?:you )?(?:pay|paying|transfer|deposit)`),
      en(`\\b(?:pay|paying|transfer|deposit)\\b${e(40)}\\b(?:first|in advance|upfront)\\b`),
    ],
    context: LOAN_CONTEXT,
  },
  {
    id: "verifyFunds",
    severity: "high",
    patterns: [
      zh("验资|验证资金|资金验证|验证(?:你的|您的)?(?:还款)?实力"),
      zh(`(?:证明|验证)${g(4)}还款能力`),
      zh("(?:刷|做|补|包装|美化)(?:银行)?流水|流水(?:不足|不够|不达标|太少|不合格|未达标)"),
      en(`\\bverif(?:y|ying|ication of) (?:your )?(?:funds|balance|repayment (?:ability|capacity))\\b`),
      en(`\\bproof of funds\\b`),
      en(`\\b(?:show|prove|demonstrate|verify) (?:your )?(?:repayment|financial) (?:ability|capacity|strength)\\b`),
      en(`\\b(?:boost|improve|pad|build up) (?:your )?(?:bank )?(?:statement|transaction history|cash flow)s?\\b`),
    ],
  },
  {
    id: "unfreezeFee",
    severity: "high",
    patterns: [
      zh("解冻(?:费|金)"),
      zh(`${PAY}${g(8)}解冻|解冻${g(8)}(?:需要?|要|必须|得)${g(4)}${PAY}`),
      zh(`冻结${g(12)}${PAY}${g(8)}(?:费|金|元|块)`),
      zh(`(?:卡号|银行卡号?|账号|账户信息|收款账户)(?:填写?|输入|绑定)?(?:错误|有误|错了|不一致|不正确)`, /冻结|解冻|放款|到账|贷/u),
      en(`\\bunfreez\\w*${e(40)}\\b(?:fee|pay|payment|deposit|transfer)\\b`),
      en(`\\b(?:pay|transfer|deposit)\\b${e(40)}\\bunfreez\\w*`),
      en(`\\bfrozen\\b${e(40)}\\b(?:pay|fee|deposit|transfer)\\b`),
      en(`\\bwrong (?:bank )?(?:card|account) (?:number|details|info\\w*)\\b`),
    ],
  },
  {
    id: "safeAccount",
    severity: "high",
    patterns: [
      zh("安全账[户号]"),
      zh(`(?:转|汇|打|存|充)(?:账|款|钱)?(?:到|至|入|进)${g(6)}(?:指定|安全|监管|专用|核查|验证|保管)(?:账户|账号|卡)`),
      zh("(?:指定|监管|核查|保管|专用)(?:账户|账号)"),
      en(`\\b(?:safe|secure|safety|supervis\\w*|verification|holding|escrow) account\\b`),
      en(`\\b(?:transfer|move|send|deposit|wire)\\b${e(40)}\\b(?:designated|personal|specified) account\\b`),
    ],
  },
  {
    id: "internalChannel",
    severity: "high",
    patterns: [
      zh("内部(?:渠道|名额|通道|关系|口子|资源|人员|操作|提额|额度|链接|系统)"),
      zh("后台(?:提额|调额|操作|开通|提升|修改|改额度?|放款)"),
      zh("(?:特殊|专属|特别)(?:渠道|通道)|绿色通道|技术(?:提额|开通)"),
      zh(`(?:拉|加|进|入|导入|录入|开)${g(2)}白名单`),
      en(`\\b(?:internal|insider|special|vip|backdoor|back[- ]door|secret) (?:channel|quota|access|route|link|contact)s?\\b`),
      en(`\\b(?:backend|back[- ]end|system) (?:increase|adjust\\w*|activation|approval)\\b`),
      en(`\\b(?:add|put) (?:you|your account) (?:on|to|into) (?:the |a )?whitelist\\b`),
    ],
  },
  {
    id: "paidOpening",
    severity: "high",
    patterns: [
      zh("(?<!微粒|网商)代开(?!发票|票|证明)(?:通)?|代办(?:开通|提额|贷款|网贷|额度)"),
      zh("包(?:开通|下款|过|提额|通过|放款|批)"),
      zh("强开|强制开通|破解(?:入口|额度)"),
      zh(`(?:付费|收费|有偿)${g(2)}(?:开通|提额|激活|开户)|开通费|提额费`),
      zh("(?:保证|确保|百分百|100%)(?:开通|下款|提额|通过|放款|批)"),
      en(`\\bguarantee\\w* (?:approval|activation|(?:a |your )?loan|limit increase|to be approved)\\b`),
      en(`\\b(?:paid|fee[- ]based) (?:activation|opening|limit increase)\\b`),
      en(`\\bactivation (?:service|fee)s?\\b`),
      en(`\\bforce[- ]?(?:open|activat)\\w*`),
      en(`\\b(?:we|i) (?:can|will) (?:activate|open|unlock|increase|raise)\\b${e(40)}\\bfor (?:a |the )?(?:fee|small fee|charge|¥|\\d)`),
    ],
  },
  {
    id: "inviteLink",
    severity: "high",
    patterns: [
      zh(`${INVITE_ONLY}${g(16)}(?:邀请链接|邀请码|开通链接|专属链接|链接|二维码|扫码)`),
      zh(`(?:邀请链接|邀请码|开通链接|专属链接|点击链接|扫码|二维码)${g(16)}${INVITE_ONLY}`),
      zh(`(?:额度|贷款|借款|提额|开通)${g(6)}邀请链接|邀请链接${g(10)}(?:额度|贷款|借款|开通|提额)`),
      zh("(?:专属|开通|激活|提额)?(?:邀请|开通|激活)链接", /微粒|网商|贷|额度|借/u),
      zh(`(?:点击|打开|访问|复制)${g(6)}(?:链接|网址)${g(24)}(?:激活|开通|领取|提额)`, /微粒|网商|贷|额度|借/u),
      en(`\\b${EN_INVITE_ONLY}\\b${e(40)}\\b(?:invit\\w*|link|qr code|referral code)\\b`),
      en(`\\b(?:invit\\w*|link|qr code|referral code)\\b${e(40)}\\b${EN_INVITE_ONLY}\\b`),
      en(`\\b(?:invitation|invite|referral|activation) (?:link|code)\\b${e(40)}\\b(?:loan|credit|limit|activate|open)`),
    ],
  },
  {
    id: "fakeSupport",
    severity: "high",
    patterns: [
      zh(`(?:帮|为|给|替)(?:你|您)${g(4)}(?:降低?|减免?|下调)${g(4)}(?:利息|利率|息费|费用)`),
      zh(`(?:帮|为|给|替)(?:你|您)${g(4)}(?:利息|利率|息费)${g(4)}(?:降|减|下调|调低)`),
      zh("降低(?:你的|您的)(?:利息|利率)|降低利息|减免(?:利息|罚息|息费)"),
      zh(`利[息率](?:过高|太高|超标|违规|不合规)${g(10)}(?:退|降|减)`),
      zh("退(?:还|回)?(?:多收的?|部分|超出的?)?(?:利息|息费|会员费|保险费|服务费)|退息"),
      zh("征信(?:修复|洗白|修改|消除|恢复|处理)"),
      zh(`(?:修复|洗白|消除|删除|撤销|清除|抹掉|去掉)${g(4)}(?:征信|逾期记录|不良记录|逾期)`),
      zh("停息挂账|(?:代理|帮你|帮您|代)协商(?:还款|减免|停息|分期)?|(?:代理|代)申请(?:减免|停息|分期|延期)"),
      zh(`(?:取消|关闭|退订)${g(4)}(?:百万保障|金融会员|贷款会员|借款会员|自动扣费|扣费服务|保险服务)`),
      en(`\\b(?:lower|reduce|cut|decrease) (?:your )?(?:interest|rate|fees?)\\b`),
      en(`\\brefund (?:of )?(?:your )?(?:interest|fees?|overcharge\\w*|excess interest)\\b|\\b(?:interest|fee) refund\\b`),
      en(`\\bcredit (?:repair|fix\\w*|clean\\w*|restoration|cleanup)\\b`),
      en(`\\b(?:repair|fix|clean|clear|erase|remove|delete) (?:your )?(?:credit(?: record| report| history)?|overdue (?:record|history)|bad record)s?\\b`),
      en(`\\bcancel (?:your )?(?:membership|insurance|auto[- ]?(?:renewal|debit)|subscription)\\b`),
    ],
  },
  {
    id: "cancelStudentAccount",
    severity: "high",
    ignoreNegation: true,
    patterns: [
      zh("校园贷|学生(?:账户|账号|贷款?)|大学生(?:账户|贷款?)", /注销|关闭|清除|消除/u),
      zh(`(?:注销|关闭|清除|消除|取消)${g(6)}(?:校园贷|学生(?:账户|账号|贷款?|身份|认证)|大学生(?:账户|贷款?))`),
      zh(`(?:校园贷|学生(?:账户|账号|贷款?))${g(10)}(?:注销|关闭|未注销|没注销|没有注销|清除)`),
      zh(`学生身份${g(10)}(?:影响征信|不合规|违规)`),
      en(`\\b(?:cancel|close|deactivate|delete)\\b${e(20)}\\b(?:student|campus) (?:account|loan|status)s?\\b`),
      en(`\\b(?:student|campus) (?:account|loan)s?\\b${e(50)}\\b(?:cancel\\w*|close\\w*|deactivat\\w*)\\b`),
    ],
  },
  {
    id: "secretsRequest",
    severity: "high",
    patterns: [
      zh(
        `(?:提供|告诉|告知|报(?:给|一下)|念(?:给|一下)|读(?:给|一下)|说出|截图|转发|发给?(?:我|客服|他|对方|工作人员)|发送给?(?:我|客服|他|对方|工作人员))${g(10)}${CODE_WORDS}`,
      ),
      zh(`${CODE_WORDS}${g(6)}(?:发给|发送给|发我|告诉|报给|提供给|截图给|念给|读给|转发给)`),
      en(`\\b(?:send|give|tell|share|read|forward|provide)\\b${e(25)}\\b${EN_CODE}\\b`),
      en(`\\b${EN_CODE}\\b${e(25)}\\b(?:to me|to us|to our (?:agent|staff|team|officer)|with me|with us)\\b`),
    ],
  },
  {
    id: "screenShare",
    severity: "high",
    patterns: [
      zh("(?:屏幕|桌面|手机)共享|共享(?:屏幕|桌面)|远程(?:协助|控制|操作|桌面)"),
      zh(`(?:下载|安装|打开|进入|加入)${g(8)}(?:腾讯会议|zoom|钉钉会议|向日葵|todesk|anydesk|teamviewer|会议软件|会议app)`),
      en(`\\bscreen[- ]?shar\\w*|\\bshare (?:your )?(?:phone )?screen\\b`),
      en(`\\bremote (?:access|control|desktop|assistance)\\b`),
      en(`\\b(?:download|install|open|join)\\b${e(30)}\\b(?:anydesk|teamviewer|zoom|rustdesk|todesk)\\b`),
    ],
  },
  {
    id: "offPlatformApp",
    severity: "medium",
    patterns: [
      zh(`(?:扫码|点击链接|通过链接|打开链接|复制链接)${g(8)}(?:下载|安装|注册)`),
      zh(`\\.apk|安装包|(?:非|不在)应用(?:商店|市场)|信任${g(6)}(?:开发者|证书)|描述文件`),
      en(`\\.apk\\b`),
      en(`\\b(?:download|install)\\b${e(30)}\\b(?:from|via|using) (?:this|the|our|my) (?:link|qr code)\\b`),
      en(`\\btrust (?:the )?(?:enterprise )?developer\\b|\\bconfiguration profile\\b`),
    ],
    context: LOAN_CONTEXT,
  },
  {
    id: "cashOut",
    severity: "medium",
    patterns: [
      zh("套现|额度变现|(?:花呗|白条)(?:提现|取现|兑现|变现)|代还信用卡|信用卡代还"),
      en(`\\bcash[- ]?out\\b${e(30)}\\b(?:huabei|credit|limit|card|jiebei)\\b`),
      en(`\\b(?:huabei|credit limit)\\b${e(20)}\\b(?:into cash|to cash|cash[- ]?out)\\b`),
    ],
  },
  {
    id: "impersonation",
    severity: "low",
    supporting: true,
    patterns: [
      zh(`(?:我是|我们是|这里是|本人是)${g(8)}(?:客服|工作人员|专员|经理|官方|银保监|金融监管|公安|警官|警察|法院)`),
      zh("(?:支付宝|蚂蚁|微众|网商银行|微粒贷|借呗|花呗|银保监会?|金融监管总?局)(?:官方)?(?:客服|专员|工作人员)"),
      en(`\\b(?:this is|i am|i'm|we are|calling from)\\b${e(30)}\\b(?:customer service|support|official|regulator|police|bank)\\b`),
    ],
  },
  {
    id: "pressure",
    severity: "low",
    supporting: true,
    patterns: [
      zh("立即|马上|立刻|尽快|今天之?内|\\d+(?:分钟|小时)内|限时|过期作废|名额有限|逾期不候"),
      en(`\\b(?:immediately|right now|within \\d+ (?:minutes?|hours?)|urgent\\w*|today only|limited (?:time|places|slots)|act now)\\b`),
    ],
  },
  {
    id: "creditThreat",
    severity: "low",
    supporting: true,
    patterns: [
      zh(`(?:影响|上|纳入|进入|记入|列入)${g(4)}(?:征信|黑名单|失信)|(?:起诉|冻结|拘留)(?:你|您)`),
      en(`\\b(?:affect|damage|ruin|hurt)\\w* (?:your )?credit\\b|\\bblacklist\\w*|\\b(?:sue|arrest) you\\b`),
    ],
  },
];

/** Negation or warning before a match in the same clause: the text warns about the pattern rather than asking for it. */
export const NEGATION_ZH = /勿|不要|不用|不需要?|无需|无须|不会|绝不|决不|从不|从来不|不得|禁止|严禁|拒绝|没有任何|谨防|警惕|小心|当心|防范|别(?:把|给|向|转|交|告诉|信|相信|泄露|透露|点|下载)/u;
/** Warning words right after a match in the same clause: "…先交保证金的都是诈骗". */
export const WARNING_AFTER_ZH = /诈骗|骗局|骗子|假的|陷阱/u;
export const WARNING_AFTER_EN = /\b(?:scams?|fraud\w*|fake)\b/iu;

export const NEGATION_EN =
  /\b(?:never|won't|will not|no one|nobody|beware|do not (?:share|give|tell|send|disclose|reveal)|don't (?:share|give|tell|send|disclose|reveal)|not (?:ask|require|request|charge)|no (?:upfront|advance) fees?)\b/iu;
