import { describe, expect, it } from "vitest";
import { catalogue } from "@/lib/i18n/messages/testing";
import { checkMessage, scamRuleMessageKeys } from "./check";
import { SCAM_ISSUE_CODES } from "./schema";
import { SCAM_RISK_LEVELS, SCAM_RULE_IDS, SCAM_SEVERITIES } from "./types";

const { zh: zhKeys, en: enKeys } = catalogue("scam");

describe("scam messages", () => {
  it("every rule's title, explanation and official-channel texts exist", () => {
    for (const id of SCAM_RULE_IDS) {
      for (const key of Object.values(scamRuleMessageKeys(id))) {
        expect(zhKeys.has(key), `zh-CN missing ${key}`).toBe(true);
        expect(enKeys.has(key), `en missing ${key}`).toBe(true);
      }
    }
  });

  it("keys emitted by real findings resolve", () => {
    const findings = checkMessage("我是客服，先交1000元保证金才能放款，请把验证码告诉我，立即办理");
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) for (const key of Object.values(f.messages)) expect(zhKeys.has(key), key).toBe(true);
  });

  it("severity, risk level and issue-code texts exist", () => {
    const required = [
      ...SCAM_SEVERITIES.map((s) => `severity.${s}`),
      ...SCAM_RISK_LEVELS.flatMap((l) => [`risk.${l}.title`, `risk.${l}.body`]),
      ...SCAM_ISSUE_CODES.map((c) => `errors.${c}`),
    ];
    for (const key of required) {
      expect(zhKeys.has(key), `zh-CN missing ${key}`).toBe(true);
      expect(enKeys.has(key), `en missing ${key}`).toBe(true);
    }
  });
  it("meta descriptions stay within 160 characters", () => {
    expect(zhKeys.get("meta.description")!.length).toBeLessThanOrEqual(160);
    expect(enKeys.get("meta.description")!.length).toBeLessThanOrEqual(160);
  });
});
