import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { fenToYuan, roundFen, sumFen, yuanToFen } from "./money";

describe("money", () => {
  it("converts yuan to whole fen without float drift", () => {
    // 0.29 × 100 = 28.999999999999996 in floating point; we must get 29.
    expect(yuanToFen(0.29)).toBe(29);
    expect(yuanToFen(12000)).toBe(1_200_000);
    expect(yuanToFen(1066.19)).toBe(106_619);
    expect(yuanToFen(0.005)).toBe(1); // half up
  });

  it("rounds half away from zero and never returns -0", () => {
    expect(roundFen(2.5)).toBe(3);
    expect(roundFen(2.4999)).toBe(2);
    expect(roundFen(-2.5)).toBe(-3);
    expect(Object.is(roundFen(-0.2), 0)).toBe(true);
    expect(() => roundFen(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });

  it("fen → yuan and sums", () => {
    expect(fenToYuan(123_456)).toBe(1234.56);
    expect(sumFen([1, 2, 3])).toBe(6);
    expect(sumFen([])).toBe(0);
  });

  it("yuanToFen ∘ fenToYuan is the identity on whole fen", () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 10_000_000_000 }), (fen) => yuanToFen(fenToYuan(fen)) === fen));
  });
});
