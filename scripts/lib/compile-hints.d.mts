// Types for scripts/lib/compile-hints.mjs (used by next.config.ts and the tests).
export const COMPILE_HINT: string;
export function addCompileHints(distDir: string): string[];
