/** scripts/lib/compile-hints.mjs: every chunk of a page's first load gets the hint, once; lazy chunks do not. */
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { addCompileHints, COMPILE_HINT } from "./lib/compile-hints.mjs";

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

const CHUNKS = {
  "runtime.js": "(globalThis.TURBOPACK||[]).push(1);",
  "react-dom.js": "var a=function(){return 1};",
  "layout.js": "var switcher=function(){};",
  "wizard.js": "var wizard=function(){};",
  "charts.js": "var chart=function(){};",
};

/** A build as Next.js 16 writes it: the runtime in build-manifest.json, each page's chunks in its client-reference manifest. */
function fakeBuild(): string {
  const dist = mkdtempSync(path.join(tmpdir(), "lw-hints-"));
  dirs.push(dist);
  mkdirSync(path.join(dist, "static/chunks"), { recursive: true });
  for (const [name, code] of Object.entries(CHUNKS)) writeFileSync(path.join(dist, "static/chunks", name), code);
  writeFileSync(
    path.join(dist, "build-manifest.json"),
    JSON.stringify({ rootMainFiles: ["static/chunks/runtime.js", "static/chunks/react-dom.js"], polyfillFiles: [] }),
  );
  const page = (key: string, entryJSFiles: Record<string, string[]>) => {
    const dir = path.join(dist, "server/app", key.replace(/\/page$/, ""));
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      path.join(dir, "page_client-reference-manifest.js"),
      `globalThis.__RSC_MANIFEST = globalThis.__RSC_MANIFEST || {};\nglobalThis.__RSC_MANIFEST[${JSON.stringify(key)}] = ${JSON.stringify({ entryJSFiles })};`,
    );
  };
  page("/[locale]/(public)/page", { "[project]/app/[locale]/layout": ["static/chunks/layout.js"] });
  page("/[locale]/(public)/check/page", {
    "[project]/app/[locale]/layout": ["static/chunks/layout.js"],
    "[project]/app/[locale]/(public)/check/page": ["static/chunks/wizard.js"],
  });
  return dist;
}

const read = (dist: string, file: string) => readFileSync(path.join(dist, "static/chunks", file), "utf8");

describe("compile hints", () => {
  it("prefix every chunk of any page's first load with V8's magic comment, leaving the code after it as it was", () => {
    const dist = fakeBuild();
    expect(addCompileHints(dist).map((f: string) => path.basename(f))).toEqual(["layout.js", "react-dom.js", "runtime.js", "wizard.js"]);
    expect(COMPILE_HINT).toBe("//# allFunctionsCalledOnLoad\n");
    for (const name of ["runtime.js", "react-dom.js", "layout.js", "wizard.js"] as const) {
      expect(read(dist, name)).toBe(COMPILE_HINT + CHUNKS[name]);
    }
  });

  it("leave chunks no page loads first (imported later, e.g. charts) lazily compiled", () => {
    const dist = fakeBuild();
    addCompileHints(dist);
    expect(read(dist, "charts.js")).toBe(CHUNKS["charts.js"]);
  });

  it("are idempotent: a second run adds nothing", () => {
    const dist = fakeBuild();
    addCompileHints(dist);
    addCompileHints(dist);
    expect(read(dist, "runtime.js").split(COMPILE_HINT)).toHaveLength(2);
  });

  it("refuse a folder without a build", () => {
    const empty = mkdtempSync(path.join(tmpdir(), "lw-hints-"));
    dirs.push(empty);
    expect(() => addCompileHints(empty)).toThrow(/no build/);
  });
});
