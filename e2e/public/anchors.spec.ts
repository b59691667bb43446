import { expect, test } from "@playwright/test";
import { assess, GOALS, PLATFORMS, referenceInput } from "@/lib/scoring";

/**
 * The dashboard links each reason, checklist item and warning to
 * `/guides/<slug>#<section>`. For a sample of what the library really emits,
 * the rendered page must have an element with exactly that id. (The unit test
 * lib/guides/anchor-coverage.test.ts checks every anchor against the texts.)
 */
function sampleAnchors(): string[] {
  const anchors = new Set<string>();
  for (const platform of PLATFORMS) {
    for (const goal of GOALS) {
      const input = referenceInput(platform, goal);
      const risky = { ...input, repayment: { ...input.repayment, currentlyOverdue: true }, extras: { ...input.extras, thirdPartyOffer: true } };
      for (const a of [assess(input), assess(risky)]) {
        for (const item of [...a.reasons, ...a.checklist, ...a.warnings]) anchors.add(item.guideAnchor);
      }
    }
  }
  return [...anchors].sort();
}

const anchors = sampleAnchors();

test("the sample covers every guide", () => {
  expect(new Set(anchors.map((a) => a.split("#")[0])).size).toBe(6);
});

for (const anchor of anchors) {
  const [slug, id] = anchor.split("#") as [string, string];
  test(`dashboard link ${anchor} lands on a section`, async ({ page }) => {
    for (const prefix of ["", "/en"]) {
      await page.goto(`${prefix}/guides/${slug}#${id}`);
      const section = page.locator(`[id="${id}"]`);
      await expect(section).toHaveCount(1);
      await expect(section.getByRole("heading", { level: 2 }).first()).toBeInViewport();
    }
  });
}
