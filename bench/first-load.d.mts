// Types for the pure helpers of bench/first-load.mjs (used by scripts/first-load.test.ts).
export function routeOf(manifestKey: string): string;
export function firstLoadFiles(rootMainFiles: readonly string[], entryJSFiles: Record<string, readonly string[]>): string[];
export function parseBudgets(args: readonly string[]): Map<string, number>;
export interface RouteFirstLoad {
  route: string;
  key: string;
  files: string[];
  raw: number;
  gzip: number;
  brotli: number;
  ownGzip: number;
  cssGzip: number;
}
export function measureBuild(dist: string): { rootMainFiles: string[]; sharedGzip: number; routes: RouteFirstLoad[] };
