import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { CATALOGUES } from "@/lib/i18n/messages/testing";
import { routing } from "@/lib/i18n/routing";
import { fill, FILLED_MESSAGES } from "./fill";

const lookup = (tree: unknown, key: string): unknown => key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], tree);

describe.each(routing.locales)("messages filled without ICU in %s", (locale) => {
  const messages = CATALOGUES[locale].calculator;
  const translator = createTranslator({ locale, messages: { calculator: messages }, namespace: "calculator" });
  const t = translator as unknown as (key: string, values: Record<string, string>) => string;

  it.each(FILLED_MESSAGES)("%s has only plain placeholders and fills like next-intl", (key) => {
    const message = lookup(messages, key);
    expect(typeof message).toBe("string");
    // Anything ICU would read differently: plural/select/number arguments, quotes, tags.
    expect(message as string).toMatch(/^(?:[^{}'<>]|\{\w+\})*$/);
    const names = [...(message as string).matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
    const values = Object.fromEntries(names.map((name, i) => [name, `«${name}-${i} 18.25%»`]));
    expect(fill(message as string, values)).toBe(t(key, values));
  });
});

describe("fill", () => {
  it("fills every occurrence and leaves unknown placeholders", () => {
    expect(fill("{a} and {a}, {b}", { a: 1 })).toBe("1 and 1, {b}");
    expect(fill("日利率 {daily}", { daily: "0.05%" })).toBe("日利率 0.05%");
  });
});
