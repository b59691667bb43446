// `npm test`: every suite, on a fresh database of the provider DATABASE_URL
// selects (default: SQLite), ending with one summary line.
//   1. unit + integration (Vitest)  2. end-to-end (Playwright, production build)
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { createFreshDatabase } from "./lib/fresh-database.mjs";
import { authSecret, DEFAULT_DATABASE_URL, ensureGeneratedClient, migrate, ROOT, run } from "./lib/runtime.mjs";

const baseUrl = process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
// Report files are per run, so overlapping runs in one checkout cannot mix their totals.
const reports = path.join(ROOT, "data", "test");
const runId = `${process.pid}-${Date.now().toString(36)}`;
const vitestReport = path.join(reports, `vitest-${runId}.json`);
const playwrightReport = path.join(reports, `playwright-${runId}.json`);
// Optional: `node scripts/test.mjs vitest|e2e [filters…]` runs one suite, filtered;
// `node scripts/test.mjs security` runs the security suites (npm run test:security).
const [mode, ...rest] = process.argv.slice(2);
const SECURITY = {
  vitest: ["lib/security", "lib/server/admin/authorization"],
  e2e: ["e2e/security"],
};
const only = mode === "security" ? undefined : mode;
const vitestFilters = mode === "security" ? SECURITY.vitest : rest;
const e2eFilters = mode === "security" ? SECURITY.e2e : rest;

ensureGeneratedClient();
const fresh = await createFreshDatabase(baseUrl, "test");
console.log(`Test database: ${fresh.provider} (${fresh.provider === "sqlite" ? path.relative(ROOT, fresh.url.slice(5)) : new URL(fresh.url).pathname.slice(1)})`);
const env = { ...process.env, DATABASE_URL: fresh.url, TEST_BASE_DATABASE_URL: baseUrl, NEXTAUTH_SECRET: authSecret(), NEXT_TELEMETRY_DISABLED: "1" };

const failures = [];
function step(name, fn) {
  try {
    fn();
  } catch (error) {
    failures.push(name);
    console.error(`\n✗ ${name}: ${error.message}`);
  }
}

try {
  migrate(env);
  for (const f of [vitestReport, playwrightReport]) rmSync(f, { force: true });
  if (only !== "e2e") {
    step("vitest", () =>
      run(path.join(ROOT, "node_modules/.bin/vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${vitestReport}`, ...vitestFilters], { env }),
    );
  }
  if (only !== "vitest") {
    step("playwright", () => run(process.execPath, ["scripts/e2e.mjs", ...e2eFilters], { env: { ...env, PLAYWRIGHT_JSON_OUTPUT_FILE: playwrightReport } }));
  }
} finally {
  await fresh.drop();
}

// --- one summary -------------------------------------------------------------
let passed = 0;
let failed = 0;
let skipped = 0;
const parts = [];
if (existsSync(vitestReport)) {
  const v = JSON.parse(readFileSync(vitestReport, "utf8"));
  passed += v.numPassedTests;
  failed += v.numFailedTests;
  skipped += v.numPendingTests + v.numTodoTests;
  parts.push(`vitest ${v.numPassedTests}/${v.numTotalTests}`);
}
if (existsSync(playwrightReport)) {
  const s = JSON.parse(readFileSync(playwrightReport, "utf8")).stats;
  passed += s.expected + s.flaky;
  failed += s.unexpected;
  skipped += s.skipped;
  parts.push(`playwright ${s.expected + s.flaky}/${s.expected + s.flaky + s.unexpected + s.skipped}${s.flaky ? ` (${s.flaky} flaky)` : ""}`);
}
for (const f of [vitestReport, playwrightReport]) rmSync(f, { force: true });
if (failures.length && failed === 0) failed = failures.length; // a suite that crashed before reporting
console.log(`\n${fresh.provider}: ${parts.join(", ") || "no suite reported"}`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failures.length || failed ? 1 : 0);
