import { readFileSync } from "node:fs";
import path from "node:path";

type Tree = { [key: string]: string | Tree };
export type Locale = "zh-CN" | "en";

const cache = new Map<string, Tree>();
function load(locale: Locale, namespace: string): Tree {
  const key = `${locale}/${namespace}`;
  let tree = cache.get(key);
  if (!tree) {
    tree = JSON.parse(readFileSync(path.join(process.cwd(), "lib/i18n/messages", locale, `${namespace}.json`), "utf8")) as Tree;
    cache.set(key, tree);
  }
  return tree;
}

/** A message as the page shows it; `{placeholders}` are filled from `values` (plain ones only). */
export function msg(key: string, locale: Locale = "zh-CN", values: Record<string, string | number> = {}): string {
  const [namespace, ...rest] = key.split(".");
  const value = rest.reduce<string | Tree | undefined>((node, k) => (typeof node === "object" ? node[k] : undefined), load(locale, namespace!));
  if (typeof value !== "string") throw new Error(`No message ${key} in ${locale}`);
  return value.replace(/\{(\w+)\}/g, (m, name: string) => (name in values ? String(values[name]) : m));
}

/** `/guides` in zh-CN, `/en/guides` in English. */
export const localePath = (locale: Locale, p: string) => (locale === "en" ? `/en${p}` : p);
