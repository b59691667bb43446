import { defineRouting } from "next-intl/routing";

/**
 * zh-CN is the default and lives at `/`; English at `/en/…`.
 * No Accept-Language detection: most of our borrowers read Chinese, and a
 * page that changes language by itself is confusing. The switch is explicit.
 */
export const routing = defineRouting({
  locales: ["zh-CN", "en"],
  defaultLocale: "zh-CN",
  localePrefix: "as-needed",
  localeDetection: false,
});

export type Locale = (typeof routing.locales)[number];
