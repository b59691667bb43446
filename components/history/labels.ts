import type { useTranslations } from "next-intl";

type T = ReturnType<typeof useTranslations<"history">>;

/** A platform, goal or band code in the reader's language (the code itself when unknown). */
export function labelOf(t: T, kind: "platforms" | "goals" | "bands", code: string): string {
  const key = `labels.${kind}.${code}`;
  return t.has(key as "labels.platforms.jiebei") ? t(key as "labels.platforms.jiebei") : code;
}
