// Explicit compile hints for the code a page runs while it starts.
//
// V8 compiles most functions lazily: a function's code is built the first time it
// is called, on the main thread. The chunks of a page's first load (the Turbopack
// runtime, React DOM, the App Router and the page's own client components) run
// most of their module code while the page starts and hydrates, so on a phone a
// large part of the start-up task is V8 compiling that code, blocking input.
// A file that starts with the magic comment `//# allFunctionsCalledOnLoad` is
// compiled eagerly instead, on a background thread while it streams in (Chrome 136
// and later; other engines ignore the comment). Chunks that are only imported
// later (charts on scroll, validation on submit) keep lazy compilation: compiling
// code a visit may never run would cost more than it saves.
//
// Measured with `npm run bench:lighthouse` (mobile, simulated throttling) on one
// build with and without the hints: docs/performance.md, "Compile hints".
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pageFirstLoads } from "./first-load.mjs";

export const COMPILE_HINT = "//# allFunctionsCalledOnLoad\n";

/** Prefixes the hint to every chunk of any page's first load in the build in `distDir` (idempotent); returns their paths. */
export function addCompileHints(distDir) {
  const { pages } = pageFirstLoads(distDir);
  const files = [...new Set(pages.flatMap((p) => p.files))].sort();
  return files.map((file) => {
    const full = path.join(distDir, file);
    const code = readFileSync(full, "utf8");
    if (!code.startsWith(COMPILE_HINT)) writeFileSync(full, COMPILE_HINT + code);
    return full;
  });
}
