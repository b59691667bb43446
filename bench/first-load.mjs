// First-load JavaScript per route, from a production build: what a browser downloads
// (gzip-compressed, as the server sends it) the first time it opens a page.
//
//   npm run bench:first-load                        # reads $NEXT_DIST_DIR or .next
//   node bench/first-load.mjs --dist=.next-perf [--json] [--budget=/=130] [--verify=http://127.0.0.1:3950]
//
// Where the figures come from (Next.js 16, Turbopack):
//   <dist>/build-manifest.json          rootMainFiles: the runtime every page loads (React, the
//                                       App Router, Turbopack's loader). polyfillFiles are
//                                       `nomodule` scripts that modern browsers skip: not counted.
//   <dist>/server/app/**/page_client-reference-manifest.js
//                                       one per page; its entryJSFiles list, for every segment of
//                                       the page (root layout, error and not-found boundaries,
//                                       nested layouts, the page), the chunks of the client
//                                       components it renders. The server writes exactly these
//                                       <script async> tags into the page's HTML.
// A page's first load = rootMainFiles ∪ all of its entryJSFiles. Chunks a page imports later
// (next/dynamic, import() on scroll or on submit) are not part of it; --verify lists them.
// Sizes: gzip at zlib's default level (what Next.js' built-in compression sends); kB = 1000 bytes.
//
// --budget=<route>=<kB>  fails (exit code 1) when that route's first load is larger; repeatable.
//                        Default: the landing page (/) ≤ 130 kB.
// --verify=<origin>      opens the landing page (and --verify-path=<path>, repeatable) in headless
//                        Chromium on a running server of the same build, sums the compressed
//                        bytes of the scripts it downloads until the network is idle, and
//                        compares the files with the manifests' prediction.
import { readFileSync } from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { fileURLToPath, pathToFileURL } from "node:url";
import { firstLoadFiles, pageFirstLoads, routeOf } from "../scripts/lib/first-load.mjs";

export { firstLoadFiles, routeOf };

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const KB = 1000;

/** Route → budget in kB from `--budget=/=130` style arguments (default: landing 130). */
export function parseBudgets(args) {
  const given = args.filter((a) => a.startsWith("--budget=")).map((a) => a.slice("--budget=".length));
  const budgets = new Map(given.length ? [] : [["/", 130]]);
  for (const b of given) {
    const at = b.lastIndexOf("=");
    const route = b.slice(0, at);
    const kb = Number(b.slice(at + 1));
    if (!route.startsWith("/") || !(kb > 0)) throw new Error(`bad --budget=${b} (expected --budget=/route=kB)`);
    budgets.set(route, kb);
  }
  return budgets;
}

const sizeCache = new Map();
function sizes(dist, file) {
  if (!sizeCache.has(file)) {
    const buf = readFileSync(path.join(dist, file));
    sizeCache.set(file, { raw: buf.length, gzip: zlib.gzipSync(buf).length, brotli: zlib.brotliCompressSync(buf).length });
  }
  return sizeCache.get(file);
}

export function measureBuild(dist) {
  const { rootMainFiles, pages } = pageFirstLoads(dist);
  const sum = (files, kind) => files.reduce((n, f) => n + sizes(dist, f)[kind], 0);
  const routes = pages
    .map(({ key, manifest, files }) => {
      const own = files.filter((f) => !rootMainFiles.includes(f));
      const css = [...new Set(Object.values(manifest.entryCSSFiles ?? {}).flatMap((l) => l.filter((c) => !c.inlined).map((c) => c.path)))];
      return {
        route: routeOf(key),
        key,
        files,
        raw: sum(files, "raw"),
        gzip: sum(files, "gzip"),
        brotli: sum(files, "brotli"),
        ownGzip: sum(own, "gzip"),
        cssGzip: sum(css, "gzip"),
      };
    })
    .sort((a, b) => a.route.localeCompare(b.route));
  return { rootMainFiles, sharedGzip: sum(rootMainFiles, "gzip"), routes };
}

/** Scripts a page downloads in Chromium until the network is idle: URL path → compressed bytes. */
async function browserScripts(url) {
  const { chromium } = await import("@playwright/test");
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
  try {
    const page = await browser.newPage();
    const responses = [];
    page.on("response", (r) => {
      if (r.request().resourceType() === "script") responses.push(r);
    });
    await page.goto(url, { waitUntil: "networkidle" });
    const out = new Map();
    for (const r of responses) {
      const s = await r.request().sizes();
      out.set(new URL(r.url()).pathname, { body: s.responseBodySize, headers: s.responseHeadersSize, encoding: (await r.allHeaders())["content-encoding"] ?? "none" });
    }
    return out;
  } finally {
    await browser.close();
  }
}

async function verify(origin, paths, report) {
  const results = [];
  for (const p of paths) {
    const row = report.routes.find((r) => r.route === p);
    const loaded = await browserScripts(new URL(p, origin).href);
    const predicted = new Set((row?.files ?? []).map((f) => `/_next/${f}`));
    const bytes = [...loaded.values()].reduce((n, s) => n + s.body, 0);
    const withHeaders = [...loaded.values()].reduce((n, s) => n + s.body + s.headers, 0);
    const firstLoad = [...loaded].filter(([u]) => predicted.has(u));
    results.push({
      path: p,
      predictedGzip: row?.gzip ?? null,
      browserBytes: bytes,
      browserBytesWithHeaders: withHeaders,
      browserFirstLoadBytes: firstLoad.reduce((n, [, s]) => n + s.body, 0),
      encodings: [...new Set([...loaded.values()].map((s) => s.encoding))],
      notLoaded: [...predicted].filter((u) => !loaded.has(u)),
      notPredicted: [...loaded.keys()].filter((u) => !predicted.has(u)),
    });
  }
  return results;
}

async function main() {
  const args = process.argv.slice(2);
  const option = (name) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const dist = path.resolve(ROOT, option("dist") ?? process.env.NEXT_DIST_DIR ?? ".next");
  const budgets = parseBudgets(args);
  const report = measureBuild(dist);
  const verifyOrigin = option("verify");
  const verifyPaths = ["/", ...args.filter((a) => a.startsWith("--verify-path=")).map((a) => a.slice("--verify-path=".length))];
  const verified = verifyOrigin ? await verify(verifyOrigin, verifyPaths, report) : [];
  const checks = [...budgets].map(([route, kb]) => {
    const row = report.routes.find((r) => r.route === route);
    return { route, budgetKb: kb, gzipKb: row ? row.gzip / KB : null, ok: Boolean(row) && row.gzip <= kb * KB };
  });

  const kb = (n) => (n / KB).toFixed(1);
  if (args.includes("--json")) {
    console.log(JSON.stringify({ dist: path.relative(ROOT, dist), ...report, routes: report.routes.map(({ files, ...r }) => ({ ...r, files: files.length })), checks, verified }, null, 2));
  } else {
    console.log(`First-load JS per route · ${path.relative(ROOT, dist) || dist} · gzip (zlib default level), kB = 1000 bytes\n`);
    console.log(`shared by every page (rootMainFiles: React, App Router, Turbopack runtime): ${kb(report.sharedGzip)} kB gzip\n`);
    console.log(["route", "first load gz kB", "of which route's own", "raw kB", "brotli kB", "CSS gz kB", "files"].join("\t"));
    for (const r of report.routes) console.log([r.route, kb(r.gzip), kb(r.ownGzip), kb(r.raw), kb(r.brotli), kb(r.cssGzip), r.files.length].join("\t"));
    for (const v of verified) {
      console.log(`\nChromium, ${verifyOrigin}${v.path}: ${kb(v.browserBytes)} kB of scripts transferred (${kb(v.browserBytesWithHeaders)} kB with headers; content-encoding ${v.encodings.join(", ")}); build says ${v.predictedGzip === null ? "—" : kb(v.predictedGzip)} kB`);
      console.log(`  of the predicted files: ${kb(v.browserFirstLoadBytes)} kB; predicted but not loaded: ${v.notLoaded.length ? v.notLoaded.join(" ") : "none"}; loaded but not predicted (lazy chunks): ${v.notPredicted.length ? v.notPredicted.join(" ") : "none"}`);
    }
    console.log("");
    for (const c of checks) console.log(`${c.ok ? "✓" : "✗"} ${c.route}: ${c.gzipKb === null ? "no such route" : `${c.gzipKb.toFixed(1)} kB`} (budget ${c.budgetKb} kB)`);
  }
  process.exit(checks.every((c) => c.ok) ? 0 : 1);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((error) => {
    console.error(error.message);
    process.exit(2);
  });
}
