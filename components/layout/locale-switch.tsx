"use client";

import { useLocale, useTranslations } from "next-intl";
import { useParams } from "next/navigation";
import { usePathname, useRouter } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";

/** Switches between 中文 and English on the same page. */
export function LocaleSwitch() {
  const t = useTranslations("common.nav");
  const locale = useLocale() as Locale;
  const router = useRouter();
  const pathname = usePathname();
  const params = useParams();
  const next: Locale = locale === "en" ? "zh-CN" : "en";
  return (
    <button
      type="button"
      lang={next}
      aria-label={t("switchLanguage")}
      className="rounded-md border border-slate-300 px-2.5 py-1.5 text-slate-700 hover:bg-slate-100"
      onClick={() =>
        // @ts-expect-error -- params always match the current pathname's dynamic segments
        router.replace({ pathname, params }, { locale: next })
      }
    >
      {next === "en" ? "English" : "中文"}
    </button>
  );
}
