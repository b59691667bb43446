// IDOR through the server actions a borrower's own pages call: creating and
// revoking share links, asking for a review, ticking a checklist item. The
// attacker is a signed-in borrower on their own pages, clicking the real
// buttons; every action request is rewritten on its way out to name another
// borrower's assessment or link instead (what a tampering client would send).
// The app must answer "not found" and change nothing, for either borrower.
// (The pages themselves, and the ids in their URLs, are the authorisation
// walk's: authorization.spec.ts.)
import { expect, test } from "@playwright/test";
import { closeDb, hydrated, input, requestAs, seedAssessment, seedShareLink, seedUser, testDb, uniqueIp } from "../fixtures/users";
import { msg } from "../public/messages";

test.afterAll(closeDb);

/** Clicks, and returns the answer of the server action the click sent (React's flight format). */
async function actionAfter(answers: string[], click: () => Promise<void>): Promise<string> {
  const before = answers.length;
  await click();
  await expect.poll(() => answers.length).toBe(before + 1);
  return answers[before]!;
}

test("a borrower's tampered share, revoke, review and checklist actions on another borrower's records change nothing", async ({ browser, baseURL }) => {
  const [victim, attacker] = await Promise.all([seedUser(), seedUser()]);
  // The same answers, so both checklists have the same items: only ownership can refuse the tick.
  const theirs = await seedAssessment({ userId: victim.id }, input("jiebei"));
  const mine = await seedAssessment({ userId: attacker.id }, input("jiebei"));
  await Promise.all([seedShareLink(theirs), seedShareLink(mine)]);
  const [theirLink, myLink] = await Promise.all([
    testDb().shareLink.findFirstOrThrow({ where: { assessmentId: theirs.id } }),
    testDb().shareLink.findFirstOrThrow({ where: { assessmentId: mine.id } }),
  ]);
  const swaps: [string, string][] = [
    [mine.id, theirs.id],
    [myLink.id, theirLink.id],
  ];

  const signedIn = await requestAs(baseURL!, attacker);
  const context = await browser.newContext({ storageState: await signedIn.storageState(), locale: "zh-CN", extraHTTPHeaders: { "x-forwarded-for": uniqueIp() } });
  await signedIn.dispose();
  const page = await context.newPage();
  const sent: string[] = [];
  const answers: string[] = [];
  await page.route("**/*", async (route) => {
    const request = route.request();
    if (request.method() !== "POST" || !request.headers()["next-action"]) return route.continue();
    let body = request.postData() ?? "";
    for (const [own, other] of swaps) body = body.split(own).join(other);
    sent.push(body);
    const response = await route.fetch({ postData: body });
    const text = await response.text();
    expect(response.status(), text).toBe(200);
    answers.push(text);
    return route.fulfill({ response, body: text });
  });

  // Share management and review, on the attacker's own share-and-review page.
  await page.goto(`/history/${mine.id}`);
  const panel = page.getByTestId("share-panel");
  await hydrated(page, '[data-testid="share-panel"] button[type="submit"]');
  const created = await actionAfter(answers, () => panel.getByRole("button", { name: msg("share.panel.create") }).click());
  expect(created).toContain('"ok":false');
  expect(created).not.toMatch(/"token"/);
  await expect(panel.getByText(msg("share.panel.errors.notFound"))).toBeVisible();

  page.once("dialog", (d) => d.accept());
  const revoked = await actionAfter(answers, () => panel.getByTestId("share-link-row").getByRole("button", { name: msg("share.links.revoke") }).click());
  expect(revoked).toContain('"ok":false');

  const review = page.getByTestId("request-review");
  const asked = await actionAfter(answers, () => review.getByRole("button", { name: msg("history.review.submit") }).click());
  expect(asked).toContain('"ok":false');
  await expect(review.getByText(msg("history.review.notFound"))).toBeVisible();

  // The checklist, on the attacker's own dashboard.
  await page.goto(`/assessments/${mine.id}`);
  await hydrated(page, "#checklist [data-item] input[type=checkbox]");
  const ticked = await actionAfter(answers, () => page.locator("#checklist [data-item]").first().getByRole("checkbox").check({ force: true }));
  expect(ticked).toContain('"ok":false');
  await expect(page.getByText(msg("dashboard.checklist.notYours"))).toBeVisible();

  // Every action went out naming the other borrower's record...
  expect(sent).toHaveLength(4);
  for (const body of sent) expect(body.includes(theirs.id) || body.includes(theirLink.id), body).toBe(true);
  // ...and nothing changed, for either of them.
  const db = testDb();
  expect(await db.shareLink.count({ where: { assessmentId: { in: [theirs.id, mine.id] } } })).toBe(2);
  expect((await db.shareLink.findUniqueOrThrow({ where: { id: theirLink.id } })).revokedAt).toBeNull();
  expect((await db.shareLink.findUniqueOrThrow({ where: { id: myLink.id } })).revokedAt).toBeNull();
  expect(await db.reviewRequest.count({ where: { assessmentId: { in: [theirs.id, mine.id] } } })).toBe(0);
  expect(await db.checklistProgress.count({ where: { assessmentId: { in: [theirs.id, mine.id] } } })).toBe(0);
  await context.close();
});
