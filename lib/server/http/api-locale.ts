import "server-only";
import { getTranslations } from "next-intl/server";
import type { Translate } from "@/lib/validation/field-errors";

/** Field-error messages for API clients: English if they ask for it, else Chinese (our default). */
export async function apiValidationTranslator(request: Request): Promise<Translate> {
  const locale = /^en\b/i.test(request.headers.get("accept-language") ?? "") ? "en" : "zh-CN";
  const t = await getTranslations({ locale, namespace: "common.validation" });
  return (key, values) => t(key, values);
}
