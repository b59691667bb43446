import { describe, expect, it } from "vitest";
import { catalogue } from "@/lib/i18n/messages/testing";
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

const { zh: zhKeys, en: enKeys } = catalogue("calculator");

describe("calculator messages", () => {
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
