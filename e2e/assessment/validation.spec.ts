import { expect, test } from "@playwright/test";
import { choose, expectStep, fill, msg, next, READY_DRAFT, seedDraft } from "./helpers";

const fieldError = (page: import("@playwright/test").Page, path: string) => page.locator(`#q-${path.replace(/\./g, "-")}-error`);

test.describe("wrong answers", () => {
  test("are caught on the spot, field by field, in the borrower's language", async ({ page }) => {
    await page.goto("/check");
    await next(page);
    await expect(fieldError(page, "platform")).toHaveText(msg("common.validation.choose"));
    await choose(page, "platform", msg("check.options.platform.jiebei.label"));
    await expect(fieldError(page, "platform")).toHaveCount(0);
    await next(page);
    await choose(page, "goal", msg("check.options.goal.restore.label"));
    await next(page);

    await expectStep(page, "limit");
    await fill(page, "limit.current", "abc");
    await fill(page, "limit.previous", "-5");
    await fill(page, "limit.usedPercent", "150");
    await next(page);
    await expectStep(page, "limit");
    await expect(fieldError(page, "limit.current")).toHaveText(msg("common.validation.number"));
    await expect(fieldError(page, "limit.previous")).toHaveText(msg("common.validation.atLeast").replace("{min}", "0"));
    await expect(fieldError(page, "limit.usedPercent")).toHaveText(msg("common.validation.atMost").replace("{max}", "100"));
    await expect(fieldError(page, "cut.reason")).toHaveText(msg("common.validation.choose"));
    await expect(fieldError(page, "cut.monthsAgo")).toHaveText(msg("common.validation.required"));
    await expect(page.getByLabel(msg("check.fields.limit.current.label"))).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel(msg("check.fields.limit.current.label"))).toBeFocused();
    // What was typed stays, however wrong.
    await expect(page.getByLabel(msg("check.fields.limit.current.label"))).toHaveValue("abc");

    // A restore needs a previous line higher than the current one.
    await fill(page, "limit.current", "2万");
    await fill(page, "limit.previous", "10000");
    await expect(fieldError(page, "limit.current")).toHaveCount(0);
    await expect(fieldError(page, "limit.previous")).toHaveText(msg("common.validation.greaterThan").replace("{min}", "20000"));
    await fill(page, "limit.previous", "3万");
    await fill(page, "limit.usedPercent", "50");
    await choose(page, "cut.reason", msg("check.options.cutReason.unknown.label"));
    await fill(page, "cut.monthsAgo", "1");
    await next(page);
    await expectStep(page, "repayment");
  });

  test("a reload keeps every answer and the current step", async ({ page }) => {
    await page.goto("/check");
    await choose(page, "platform", msg("check.options.platform.weilidai.label"));
    await next(page);
    await choose(page, "goal", msg("check.options.goal.raise.label"));
    await next(page);
    await fill(page, "limit.current", "8888");
    await page.reload();
    await expectStep(page, "limit");
    await expect(page.getByLabel(msg("check.fields.limit.current.label"))).toHaveValue("8888");
    await page.getByRole("button", { name: msg("check.actions.back") }).click();
    await expect(page.getByRole("radiogroup", { name: msg("check.fields.goal.label") }).getByRole("radio", { name: msg("check.options.goal.raise.label") })).toBeChecked();
  });

  test("rejected by the server come back onto the right field, and nothing typed is lost", async ({ page }) => {
    await seedDraft(page, READY_DRAFT, "consent");
    await expectStep(page, "consent");
    // Tamper with the submission on its way out: a value the client would never send.
    await page.route("**/check", async (route) => {
      const request = route.request();
      if (request.method() !== "POST" || !request.headers()["next-action"]) return route.continue();
      const body = JSON.parse(request.postData()!) as [{ input: { limit: { current: number } } }];
      body[0].input.limit.current = 1e12;
      await route.continue({ postData: JSON.stringify(body) });
    });
    await page.getByLabel(msg("check.consent.agree")).check();
    await page.getByRole("button", { name: msg("check.actions.submit") }).click();

    await expectStep(page, "limit");
    await expect(fieldError(page, "limit.current")).toHaveText(msg("common.validation.atMost").replace("{max}", "10000000000"));
    await expect(page.getByRole("alert").first()).toBeVisible();
    await expect(page.getByLabel(msg("check.fields.limit.current.label"))).toHaveValue(READY_DRAFT["limit.current"]!);
    await expect(page).toHaveURL(/\/check$/);

    // Untampered, the same answers go through.
    await page.unroute("**/check");
    for (let i = 0; i < 6; i++) await next(page);
    await expectStep(page, "consent");
    await page.getByRole("button", { name: msg("check.actions.submit") }).click();
    await page.waitForURL(/\/assessments\/[A-Za-z0-9_-]+$/);
  });

  test("the consent box must be ticked before anything is stored", async ({ page }) => {
    await seedDraft(page, READY_DRAFT, "consent");
    await page.getByRole("button", { name: msg("check.actions.submit") }).click();
    await expect(fieldError(page, "consent")).toHaveText(msg("common.validation.required"));
    await expect(page).toHaveURL(/\/check$/);
  });

  test("in English the messages are English", async ({ page }) => {
    await page.goto("/en/check");
    await page.getByRole("radiogroup", { name: msg("check.fields.platform.label", "en") }).getByText(msg("check.options.platform.huabei.label", "en"), { exact: true }).click();
    await page.getByRole("button", { name: msg("check.actions.next", "en") }).click();
    await page.getByRole("radiogroup", { name: msg("check.fields.goal.label", "en") }).getByText(msg("check.options.goal.raise.label", "en"), { exact: true }).click();
    await page.getByRole("button", { name: msg("check.actions.next", "en") }).click();
    await page.getByLabel(msg("check.fields.limit.current.label", "en")).fill("lots");
    await page.getByRole("button", { name: msg("check.actions.next", "en") }).click();
    await expect(fieldError(page, "limit.current")).toHaveText(msg("common.validation.number", "en"));
  });
});
