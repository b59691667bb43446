/**
 * Client components get only the messages their nearest <ClientMessages> passes
 * (components/i18n/client-messages.tsx); a namespace missing from its list would
 * show raw keys in the browser. This test reads the sources: for every server
 * file that renders client components, the namespaces those components (and the
 * client modules they import) call `useTranslations` with must be covered by a
 * <ClientMessages namespaces={[…]}> in that file — or, for the header, the error
 * page and the staff area, by the root or admin layout's list.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import zhCN from "./messages/zh-CN";
import en from "./messages/en";

const ROOT = path.resolve(__dirname, "../..");
const SOURCE_DIRS = ["app", "components", "lib"];

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return walk(full);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) && !name.endsWith(".d.ts") ? [full] : [];
  });
}

const files = SOURCE_DIRS.flatMap((d) => walk(path.join(ROOT, d)));
const source = new Map(files.map((f) => [f, readFileSync(f, "utf8")]));
const rel = (f: string) => path.relative(ROOT, f);

function resolve(from: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith("@/")) base = path.join(ROOT, spec.slice(2));
  else if (spec.startsWith(".")) base = path.resolve(path.dirname(from), spec);
  else return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")]) {
    if (source.has(candidate)) return candidate;
  }
  return null;
}

/** Modules a file imports (static and dynamic; type-only imports do not run). */
function imports(file: string): string[] {
  const text = source.get(file)!;
  const specs = [
    ...text.matchAll(/^\s*import\s+(?!type\b)(?:[^"';]*?\s+from\s+)?["']([^"']+)["']/gm),
    ...text.matchAll(/^\s*export\s+(?!type\b)[^"';]*?\s+from\s+["']([^"']+)["']/gm),
    ...text.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g),
  ].map((m) => m[1]!);
  return specs.map((s) => resolve(file, s)).filter((f): f is string => f !== null);
}

const isClientDirective = (file: string) => /^\s*(?:\/\/[^\n]*\n|\/\*[\s\S]*?\*\/\s*)*["']use client["']/.test(source.get(file)!);

// Client modules: "use client" files and everything they import.
const client = new Set<string>();
const pending = files.filter(isClientDirective);
while (pending.length) {
  const f = pending.pop()!;
  if (client.has(f)) continue;
  client.add(f);
  pending.push(...imports(f));
}

function ownNamespaces(file: string): string[] {
  const text = source.get(file)!;
  const named = [...text.matchAll(/useTranslations\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]!);
  if (/useTranslations\(\s*\)/.test(text)) named.push("<all>");
  return named;
}

function clientNamespaces(file: string, seen = new Set<string>()): Set<string> {
  const out = new Set<string>();
  if (seen.has(file)) return out;
  seen.add(file);
  for (const ns of ownNamespaces(file)) out.add(ns);
  for (const dep of imports(file)) if (client.has(dep)) for (const ns of clientNamespaces(dep, seen)) out.add(ns);
  return out;
}

/** Every list passed as <ClientMessages namespaces={[…]}> in a file (and a ROOT_CLIENT_NAMESPACES constant). */
function providedIn(file: string): string[] {
  const text = source.get(file)!;
  const lists = [
    ...text.matchAll(/<ClientMessages\s+namespaces=\{\[([^\]]*)\]\}/g),
    ...text.matchAll(/const ROOT_CLIENT_NAMESPACES\s*=\s*\[([^\]]*)\]/g),
  ].map((m) => m[1]!);
  return lists.flatMap((l) => [...l.matchAll(/["']([^"']+)["']/g)].map((m) => m[1]!));
}

const covers = (provided: string[], needed: string) => provided.some((p) => needed === p || needed.startsWith(`${p}.`));

const layout = (p: string) => path.join(ROOT, p);
const ROOT_LAYOUT = layout("app/[locale]/layout.tsx");
const ADMIN_LAYOUT = layout("app/[locale]/admin/layout.tsx");
/** Files whose client components sit under a layout's provider rather than their own. */
function inheritedFor(file: string): string[] {
  const r = rel(file);
  if (r.startsWith("components/admin/") || r.startsWith("app/[locale]/admin/")) return providedIn(ADMIN_LAYOUT);
  if (r.startsWith("components/layout/") || r === "app/[locale]/error.tsx" || r === "app/[locale]/layout.tsx") return providedIn(ROOT_LAYOUT);
  return [];
}

function has(catalogue: Record<string, unknown>, dotted: string): boolean {
  let node: unknown = catalogue;
  for (const key of dotted.split(".")) node = node && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined;
  return node !== undefined;
}

describe("client components get the messages they use", () => {
  const boundaries = files
    .filter((f) => !client.has(f))
    .map((f) => ({ file: f, clients: imports(f).filter((d) => client.has(d)) }))
    .filter((b) => b.clients.length);

  it("finds the client components and their namespaces (sanity)", () => {
    expect(clientNamespaces(path.join(ROOT, "components/assessment/check-wizard.tsx"))).toEqual(new Set(["check", "common.validation", "check.consent"]));
    expect(boundaries.map((b) => rel(b.file))).toContain("app/[locale]/(borrower)/check/page.tsx");
  });

  it("no client component takes all messages (useTranslations without a namespace)", () => {
    expect([...client].filter((f) => ownNamespaces(f).includes("<all>")).map(rel)).toEqual([]);
  });

  for (const { file, clients } of boundaries) {
    const needed = [...new Set(clients.flatMap((c) => [...clientNamespaces(c)]))];
    if (!needed.length) continue;
    it(`${rel(file)} provides ${needed.join(", ")}`, () => {
      const provided = [...providedIn(file), ...inheritedFor(file)];
      expect(needed.filter((ns) => !covers(provided, ns))).toEqual([]);
    });
  }

  it("the error page's messages are in the root layout's list", () => {
    const needed = [...clientNamespaces(path.join(ROOT, "app/[locale]/error.tsx"))];
    expect(needed.length).toBeGreaterThan(0);
    expect(needed.filter((ns) => !covers(providedIn(ROOT_LAYOUT), ns))).toEqual([]);
  });

  it("every listed namespace exists in both catalogues", () => {
    const listed = [...new Set(files.flatMap(providedIn))];
    expect(listed.length).toBeGreaterThan(5);
    expect(listed.filter((ns) => !has(zhCN, ns) || !has(en, ns))).toEqual([]);
  });
});
