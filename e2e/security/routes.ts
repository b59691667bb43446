// Every route of the app, read from the file tree: each `page.*` under
// app/[locale]/ (served at `/…` in zh-CN and `/en/…` in English) and each
// `route.*` under app/api/ with the HTTP methods it exports. A route added
// later is walked by the authorisation spec without anyone remembering to
// list it (and that spec fails until someone says what it should answer).
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

export interface RouteFile {
  /** URL path with `[param]` placeholders and without the locale, e.g. `/assessments/[id]/print`, `/api/me/export`. */
  pattern: string;
  /** Path of the file, relative to the repository. */
  file: string;
  kind: "page" | "api";
  /** HTTP methods a route handler exports (pages: GET). */
  methods: string[];
}

export const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

const ROOT = process.cwd();
const APP = path.join(ROOT, "app");

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) {
      // Private folders (`_x`) are not routes.
      if (!name.startsWith("_")) walk(full, out);
    } else out.push(full);
  }
  return out;
}

/** Directory segments → URL: route groups `(x)` vanish. */
function toPattern(rel: string, prefix: string): string {
  const segments = rel.split(path.sep).filter((s) => s && !/^\(.*\)$/.test(s));
  return `${prefix}/${segments.join("/")}`.replace(/\/$/, "") || "/";
}

/**
 * The HTTP methods a route module exports: `export function GET`, `export
 * const POST = …`, and export lists (`export { handler as GET, POST }`).
 */
export function exportedMethods(source: string): string[] {
  const names = new Set<string>();
  for (const m of source.matchAll(/export\s+(?:async\s+)?(?:function\s*\*?|const|let|var)\s+([A-Z]+)\b/g)) names.add(m[1]!);
  for (const list of source.matchAll(/export\s*\{([^}]*)\}/g)) {
    for (const item of list[1]!.split(",")) {
      const name = item.trim().split(/\s+as\s+/).pop()?.trim();
      if (name) names.add(name);
    }
  }
  return HTTP_METHODS.filter((m) => names.has(m));
}

/** Every page and API route in the tree, sorted by pattern. */
export function appRoutes(): RouteFile[] {
  const pageRoot = path.join(APP, "[locale]");
  const apiRoot = path.join(APP, "api");
  const routes: RouteFile[] = [];
  for (const file of walk(pageRoot)) {
    if (!/^page\.(tsx|ts|jsx|js|mdx)$/.test(path.basename(file))) continue;
    routes.push({ pattern: toPattern(path.relative(pageRoot, path.dirname(file)), ""), file: path.relative(ROOT, file), kind: "page", methods: ["GET"] });
  }
  for (const file of walk(apiRoot)) {
    if (!/^route\.(ts|js)$/.test(path.basename(file))) continue;
    routes.push({
      pattern: toPattern(path.relative(apiRoot, path.dirname(file)), "/api"),
      file: path.relative(ROOT, file),
      kind: "api",
      methods: exportedMethods(readFileSync(file, "utf8")),
    });
  }
  return routes.sort((a, b) => a.pattern.localeCompare(b.pattern) || a.kind.localeCompare(b.kind));
}

const PARAM = /\[\[?(\.\.\.)?([^\]]+)\]\]?/g;

/** The `[param]`, `[...param]` and `[[...param]]` names in a pattern. */
export function paramsOf(pattern: string): string[] {
  return [...pattern.matchAll(PARAM)].map((m) => m[2]!);
}

/**
 * Fills each dynamic segment from `values` (a catch-all takes `a/b`, each part
 * encoded); throws for a parameter nobody gave a value for.
 */
export function fill(pattern: string, values: Record<string, string>): string {
  return pattern.replace(PARAM, (_, catchAll: string | undefined, name: string) => {
    const v = values[name];
    if (v === undefined) throw new Error(`No value for [${name}] in ${pattern}: add one to the authorisation walk (e2e/security/authorization.spec.ts)`);
    return catchAll ? v.split("/").map(encodeURIComponent).join("/") : encodeURIComponent(v);
  });
}
