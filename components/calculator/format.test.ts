import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { routing } from "@/lib/i18n/routing";
import { formatAmount, formatIsoDate, formatMoney, formatRate, formatRatio, formatWholeYuan } from "./format";

/** What `Intl` says for each helper: the hand-written formatters must agree with it in every locale we serve. */
const intl = {
  rate: (locale: string, rate: number, digits: number) =>
    new Intl.NumberFormat(locale, { style: "percent", minimumFractionDigits: 0, maximumFractionDigits: digits }).format(rate),
  money: (locale: string, fen: number) =>
    new Intl.NumberFormat(locale, { style: "currency", currency: "CNY", currencyDisplay: "narrowSymbol" }).format(fen / 100),
  amount: (locale: string, fen: number) =>
    new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(fen / 100),
  wholeYuan: (locale: string, yuan: number) =>
    new Intl.NumberFormat(locale, { style: "currency", currency: "CNY", currencyDisplay: "narrowSymbol", maximumFractionDigits: 0 }).format(yuan),
  ratio: (locale: string, value: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value),
  date: (locale: string, y: number, m: number, d: number) =>
    new Intl.DateTimeFormat(locale === "en" ? "en-GB" : locale, { dateStyle: "long", timeZone: "UTC" }).format(new Date(Date.UTC(y, m - 1, d))),
};

// Rates as the calculator produces them, plus ties, tiny and huge values and both zeros.
const rates = fc.oneof(
  fc.double({ min: -50, max: 50, noNaN: true }),
  fc.double({ min: 0, max: 0.001, noNaN: true }),
  fc.integer({ min: -100_000, max: 100_000 }).map((n) => n / 100_000),
  fc.integer({ min: 0, max: 10_000 }).map((n) => (n + 0.5) / 10_000),
  fc.constantFrom(0, -0, 0.1825, 0.0005, 0.00005, 0.999995, 36.78, 1e-9, 123456.789),
);
const fens = fc.oneof(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: -1000, max: 1000 }));

describe.each(routing.locales)("calculator formatting in %s matches Intl", (locale) => {
  it("rates, at the default and at explicit digits", () => {
    fc.assert(
      fc.property(rates, fc.integer({ min: 0, max: 6 }), (rate, digits) => {
        expect(formatRate(rate, locale, digits)).toBe(intl.rate(locale, rate, digits));
        const auto = Math.abs(rate) < 0.01 && rate !== 0 ? 4 : 2;
        expect(formatRate(rate, locale)).toBe(intl.rate(locale, rate, auto));
      }),
      { numRuns: 3000 },
    );
  });

  it("money and table amounts from whole fen", () => {
    fc.assert(
      fc.property(fens, (fen) => {
        expect(formatMoney(fen, locale)).toBe(intl.money(locale, fen));
        expect(formatAmount(fen, locale)).toBe(intl.amount(locale, fen));
      }),
      { numRuns: 3000 },
    );
  });

  it("whole yuan for chart axes", () => {
    fc.assert(
      fc.property(fc.oneof(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.integer({ min: -2000, max: 2000 }).map((n) => n / 2)), (yuan) => {
        expect(formatWholeYuan(yuan, locale)).toBe(intl.wholeYuan(locale, yuan));
      }),
      { numRuns: 3000 },
    );
  });

  it("ratios", () => {
    fc.assert(
      fc.property(fc.oneof(fc.double({ min: -1000, max: 1000, noNaN: true }), fc.integer({ min: -200, max: 200 }).map((n) => n / 20)), (value) => {
        expect(formatRatio(value, locale)).toBe(intl.ratio(locale, value));
      }),
      { numRuns: 3000 },
    );
  });

  it("calendar dates", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2099 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), (y, m, d) => {
        const iso = `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
        expect(formatIsoDate(iso, locale)).toBe(intl.date(locale, y, m, d));
      }),
    );
  });
});

describe("worked examples", () => {
  it("formats what the calculator shows", () => {
    expect(formatRate(0.1825, "zh-CN")).toBe("18.25%");
    expect(formatRate(0.0005, "en")).toBe("0.05%");
    expect(formatRate(36.78, "en")).toBe("3,678%");
    expect(formatMoney(123456, "zh-CN")).toBe("¥1,234.56");
    expect(formatMoney(-5, "en")).toBe("-¥0.05");
    expect(formatAmount(100000000, "en")).toBe("1,000,000.00");
    expect(formatWholeYuan(12345.6, "zh-CN")).toBe("¥12,346");
    expect(formatRatio(1.8102, "zh-CN")).toBe("1.8");
    expect(formatIsoDate("2025-05-20", "zh-CN")).toBe("2025年5月20日");
    expect(formatIsoDate("2025-05-20", "en")).toBe("20 May 2025");
    expect(formatIsoDate("not a date", "en")).toBe("not a date");
  });
});
