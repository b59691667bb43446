import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { argumentsOf, CATALOGUES, leaves } from "@/lib/i18n/messages/testing";
import { routing } from "@/lib/i18n/routing";
import { fill, FILLED_MESSAGES } from "./fill";

describe.each(routing.locales)("messages filled without ICU in %s", (locale) => {
  const messages = leaves(CATALOGUES[locale].calculator);
  const translator = createTranslator({ locale, messages: { calculator: CATALOGUES[locale].calculator }, namespace: "calculator" });
  const t = translator as unknown as (key: string, values: Record<string, string>) => string;

  it.each(FILLED_MESSAGES)("%s has only plain placeholders and fills like next-intl", (key) => {
    const message = messages.get(key);
    expect(message).toBeDefined();
    const args = argumentsOf(message!);
    // Anything ICU would read differently: plural/select/number arguments, quotes, tags.
    expect([...args.values()].every((type) => type === "plain")).toBe(true);
    expect(message).not.toMatch(/['<>]/);
    const values = Object.fromEntries([...args.keys()].map((name, i) => [name, `«${name}-${i} 18.25%»`]));
    expect(fill(message!, values)).toBe(t(key, values));
  });
});

describe("fill", () => {
  it("fills every occurrence and leaves unknown placeholders", () => {
    expect(fill("{a} and {a}, {b}", { a: 1 })).toBe("1 and 1, {b}");
    expect(fill("日利率 {daily}", { daily: "0.05%" })).toBe("日利率 0.05%");
  });
});
