/**
 * Where `assess` spends its time, by phase and by source line: `npm run bench:scoring-profile [-- --calls=400000 --top=12 --lines=40]`.
 *
 * `bench:scoring-instructions` counts instructions, which repeat exactly but are not time: a
 * mispredicted branch or a cache miss costs many cycles and one instruction. This samples time
 * instead. It runs `bench/scoring-calls.ts` (bundled with esbuild, with a source map) under
 * `perf record -e cpu-clock` (a software clock, so it works where hardware counters do not,
 * e.g. in a VM), with V8's `--perf-prof` writing the JIT code and its source positions, and
 * `perf inject --jit` turning them into symbols and line numbers. It prints:
 *
 *   - each phase's share of the run, inclusive (`buildPlan` with the `project` it calls, etc.);
 *   - each function's own share (inlined functions count in their caller);
 *   - the source lines with the most samples, mapped back to the TypeScript through the source map.
 *
 * Shares are of all samples, the warm-up calls and start-up included, so read them against
 * each other. A line's share is that of the instructions V8 attributes to it: an instruction counts
 * toward the last source position V8 recorded before it, so a line can collect some of its
 * neighbours' work, and what V8 inlines differs from run to run. Samples vary by a few per cent
 * from run to run. Needs `perf` (Debian package `linux-perf`) and permission to use it
 * (`perf_event_paranoid` ≤ 2, or root).
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { SourceMap } from "node:module";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { promisify } from "node:util";
import { bundleScoringCalls, WARMUP_CALLS, workloadEnv } from "./scoring-harness.mjs";

const run = promisify(execFile);
const arg = (name, fallback) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1] ?? fallback);
const CALLS = arg("calls", 400_000);
const TOP = arg("top", 12);
const LINES = arg("lines", 40);
const BIG = { maxBuffer: 1 << 28 };

try {
  await run("perf", ["--version"]);
} catch {
  console.error("bench:scoring-profile needs perf (Debian package linux-perf).");
  process.exit(2);
}

const dir = mkdtempSync(join(tmpdir(), "limitwise-profile-"));
/** Runs `perf` in the scratch directory, with its build-id cache there too (not in ~/.debug). */
const perf = (args, env = process.env) => run("perf", ["--buildid-dir", join(dir, "buildid"), ...args], { cwd: dir, env, ...BIG });

try {
  const harness = await bundleScoringCalls(dir, { sourcemap: true });
  const sourceMap = new SourceMap(JSON.parse(readFileSync(`${harness}.map`, "utf8")));
  const bundleLines = readFileSync(harness, "utf8").split("\n");

  // --perf-prof writes jit-<pid>.dump into the working directory, where `perf inject` finds it.
  await perf(
    ["record", "-q", "-k", "1", "-e", "cpu-clock", "-F", "20000", "-g", "-o", "perf.data",
      "node", "--perf-prof", "--no-logfile-per-isolate", `--logfile=${join(dir, "v8.log")}`, harness],
    workloadEnv(CALLS),
  );
  await perf(["inject", "--jit", "-i", "perf.data", "-o", "perf.jit.data"]);

  /** `perf report` rows: [share %, symbol]. */
  const report = async (...options) =>
    (await perf(["report", "-i", "perf.jit.data", "--stdio", "-g", "none", "--sort", "sym", ...options])).stdout
      .split("\n")
      .map((line) => /^\s+([\d.]+)%\s+(?:[\d.]+%\s+)?\[[.k]\]\s+(.*)$/.exec(line))
      .filter(Boolean)
      .map(([, share, symbol]) => [Number(share), symbol.trim()]);
  const shortName = (symbol) => symbol.replace(/ file:\S+/, "").replace(/^JS:\*/, "");
  const isScoring = (symbol) => symbol.startsWith("JS:*") && symbol.includes(harness);

  const inclusive = (await report("--children")).filter(([, s]) => isScoring(s) && !/ file:\S+:1:1$/.test(s));
  const self = await report("--no-children");
  console.log(`time in assess by phase (perf cpu-clock samples, ${CALLS} calls after ${WARMUP_CALLS.toLocaleString("en")} warm-up calls; % of all samples)`);
  console.log("  inclusive (with what each calls or inlines):");
  for (const [share, symbol] of inclusive.slice(0, TOP)) console.log(`  ${share.toFixed(1).padStart(6)}%  ${shortName(symbol)}`);
  console.log("  own time:");
  for (const [share, symbol] of self.slice(0, TOP)) console.log(`  ${share.toFixed(1).padStart(6)}%  ${shortName(symbol)}`);

  // Per source line: perf annotate gives each instruction's share of its function, under the bundle
  // line it came from ("…/calls.mjs:1234"); weight by the function's own share, map to the TypeScript.
  const byLine = new Map();
  for (const [share, symbol] of self.filter(([, s]) => isScoring(s)).slice(0, TOP)) {
    const { stdout } = await perf(["annotate", "-i", "perf.jit.data", "--stdio", symbol]);
    let line = 0;
    for (const text of stdout.split("\n")) {
      const marker = /calls\.mjs:(\d+)\s*$/.exec(text);
      const sample = /^\s+([\d.]+) :\s+[0-9a-f]+:/.exec(text);
      if (sample) {
        if (line > 0) byLine.set(line, (byLine.get(line) ?? 0) + (Number(sample[1]) * share) / 100);
      } else if (marker) line = Number(marker[1]);
    }
  }
  console.log("  source lines with the most samples:");
  for (const [line, share] of [...byLine].sort((a, b) => b[1] - a[1]).slice(0, LINES)) {
    const text = bundleLines[line - 1] ?? "";
    const column = text.length - text.trimStart().length;
    const entry = sourceMap.findEntry(line - 1, column);
    const where = entry?.originalSource ? `${relative(process.cwd(), resolve(dir, entry.originalSource))}:${entry.originalLine + 1}` : `bundle:${line}`;
    console.log(`  ${share.toFixed(2).padStart(6)}%  ${where.padEnd(34)} ${text.trim().slice(0, 90)}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
