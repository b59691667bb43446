/**
 * Display formatting for the calculator: the same output on the server and
 * in the browser (Intl with fixed options), so hydration never disagrees.
 */
import { fenToYuan, type Fen } from "@/lib/calculator";

const cache = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, options);
    cache.set(key, f);
  }
  return f;
}

/** A rate (fraction) as a percent: 0.1825 → "18.25%". Small rates (daily) get more digits. */
export function formatRate(rate: number, locale: string, maxDigits?: number): string {
  const digits = maxDigits ?? (Math.abs(rate) < 0.01 && rate !== 0 ? 4 : 2);
  return numberFormat(locale, { style: "percent", minimumFractionDigits: 0, maximumFractionDigits: digits }).format(rate);
}

/** Money with the yuan sign: 123456 fen → "¥1,234.56". */
export function formatMoney(fen: Fen, locale: string): string {
  return numberFormat(locale, { style: "currency", currency: "CNY", currencyDisplay: "narrowSymbol" }).format(fenToYuan(fen));
}

/** Money for table cells (the caption names the unit): 123456 → "1,234.56". */
export function formatAmount(fen: Fen, locale: string): string {
  return numberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(fenToYuan(fen));
}

/** A plain ratio: 1.8102 → "1.8". */
export function formatRatio(value: number, locale: string): string {
  return numberFormat(locale, { maximumFractionDigits: 1 }).format(value);
}

/** `2025-05-20` → "2025年5月20日" / "20 May 2025" (a calendar date, no time zone shifts). */
export function formatIsoDate(iso: string, locale: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  if (!y || !m || !d) return iso;
  return new Intl.DateTimeFormat(locale === "en" ? "en-GB" : locale, { dateStyle: "long", timeZone: "UTC" }).format(new Date(Date.UTC(y, m - 1, d)));
}
