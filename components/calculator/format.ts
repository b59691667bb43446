/**
 * Display formatting for the calculator: the same output on the server and
 * in the browser, so hydration never disagrees.
 *
 * Written out by hand instead of with `Intl`: the first `Intl.NumberFormat`
 * a page creates loads the locale's ICU data, about 50 ms of main thread in
 * Chromium (200 ms at a phone's 4x slowdown), and the calculator would pay it
 * while hydrating. Both locales we serve (zh-CN, en) write numbers the same
 * way — "," between thousands, "." before decimals, "-" for negatives, the
 * sign before "¥" — and `format.test.ts` checks every function against `Intl`
 * for each locale in `routing.locales`, so a new locale with other
 * conventions fails that test instead of showing wrong numbers.
 */
import { fenToYuan, type Fen } from "@/lib/calculator";

/**
 * `value` in plain decimal notation, rounded half away from zero (like
 * `Intl`) to at most `maxDigits` fraction digits, keeping at least
 * `minDigits`, with thousands grouped. `shift` moves the decimal point right
 * first (2 for a percent) on the decimal digits, so no binary rounding creeps in.
 */
function decimal(value: number, minDigits: number, maxDigits: number, shift = 0): string {
  const negative = value < 0 || Object.is(value, -0);
  // The shortest decimal that round-trips to this double (what Intl formats, too).
  const [mantissa = "0", exponent = "0"] = String(Math.abs(value)).split("e");
  const [int = "0", frac = ""] = mantissa.split(".");
  let digits = int + frac;
  let point = int.length + Number(exponent) + shift; // digits before the decimal point
  // Keep whole digits plus maxDigits fraction digits; round on the first one dropped.
  const keep = point + maxDigits;
  if (keep < digits.length) {
    const roundUp = keep >= 0 && digits.charCodeAt(keep) >= 53; // "5"
    digits = keep > 0 ? digits.slice(0, keep) : "";
    if (roundUp) {
      const carried = increment(digits);
      if (carried.length > digits.length) point++;
      digits = carried;
    }
    if (keep < 0) point = -maxDigits; // everything was dropped: the result is 0
  }
  const padded = point > 0 ? digits.padEnd(point, "0") : "0".repeat(1 - point) + digits;
  const at = point > 0 ? point : 1;
  const whole = padded.slice(0, at).replace(/^0+(?=\d)/, "");
  let fraction = padded.slice(at, at + maxDigits).padEnd(minDigits, "0");
  while (fraction.length > minDigits && fraction.endsWith("0")) fraction = fraction.slice(0, -1);
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ",");
  return `${negative ? "-" : ""}${grouped}${fraction ? `.${fraction}` : ""}`;
}

/** A string of decimal digits plus one in its last place ("199" → "200", "99" → "100", "" → "1"). */
function increment(digits: string): string {
  let i = digits.length - 1;
  while (i >= 0 && digits[i] === "9") i--;
  if (i < 0) return `1${"0".repeat(digits.length)}`;
  return digits.slice(0, i) + String.fromCharCode(digits.charCodeAt(i) + 1) + "0".repeat(digits.length - i - 1);
}

/** A rate (fraction) as a percent: 0.1825 → "18.25%". Small rates (daily) get more digits. */
export function formatRate(rate: number, _locale: string, maxDigits?: number): string {
  const digits = maxDigits ?? (Math.abs(rate) < 0.01 && rate !== 0 ? 4 : 2);
  return `${decimal(rate, 0, digits, 2)}%`;
}

/** "¥" after the minus sign, as Intl writes CNY in both locales. */
const withYuanSign = (text: string): string => (text.startsWith("-") ? `-¥${text.slice(1)}` : `¥${text}`);

/** Money with the yuan sign: 123456 fen → "¥1,234.56". */
export function formatMoney(fen: Fen, _locale: string): string {
  return withYuanSign(decimal(fenToYuan(fen), 2, 2));
}

/** Whole yuan with the sign, for chart axes: 12345.6 → "¥12,346". */
export function formatWholeYuan(yuan: number, _locale: string): string {
  return withYuanSign(decimal(yuan, 0, 0));
}

/** Money for table cells (the caption names the unit): 123456 → "1,234.56". */
export function formatAmount(fen: Fen, _locale: string): string {
  return decimal(fenToYuan(fen), 2, 2);
}

/** A plain ratio: 1.8102 → "1.8". */
export function formatRatio(value: number, _locale: string): string {
  return decimal(value, 0, 1);
}

const ENGLISH_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** `2025-05-20` → "2025年5月20日" / "20 May 2025" (a calendar date, no time zone shifts). */
export function formatIsoDate(iso: string, locale: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  if (!y || !m || !d || m > 12 || d > 31) return iso;
  return locale === "en" ? `${d} ${ENGLISH_MONTHS[m - 1]} ${y}` : `${y}年${m}月${d}日`;
}
