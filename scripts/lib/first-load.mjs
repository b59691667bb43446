// Which JavaScript files a first visit to each page loads, read from a production build
// (Next.js 16, Turbopack). Used by the build's compile hints (scripts/lib/compile-hints.mjs)
// and by `npm run bench:first-load`, which explains the sources in its header.
import { readFileSync, readdirSync, statSync, existsSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";

/** "/[locale]/(public)/tools/loan-cost/page" → "/tools/loan-cost" (route groups and the locale segment dropped). */
export function routeOf(manifestKey) {
  const parts = manifestKey
    .replace(/\/page$/, "")
    .split("/")
    .filter((p) => p && !/^\(.*\)$/.test(p) && p !== "[locale]");
  return `/${parts.join("/")}`;
}

/** The JS files a page loads first: the runtime plus every segment's client chunks, in a stable order, without duplicates. */
export function firstLoadFiles(rootMainFiles, entryJSFiles) {
  const files = new Set(rootMainFiles);
  for (const chunks of Object.values(entryJSFiles)) for (const f of chunks) files.add(f);
  return [...files];
}

function findManifests(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return findManifests(full);
    return name === "page_client-reference-manifest.js" ? [full] : [];
  });
}

function loadClientManifest(file) {
  const sandbox = {};
  sandbox.globalThis = sandbox;
  sandbox.self = sandbox;
  vm.runInNewContext(readFileSync(file, "utf8"), sandbox, { filename: file });
  const [[key, manifest]] = Object.entries(sandbox.__RSC_MANIFEST);
  return { key, manifest };
}

/**
 * Every page of the build with the files its first load runs: `rootMainFiles` (the runtime
 * every page loads) plus each segment's client chunks from its client-reference manifest.
 * Internal pages (`/_not-found`, `/_global-error`) are left out.
 */
export function pageFirstLoads(dist) {
  const manifestPath = path.join(dist, "build-manifest.json");
  if (!existsSync(manifestPath)) throw new Error(`no build in ${dist} (missing build-manifest.json)`);
  const rootMainFiles = JSON.parse(readFileSync(manifestPath, "utf8")).rootMainFiles ?? [];
  const manifests = findManifests(path.join(dist, "server", "app"));
  if (!manifests.length) throw new Error(`no page_client-reference-manifest.js under ${path.join(dist, "server", "app")}: not an App Router production build?`);
  const pages = manifests
    .map(loadClientManifest)
    .filter(({ key }) => !key.startsWith("/_"))
    .map(({ key, manifest }) => ({ key, manifest, files: firstLoadFiles(rootMainFiles, manifest.entryJSFiles ?? {}) }));
  return { rootMainFiles, pages };
}
