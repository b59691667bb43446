// Lighthouse scores of a few pages, measured with the system Chromium (mobile settings).
//
//   node bench/lighthouse.mjs http://127.0.0.1:3202/ http://127.0.0.1:3202/check \
//        [--dashboard=http://127.0.0.1:3202] [--share=http://127.0.0.1:3202] [--runs=3] [--cookie=name=value] [--json]
//
// Run it against a production server (`PORT=3202 node scripts/start.mjs`), not `next dev`.
// --dashboard=<origin>  creates one anonymous check-up on that server (through the
//                       wizard's own submission, in a headless browser) and measures its
//                       dashboard too, sending that visitor's cookie.
// --share=<origin>      also creates a share link for such a check-up the way its owner
//                       does (the dashboard's share panel: "create link", default options)
//                       and measures the shared page /s/<token>, without any cookie.
//                       With --dashboard on the same origin, one check-up serves both.
// --runs=N              measures each page N times and reports the run with the median
//                       performance score (scores vary by a few points between runs).
// --cookie=name=value   sends this cookie with every page (e.g. an owner's lw_visitor).
// --json                prints the rows as JSON, each with the audits that cost time or bytes
//                       (opportunities and diagnostics that did not pass, with their savings).
// --save=<dir>          writes each run's full Lighthouse report (JSON) into <dir>.
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import lighthouse from "lighthouse";
import * as chromeLauncher from "chrome-launcher";

const CHROME_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
const CATEGORIES = ["performance", "accessibility", "best-practices"];

const args = process.argv.slice(2);
const option = (name) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const urls = args.filter((a) => !a.startsWith("--"));
const runs = Math.max(1, Number(option("runs") ?? 1));
const json = args.includes("--json");
const chromePath = process.env.CHROME_PATH || "/usr/bin/chromium";
const cookies = option("cookie") ? [option("cookie")] : [];

if (!urls.length && !option("dashboard") && !option("share")) {
  console.error("usage: node bench/lighthouse.mjs <url>… [--dashboard=<origin>] [--share=<origin>] [--runs=N] [--cookie=name=value] [--json]");
  process.exit(2);
}

/**
 * One anonymous check-up on `origin`; returns its dashboard URL and the owner's cookie, and
 * with `share`, the URL of a share link created from the dashboard's share panel.
 */
async function createDashboard(origin, { share = false } = {}) {
  const { chromium } = await import("@playwright/test");
  const browser = await chromium.launch({ executablePath: chromePath, args: ["--no-sandbox", "--disable-gpu"] });
  try {
    const context = await browser.newContext({ locale: "zh-CN" });
    const page = await context.newPage();
    const draft = {
      platform: "weilidai",
      goal: "raise",
      "limit.current": "20000",
      "limit.usedPercent": "40",
      "repayment.onTimeMonths": "8",
      "repayment.autopay": "no",
      "debt.monthlyIncome": "8000",
      "debt.monthlyDebtPayment": "2500",
      "debt.lendersWithBalance": "3",
      "debt.applications3m": "3",
      "usage.loans12m": "4",
      "usage.avgLoanDays": "20",
      "usage.monthsSinceLastUse": "1",
      "ecosystem.paymentsPerMonth": "10",
      "ecosystem.paymentScenes": "3",
      "profile.bankCardMonths": "12",
      "profile.employment": "private",
      "profile.educationFilled": "no",
      "profile.occupationFilled": "no",
      "profile.socialInsurance": "no",
      "extras.account.entryChecksPerMonth": "2",
      _consent: "yes",
    };
    await page.goto(`${origin}/check`);
    await page.evaluate((d) => sessionStorage.setItem("limitwise:check:v1", JSON.stringify({ draft: d, step: "consent" })), draft);
    await page.reload();
    await page.locator("form button[type=submit]").click();
    await page.waitForURL(/\/assessments\/[A-Za-z0-9_-]+$/, { timeout: 30_000 });
    const url = page.url();
    const visitor = (await context.cookies()).find((c) => c.name === "lw_visitor");
    if (!visitor) throw new Error("the server set no visitor cookie");
    let shareUrl;
    if (share) {
      // As the owner does: scroll to the share panel, keep the default options, create.
      // The panel becomes interactive when scrolled near (its code loads then): wait until React owns the form.
      await page.locator("#more-help").scrollIntoViewIfNeeded();
      await page.waitForFunction(() => {
        const form = document.querySelector('[data-testid="share-panel"] form');
        return Boolean(form && Object.keys(form).some((k) => k.startsWith("__reactProps")));
      }, undefined, { timeout: 30_000 });
      const panel = page.getByTestId("share-panel");
      await panel.locator("form button[type=submit]").click({ timeout: 30_000 });
      const link = page.getByTestId("created-link").locator("input");
      await link.waitFor({ timeout: 30_000 });
      shareUrl = await link.inputValue();
      if (!/\/s\/[A-Za-z0-9_-]+$/.test(shareUrl)) throw new Error(`unexpected share link: ${shareUrl}`);
    }
    return { url, cookie: `${visitor.name}=${visitor.value}`, shareUrl };
  } finally {
    await browser.close();
  }
}

async function measure(chrome, url, cookie) {
  const flags = {
    port: chrome.port,
    output: "json",
    logLevel: "error",
    onlyCategories: CATEGORIES,
    ...(cookie.length ? { extraHeaders: { Cookie: cookie.join("; ") } } : {}),
  };
  const result = await lighthouse(url, flags);
  const lhr = result.lhr;
  if (option("save")) {
    mkdirSync(option("save"), { recursive: true });
    const name = `${new URL(url).pathname.replace(/[^A-Za-z0-9]+/g, "_").replace(/^_|_$/g, "") || "root"}-${Date.now()}.json`;
    writeFileSync(path.join(option("save"), name), JSON.stringify(lhr));
  }
  if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const audit = (id) => lhr.audits[id]?.numericValue;
  return {
    url,
    finalUrl: lhr.finalDisplayedUrl,
    performance: score("performance"),
    accessibility: score("accessibility"),
    bestPractices: score("best-practices"),
    cls: Number((audit("cumulative-layout-shift") ?? 0).toFixed(3)),
    lcpMs: Math.round(audit("largest-contentful-paint") ?? 0),
    fcpMs: Math.round(audit("first-contentful-paint") ?? 0),
    tbtMs: Math.round(audit("total-blocking-time") ?? 0),
    // What Lighthouse says costs time or bytes, largest first (for --json).
    findings: Object.values(lhr.audits)
      .filter((a) => a.score !== null && a.score < 1 && ["opportunity", "table"].includes(a.details?.type) && lhr.categories.performance.auditRefs.some((r) => r.id === a.id))
      .map((a) => ({
        id: a.id,
        score: a.score,
        display: a.displayValue,
        savingsMs: a.details?.overallSavingsMs ? Math.round(a.details.overallSavingsMs) : undefined,
        savingsBytes: a.details?.overallSavingsBytes ? Math.round(a.details.overallSavingsBytes) : undefined,
        items: (a.details?.items ?? []).slice(0, 5).map((i) => ({
          url: typeof i.url === "string" ? i.url : i.node?.snippet ?? i.label ?? i.groupLabel,
          ...(i.wastedBytes ? { wastedBytes: Math.round(i.wastedBytes) } : {}),
          ...(i.wastedMs ? { wastedMs: Math.round(i.wastedMs) } : {}),
          ...(i.total ? { totalMs: Math.round(i.total) } : {}),
          ...(i.duration ? { durationMs: Math.round(i.duration) } : {}),
          ...(i.transferSize ? { transferSize: i.transferSize } : {}),
        })),
      }))
      .sort((a, b) => (b.savingsMs ?? 0) - (a.savingsMs ?? 0)),
    failedBestPractices: Object.values(lhr.audits)
      .filter((a) => a.score === 0 && lhr.categories["best-practices"].auditRefs.some((r) => r.id === a.id))
      .map((a) => a.id),
    failedA11y: Object.values(lhr.audits)
      .filter((a) => a.score === 0 && lhr.categories.accessibility.auditRefs.some((r) => r.id === a.id))
      .map((a) => a.id),
  };
}

const targets = urls.map((url) => ({ url, cookie: cookies }));
const dashboardOrigin = option("dashboard")?.replace(/\/$/, "");
const shareOrigin = option("share")?.replace(/\/$/, "");
if (dashboardOrigin) {
  const { url, cookie, shareUrl } = await createDashboard(dashboardOrigin, { share: shareOrigin === dashboardOrigin });
  console.error(`dashboard: ${url}`);
  if (args.includes("--verbose")) console.error(`cookie: ${cookie}`);
  targets.push({ url, cookie: [...cookies, cookie] });
  if (shareUrl) {
    console.error(`share: ${shareUrl}`);
    targets.push({ url: shareUrl, cookie: cookies });
  }
}
if (shareOrigin && shareOrigin !== dashboardOrigin) {
  const { shareUrl } = await createDashboard(shareOrigin, { share: true });
  console.error(`share: ${shareUrl}`);
  targets.push({ url: shareUrl, cookie: cookies });
}

// A fresh browser (and profile) for every run: cookies a page sets (the locale cookie, say)
// would otherwise replace the Cookie header sent to the next page, and caches would be warm.
const loadBefore = os.loadavg();
const rows = [];
for (const { url, cookie } of targets) {
  const results = [];
  for (let i = 0; i < runs; i++) {
    const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROME_FLAGS });
    try {
      results.push(await measure(chrome, url, cookie));
    } finally {
      await chrome.kill();
    }
  }
  results.sort((a, b) => a.performance - b.performance);
  rows.push({ ...results[Math.floor(results.length / 2)], runs });
}

const load = { before: loadBefore.map((l) => Number(l.toFixed(2))), after: os.loadavg().map((l) => Number(l.toFixed(2))) };
if (json) console.log(JSON.stringify({ load, rows }, null, 2));
else {
  console.log("Lighthouse 12 · mobile emulation (simulated throttling) · system Chromium\n");
  console.log(["performance", "accessibility", "best-practices", "CLS", "FCP ms", "LCP ms", "TBT ms", "url"].join("\t"));
  for (const r of rows) {
    console.log([r.performance, r.accessibility, r.bestPractices, r.cls, r.fcpMs, r.lcpMs, r.tbtMs, r.url].join("\t"));
    if (r.failedA11y.length) console.log(`\t(accessibility audits failed: ${r.failedA11y.join(", ")})`);
    if (r.failedBestPractices.length) console.log(`\t(best-practices audits failed: ${r.failedBestPractices.join(", ")})`);
  }
  console.log(`\nload average (1/5/15 min): ${load.before.join(" ")} before, ${load.after.join(" ")} after; ${runs} run(s) per page, median shown`);
}
