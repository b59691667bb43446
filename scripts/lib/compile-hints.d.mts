// Types for scripts/lib/compile-hints.mjs (used by scripts/compile-hints.test.ts).
export const COMPILE_HINT: string;
export function addCompileHints(distDir: string): string[];
