// Screenshots of pages at phone and desktop widths, for looking at what we build.
//   node scripts/screenshots.mjs http://localhost:3000 / /en /check
// Writes screenshots/<path>-<width>.png (git-ignored).
import { mkdirSync } from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";
import { chromiumPath } from "./lib/chromium.mjs";
import { ROOT } from "./lib/runtime.mjs";

const [base, ...paths] = process.argv.slice(2);
if (!base || paths.length === 0) {
  console.error("Usage: node scripts/screenshots.mjs <baseUrl> <path> [path…]");
  process.exit(2);
}
const out = path.join(ROOT, "screenshots");

/**
 * Draw what renders only near the screen, as a reader scrolling down would see
 * it: scroll to the bottom a screen at a time and back (lazily loaded charts),
 * and keep content-visibility: auto sections rendered (the full-page capture
 * does not count as them being on screen).
 */
async function renderWholePage(page) {
  await page.addStyleTag({ content: "* { content-visibility: visible !important; }" });
  const { innerHeight, scrollHeight } = await page.evaluate(() => ({ innerHeight, scrollHeight: document.documentElement.scrollHeight }));
  for (let y = 0; y < scrollHeight; y += innerHeight) {
    // Scroll, then let a frame render so intersection observers see it.
    await page.evaluate((top) => new Promise((done) => { window.scrollTo(0, top); requestAnimationFrame(() => requestAnimationFrame(done)); }), y);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForLoadState("networkidle");
}
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: chromiumPath() ?? undefined,
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});
try {
  for (const width of [375, 1280]) {
    const page = await browser.newPage({ viewport: { width, height: width < 500 ? 812 : 900 } });
    for (const p of paths) {
      await page.goto(new URL(p, base).toString(), { waitUntil: "networkidle" });
      await renderWholePage(page);
      const name = `${p.replace(/^\//, "").replace(/[^a-zA-Z0-9-]+/g, "_") || "home"}-${width}.png`;
      await page.screenshot({ path: path.join(out, name), fullPage: true });
      console.log(path.join("screenshots", name));
    }
    await page.close();
  }
} finally {
  await browser.close();
}
