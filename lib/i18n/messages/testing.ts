/**
 * Test helpers for the message catalogues (never imported by the app): the
 * catalogue of a namespace as flat `key → message` maps, and the ICU
 * arguments a message uses. `catalogues.test.ts` checks every namespace with
 * them; feature tests use them to check the keys their code looks up.
 */
import en from "./en";
import zh from "./zh-CN";

export type Tree = { [key: string]: string | Tree };
export type Namespace = keyof typeof zh;

export const NAMESPACES = Object.keys(zh).sort() as Namespace[];
export const CATALOGUES = { "zh-CN": zh as unknown as Record<Namespace, Tree>, en: en as unknown as Record<Namespace, Tree> };

/** Every message of a tree under its dotted path. */
export function leaves(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

/** A namespace's messages in both locales, as flat maps. */
export function catalogue(namespace: Namespace): { zh: Map<string, string>; en: Map<string, string> } {
  return { zh: leaves(CATALOGUES["zh-CN"][namespace]), en: leaves(CATALOGUES.en[namespace]) };
}

/** How an ICU argument is formatted: plain `{x}`, or its type (`plural`, `select`, `number`, `date`…). */
export type ArgumentType = "plain" | string;

/**
 * The ICU arguments of a message (`{name}`, `{name, plural, …}`) with their types, found by walking
 * the message's structure, so text inside select/plural branches is never mistaken for an argument
 * while arguments nested in branches are found.
 */
export function argumentsOf(message: string): Map<string, ArgumentType> {
  const found = new Map<string, ArgumentType>();
  let i = 0;
  const skipSpace = () => {
    while (/\s/.test(message[i] ?? "")) i++;
  };
  const readUntil = (stops: string) => {
    const start = i;
    while (i < message.length && !stops.includes(message[i]!)) i++;
    return message.slice(start, i).trim();
  };
  // Message text until an unmatched "}" (or the end).
  const text = (): void => {
    while (i < message.length && message[i] !== "}") {
      if (message[i] === "{") {
        i++;
        argument();
      } else i++;
    }
  };
  const argument = (): void => {
    const name = readUntil(",}");
    if (message[i] === "}") {
      i++;
      if (!found.has(name)) found.set(name, "plain");
      return;
    }
    i++; // ","
    const type = readUntil(",}");
    found.set(name, type);
    if (["select", "plural", "selectordinal"].includes(type) && message[i] === ",") {
      i++;
      for (;;) {
        skipSpace();
        if (message[i] === "}" || i >= message.length) break;
        readUntil("{");
        i++; // "{"
        text();
        i++; // "}"
      }
    } else {
      let depth = 0;
      while (i < message.length && !(message[i] === "}" && depth === 0)) depth += message[i++] === "{" ? 1 : message[i - 1] === "}" ? -1 : 0;
    }
    i++; // closing "}"
  };
  text();
  return found;
}

/** The argument names of a message, sorted (for comparing two locales). */
export const argumentNames = (message: string): string[] => [...argumentsOf(message).keys()].sort();

/** Sample values that let every argument of a message format: numbers for plurals and numbers, "other" for selects. */
export function sampleValues(message: string): Record<string, string | number | Date> {
  const values: Record<string, string | number | Date> = {};
  for (const [name, type] of argumentsOf(message)) {
    values[name] = type === "plural" || type === "selectordinal" || type === "number" ? 3 : type === "date" || type === "time" ? new Date(0) : type === "select" ? "other" : "x";
  }
  return values;
}
