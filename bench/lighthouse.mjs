// Lighthouse scores of a few pages, measured with the system Chromium (mobile settings).
//
//   node bench/lighthouse.mjs http://127.0.0.1:3202/ http://127.0.0.1:3202/check \
//        [--dashboard=http://127.0.0.1:3202] [--runs=3] [--cookie=name=value] [--json]
//
// Run it against a production server (`PORT=3202 node scripts/start.mjs`), not `next dev`.
// --dashboard=<origin>  creates one anonymous check-up on that server (through the
//                       wizard's own submission, in a headless browser) and measures its
//                       dashboard too, sending that visitor's cookie.
// --runs=N              measures each page N times and reports the run with the median
//                       performance score (scores vary by a few points between runs).
// --cookie=name=value   sends this cookie with every page (e.g. an owner's lw_visitor).
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

if (!urls.length && !option("dashboard")) {
  console.error("usage: node bench/lighthouse.mjs <url>… [--dashboard=<origin>] [--runs=N] [--cookie=name=value] [--json]");
  process.exit(2);
}

/** One anonymous check-up on `origin`; returns its dashboard URL and the owner's cookie. */
async function createDashboard(origin) {
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
    const visitor = (await context.cookies()).find((c) => c.name === "lw_visitor");
    if (!visitor) throw new Error("the server set no visitor cookie");
    return { url: page.url(), cookie: `${visitor.name}=${visitor.value}` };
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
    failedA11y: Object.values(lhr.audits)
      .filter((a) => a.score === 0 && lhr.categories.accessibility.auditRefs.some((r) => r.id === a.id))
      .map((a) => a.id),
  };
}

const targets = urls.map((url) => ({ url, cookie: cookies }));
if (option("dashboard")) {
  const { url, cookie } = await createDashboard(option("dashboard").replace(/\/$/, ""));
  console.error(`dashboard: ${url}`);
  if (args.includes("--verbose")) console.error(`cookie: ${cookie}`);
  targets.push({ url, cookie: [...cookies, cookie] });
}

// A fresh browser (and profile) for every run: cookies a page sets (the locale cookie, say)
// would otherwise replace the Cookie header sent to the next page, and caches would be warm.
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

if (json) console.log(JSON.stringify(rows, null, 2));
else {
  console.log("Lighthouse 12 · mobile emulation (simulated throttling) · system Chromium\n");
  console.log(["performance", "accessibility", "best-practices", "CLS", "LCP ms", "TBT ms", "url"].join("\t"));
  for (const r of rows) {
    console.log([r.performance, r.accessibility, r.bestPractices, r.cls, r.lcpMs, r.tbtMs, r.url].join("\t"));
    if (r.failedA11y.length) console.log(`\t(accessibility audits failed: ${r.failedA11y.join(", ")})`);
  }
}
