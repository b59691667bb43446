import { expect, test } from "@playwright/test";
import { hashShareToken } from "@/lib/server/share/token";
import { closeDb, input, newContext, seedAssessment, seedShareLink, seedUser, signIn, testDb } from "../fixtures/users";

test.afterAll(closeDb);

test("create a share link, open it signed out in another browser, then revoke it", async ({ browser, baseURL }) => {
  const user = await seedUser();
  const assessment = await seedAssessment(
    { userId: user.id },
    input("jiebei", (i) => {
      i.debt.monthlyIncome = 12345;
      i.debt.lendersWithBalance = 5;
    }),
  );
  const owner = await newContext(browser);
  await owner.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
  const page = await owner.newPage();
  await signIn(page, user.email, undefined, `/history/${assessment.id}`);

  const panel = page.getByTestId("share-panel");
  await expect(panel.getByText("还没有为这次体检创建过分享链接。")).toBeVisible();
  await panel.getByLabel("同时显示原因（哪些因素加分、哪些减分）").check();
  await panel.getByLabel("给对方的留言（可不填）").fill("这是我下个月的计划");
  await panel.getByLabel("7 天").check();
  await panel.getByRole("button", { name: "生成分享链接" }).click();

  const created = page.getByTestId("created-link");
  await expect(created).toBeVisible();
  const url = await created.getByLabel("分享链接").inputValue();
  expect(url).toMatch(new RegExp(`^${baseURL}/s/[A-Za-z0-9_-]{43}$`));
  await expect(created.getByTestId("share-qr")).toBeVisible();
  await created.getByRole("button", { name: "复制链接" }).click();
  await expect(created.getByRole("button", { name: "已复制" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
  const row = panel.getByTestId("share-link-row");
  await expect(row).toHaveCount(1);
  await expect(row.getByText("有效", { exact: true })).toBeVisible();

  // Only the token's hash is stored.
  const token = url.split("/s/")[1]!;
  const stored = await testDb().shareLink.findFirstOrThrow({ where: { assessmentId: assessment.id } });
  expect(stored.tokenHash).toBe(hashShareToken(token));
  expect(JSON.stringify(stored)).not.toContain(token);

  // Someone else, signed out, in another browser context.
  const other = await newContext(browser);
  const viewer = await other.newPage();
  const foreign: string[] = [];
  viewer.on("request", (r) => {
    if (new URL(r.url()).origin !== new URL(baseURL!).origin && !r.url().startsWith("data:")) foreign.push(r.url());
  });
  const response = await viewer.goto(url);
  expect(response!.status()).toBe(200);
  expect(response!.headers()["cache-control"]).toContain("no-store");

  const advice = viewer.getByTestId("shared-advice");
  await expect(advice).toBeVisible();
  await expect(advice.getByTestId("shared-chance")).toHaveText(`${Math.round(assessment.probability * 100)}%`);
  await expect(advice.getByText("这是我下个月的计划")).toBeVisible();
  await expect(advice.getByRole("heading", { name: "按月计划" })).toBeVisible();
  await expect(advice.getByRole("heading", { name: "主要原因" })).toBeVisible();
  await expect(advice.getByRole("heading", { name: "行动清单" })).toHaveCount(0);
  const text = await viewer.locator("body").innerText();
  expect(text).not.toContain(user.email);
  expect(text).not.toContain("12345");
  expect(text).not.toContain("12,345");
  await viewer.waitForLoadState("networkidle");
  expect(foreign).toEqual([]);
  expect((await testDb().shareLink.findUniqueOrThrow({ where: { id: stored.id } })).views).toBe(1);

  // The owner sees the view and revokes.
  await page.reload();
  await expect(row).toContainText("打开次数 1");
  page.once("dialog", (d) => d.accept());
  await row.getByRole("button", { name: "撤回" }).click();
  await expect(row).toContainText("已撤回");
  await expect(row.getByRole("button", { name: "撤回" })).toHaveCount(0);

  await viewer.reload();
  await expect(viewer.getByTestId("share-state-revoked")).toBeVisible();
  await expect(viewer.getByRole("heading", { name: "这个分享链接已被撤回" })).toBeVisible();
  await expect(viewer.getByTestId("shared-advice")).toHaveCount(0);
  await owner.close();
  await other.close();
});

test("the shared page is never cached, indexed or given a referrer, and previews generically", async ({ browser }) => {
  const user = await seedUser();
  const assessment = await seedAssessment({ userId: user.id });
  const live = await seedShareLink(assessment);
  const expired = await seedShareLink(assessment, { expiresAt: new Date(Date.now() - 60_000) });
  const context = await newContext(browser);
  const page = await context.newPage();
  for (const path of [`/s/${live}`, `/en/s/${live}`, `/s/${expired}`]) {
    const response = await page.goto(path);
    const headers = response!.headers();
    expect(headers["cache-control"], path).toContain("no-store");
    expect(headers["referrer-policy"], path).toBe("no-referrer");
    expect(headers["x-robots-tag"], path).toContain("noindex");
    await expect(page.locator('meta[name="referrer"]')).toHaveAttribute("content", "no-referrer");
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
    await expect(page.locator('meta[property="og:image"]')).toHaveAttribute("content", /^http.*\/og\/share\.png$/);
    const title = await page.locator('meta[property="og:title"]').getAttribute("content");
    const description = await page.locator('meta[property="og:description"]').getAttribute("content");
    expect([title, description].join(" ")).not.toMatch(/%|借呗|@/);
  }
  const image = await page.request.get("/og/share.png");
  expect(image.status()).toBe(200);
  expect(image.headers()["content-type"]).toBe("image/png");
  await context.close();
});

test("an expired link and an unknown link each get a clear page", async ({ browser }) => {
  const user = await seedUser();
  const assessment = await seedAssessment({ userId: user.id });
  const expired = await seedShareLink(assessment, { expiresAt: new Date(Date.now() - 60_000) });
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.goto(`/s/${expired}`);
  await expect(page.getByRole("heading", { name: "这个分享链接已过期" })).toBeVisible();
  await expect(page.getByTestId("shared-advice")).toHaveCount(0);
  await page.goto(`/en/s/${expired}`);
  await expect(page.getByRole("heading", { name: "This share link has expired" })).toBeVisible();
  await page.goto(`/s/${"x".repeat(43)}`);
  await expect(page.getByRole("heading", { name: "链接无效" })).toBeVisible();
  await context.close();
});
