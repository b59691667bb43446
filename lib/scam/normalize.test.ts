import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { compactView, originalRange, spacedView } from "./normalize";

describe("compactView", () => {
  it("removes spaces and zero-width characters and maps back to the original", () => {
    const input = "请 验\u200b资 后放款";
    const v = compactView(input);
    expect(v.text).toBe("请验资后放款");
    const from = v.text.indexOf("验资");
    const r = originalRange(v, from, from + 2);
    expect(input.slice(r.start, r.end)).toBe("验\u200b资");
  });

  it("folds full-width letters and digits, and traditional characters", () => {
    expect(compactView("ＶＩＰ內部渠道１００元").text).toBe("vip内部渠道100元");
    expect(compactView("驗資 保證金 繳納").text).toBe("验资保证金缴纳");
  });

  it("drops filler symbols only between Han characters", () => {
    expect(compactView("验*资 · 后-放款").text).toBe("验资后放款");
    expect(compactView("0.05% a-b").text).toBe("0.05%a-b");
  });

  it("keeps clause punctuation (normalised to ASCII) and single newlines", () => {
    expect(compactView("先交费，再放款！\r\n\n好").text).toBe("先交费,再放款!\n好");
  });
});

describe("spacedView", () => {
  it("lower-cases, folds full-width and collapses spaces", () => {
    const v = spacedView("Ｖｅｒｉｆｙ   your\tFUNDS");
    expect(v.text).toBe("verify your funds");
    const r = originalRange(v, 7, 11);
    expect("Ｖｅｒｉｆｙ   your\tFUNDS".slice(r.start, r.end)).toBe("your");
  });
});

describe("properties", () => {
  it("every view character maps to a valid, ordered range of the original", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (input) => {
        for (const view of [compactView(input), spacedView(input)]) {
          expect(view.starts.length).toBe(view.text.length);
          for (let i = 0; i < view.text.length; i++) {
            expect(view.starts[i]!).toBeGreaterThanOrEqual(0);
            expect(view.ends[i]!).toBeLessThanOrEqual(input.length);
            expect(view.starts[i]!).toBeLessThan(view.ends[i]!);
            if (i > 0) expect(view.starts[i]!).toBeGreaterThanOrEqual(view.starts[i - 1]!);
          }
        }
      }),
    );
  });
});
