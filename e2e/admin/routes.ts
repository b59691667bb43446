// The admin area's routes, read from the file tree (app/[locale]/admin/** and
// app/api/admin/**), so a route added later is walked without anyone
// remembering to list it.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

export interface RouteFile {
  /** URL path with `[param]` placeholders, e.g. `/admin/cases/[assessmentId]`. */
  pattern: string;
  file: string;
  kind: "page" | "api";
  /** HTTP methods a route handler exports (pages: GET). */
  methods: string[];
}

const APP = path.join(process.cwd(), "app");

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) walk(full, out);
    else out.push(full);
  }
  return out;
}

/** Directory segments → URL: route groups `(x)` and private folders `_x` vanish. */
function toPattern(rel: string, prefix: string): string {
  const segments = rel.split(path.sep).filter((s) => s && !/^\(.*\)$/.test(s));
  return `${prefix}/${segments.join("/")}`.replace(/\/$/, "") || "/";
}

export function adminRoutes(): RouteFile[] {
  const pageRoot = path.join(APP, "[locale]", "admin");
  const apiRoot = path.join(APP, "api", "admin");
  const routes: RouteFile[] = [];
  for (const file of walk(pageRoot)) {
    if (!/^page\.(tsx|ts|jsx|js)$/.test(path.basename(file))) continue;
    routes.push({ pattern: toPattern(path.relative(pageRoot, path.dirname(file)), "/admin"), file, kind: "page", methods: ["GET"] });
  }
  for (const file of walk(apiRoot)) {
    if (!/^route\.(ts|js)$/.test(path.basename(file))) continue;
    const source = readFileSync(file, "utf8");
    const methods = [...source.matchAll(/export\s+(?:async\s+)?(?:function|const)\s+(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS)\b/g)].map((m) => m[1]!);
    routes.push({ pattern: toPattern(path.relative(apiRoot, path.dirname(file)), "/api/admin"), file, kind: "api", methods });
  }
  return routes.sort((a, b) => a.pattern.localeCompare(b.pattern));
}

/** The `[param]`, `[...param]` and `[[...param]]` names in a pattern. */
export function paramsOf(pattern: string): string[] {
  return [...pattern.matchAll(/\[\[?(?:\.\.\.)?([^\]]+)\]\]?/g)].map((m) => m[1]!);
}

/** Fills each dynamic segment from `values`; throws for a parameter nobody gave a value for. */
export function fill(pattern: string, values: Record<string, string>): string {
  return pattern.replace(/\[\[?(?:\.\.\.)?([^\]]+)\]\]?/g, (_, name: string) => {
    const v = values[name];
    if (v === undefined) throw new Error(`No value for [${name}] in ${pattern}: add one to the authorisation walk`);
    return encodeURIComponent(v);
  });
}
