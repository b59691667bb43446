/** The pure parts of bench/first-load.mjs: route names, the files of a first load, budgets. */
import { describe, expect, it } from "vitest";
import { firstLoadFiles, parseBudgets, routeOf } from "../bench/first-load.mjs";

describe("bench/first-load", () => {
  it("names routes as the browser sees them (no route groups, no locale segment)", () => {
    expect(routeOf("/[locale]/(public)/page")).toBe("/");
    expect(routeOf("/[locale]/(public)/tools/loan-cost/page")).toBe("/tools/loan-cost");
    expect(routeOf("/[locale]/(borrower)/assessments/[id]/page")).toBe("/assessments/[id]");
    expect(routeOf("/[locale]/s/[token]/page")).toBe("/s/[token]");
  });

  it("a first load is the shared runtime plus every segment's chunks, each once", () => {
    const entry = {
      "[project]/app/[locale]/layout": ["static/chunks/a.js", "static/chunks/b.js"],
      "[project]/app/[locale]/error": ["static/chunks/a.js", "static/chunks/b.js", "static/chunks/c.js"],
      "[project]/node_modules/next/dist/client/components/builtin/global-error": [],
      "[project]/app/[locale]/(public)/page": ["static/chunks/b.js", "static/chunks/d.js"],
    };
    expect(firstLoadFiles(["static/chunks/main.js", "static/chunks/a.js"], entry)).toEqual([
      "static/chunks/main.js",
      "static/chunks/a.js",
      "static/chunks/b.js",
      "static/chunks/c.js",
      "static/chunks/d.js",
    ]);
  });

  it("budgets: the landing page at 130 kB unless told otherwise", () => {
    expect([...parseBudgets([])]).toEqual([["/", 130]]);
    expect([...parseBudgets(["--json", "--budget=/check=180", "--budget=/=120"])]).toEqual([
      ["/check", 180],
      ["/", 120],
    ]);
    expect(() => parseBudgets(["--budget=check=1"])).toThrow(/bad --budget/);
    expect(() => parseBudgets(["--budget=/=lots"])).toThrow(/bad --budget/);
  });
});
