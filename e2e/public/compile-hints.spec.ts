import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { COMPILE_HINT } from "../../scripts/lib/compile-hints.mjs";

/**
 * The served build carries the start-up compile hints (scripts/lib/compile-hints.mjs):
 * every script a first visit to a page runs starts with V8's magic comment, and the
 * page still works with them (it hydrates: the language switch navigates).
 */
const distDir = path.resolve(process.env.NEXT_DIST_DIR || ".next");
const build = JSON.parse(readFileSync(path.join(distDir, "build-manifest.json"), "utf8"));
const polyfills = new Set<string>((build.polyfillFiles ?? []).map((f: string) => `/_next/${f}`));

for (const pagePath of ["/", "/check", "/en/tools/loan-cost"]) {
  test(`${pagePath}: every script of the first load is served with the compile hint`, async ({ request }) => {
    const html = await (await request.get(pagePath)).text();
    const scripts = [...html.matchAll(/<script[^>]* src="(\/_next\/static\/chunks\/[^"]+\.js)"/g)]
      .map((m) => m[1]!)
      .filter((src) => !polyfills.has(src));
    for (const file of build.rootMainFiles as string[]) expect(scripts, "the runtime is part of every first load").toContain(`/_next/${file}`);
    for (const src of new Set(scripts)) {
      const body = await (await request.get(src)).text();
      expect(body.startsWith(COMPILE_HINT), `${src} starts with the hint`).toBe(true);
    }
  });
}

test("a hinted page hydrates and navigates", async ({ page }) => {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto("/");
  await page.locator('header button[lang="en"]').click();
  await expect(page).toHaveURL(/\/en$/);
  expect(errors).toEqual([]);
});
