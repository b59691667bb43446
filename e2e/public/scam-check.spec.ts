import { expect, test, type Page } from "@playwright/test";
import { localePath, msg } from "./messages";

/** Every request the page makes, to prove the pasted text never leaves it. */
function recordRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on("request", (request) => seen.push(`${request.url()}\n${request.postData() ?? ""}`));
  return seen;
}

test.describe("scam checker", () => {
  test("flags a 验资 message with explanations, marked snippets and what official channels do — without sending it anywhere", async ({ page }) => {
    const requests = recordRequests(page);
    await page.goto("/tools/scam-check");
    await expect(page.getByText(msg("scam.page.privacy"))).toBeVisible();
    const text = "您好，您的贷款已审批，需要先转账 5000 元到指定账户验资，验资完成后立即放款。";
    await page.getByLabel(msg("scam.page.inputLabel")).fill(text);
    await page.getByRole("button", { name: msg("scam.page.submit"), exact: true }).click();

    const result = page.getByTestId("scam-result");
    await expect(result).toHaveAttribute("data-risk", "high");
    await expect(page.getByRole("heading", { level: 2, name: msg("scam.risk.high.title") })).toBeFocused();
    const finding = result.locator('[data-rule="verifyFunds"]');
    await expect(finding.getByRole("heading", { name: msg("scam.rules.verifyFunds.title") })).toBeVisible();
    await expect(finding).toContainText(msg("scam.rules.verifyFunds.explanation"));
    await expect(finding).toContainText(msg("scam.rules.verifyFunds.officialDo"));
    await expect(finding).toContainText(msg("scam.rules.verifyFunds.officialDont"));
    await expect(finding.locator("mark").first()).toContainText("验资");
    await expect(result.locator("p mark", { hasText: "验资" }).first()).toBeVisible();

    const leaked = requests.filter((r) => r.includes("验资") || r.includes(encodeURIComponent("验资")));
    expect(leaked).toEqual([]);
  });

  test("an innocent message gets no flags (and a reminder that this is not proof)", async ({ page }) => {
    await page.goto("/tools/scam-check");
    await page.getByLabel(msg("scam.page.inputLabel")).fill("今晚一起吃饭吗？我六点下班，顺便把上次借你的钱还你。");
    await page.getByRole("button", { name: msg("scam.page.submit"), exact: true }).click();
    const result = page.getByTestId("scam-result");
    await expect(result).toHaveAttribute("data-risk", "none");
    await expect(result).toContainText(msg("scam.risk.none.title"));
    await expect(result).toContainText(msg("scam.risk.none.body"));
    await expect(result.locator("[data-rule]")).toHaveCount(0);
    await expect(result.locator("mark")).toHaveCount(0);
  });

  test("an empty message gets a field error; an example can be checked with one click", async ({ page }) => {
    await page.goto("/tools/scam-check");
    await page.getByRole("button", { name: msg("scam.page.submit"), exact: true }).click();
    const box = page.getByLabel(msg("scam.page.inputLabel"));
    await expect(box).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator("#scam-text-error")).toHaveText(msg("scam.errors.too_small"));

    await page.getByRole("button", { name: msg("scam.page.examples.studentAccount") }).click();
    await expect(box).toHaveValue(msg("scam.page.examples.studentAccount"));
    await expect(page.getByTestId("scam-result").locator('[data-rule="cancelStudentAccount"]')).toBeVisible();
  });

  test("works in English", async ({ page }) => {
    await page.goto(localePath("en", "/tools/scam-check"));
    await page.getByLabel(msg("scam.page.inputLabel", "en")).fill("Your loan is approved. To verify your funds, transfer 3000 yuan to the account below first.");
    await page.getByRole("button", { name: msg("scam.page.submit", "en"), exact: true }).click();
    const result = page.getByTestId("scam-result");
    await expect(result).toHaveAttribute("data-risk", "high");
    await expect(result.locator('[data-rule="verifyFunds"]')).toContainText(msg("scam.rules.verifyFunds.title", "en"));
    await expect(page.getByRole("link", { name: msg("scam.guideLink", "en") })).toHaveAttribute("href", "/en/guides/general#scams");
  });
});
