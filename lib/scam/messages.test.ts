import { describe, expect, it } from "vitest";
import zh from "@/lib/i18n/messages/zh-CN/scam.json";
import en from "@/lib/i18n/messages/en/scam.json";
import { checkMessage, scamRuleMessageKeys } from "./check";
import { SCAM_ISSUE_CODES } from "./schema";
import { SCAM_RISK_LEVELS, SCAM_RULE_IDS, SCAM_SEVERITIES } from "./types";

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

function placeholders(message: string): string[] {
  return [...new Set([...message.matchAll(/\{\s*([A-Za-z0-9_]+)\s*[,}]/g)].map((m) => m[1]!))].sort();
}

const zhKeys = flatten(zh as Tree);
const enKeys = flatten(en as Tree);

describe("scam messages", () => {
  it("both locales have the same keys and no empty texts", () => {
    expect([...zhKeys.keys()].sort()).toEqual([...enKeys.keys()].sort());
    for (const [key, value] of zhKeys) {
      expect(value.trim(), key).not.toBe("");
      expect(enKeys.get(key)!.trim(), key).not.toBe("");
    }
  });

  it("both locales use the same ICU placeholders per key", () => {
    for (const [key, value] of zhKeys) expect(placeholders(enKeys.get(key)!), key).toEqual(placeholders(value));
  });

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
