/**
 * The workload the scoring profilers measure (`bench/scoring-calls.ts`): bundled with esbuild into one
 * file, so that no loader thread adds noise and the JIT code names one source, and run with its call
 * counts in the environment. Shared by `scoring-instructions.mjs` and `scoring-profile.mjs`.
 */
import { createRequire } from "node:module";
import { join } from "node:path";

// esbuild comes with tsx (a dev dependency); resolve it from there rather than rely on hoisting.
const esbuild = createRequire(createRequire(import.meta.url).resolve("tsx/package.json"))("esbuild");

/** Warm-up calls before the measured ones: enough for V8 to optimise `assess` and its helpers. */
export const WARMUP_CALLS = 60_000;

/** The environment the bundled workload runs in: `calls` measured calls after `WARMUP_CALLS` warm-up calls. */
export function workloadEnv(calls) {
  return { ...process.env, WARMUP: String(WARMUP_CALLS), CALLS: String(calls) };
}

/** Bundles the workload into `dir/calls.mjs` (with `calls.mjs.map` when `sourcemap`); returns its path. */
export async function bundleScoringCalls(dir, { sourcemap = false } = {}) {
  const outfile = join(dir, "calls.mjs");
  await esbuild.build({
    entryPoints: ["bench/scoring-calls.ts"],
    bundle: true,
    platform: "node",
    format: "esm",
    outfile,
    sourcemap: sourcemap ? "external" : false,
    logLevel: "error",
  });
  return outfile;
}
