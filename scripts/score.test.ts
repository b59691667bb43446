/**
 * The scoring CLI end to end: `tsx scripts/score.ts < input.json`.
 * The runs start together in `beforeAll` (each pays tsx's start-up once).
 */
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { assess, assessmentInputSchema, assessmentSchema } from "../lib/scoring";

const root = fileURLToPath(new URL("..", import.meta.url));
const tsx = `${root}node_modules/.bin/tsx`;
const sample = (name: string) => readFileSync(`${root}docs/samples/${name}.json`, "utf8");

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function score(stdin: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(tsx, ["scripts/score.ts"], { cwd: root });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

/** One valid sample goes through the CLI; the others are checked in-process (every tsx start costs seconds). */
const VALID = ["weilidai-raise"] as const;
const OTHER_SAMPLES = ["jiebei-restore", "mybank-open"] as const;
const runs: Record<string, Run> = {};

beforeAll(async () => {
  const inputs: Record<string, string> = {
    ...Object.fromEntries(VALID.map((name) => [name, sample(name)])),
    invalid: sample("invalid"),
    broken: "{ not json",
  };
  const results = await Promise.all(Object.values(inputs).map(score));
  Object.keys(inputs).forEach((name, i) => (runs[name] = results[i]!));
}, 120_000);

describe("scripts/score.ts", () => {
  it.each(VALID)("prints the assessment for %s", (name) => {
    const { status, stdout, stderr } = runs[name]!;
    expect(stderr).toBe("");
    expect(status).toBe(0);
    const output = JSON.parse(stdout);
    expect(assessmentSchema.safeParse(output).success).toBe(true);
    // The same as calling the library (the model is deterministic).
    expect(output).toEqual(JSON.parse(JSON.stringify(assess(assessmentInputSchema.parse(JSON.parse(sample(name)))))));
  });

  it("prints each bad field's path and message on stderr and exits 2", () => {
    const { status, stdout, stderr } = runs.invalid!;
    expect(status).toBe(2);
    expect(stdout).toBe("");
    const lines = stderr.trim().split("\n");
    expect(lines.map((l) => l.split(":")[0])).toEqual([
      "platform",
      "limit.usedPercent",
      "repayment.onTimeMonths",
      "repayment.currentlyOverdue",
    ]);
    for (const line of lines) expect(line).toMatch(/^[\w.]+: \S/);
  });

  it("rejects unparseable JSON with exit 2", () => {
    expect(runs.broken!.status).toBe(2);
    expect(runs.broken!.stdout).toBe("");
    expect(runs.broken!.stderr).toMatch(/^\(input\): not valid JSON/);
  });

  it.each(OTHER_SAMPLES)("has a valid sample input %s", (name) => {
    const input = assessmentInputSchema.parse(JSON.parse(sample(name)));
    expect(assessmentSchema.safeParse(assess(input)).success).toBe(true);
  });
});
