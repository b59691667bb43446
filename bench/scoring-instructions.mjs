/**
 * Instructions per `assess`, by function: `npm run bench:scoring-instructions [-- --calls=40000 --top=25]`.
 *
 * Wall-clock figures on a shared machine swing by ±15% from run to run; instruction counts do not.
 * This runs `bench/scoring-calls.ts` (bundled with esbuild, so no loader thread adds noise) under
 * valgrind's callgrind twice, in parallel: once with only the warm-up and once with `--calls` more
 * calls. The difference, divided by the calls, is the cost of one call. V8's `--perf-basic-prof`
 * map names the JIT-compiled functions (`JS:*name` is optimised code, `Builtin:` V8's own code;
 * inlined functions count in their caller). Needs valgrind (Debian package `valgrind`).
 *
 * Two totals are printed: everything, and JIT code and builtins only. The first includes the
 * C++ runtime, where an old-generation GC that happens to land in the timed window can add a few
 * thousand instructions per call; compare the second between builds.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { bundleScoringCalls, WARMUP_CALLS, workloadEnv } from "./scoring-harness.mjs";

const run = promisify(execFile);
const arg = (name, fallback) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1] ?? fallback);
const CALLS = arg("calls", 40_000);
const TOP = arg("top", 25);

const dir = mkdtempSync(join(tmpdir(), "limitwise-instructions-"));
const maps = [];
const harness = await bundleScoringCalls(dir);

/** Runs the harness under callgrind; returns the callgrind file and the perf map of that node process. */
async function measure(calls) {
  const out = join(dir, `callgrind-${calls}.out`);
  // --perf-basic-prof also writes V8's code log; keep it out of the working directory.
  const log = join(dir, `v8-${calls}.log`);
  const { stderr } = await run(
    "valgrind",
    ["--tool=callgrind", "--dump-instr=yes", `--callgrind-out-file=${out}`, "node", "--single-threaded", "--perf-basic-prof", "--no-logfile-per-isolate", `--logfile=${log}`, harness],
    { env: workloadEnv(calls), maxBuffer: 1 << 26 },
  );
  const pid = /==(\d+)==/.exec(stderr)?.[1];
  if (!pid) throw new Error(`no valgrind pid in:\n${stderr}`);
  maps.push(`/tmp/perf-${pid}.map`);
  return { out, map: `/tmp/perf-${pid}.map` };
}

/** Self instructions per named code range: JIT functions and builtins from the perf map, native code by object file. */
function costsByName({ out, map }) {
  const ranges = readFileSync(map, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => {
      const [start, size, ...name] = line.split(" ");
      return { start: parseInt(start, 16), end: parseInt(start, 16) + parseInt(size, 16), name: name.join(" ") };
    })
    .sort((a, b) => a.start - b.start);
  const nameAt = (address, object) => {
    let lo = 0;
    let hi = ranges.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (ranges[mid].start <= address) lo = mid + 1;
      else hi = mid - 1;
    }
    const r = ranges[hi];
    return r && address < r.end ? r.name.replace(/ file:\S+/, "") : `native ${object}`;
  };
  const byName = new Map();
  // Object files are named once ("ob=(10) /usr/bin/node"), then by number alone ("ob=(10)").
  const objects = new Map();
  let object = "?";
  let address = 0;
  let skipCallCost = false;
  // callgrind format with --dump-instr: "addr line cost" lines, addresses absolute (0x…) or relative (+n, -n, *);
  // the line after "calls=" is the callee's inclusive cost, which is not this function's own.
  for (const line of readFileSync(out, "utf8").split("\n")) {
    if (!line || line[0] === "#") continue;
    // An object file is named where it first appears, which may be as a callee ("cob=").
    const named = /^c?ob=(\(\d+\))\s*(.*)$/.exec(line);
    if (named) {
      if (named[2]) objects.set(named[1], named[2]);
      if (line.startsWith("ob=")) object = objects.get(named[1]) ?? named[1];
    }
    if (/^[a-z]/.test(line)) {
      if (line.startsWith("calls=")) skipCallCost = true;
      continue;
    }
    const [at, , cost] = line.split(" ");
    if (at.startsWith("0x")) address = parseInt(at, 16);
    else if (at[0] === "+") address += Number(at.slice(1));
    else if (at[0] === "-") address -= Number(at.slice(1));
    else if (at !== "*") continue;
    if (skipCallCost) {
      skipCallCost = false;
      continue;
    }
    if (cost === undefined) continue;
    const name = nameAt(address, object);
    byName.set(name, (byName.get(name) ?? 0) + Number(cost));
  }
  return byName;
}

try {
  const [idle, busy] = await Promise.all([measure(0), measure(CALLS)]);
  const before = costsByName(idle);
  const after = costsByName(busy);
  const perCall = [...new Set([...before.keys(), ...after.keys()])]
    .map((name) => ({ name, instructions: ((after.get(name) ?? 0) - (before.get(name) ?? 0)) / CALLS }))
    .sort((a, b) => b.instructions - a.instructions);
  const sum = (rows) => Math.round(rows.reduce((s, r) => s + r.instructions, 0));
  const jit = perCall.filter((r) => r.name.startsWith("JS:") || r.name.startsWith("Builtin:"));
  console.log(`instructions per assess (callgrind, ${CALLS} calls after ${WARMUP_CALLS.toLocaleString("en")} warm-up calls)`);
  console.log(`  total ${sum(perCall)}   JIT code and builtins ${sum(jit)}`);
  for (const r of perCall.slice(0, TOP)) console.log(`  ${String(Math.round(r.instructions)).padStart(7)}  ${r.name}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
  for (const map of maps) rmSync(map, { force: true });
}
