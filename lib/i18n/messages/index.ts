import type { Locale } from "../routing";

/**
 * The message catalogue, one JSON file per namespace and locale
 * (lib/i18n/messages/<locale>/<namespace>.json). Namespaces keep features'
 * texts apart so each feature owns its file; zh-CN is written first.
 */
const loaders = {
  "zh-CN": () => import("./zh-CN"),
  en: () => import("./en"),
} satisfies Record<Locale, () => Promise<{ default: Record<string, unknown> }>>;

export async function loadMessages(locale: Locale): Promise<Record<string, unknown>> {
  return (await loaders[locale]()).default;
}
