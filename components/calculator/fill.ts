import { RATE_FLAG_IDS } from "@/lib/calculator";

/**
 * A message with plain `{name}` placeholders, filled in without ICU.
 *
 * use-intl formats every message that has values through IntlMessageFormat,
 * whose first use resolves the locale through `Intl` — about 25 ms of main
 * thread in Chromium (100 ms at a phone's 4x slowdown). The calculator's
 * first render (the worked example under the first tab) would pay that while
 * the page hydrates, so the few messages it shows go through `fill` with the
 * raw text (`t.raw(key)`) instead. `fill.test.ts` checks, in every catalogue,
 * that each message listed in `FILLED_MESSAGES` has nothing but plain
 * placeholders and that `fill` gives exactly what next-intl gives.
 */
export function fill(message: string, values: Readonly<Record<string, string | number>>): string {
  return message.replace(/\{(\w+)\}/g, (placeholder, name: string) => (name in values ? String(values[name]) : placeholder));
}

/** The `calculator` messages shown through `fill` (keys under that namespace). */
export const FILLED_MESSAGES: readonly string[] = [
  "results.dailyRate.summary",
  ...RATE_FLAG_IDS.map((id) => `flags.${id}.title`),
  "flags.lprNote",
];
