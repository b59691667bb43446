// `npm run build` runs this after `next build`: see scripts/lib/compile-hints.mjs.
import path from "node:path";
import { addCompileHints } from "./lib/compile-hints.mjs";

const distDir = path.resolve(process.env.NEXT_DIST_DIR || ".next");
for (const file of addCompileHints(distDir)) console.log(`compile hint: ${path.relative(process.cwd(), file)}`);
