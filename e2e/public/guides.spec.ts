import { expect, test } from "@playwright/test";
import { GUIDE_SLUGS, getGuide } from "@/lib/guides";
import { localePath, msg, type Locale } from "./messages";

const LOCALES: Locale[] = ["zh-CN", "en"];

test.describe("guides index", () => {
  for (const locale of LOCALES) {
    test(`lists the six guides (${locale})`, async ({ page }) => {
      await page.goto(localePath(locale, "/guides"));
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(msg("guides.index.heading", locale));
      for (const slug of GUIDE_SLUGS) {
        await expect(page.getByRole("link", { name: msg(`guides.slugs.${slug}.name`, locale), exact: true }).first()).toHaveAttribute(
          "href",
          localePath(locale, `/guides/${slug}`),
        );
      }
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", localePath(locale, "/guides"));
    });
  }
});

test.describe("each guide", () => {
  for (const locale of LOCALES) {
    for (const slug of GUIDE_SLUGS) {
      test(`${locale} ${slug}: title, metadata, contents and every anchored section`, async ({ page }) => {
        const guide = getGuide(slug, locale);
        await page.goto(localePath(locale, `/guides/${slug}`));
        await expect(page).toHaveTitle(msg("guides.meta.titleTemplate", locale, { title: guide.title }));
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(guide.title);
        await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", guide.description);
        await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", /.+/);
        await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", localePath(locale, `/guides/${slug}`));
        await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute("href", `/en/guides/${slug}`);
        await expect(page.locator('link[rel="alternate"][hreflang="zh-CN"]')).toHaveAttribute("href", `/guides/${slug}`);

        const toc = page.getByRole("navigation", { name: msg("guides.toc.heading", locale) });
        await expect(toc.getByRole("link")).toHaveCount(guide.sections.length);
        const hrefs = await toc.getByRole("link").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
        expect(hrefs).toEqual(guide.sections.map((s) => `#${s.id}`));

        for (const section of guide.sections) {
          const el = page.locator(`[id="${section.id}"]`);
          await expect(el).toHaveCount(1);
          await expect(el.getByRole("heading", { level: 2 }).first()).toHaveText(section.heading);
          for (const source of section.sources) await expect(el.getByText(source.file)).toBeVisible();
        }
        await expect(page.getByText(msg("guides.disclaimer.notAffiliated", locale))).toBeVisible();
        await expect(page.getByRole("link", { name: msg("guides.checkCta.button", locale) })).toHaveAttribute("href", localePath(locale, "/check"));
      });
    }
  }

  test("a table-of-contents link scrolls to its section", async ({ page }) => {
    const guide = getGuide("weilidai", "zh-CN");
    const target = guide.sections.at(-1)!;
    await page.goto("/guides/weilidai");
    await page.getByRole("navigation", { name: msg("guides.toc.heading") }).getByRole("link", { name: target.heading }).click();
    await expect(page).toHaveURL(new RegExp(`#${target.id}$`));
    await expect(page.locator(`[id="${target.id}"]`).getByRole("heading", { level: 2 })).toBeInViewport();
  });

  test("an unknown guide is a 404", async ({ page }) => {
    for (const path of ["/guides/not-a-guide", "/en/guides/not-a-guide"]) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
    }
  });
});
