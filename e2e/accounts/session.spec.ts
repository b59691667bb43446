import { expect, test } from "@playwright/test";
import { closeDb, newContext, seedUser, signIn, testDb } from "../fixtures/users";

test.afterAll(closeDb);

test("changing the password ends the other sessions; this browser stays signed in; sign out works", async ({ browser }) => {
  const user = await seedUser();
  const laptop = await newContext(browser);
  const phone = await newContext(browser);
  const a = await laptop.newPage();
  const b = await phone.newPage();
  await signIn(a, user.email, undefined, "/settings");
  await signIn(b, user.email);

  await a.getByLabel("当前密码").fill("not my password");
  await a.getByLabel("新密码", { exact: true }).fill("a brand new password");
  await a.getByRole("button", { name: "修改密码" }).click();
  await expect(a.getByText("当前密码不正确。").first()).toBeVisible();

  await a.getByLabel("当前密码").fill(user.password);
  await a.getByLabel("新密码", { exact: true }).fill("a brand new password");
  await a.getByRole("button", { name: "修改密码" }).click();
  await expect(a.getByText("密码已修改。其他设备上的登录已全部退出。")).toBeVisible();
  expect((await testDb().user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion).toBe(1);

  // The phone's session is over; the laptop signed in again with the new password.
  await b.goto("/history");
  await expect(b).toHaveURL(/\/signin\?callbackUrl=%2Fhistory$/);
  await a.goto("/history");
  await expect(a.getByRole("heading", { level: 1, name: "我的体检记录" })).toBeVisible();

  // The old password no longer works; the new one does.
  await b.goto("/signin");
  await b.getByLabel("邮箱", { exact: true }).fill(user.email);
  await b.getByLabel("密码", { exact: true }).fill(user.password);
  await b.getByRole("button", { name: "登录" }).click();
  await expect(b.getByText("邮箱或密码不正确。")).toBeVisible();
  await signIn(b, user.email, "a brand new password");

  // Sign out from the history page header.
  await a.getByRole("button", { name: "退出登录" }).click();
  await expect(a).toHaveURL(/\/$/);
  await a.goto("/history");
  await expect(a).toHaveURL(/\/signin/);
  await laptop.close();

  // "Sign out everywhere" ends the remaining session too.
  await b.goto("/settings");
  b.once("dialog", (d) => d.accept());
  await b.getByRole("button", { name: "退出所有设备" }).click();
  await expect(b).toHaveURL(/\/signin/);
  expect((await testDb().user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion).toBe(2);
  await phone.close();
});
