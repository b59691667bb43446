import { describe, expect, it } from "vitest";
import zh from "@/lib/i18n/messages/zh-CN/calculator.json";
import en from "@/lib/i18n/messages/en/calculator.json";
import { RATE_FLAG_IDS } from "./flags";
import { REPAYMENT_METHODS } from "./schedule-types";
import {
  CALCULATOR_ISSUE_CODES,
  CALCULATOR_TOOLS,
  RATE_UNITS,
  dailyRateInputSchema,
  feeAprInputSchema,
  overdueInputSchema,
  scheduleInputSchema,
} from "./schema";

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

/** ICU argument names in a message ("{days}", "{inclusive, select, …}"). */
function placeholders(message: string): string[] {
  return [...new Set([...message.matchAll(/\{\s*([A-Za-z0-9_]+)\s*[,}]/g)].map((m) => m[1]!))].sort();
}

const zhKeys = flatten(zh as Tree);
const enKeys = flatten(en as Tree);

describe("calculator messages", () => {
  it("both locales have the same keys, no dots inside keys, no empty texts", () => {
    expect([...zhKeys.keys()].sort()).toEqual([...enKeys.keys()].sort());
    for (const [key, value] of zhKeys) {
      expect(key.split(".").every((part) => part.length > 0 && !part.includes(" "))).toBe(true);
      expect(value.trim(), key).not.toBe("");
      expect(enKeys.get(key)!.trim(), key).not.toBe("");
    }
  });

  it("both locales use the same ICU placeholders per key", () => {
    for (const [key, value] of zhKeys) expect(placeholders(enKeys.get(key)!), key).toEqual(placeholders(value));
  });

  it("has texts for every tool, field, method, unit, flag and issue code the modules use", () => {
    const required: string[] = [];
    for (const tool of CALCULATOR_TOOLS) required.push(`tools.${tool}.name`, `tools.${tool}.description`);
    for (const schema of [dailyRateInputSchema, feeAprInputSchema, scheduleInputSchema, overdueInputSchema]) {
      for (const field of Object.keys(schema.shape)) {
        if (field !== "tool") required.push(`fields.${field}.label`, `fields.${field}.help`);
      }
    }
    for (const method of REPAYMENT_METHODS) required.push(`methods.${method}.name`, `methods.${method}.description`);
    for (const unit of RATE_UNITS) required.push(`rateUnits.${unit}`);
    for (const flag of RATE_FLAG_IDS) required.push(`flags.${flag}.title`, `flags.${flag}.body`);
    for (const code of CALCULATOR_ISSUE_CODES) required.push(`errors.${code}`);
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
