import { expect, test } from "@playwright/test";

test.describe("home page", () => {
  test("renders in Chinese by default", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveTitle(/额度管家/);
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("额度");
    await expect(page.getByText("不是征信报告").first()).toBeVisible();
  });

  test("renders in English under /en", async ({ page }) => {
    await page.goto("/en");
    await expect(page).toHaveTitle(/LimitWise/);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("limit");
  });

  test("the language switch moves between the two", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("button", { name: /English/ }).click();
    await expect(page).toHaveURL(/\/en$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await page.getByRole("button", { name: /中文/ }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  });
});
