/** The model card documents every factor, gate, warning and platform the code has (drift check). */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { MODEL_VERSION, PLATFORMS, WARNING_CODES } from "./constants";
import { FACTORS } from "./factors";
import { GATES } from "./gates";
import { PLATFORM_PROFILES } from "./platforms";
import { SEEDS } from "./sources";

const card = readFileSync(new URL("../../docs/model-card.md", import.meta.url), "utf8");

describe("docs/model-card.md", () => {
  it("names the current version", () => expect(card).toContain(`\`${MODEL_VERSION}\``));
  it("lists every factor and gate", () => {
    for (const f of FACTORS) expect(card, f.id).toContain(`\`${f.id}\``);
    for (const g of GATES) expect(card, g.code).toContain(`\`${g.code}\``);
  });
  it("names every warning, platform and seed", () => {
    for (const w of WARNING_CODES) expect(card, w).toContain(w);
    for (const p of PLATFORMS) expect(card, p).toContain(p);
    for (const s of Object.values(SEEDS)) expect(card, s).toContain(s);
  });
  it("states each platform's reference chances", () => {
    for (const p of PLATFORMS) {
      const { raise, restore, open } = PLATFORM_PROFILES[p].referenceChance;
      const row = card.split("\n").find((l) => l.startsWith(`| ${p} | 0.`));
      expect(row, p).toBeDefined();
      expect(row).toContain([raise, restore, open].map((v) => v.toFixed(2)).join(" / "));
    }
  });
});
