import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fieldErrors } from "./field-errors";

const t = (key: string, values?: Record<string, string | number>) => (values ? `${key}:${JSON.stringify(values)}` : key);
const schema = z.object({
  months: z.number().int().min(0).max(120),
  kind: z.enum(["a", "b"]),
  email: z.email(),
  name: z.string().min(2),
  nested: z.object({ count: z.number() }),
});

describe("fieldErrors", () => {
  it("keys messages by dotted path, one per issue", () => {
    const r = schema.safeParse({ months: 1.5, kind: "c", email: "x", name: "a", nested: { count: "NaN" } });
    expect(r.success).toBe(false);
    expect(fieldErrors(r.error!, t)).toEqual({
      months: ["integer"],
      kind: ["choose"],
      email: ["email"],
      name: ['tooShort:{"min":2}'],
      "nested.count": ["number"],
    });
  });

  it("says a missing value is required and names the bound that was crossed", () => {
    const r = schema.safeParse({ months: 121, kind: "a", email: "a@b.cn", name: "ok" });
    expect(fieldErrors(r.error!, t)).toEqual({ months: ['atMost:{"max":120}'], nested: ["required"] });
    const low = schema.safeParse({ months: -1, kind: "a", email: "a@b.cn", name: "ok", nested: { count: 1 } });
    expect(fieldErrors(low.error!, t)).toEqual({ months: ['atLeast:{"min":0}'] });
  });
});
