/**
 * The workload `bench/scoring-instructions.mjs` counts and `bench/scoring-profile.mjs` samples:
 * `assess` on the benchmark's realistic borrowers, WARMUP calls to let V8 optimise, then CALLS more
 * in the benchmark's stride (both from the environment `workloadEnv` in `scoring-harness.mjs` sets).
 * The instruction count of a run with CALLS=n minus one with CALLS=0 is n calls' worth.
 */
import fc from "fast-check";
import { assess, assessmentInputSchema } from "../lib/scoring";
import { realisticInputArb } from "../lib/scoring/testing/arbitraries";

const inputs = fc
  .sample(realisticInputArb, { seed: 20261122, numRuns: 4096 })
  .map((input) => assessmentInputSchema.parse(input));
const n = inputs.length;
const WARMUP = Number(process.env.WARMUP);
const CALLS = Number(process.env.CALLS ?? 0);
if (!(WARMUP >= 0)) throw new Error("WARMUP is not set: run this through bench/scoring-harness.mjs's workloadEnv");

let sink = 0;
for (let i = 0; i < WARMUP; i++) sink += assess(inputs[i % n]!).probability;
for (let i = 0; i < CALLS; i++) sink += assess(inputs[(i * 7919) % n]!).probability;
if (sink === 42) console.log(sink);
