import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { resolveShareLink } from "@/lib/server/share/resolve-share-link";
import { realInput, SECRET_INCOME, SECRET_LIMIT, seedCase, seedUser, uniqueEmail, uniqueHash } from "./test-support";
import { searchCases } from "./search-cases";
import { getCase } from "./get-case";
import { revealCaseField } from "./reveal-case-field";
import { addSupportNote } from "./add-support-note";
import { createAdviceLink } from "./create-advice-link";
import { revokeAdviceLink } from "./revoke-advice-link";

const DAY = 86_400_000;
const ip = () => `203.0.113.${Math.floor(Math.random() * 250)}-${uniqueHash().slice(0, 8)}`;

async function world() {
  const support = await seedUser(db, { role: "SUPPORT" });
  const borrower = await seedUser(db, { role: "BORROWER", email: uniqueEmail("borrower") });
  const older = await seedCase(db, { userId: borrower.id }, realInput("huabei"), new Date(Date.now() - 30 * DAY));
  const latest = await seedCase(db, { userId: borrower.id }, realInput("jiebei", (i) => (i.repayment.onTimeMonths = 2)));
  return { support, borrower, older, latest };
}

describe("find a case", () => {
  it("by email (any case), by assessment id and by share code as a borrower reads it out", async () => {
    const { support, borrower, older, latest } = await world();
    const byEmail = await searchCases({ actor: support, search: { q: `  ${borrower.email.toUpperCase()} ` } });
    expect(byEmail.searchedBy).toEqual(["email"]);
    expect(byEmail.items.map((i) => i.id)).toEqual([latest.id, older.id]);
    expect(byEmail.total).toBe(2);

    const byId = await searchCases({ actor: support, search: { q: older.id } });
    expect(byId.items.map((i) => i.id)).toEqual([older.id]);

    const link = await createAdviceLink({ actor: support, link: { assessmentId: older.id, staffNote: "建议先开通自动还款" } });
    const spoken = `${link.code.slice(0, 4).toLowerCase()}-${link.code.slice(4)}`;
    const byCode = await searchCases({ actor: support, search: { q: spoken } });
    expect(byCode.searchedBy).toContain("code");
    expect(byCode.items.map((i) => i.id)).toEqual([older.id]);

    expect((await searchCases({ actor: support, search: { q: "nobody@nowhere.example" } })).total).toBe(0);
    expect((await searchCases({ actor: support, search: { q: "不是编号" } })).total).toBe(0);
  });

  it("masks the email in the list", async () => {
    const { support, borrower } = await world();
    const result = await searchCases({ actor: support, search: { q: borrower.email } });
    expect(result.items[0]!.ownerEmail).toBe(`${borrower.email[0]}•••@test.example`);
    expect(JSON.stringify(result)).not.toContain(borrower.email);
  });

  it("filters by platform, goal, band and date range, and pages", async () => {
    const { support, borrower, older, latest } = await world();
    const q = borrower.email;
    expect((await searchCases({ actor: support, search: { q, platform: "huabei" } })).items.map((i) => i.id)).toEqual([older.id]);
    expect((await searchCases({ actor: support, search: { q, goal: "restore" } })).total).toBe(0);
    expect((await searchCases({ actor: support, search: { q, band: latest.band } })).items.map((i) => i.id)).toContain(latest.id);
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    const tenDaysAgo = new Date(Date.now() - 10 * DAY + 8 * 3600_000).toISOString().slice(0, 10);
    expect((await searchCases({ actor: support, search: { q, from: tenDaysAgo, to: today } })).items.map((i) => i.id)).toEqual([latest.id]);
    expect((await searchCases({ actor: support, search: { q, to: tenDaysAgo } })).items.map((i) => i.id)).toEqual([older.id]);

    const page1 = await searchCases({ actor: support, search: { q, page: "1" }, pageSize: 1 });
    const page2 = await searchCases({ actor: support, search: { q, page: "2" }, pageSize: 1 });
    expect(page1).toMatchObject({ total: 2, pageCount: 2, page: 1 });
    expect([page1.items[0]!.id, page2.items[0]!.id]).toEqual([latest.id, older.id]);

    await expect(searchCases({ actor: support, search: { platform: "alipay" } })).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(searchCases({ actor: support, search: { from: "2026-12-01", to: "2026-11-01" } })).rejects.toMatchObject({ code: "VALIDATION" });
  });
});

describe("case view", () => {
  it("shows what the borrower saw with email and amounts masked, and records the view", async () => {
    const { support, borrower, older, latest } = await world();
    await db.checklistProgress.create({ data: { assessmentId: latest.id, itemId: "enable_autopay", done: true, doneAt: new Date() } });
    const c = await getCase({ actor: support, assessmentId: latest.id });
    expect(c.assessment.output?.probability).toBe(latest.probability);
    expect(c.assessment.output?.checklist.length).toBeGreaterThan(0);
    expect(c.assessment.done).toEqual(["enable_autopay"]);
    expect(c.owner).toMatchObject({ kind: "user", email: `${borrower.email[0]}•••@test.example` });
    expect(c.history.map((h) => [h.id, h.current])).toEqual([
      [latest.id, true],
      [older.id, false],
    ]);
    expect(c.assessment.inputs).toContainEqual({ path: "debt.monthlyIncome", kind: "masked", field: "monthlyIncome" });
    expect(c.assessment.inputs).toContainEqual({ path: "limit.current", kind: "masked", field: "limitCurrent" });
    expect(c.assessment.inputs).toContainEqual({ path: "repayment.onTimeMonths", kind: "value", value: 2 });

    const everything = JSON.stringify(c);
    expect(everything).not.toContain(borrower.email);
    expect(everything).not.toContain(String(SECRET_INCOME));
    expect(everything).not.toContain(String(SECRET_LIMIT));
    // The income reason keeps its words but not the amount.
    const income = c.assessment.output?.reasons.find((r) => r.code.startsWith("INCOME_"));
    if (income) expect(income).toMatchObject({ amountMasked: true });

    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "case.view", targetId: latest.id, actorId: support.id } });
    expect(audit).toMatchObject({ actorRole: "SUPPORT", targetType: "assessment" });
  });

  it("an anonymous borrower's case lists their other anonymous check-ups", async () => {
    const support = await seedUser(db, { role: "SUPPORT" });
    const hash = uniqueHash();
    const a = await seedCase(db, { anonOwnerHash: hash }, realInput(), new Date(Date.now() - DAY));
    const b = await seedCase(db, { anonOwnerHash: hash });
    await seedCase(db, { anonOwnerHash: uniqueHash() });
    const c = await getCase({ actor: support, assessmentId: b.id });
    expect(c.owner).toEqual({ kind: "anonymous" });
    expect(c.history.map((h) => h.id)).toEqual([b.id, a.id]);
  });

  it("an unknown or malformed id is NOT_FOUND and records no view", async () => {
    const support = await seedUser(db, { role: "SUPPORT" });
    for (const id of ["nope", "../etc", "x".repeat(100)]) await expect(getCase({ actor: support, assessmentId: id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.auditEvent.count({ where: { actorId: support.id } })).toBe(0);
  });
});

describe("reveal", () => {
  it("needs a reason of at least 10 characters, then returns the value and records who, why and which field", async () => {
    const { support, borrower, latest } = await world();
    for (const reason of ["", "   ", "太短了"]) {
      await expect(revealCaseField({ actor: support, assessmentId: latest.id, field: "monthlyIncome", reason })).rejects.toMatchObject({
        code: "VALIDATION",
        fieldErrors: { reason: ["too_small"] },
      });
    }
    await expect(revealCaseField({ actor: support, assessmentId: latest.id, field: "password", reason: "想看看密码是什么样的" })).rejects.toMatchObject({
      code: "VALIDATION",
    });
    expect(await db.auditEvent.count({ where: { actorId: support.id, action: "case.reveal" } })).toBe(0);

    const income = await revealCaseField({ actor: support, assessmentId: latest.id, field: "monthlyIncome", reason: "借款人来电，核对收入是否填错" });
    expect(income).toEqual({ field: "monthlyIncome", value: SECRET_INCOME });
    const email = await revealCaseField({ actor: support, assessmentId: latest.id, field: "email", reason: "需要通过邮件回复借款人的问题" });
    expect(email.value).toBe(borrower.email);
    const missing = await revealCaseField({ actor: support, assessmentId: latest.id, field: "shopRevenue", reason: "确认是否填写了店铺营业额" });
    expect(missing.value).toBeNull();

    const events = await db.auditEvent.findMany({ where: { actorId: support.id, action: "case.reveal" }, orderBy: { createdAt: "asc" } });
    expect(events.map((e) => [e.targetId, e.reason, (e.metadata as { field: string }).field])).toEqual([
      [latest.id, "借款人来电，核对收入是否填错", "monthlyIncome"],
      [latest.id, "需要通过邮件回复借款人的问题", "email"],
      [latest.id, "确认是否填写了店铺营业额", "shopRevenue"],
    ]);
    // The log says which field was looked at, never its value.
    const logged = JSON.stringify(events);
    expect(logged).not.toContain(String(SECRET_INCOME));
    expect(logged).not.toContain(borrower.email);
  });

  it("an anonymous case has no email to reveal; an unknown case is NOT_FOUND", async () => {
    const support = await seedUser(db, { role: "SUPPORT" });
    const a = await seedCase(db, { anonOwnerHash: uniqueHash() });
    expect((await revealCaseField({ actor: support, assessmentId: a.id, field: "email", reason: "看看这位借款人是不是注册用户" })).value).toBeNull();
    await expect(revealCaseField({ actor: support, assessmentId: "missing", field: "email", reason: "看看这位借款人是不是注册用户" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});

describe("notes and advice links", () => {
  it("adds an internal note about the case and the borrower, audited without its text", async () => {
    const { support, borrower, latest, older } = await world();
    await expect(addSupportNote({ actor: support, assessmentId: latest.id, body: "   " })).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(addSupportNote({ actor: support, assessmentId: latest.id, body: "字".repeat(4001) })).rejects.toMatchObject({ code: "VALIDATION" });
    const note = await addSupportNote({ actor: support, assessmentId: latest.id, body: "  借款人说上月已结清逾期，建议三个月后再测。 " });
    expect(await db.supportNote.findUniqueOrThrow({ where: { id: note.id } })).toMatchObject({
      assessmentId: latest.id,
      subjectUserId: borrower.id,
      authorId: support.id,
      body: "借款人说上月已结清逾期，建议三个月后再测。",
    });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "note.create", actorId: support.id } });
    expect(audit).toMatchObject({ targetType: "assessment", targetId: latest.id });
    expect(JSON.stringify(audit)).not.toContain("结清逾期");

    // The note shows on this case, and (being about the borrower) on their other cases too.
    const view = await getCase({ actor: support, assessmentId: latest.id });
    expect(view.notes).toEqual([expect.objectContaining({ id: note.id, author: support.email, onThisAssessment: true })]);
    const other = await getCase({ actor: support, assessmentId: older.id });
    expect(other.notes).toEqual([expect.objectContaining({ id: note.id, onThisAssessment: false })]);
  });

  it("creates an advice link with the staff note that opens for the borrower, and revokes it", async () => {
    const { support, latest, older } = await world();
    await expect(createAdviceLink({ actor: support, link: { assessmentId: latest.id, staffNote: " " } })).rejects.toMatchObject({ code: "VALIDATION" });
    const link = await createAdviceLink({
      actor: support,
      link: { assessmentId: latest.id, staffNote: "请先开通自动还款，三个月内不要申请新的贷款。", expiresInDays: 7 },
    });
    const opened = await resolveShareLink({ token: link.token, ip: ip() });
    expect(opened).toMatchObject({ state: "ok", link: { staffNote: "请先开通自动还款，三个月内不要申请新的贷款。" } });
    expect(opened.state === "ok" && opened.link.snapshot.reasons?.length).toBeGreaterThan(0);
    expect(await db.auditEvent.count({ where: { action: "share_link.create", actorId: support.id, targetId: latest.id } })).toBe(1);

    const view = await getCase({ actor: support, assessmentId: latest.id });
    expect(view.links).toEqual([expect.objectContaining({ id: link.id, code: link.code, status: "active", byStaff: support.email })]);
    expect(JSON.stringify(view)).not.toContain(link.token);

    // A link is revoked through its own case only.
    await expect(revokeAdviceLink({ actor: support, assessmentId: older.id, linkId: link.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await revokeAdviceLink({ actor: support, assessmentId: latest.id, linkId: link.id });
    expect(await resolveShareLink({ token: link.token, ip: ip() })).toEqual({ state: "revoked" });
    expect(await db.auditEvent.count({ where: { action: "share_link.revoke", actorId: support.id, targetId: latest.id } })).toBe(1);
    expect((await getCase({ actor: support, assessmentId: latest.id })).links[0]!.status).toBe("revoked");
  });
});
