/**
 * Scoring benchmark: `npm run bench:scoring`.
 *
 * Times `assess` (scorecard, reasons, dimensions, checklist re-scoring, plan
 * projection, warnings, interval — everything) one call at a time over a
 * varied set of generated valid inputs, after a warm-up, on the main thread
 * (one core). Prints the median and p99 per call, and assessments per second
 * from an untimed loop. Also times `simulate` (the what-if sliders).
 *
 * Two populations: "realistic" borrowers (`realisticInputArb`: everyday
 * ranges, misuse rare — the target applies here) and "edge" inputs
 * (`assessmentInputArb`, the property tests' generator: extremes, and a
 * blocking issue in two inputs out of three, so many more reasons, warnings
 * and re-scorings per call).
 *
 * Options: `--quick` (fewer calls, for CI smoke runs), `--json` (one JSON line).
 */
import { cpus, loadavg } from "node:os";
import fc from "fast-check";
import { assess, assessmentInputSchema, MODEL_VERSION, simulate, type AssessmentInput } from "../lib/scoring";
import { referenceInput } from "../lib/scoring/calibration";
import { GOALS, PLATFORMS } from "../lib/scoring/constants";
import { assessmentInputArb, realisticInputArb } from "../lib/scoring/testing/arbitraries";

const quick = process.argv.includes("--quick");
const asJson = process.argv.includes("--json");
const INPUTS = 4096;
const WARMUP = quick ? 50_000 : 300_000;
const TIMED = quick ? 100_000 : 500_000;
const TARGET_MEDIAN_US = 5;

// Fixed, varied populations (seeded): every platform × goal's reference borrower plus generated ones.
const references = PLATFORMS.flatMap((p) => GOALS.map((g) => referenceInput(p, g)));
const population = (arb: fc.Arbitrary<AssessmentInput>): AssessmentInput[] =>
  [...references, ...fc.sample(arb, { seed: 20261122, numRuns: INPUTS })].map((input) =>
    assessmentInputSchema.parse(input),
  );
const realistic = population(realisticInputArb);
const edge = population(assessmentInputArb);
let inputs = realistic;
let n = inputs.length;

let sink = 0;
function warmUp(): void {
  for (let i = 0; i < WARMUP; i++) sink += assess(inputs[i % n]!).probability;
}

/** Per-call latencies in µs (timer overhead included; see `timerOverhead`). */
function timeEach(fn: (input: AssessmentInput) => number, calls: number): Float64Array {
  const out = new Float64Array(calls);
  for (let i = 0; i < calls; i++) {
    const input = inputs[(i * 7919) % n]!;
    const t0 = performance.now();
    sink += fn(input);
    out[i] = (performance.now() - t0) * 1000;
  }
  return out.sort();
}

function timerOverhead(): number {
  const samples = new Float64Array(100_000);
  for (let i = 0; i < samples.length; i++) {
    const t0 = performance.now();
    samples[i] = (performance.now() - t0) * 1000;
  }
  return samples.sort()[samples.length >> 1]!;
}

const quantile = (sorted: Float64Array, q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

function throughput(calls: number): { perSecond: number; cpuUsPerCall: number } {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (let i = 0; i < calls; i++) sink += assess(inputs[i % n]!).probability;
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  return { perSecond: calls / seconds, cpuUsPerCall: (cpu.user + cpu.system) / calls };
}

warmUp();
const overhead = timerOverhead();
const latencies = timeEach((input) => assess(input).probability, TIMED);
const { perSecond, cpuUsPerCall } = throughput(TIMED);
const simChanges = { debt: { applications3m: 0 }, repayment: { onTimeMonths: 24 } };
for (let i = 0; i < WARMUP; i++) sink += simulate(inputs[i % n]!, simChanges).probability;
const simLatencies = timeEach((input) => simulate(input, simChanges).probability, TIMED);
inputs = edge;
n = inputs.length;
warmUp();
const edgeLatencies = timeEach((input) => assess(input).probability, TIMED);

const result = {
  modelVersion: MODEL_VERSION,
  node: process.version,
  cpu: cpus()[0]?.model ?? "unknown",
  loadAverage1m: Math.round(loadavg()[0]! * 100) / 100,
  inputs: realistic.length,
  calls: TIMED,
  assess: {
    medianUs: quantile(latencies, 0.5),
    p99Us: quantile(latencies, 0.99),
    perSecond: Math.round(perSecond),
    cpuUsPerCall,
  },
  simulate: { medianUs: quantile(simLatencies, 0.5), p99Us: quantile(simLatencies, 0.99) },
  edge: { medianUs: quantile(edgeLatencies, 0.5), p99Us: quantile(edgeLatencies, 0.99) },
  timerOverheadUs: overhead,
  targetMedianUs: TARGET_MEDIAN_US,
};

if (asJson) console.log(JSON.stringify(result));
else {
  const us = (v: number) => `${v.toFixed(2)} µs`;
  console.log(`scoring benchmark — model ${result.modelVersion}, node ${result.node}, ${result.cpu}`);
  console.log(`  ${result.inputs} varied inputs per population, ${WARMUP} warm-up calls, ${TIMED} timed calls each, 1-min load ${result.loadAverage1m}`);
  console.log(`  assess    median ${us(result.assess.medianUs)}   p99 ${us(result.assess.p99Us)}   (realistic borrowers)`);
  console.log(`            ${result.assess.perSecond.toLocaleString("en")} assessments/s on one core (untimed loop; ${us(cpuUsPerCall)} CPU per call)`);
  console.log(`  simulate  median ${us(result.simulate.medianUs)}   p99 ${us(result.simulate.p99Us)}`);
  console.log(`  assess    median ${us(result.edge.medianUs)}   p99 ${us(result.edge.p99Us)}   (edge inputs: extremes, mostly with a blocking issue)`);
  console.log(`  (per-call times include ~${us(overhead)} of timer overhead)`);
  console.log(
    `  target: median ≤ ${TARGET_MEDIAN_US} µs per assess (realistic) — ${result.assess.medianUs <= TARGET_MEDIAN_US ? "met" : "MISSED"}`,
  );
}
if (sink === 42) console.log("");
