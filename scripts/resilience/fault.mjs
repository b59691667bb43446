// Scenario 2 — fault: a throwaway PostgreSQL (never the machine's main server) is
// stopped in the middle of a load run and started again, while one app server
// keeps running on it.
//
// Timeline (seconds from the start of the load):
//   0–OUTAGE_AT      healthy load
//   OUTAGE_AT        pg_ctl stop -m fast (every connection is cut, new ones refused)
//   …                probes: /api/health, the JSON API, /, /check, a dashboard, a share link
//                    over HTTP, then the pages in headless Chromium
//   ≥ +MIN_OUTAGE    pg_ctl start; poll /api/health until 200 (no app restart); probes again
//   +AFTER           the load stops (every step has its own time limit; the load at most MAX_LOAD)
// Checks: API answers 503 with the stable error shape, pages answer the friendly error page
// (never a bare 500), no connection errors, the process keeps running (same pid), service
// resumes by itself, and every acknowledged (201) assessment is in the database.
import { chromiumPath } from "../lib/chromium.mjs";
import { check, defer, fixtures, fmt, freePort, http, poll, skip, sleep, startApp } from "./harness.mjs";
import { throwawayPostgres } from "./postgres.mjs";
import { createBody, createVisitors, idsInDatabase, isFriendlyErrorPage, MARKERS, mixedLoad, pageOutcome, printLoadTable } from "./traffic.mjs";

const OUTAGE_AT = 10;
/** At least this long down; longer if the probes during the outage take more time. */
const MIN_OUTAGE = 10;
/** Healthy load after recovery before the run ends. */
const AFTER = 10;
/** Upper bound of the whole load run, whatever happens. */
const MAX_LOAD = 150;
const CONNECTIONS = { create: 12, dashboard: 9, share: 9 };

/** One request of each kind, sequentially; what came back and how fast. */
async function probe(base, { visitor, token }, label) {
  const out = {};
  const one = async (name, url, init = {}) => {
    const t = performance.now();
    try {
      const res = await http(`${base}${url}`, { timeoutMs: 15_000, ...init });
      const text = await res.text();
      let json = null;
      try {
        json = JSON.parse(text);
      } catch {
        /* a page */
      }
      out[name] = { status: res.status, ms: performance.now() - t, text, json, retryAfter: res.headers.get("retry-after"), friendly: isFriendlyErrorPage(text), outcome: pageOutcome(text) };
    } catch (error) {
      out[name] = { status: 0, ms: performance.now() - t, error: error.message, text: "", friendly: false, outcome: "none" };
    }
  };
  await one("health", "/api/health");
  await one("api", "/api/v1/assessments", { method: "POST", headers: { "content-type": "application/json" }, body: createBody(1) });
  await one("home", "/");
  await one("check", "/check");
  await one("dashboard", `/assessments/${visitor.id}`, { headers: { cookie: visitor.cookie } });
  await one("share", `/s/${token}`, { headers: { "x-forwarded-for": "192.0.2.77" } });
  const describe = (name, r) => {
    if (r.status === 0) return `${name} no answer (${r.error})`;
    const what = r.json?.error ? ` ${r.json.error.code}` : r.json?.database ? ` db ${r.json.database.status}` : r.status >= 500 ? ` ${r.outcome}` : "";
    return `${name} ${r.status}${what} ${fmt.ms(r.ms)}`;
  };
  console.log(`    ${label.padEnd(16)} ${Object.entries(out).map(([k, r]) => describe(k, r)).join(" · ")}`);
  return out;
}

/**
 * What a person sees: the pages rendered in headless Chromium (JavaScript on), waiting for
 * the friendly error page's heading or the page's own content. Returns { page: what } or
 * null when no Chromium is installed.
 */
async function openBrowser() {
  const executablePath = chromiumPath();
  if (!executablePath) return null;
  const { chromium } = await import("@playwright/test");
  // Our signal handlers clean up (and close the browser); Playwright's own would exit the process first.
  const browser = await chromium.launch({
    executablePath,
    args: ["--no-sandbox", "--disable-dev-shm-usage"],
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  defer("close Chromium", () => browser.close());
  return browser;
}

async function seeInBrowser(browser, base, { visitor, token }) {
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "192.0.2.78" } });
  await context.addCookies([{ name: "lw_visitor", value: visitor.cookie.split("=")[1], url: base }]);
  const seen = {};
  try {
    for (const [name, url] of [
      ["dashboard", `/assessments/${visitor.id}`],
      ["share", `/s/${token}`],
      ["check", "/check"],
    ]) {
      const page = await context.newPage();
      try {
        const response = await page.goto(`${base}${url}`, { waitUntil: "domcontentloaded", timeout: 20_000 });
        const heading = page.locator("h1").first();
        await heading.waitFor({ timeout: 15_000 });
        // Give the client a moment to swap Next.js' error document for the error boundary.
        await page.waitForFunction(() => document.querySelector("h1")?.textContent?.trim(), null, { timeout: 15_000 });
        const text = (await heading.textContent())?.trim() ?? "";
        seen[name] = { status: response?.status() ?? 0, heading: text, friendly: MARKERS.friendly.includes(text), retry: await page.getByRole("button").count() };
      } catch (error) {
        seen[name] = { status: 0, heading: "", friendly: false, error: error.message.split("\n")[0] };
      } finally {
        await page.close();
      }
    }
  } finally {
    await context.close();
  }
  console.log(`    in Chromium      ${Object.entries(seen).map(([k, r]) => `${k} ${r.status} "${r.heading || r.error}"`).join(" · ")}`);
  return seen;
}

export async function faultScenario({ secret, logDir }) {
  console.log(`\n▶ Fault: PostgreSQL stopped ${OUTAGE_AT} s into a load run, started again ≥ ${MIN_OUTAGE} s later; ${AFTER} s of load after recovery (throwaway server)`);
  const pgx = await throwawayPostgres();
  console.log(`  throwaway PostgreSQL on 127.0.0.1:${pgx.port} (log ${pgx.log})`);
  const port = await freePort(3700, 3799);
  const app = await startApp({ name: "fault", port, logDir, env: { DATABASE_URL: pgx.url, NEXTAUTH_SECRET: secret } });
  const pid = app.pid;
  console.log(`  server ${app.base} (pid ${pid})`);

  try {
    const visitors = await createVisitors(app.base, 10);
    const { tokens } = fixtures("share-links", { assessmentIds: visitors.map((v) => v.id), perAssessment: 1 }, pgx.url);
    const probeTargets = { visitor: visitors[0], token: tokens[0] };
    const acked = new Set(visitors.map((v) => v.id));

    const browser = await openBrowser().catch((error) => {
      console.log(`    (Chromium did not start: ${error.message.split("\n")[0]})`);
      return null;
    });
    const before = await probe(app.base, probeTargets, "before");
    const seenBefore = browser ? await seeInBrowser(browser, app.base, probeTargets) : null; // also warms Chromium up
    let endLoad;
    const until = new Promise((resolve) => (endLoad = resolve));
    const t0 = Date.now();
    const load = mixedLoad({ base: app.base, seconds: MAX_LOAD, connections: CONNECTIONS, visitors, tokens, until });

    await sleep(OUTAGE_AT * 1000 - (Date.now() - t0));
    const outageStart = (Date.now() - t0) / 1000;
    pgx.stop("fast");
    console.log(`    ${fmt.n(outageStart, 1)} s: PostgreSQL stopped`);
    await sleep(1500);
    const during = await probe(app.base, probeTargets, "during outage");
    const seen = browser ? await seeInBrowser(browser, app.base, probeTargets) : null;
    const healthDown = await http(`${app.base}/api/health`).then((r) => r.status).catch(() => 0);

    await sleep(Math.max(0, (outageStart + MIN_OUTAGE) * 1000 - (Date.now() - t0)));
    const restartedAt = (Date.now() - t0) / 1000;
    pgx.start();
    const acceptingAt = (Date.now() - t0) / 1000;
    console.log(`    ${fmt.n(restartedAt, 1)} s: PostgreSQL starting; accepting connections at ${fmt.n(acceptingAt, 1)} s`);
    const healthy = await poll(async () => (await http(`${app.base}/api/health`, { timeoutMs: 3_000 })).status === 200, { ms: 30_000, everyMs: 200 });
    const recoveredAt = (Date.now() - t0) / 1000;
    console.log(`    ${fmt.n(recoveredAt, 1)} s: /api/health ${healthy ? "200" : "still not 200 after 30 s"}`);
    const after = await probe(app.base, probeTargets, "after restart");
    if (after.api.status === 201) acked.add(after.api.json.id);
    if (before.api.status === 201) acked.add(before.api.json.id);

    await sleep(AFTER * 1000);
    endLoad();
    const run = await load;
    for (const id of run.acked) acked.add(id);
    printLoadTable(run.kinds);
    printTimeline(run.kinds, { outageStart, restartedAt, recoveredAt });

    // --- checks -------------------------------------------------------------------
    const apiShape = (r) => r.json?.error?.code === "UNAVAILABLE" && typeof r.json.error.message === "string" && Object.keys(r.json).length === 1;
    check("before: every probe succeeds", before.api.status === 201 && before.dashboard.status === 200 && before.share.text.includes(MARKERS.share) && before.health.status === 200);
    if (seenBefore) check("before: Chromium shows the dashboard and the shared page", !seenBefore.dashboard.friendly && !seenBefore.share.friendly && Boolean(seenBefore.dashboard.heading && seenBefore.share.heading));
    check("outage: /api/health answers 503", during.health.status === 503 && healthDown === 503, `${during.health.status}, ${healthDown}`);
    check(
      "outage: the JSON API answers 503 with the stable error shape and Retry-After",
      during.api.status === 503 && apiShape(during.api) && Boolean(during.api.retryAfter),
      `${during.api.status} ${during.api.text.slice(0, 120)} (Retry-After ${during.api.retryAfter})`,
    );
    for (const page of ["home", "check", "dashboard", "share"]) {
      const r = during[page];
      const ok = r.status > 0 && (r.status < 500 ? r.status === 200 : r.outcome !== "bare");
      check(`outage: GET ${page} answers its page or an error page, never a bare 500`, ok, `${r.status}${r.status >= 500 ? ` ${r.outcome}` : ""}`);
    }
    if (seen) {
      for (const page of ["dashboard", "share"]) {
        check(`outage: in Chromium the ${page} shows the friendly error page with a retry button`, seen[page].friendly && seen[page].retry > 0, `HTTP ${seen[page].status}, h1 "${seen[page].heading || seen[page].error}"`);
      }
      check("outage: in Chromium /check shows the check-up or the friendly error page", Boolean(seen.check.heading) && !seen.check.error, `HTTP ${seen.check.status}, h1 "${seen.check.heading || seen.check.error}"`);
    } else {
      skip("outage: pages in Chromium", "no Chromium (install chromium or `npx playwright install chromium`)");
    }

    const all = Object.values(run.kinds);
    const sum = (f) => all.reduce((a, r) => a + f(r), 0);
    check("load: no connection errors or timeouts through the outage", sum((r) => r.errors + r.timeouts) === 0, `${sum((r) => r.errors)} errors, ${sum((r) => r.timeouts)} timeouts`);
    const apiNon503 = Object.entries(run.kinds.create.statuses).filter(([s]) => Number(s) >= 500 && Number(s) !== 503);
    check("load: every 5xx from the API is a 503", apiNon503.length === 0, `create statuses ${JSON.stringify(run.kinds.create.statuses)}`);
    const pages = [run.kinds.dashboard, run.kinds.share];
    check(
      "load: every 5xx page is an error page (friendly, or Next.js' error document that renders it), none bare",
      pages.reduce((a, r) => a + r.bare5xx, 0) === 0,
      `${pages.reduce((a, r) => a + r.friendly5xx, 0)} friendly, ${pages.reduce((a, r) => a + r.errorDocument5xx, 0)} error documents, ${pages.reduce((a, r) => a + r.bare5xx, 0)} bare${
        [...run.kinds.dashboard.samples, ...run.kinds.share.samples].length ? `: ${[...run.kinds.dashboard.samples, ...run.kinds.share.samples][0]}` : ""
      }`,
    );
    check("the server process kept running (same pid, never exited)", app.alive() && app.pid === pid, app.alive() ? `pid ${pid}` : JSON.stringify(app.exitInfo));
    check(
      "service resumed without restarting the app (/api/health 200)",
      Boolean(healthy),
      `${fmt.n(recoveredAt - acceptingAt, 1)} s after PostgreSQL accepted connections (${fmt.n(recoveredAt - restartedAt, 1)} s after the start command)`,
    );
    check(
      "after: create, dashboard and share link succeed",
      after.api.status === 201 && after.dashboard.text.includes(MARKERS.dashboard) && after.share.text.includes(MARKERS.share),
      `${after.api.status}, ${after.dashboard.status}, ${after.share.status}`,
    );
    const settled = Math.ceil(recoveredAt) + 2;
    const lateFailures = all.reduce((a, r) => a + [...r.timeline].filter(([s]) => s >= settled).reduce((b, [, slot]) => b + slot["503"] + slot["5xx"], 0), 0);
    const lateOk = all.reduce((a, r) => a + [...r.timeline].filter(([s]) => s >= settled).reduce((b, [, slot]) => b + slot.ok, 0), 0);
    check(`load: from ${settled} s on (2 s after health is back), no 5xx`, lateFailures === 0 && lateOk > 0, `${lateOk} ok, ${lateFailures} 5xx`);

    const db = await idsInDatabase(pgx.url, acked);
    check(
      "no acknowledged write is missing (every 201 id before, during and after the outage is in the database)",
      db.missing.length === 0,
      `${acked.size} acknowledged, ${db.found.size} found, ${db.missing.length} missing`,
    );

    const pick = (r) => ({
      status: r.status,
      ms: Math.round(r.ms),
      ...(r.json ? { json: r.json.error?.code ?? r.json.status ?? "ok" } : { page: r.status >= 500 ? r.outcome : "ok" }),
    });
    return {
      browser: seen,
      outage: { stoppedAt: outageStart, restartedAt, acceptingAt, recoveredAt, recoverySeconds: recoveredAt - acceptingAt },
      during: Object.fromEntries(Object.entries(during).map(([k, r]) => [k, pick(r)])),
      kinds: Object.fromEntries(Object.entries(run.kinds).map(([k, r]) => [k, { statuses: r.statuses, p50: r.p50, p99: r.p99, rps: r.rps, errors: r.errors, timeouts: r.timeouts }])),
      acked: acked.size,
    };
  } finally {
    await app.stop();
  }
}

/** Per 2-second slot: ok / 503 / other 5xx across all kinds. */
function printTimeline(kinds, marks) {
  // (marks: seconds from the start of the load)
  const slots = new Map();
  for (const r of Object.values(kinds)) {
    for (const [s, c] of r.timeline) {
      const k = Math.floor(s / 2) * 2;
      const slot = slots.get(k) ?? { ok: 0, "503": 0, "5xx": 0, "4xx": 0 };
      for (const key of Object.keys(slot)) slot[key] += c[key];
      slots.set(k, slot);
    }
  }
  console.log(`    timeline (per 2 s: ok / 503 / other 5xx / 4xx); stopped ${fmt.n(marks.outageStart, 1)} s, restarted ${fmt.n(marks.restartedAt, 1)} s, healthy ${fmt.n(marks.recoveredAt, 1)} s`);
  const line = [...slots]
    .sort(([a], [b]) => a - b)
    .map(([s, c]) => `${s}s ${c.ok}/${c["503"]}/${c["5xx"]}${c["4xx"] ? `/${c["4xx"]}` : ""}`)
    .join("  ");
  console.log(`    ${line}`);
}
