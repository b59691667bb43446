/**
 * The hottest helpers (`derive`, the plan's `age` and `window12`, `bindingGate`) name feature slots
 * and enum values as literals with their name beside them — `f[7 /* onTimeMonths *\/]`,
 * `1 /* goal: restore *\/` — because V8 re-reads `X.name` from the module on every use. This test
 * holds every such literal to the table it stands for, so a renumbered slot cannot go unnoticed.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CUT_REASONS, EMPLOYMENTS, GOALS } from "./constants";
import { X } from "./features";
import { GATE_INDEX } from "./gates";

const DIR = join(process.cwd(), "lib/scoring");
const KINDS: Record<string, Readonly<Record<string, number>>> = {
  goal: Object.fromEntries(GOALS.map((v, i) => [v, i])),
  cut: Object.fromEntries(CUT_REASONS.map((v, i) => [v, i])),
  employment: Object.fromEntries(EMPLOYMENTS.map((v, i) => [v, i])),
  gate: GATE_INDEX,
};

function sources(dir: string): { file: string; text: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    if (!e.name.endsWith(".ts") || e.name.endsWith(".test.ts")) return [];
    return [{ file: path, text: readFileSync(path, "utf8") }];
  });
}

/** Every `N /* name *\/` and `N /* kind: value *\/` in the library, with what it should be. */
function literals() {
  const found: { where: string; literal: number; expected: number | undefined }[] = [];
  for (const { file, text } of sources(DIR))
    for (const m of text.matchAll(/\b(\d+) \/\* (?:(\w+): )?(\w+) \*\//g)) {
      const [, digits, kind, name] = m;
      const table = kind ? KINDS[kind] : (X as Readonly<Record<string, number>>);
      found.push({
        where: `${file.slice(DIR.length + 1)}: ${m[0]}`,
        literal: Number(digits),
        expected: table?.[name!],
      });
    }
  return found;
}

describe("literal slots and enum values", () => {
  const all = literals();

  it("are used where the hot helpers need them", () => {
    // derive, age, window12 and bindingGate: if this drops to 0 the pattern (or this test) broke.
    expect(all.length).toBeGreaterThanOrEqual(30);
  });

  it("each equal the slot or index their name says", () => {
    const wrong = all.filter((l) => l.literal !== l.expected).map((l) => `${l.where} (should be ${l.expected})`);
    expect(wrong).toEqual([]);
  });
});
