// Support and admin journeys in the staff area, in a real browser against the
// production build. Each test seeds its own borrowers and staff (unique emails).
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { buildShareSnapshot } from "@/lib/server/share/snapshot";
import { newShareCode, newShareToken } from "@/lib/server/share/token";
import { closeDb, input, newContext, seedAssessment, seedUser, signIn, testDb } from "../fixtures/users";

test.afterAll(closeDb);

const INCOME = 13579;

/** A borrower with two check-ups (the latest with an open review request) and a share link they made. */
async function borrowerCase() {
  const borrower = await seedUser("BORROWER");
  await seedAssessment({ userId: borrower.id }, input("huabei"), new Date(Date.now() - 20 * 86_400_000));
  const latest = await seedAssessment({ userId: borrower.id }, input("jiebei", (i) => ((i.debt.monthlyIncome = INCOME), (i.repayment.onTimeMonths = 3))));
  // The borrower's own share link, as the share panel stores it (only the token's hash; a short public code).
  const link = await testDb().shareLink.create({
    data: {
      tokenHash: newShareToken().tokenHash,
      code: newShareCode(),
      assessmentId: latest.id,
      createdById: borrower.id,
      snapshot: buildShareSnapshot(latest.output, { showReasons: false, showChecklist: false, assessedAt: latest.createdAt }),
      expiresAt: new Date(Date.now() + 7 * 86_400_000),
    },
  });
  const request = await testDb().reviewRequest.create({ data: { assessmentId: latest.id, requesterId: borrower.id, message: "为什么我的借呗额度一直不涨？" } });
  return { borrower, latest, link, request };
}

async function search(page: Page, q: string) {
  await page.goto("/admin");
  await page.getByLabel("分享码、邮箱或体检编号").fill(q);
  await page.getByRole("button", { name: "搜索" }).click();
}

test("support finds a case by share code and by email, reveals a field with a reason and finds it in the audit log, adds a note", async ({ browser }) => {
  const { borrower, latest, link } = await borrowerCase();
  const support = await seedUser("SUPPORT");
  const context = await newContext(browser);
  const page = await context.newPage();
  await signIn(page, support.email, support.password, "/admin");
  await expect(page.getByTestId("admin-identity")).toContainText(support.email);

  // By share code, the way a borrower reads it out on the phone.
  await search(page, `${link.code.slice(0, 4).toLowerCase()} ${link.code.slice(4)}`);
  const results = page.getByTestId("case-results");
  await expect(results.locator("li")).toHaveCount(1);
  await expect(results.locator(`[data-case="${latest.id}"]`)).toBeVisible();
  // The list masks the email.
  await expect(results).toContainText(`${borrower.email[0]}•••@e2e.example`);
  await expect(page.locator("body")).not.toContainText(borrower.email);

  // By email: both of the borrower's check-ups, newest first.
  await search(page, borrower.email);
  await expect(page.getByRole("heading", { name: "共 2 条" })).toBeVisible();
  await expect(results.locator("li").first()).toHaveAttribute("data-case", latest.id);
  await results.getByRole("link", { name: `查看案例 ${latest.id}` }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/cases/${latest.id}$`));

  // What the borrower saw, and their answers with amounts masked.
  await expect(page.getByRole("heading", { name: "借款人看到的结果" })).toBeVisible();
  await expect(page.getByTestId("chance-sentence")).toBeVisible();
  await expect(page.locator("#case-checklist li").first()).toBeVisible();
  await expect(page.locator("body")).not.toContainText(borrower.email);
  await expect(page.locator("body")).not.toContainText("13,579");
  await expect(page.locator("body")).not.toContainText(String(INCOME));

  // Reveal the income: a short reason is refused, a real one shows the value.
  const incomeRow = page.locator('[data-input="debt.monthlyIncome"]');
  await incomeRow.getByRole("button", { name: "显示每月收入" }).click();
  await incomeRow.getByLabel("为什么需要查看每月收入？").fill("核对一下");
  await incomeRow.getByRole("button", { name: "显示并记录" }).click();
  await expect(incomeRow.getByRole("alert")).toHaveText("请写明原因，至少 10 个字");
  await incomeRow.getByLabel("为什么需要查看每月收入？").fill("借款人来电说收入填错了，核对原值");
  await incomeRow.getByRole("button", { name: "显示并记录" }).click();
  await expect(incomeRow.locator('[data-revealed="monthlyIncome"]')).toContainText("13,579");
  await expect(incomeRow).toContainText("已记入审计日志");

  // The reveal (and the view) are in the audit log, with who and why.
  await page.getByRole("navigation", { name: "客服后台导航" }).getByRole("link", { name: "审计日志" }).click();
  await expect(page).toHaveURL(/\/admin\/audit$/);
  await page.getByLabel("操作", { exact: true }).selectOption("case.reveal");
  await page.getByLabel("对象编号").fill(latest.id);
  await page.getByRole("button", { name: "筛选" }).click();
  const entry = page.getByTestId("audit-log").locator('[data-action="case.reveal"]');
  await expect(entry).toHaveCount(1);
  await expect(entry).toContainText(support.email);
  await expect(entry).toContainText("借款人来电说收入填错了，核对原值");
  await expect(entry).toContainText("field: monthlyIncome");
  await expect(entry).not.toContainText(String(INCOME));
  await page.getByLabel("操作", { exact: true }).selectOption("case.view");
  await page.getByRole("button", { name: "筛选" }).click();
  await expect(page.getByTestId("audit-log").locator('[data-action="case.view"]').first()).toContainText(support.email);

  // An internal note.
  await page.goto(`/admin/cases/${latest.id}`);
  await page.getByLabel("新备注").fill("借款人说上个月已结清逾期，建议三个月后再做一次体检。");
  await page.getByRole("button", { name: "添加备注" }).click();
  await expect(page.getByText("备注已添加。")).toBeVisible();
  await expect(page.getByTestId("case-notes")).toContainText("借款人说上个月已结清逾期，建议三个月后再做一次体检。");
  await expect(page.getByTestId("case-notes")).toContainText(support.email);
  expect(await testDb().supportNote.count({ where: { assessmentId: latest.id, authorId: support.id } })).toBe(1);
  await context.close();
});

test("support answers a review request from the queue and the borrower sees the answer", async ({ browser }) => {
  const { borrower, latest, request } = await borrowerCase();
  const support = await seedUser("SUPPORT");
  const context = await newContext(browser);
  const page = await context.newPage();
  await signIn(page, support.email, support.password, "/admin/reviews?status=OPEN");

  const card = page.locator(`[data-review="${request.id}"]`);
  await expect(card).toContainText("为什么我的借呗额度一直不涨？");
  await expect(card).toContainText("未分配");
  await card.getByRole("button", { name: "分配给我" }).click();
  // Now in progress: it leaves the "open" tab and shows under "in progress, assigned to me".
  await expect(card).toHaveCount(0);
  await page.getByRole("link", { name: /^处理中/ }).click();
  await expect(page).toHaveURL(/status=IN_PROGRESS/);
  await page.getByRole("link", { name: "分配给我的" }).click();
  await expect(page).toHaveURL(/status=IN_PROGRESS&assignee=me/);
  await expect(card).toContainText(`处理人：${support.email}`);
  await card.getByLabel("给借款人的答复").fill("逾期结清后还需要连续按时还款几个月，分数才会回升。");
  await card.getByRole("button", { name: "发送答复" }).click();
  await expect(card).toHaveCount(0);
  await page.getByRole("link", { name: /^已答复/ }).click();
  await expect(page).toHaveURL(/status=ANSWERED/);
  await expect(card).toContainText("已答复");
  await expect(card).toContainText("逾期结清后还需要连续按时还款几个月，分数才会回升。");
  await expect(card.getByRole("button", { name: "发送答复" })).toHaveCount(0);

  // The borrower, on their own result page.
  const theirs = await newContext(browser);
  const borrowerPage = await theirs.newPage();
  await signIn(borrowerPage, borrower.email, borrower.password, `/history/${latest.id}`);
  const box = borrowerPage.getByTestId("request-review");
  await expect(box.getByText("已答复")).toBeVisible();
  await expect(box.getByText("逾期结清后还需要连续按时还款几个月，分数才会回升。")).toBeVisible();
  await theirs.close();
  await context.close();
});

test("support sends an advice link with a staff note, the borrower opens it, support revokes it", async ({ browser }) => {
  const { latest } = await borrowerCase();
  const support = await seedUser("SUPPORT");
  const context = await newContext(browser);
  const page = await context.newPage();
  await signIn(page, support.email, support.password, `/admin/cases/${latest.id}`);

  await page.getByLabel("给借款人的建议").fill("先开通自动还款，三个月内不要申请新的贷款。");
  await page.getByLabel("有效期").selectOption("7");
  await page.getByRole("button", { name: "生成建议链接" }).click();
  const created = page.getByTestId("created-advice-link");
  await expect(created).toBeVisible();
  const url = await created.getByLabel("链接").inputValue();
  expect(url).toMatch(/\/s\/[A-Za-z0-9_-]{43}$/);
  const code = (await testDb().shareLink.findFirstOrThrow({ where: { assessmentId: latest.id, createdById: support.id } })).code;
  await expect(page.locator(`[data-link="${code}"]`)).toContainText(`客服 ${support.email} 创建`);

  const visitor = await newContext(browser);
  const shared = await visitor.newPage();
  await shared.goto(url);
  await expect(shared.getByText("客服的建议")).toBeVisible();
  await expect(shared.getByText("先开通自动还款，三个月内不要申请新的贷款。")).toBeVisible();

  await page.locator(`[data-link="${code}"]`).getByRole("button", { name: `撤销链接 ${code}` }).click();
  await page.getByRole("button", { name: `确认撤销 ${code}` }).click();
  await expect(page.locator(`[data-link="${code}"]`)).toContainText("已撤销");
  await shared.reload();
  await expect(shared.getByRole("heading", { name: "这个分享链接已被撤回" })).toBeVisible();
  expect(await testDb().auditEvent.count({ where: { actorId: support.id, action: { in: ["share_link.create", "share_link.revoke"] } } })).toBe(2);
  await visitor.close();
  await context.close();
});

test("support exports the filtered case list as a masked CSV", async ({ browser }) => {
  const { borrower, latest } = await borrowerCase();
  const support = await seedUser("SUPPORT");
  const context = await newContext(browser);
  const page = await context.newPage();
  await signIn(page, support.email, support.password, "/admin");
  await search(page, borrower.email);
  await page.getByLabel("平台").selectOption("jiebei");
  await page.getByRole("button", { name: "搜索" }).click();
  await expect(page.getByRole("heading", { name: "共 1 条" })).toBeVisible();

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-csv").click()]);
  expect(download.suggestedFilename()).toMatch(/^limitwise-cases-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = readFileSync((await download.path())!, "utf8").replace(/^\uFEFF/, "");
  const [header, ...rows] = csv.trimEnd().split("\r\n");
  expect(header).toBe("assessment_id,created_at,platform,goal,band,probability,model_version,owner,open_reviews,share_links");
  expect(rows).toHaveLength(1);
  expect(rows[0]).toContain(latest.id);
  expect(rows[0]).toContain(`${borrower.email[0]}•••@e2e.example`);
  expect(csv).not.toContain(borrower.email);
  expect(csv).not.toContain(String(INCOME));
  const audit = await testDb().auditEvent.findFirstOrThrow({ where: { actorId: support.id, action: "export.csv" } });
  expect(audit.metadata).toMatchObject({ filters: { q: `${borrower.email[0]}•••@e2e.example`, platform: "jiebei" } });
  await context.close();
});

test("admin creates a staff account that can sign in, then disables it and its session ends", async ({ browser }) => {
  const admin = await seedUser("ADMIN");
  const context = await newContext(browser);
  const page = await context.newPage();
  await signIn(page, admin.email, admin.password, "/admin/staff");

  const email = `new-support-${Date.now().toString(36)}@e2e.example`;
  await page.getByLabel("邮箱", { exact: true }).fill(email);
  await page.getByLabel("姓名（可不填）").fill("小周");
  await page.getByLabel("角色", { exact: true }).selectOption("SUPPORT");
  await page.getByRole("button", { name: "创建账号" }).click();
  await expect(page.getByTestId("created-staff")).toContainText(`已创建 ${email}。`);
  const password = (await page.getByTestId("temporary-password").textContent())!.trim();
  expect(password.length).toBeGreaterThanOrEqual(16);
  const row = page.locator(`[data-staff="${email}"]`);
  await expect(row).toContainText("客服");

  // The same email again is refused.
  await page.getByLabel("邮箱", { exact: true }).fill(email);
  await page.getByRole("button", { name: "创建账号" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "这个邮箱已经有账号了。" }).first()).toBeVisible();

  // The new colleague signs in and works.
  const theirs = await newContext(browser);
  const colleague = await theirs.newPage();
  await signIn(colleague, email, password, "/admin/reviews");
  await expect(colleague.getByRole("heading", { level: 1, name: "复核申请" })).toBeVisible();
  // Support does not see staff management.
  await expect(colleague.getByRole("navigation", { name: "客服后台导航" }).getByRole("link", { name: "员工账号" })).toHaveCount(0);
  expect((await colleague.goto("/admin/staff"))!.status()).toBe(404);

  // Disable: the colleague's session ends at their next request.
  await row.getByRole("button", { name: `停用 ${email}` }).click();
  await row.getByRole("button", { name: `确认停用 ${email} 并让其退出登录` }).click();
  await expect(row.getByTestId("staff-status")).toContainText("停用");
  const user = await testDb().user.findUniqueOrThrow({ where: { email } });
  expect(user.disabledAt).not.toBeNull();
  expect(user.sessionVersion).toBe(1);
  await colleague.goto("/admin/reviews");
  await expect(colleague).toHaveURL(/\/signin\?callbackUrl=%2Fadmin%2Freviews$/);
  // And cannot sign in again.
  await colleague.getByLabel("邮箱", { exact: true }).fill(email);
  await colleague.getByLabel("密码", { exact: true }).fill(password);
  await colleague.getByRole("button", { name: "登录" }).click();
  await expect(colleague.getByText("邮箱或密码不正确。")).toBeVisible();

  // All of it is in the audit log.
  await page.goto(`/admin/audit?target=${user.id}`);
  await expect(page.getByTestId("audit-log").locator('[data-action="staff.create"]')).toContainText(admin.email);
  await expect(page.getByTestId("audit-log").locator('[data-action="staff.disable"]')).toContainText(admin.email);
  await theirs.close();
  await context.close();
});

test("admin changes a colleague's role, which signs them out", async ({ browser }) => {
  const admin = await seedUser("ADMIN");
  const support = await seedUser("SUPPORT");
  const theirs = await newContext(browser);
  const colleague = await theirs.newPage();
  await signIn(colleague, support.email, support.password, "/admin");

  const context = await newContext(browser);
  const page = await context.newPage();
  await signIn(page, admin.email, admin.password, "/admin/staff");
  const row = page.locator(`[data-staff="${support.email}"]`);
  await row.getByLabel(`${support.email} 的角色`).selectOption("ADMIN");
  await expect(row.locator("span", { hasText: /^管理员$/ })).toBeVisible();
  expect(await testDb().user.findUniqueOrThrow({ where: { id: support.id } })).toMatchObject({ role: "ADMIN", sessionVersion: 1 });

  await colleague.goto("/admin");
  await expect(colleague).toHaveURL(/\/signin/);
  await signIn(colleague, support.email, support.password, "/admin/staff");
  await expect(colleague.getByRole("heading", { level: 1, name: "员工账号" })).toBeVisible();
  await theirs.close();
  await context.close();
});
