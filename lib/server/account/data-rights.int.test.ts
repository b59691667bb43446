import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createShareLink } from "@/lib/server/share/create-share-link";
import { resolveShareLink } from "@/lib/server/share/resolve-share-link";
import { createReviewRequest } from "@/lib/server/reviews/create-review-request";
import { seedAssessment, seedUser, uniqueHash, userOwner, SECRET_INCOME } from "./test-support";
import { exportUserData } from "./export-user-data";
import { deleteAccount } from "./delete-account";
import { activeConsent, withdrawConsent } from "./withdraw-consent";

/** A borrower with everything an account can have, and a bystander who must not be touched. */
async function seedFullAccount() {
  const user = await seedUser(db);
  const owner = userOwner(user);
  const staff = await seedUser(db, { role: "SUPPORT" });
  const a1 = await seedAssessment(db, { userId: user.id }, { platform: "jiebei" });
  const a2 = await seedAssessment(db, { userId: user.id }, { platform: "huabei" });
  await db.checklistProgress.create({ data: { assessmentId: a1.id, itemId: "enable_autopay", done: true, doneAt: new Date() } });
  const link = await createShareLink({ actor: { kind: "owner", owner }, assessmentId: a1.id, options: { note: "给老婆看" } });
  const staffLink = await createShareLink({ actor: { kind: "staff", userId: staff.id }, assessmentId: a2.id, options: {}, staffNote: "建议" });
  await createReviewRequest({ owner, assessmentId: a1.id, message: "请人工看看" });
  await db.supportNote.create({ data: { assessmentId: a1.id, authorId: staff.id, body: "note on assessment" } });
  await db.supportNote.create({ data: { subjectUserId: user.id, authorId: staff.id, body: "note about person" } });
  await db.consentRecord.create({ data: { userId: user.id, version: "2026-11", purpose: "assessment" } });

  const bystander = await seedUser(db);
  const theirs = await seedAssessment(db, { userId: bystander.id });
  const theirLink = await createShareLink({ actor: { kind: "owner", owner: userOwner(bystander) }, assessmentId: theirs.id, options: {} });
  await db.consentRecord.create({ data: { userId: bystander.id, version: "2026-11", purpose: "assessment" } });
  return { user, staff, a1, a2, link, staffLink, bystander, theirs, theirLink };
}

const ip = () => `203.0.113.9-${uniqueHash().slice(0, 8)}`;

describe("export", () => {
  it("contains all of one's data and nothing of anyone else's, never the password hash or token hashes", async () => {
    const s = await seedFullAccount();
    const data = await exportUserData({ userId: s.user.id });
    expect(data).toMatchObject({ format: "limitwise-export", version: 1, account: { id: s.user.id, email: s.user.email, role: "BORROWER" } });
    expect(data.assessments.map((a) => a.id).sort()).toEqual([s.a1.id, s.a2.id].sort());
    const a1 = data.assessments.find((a) => a.id === s.a1.id)!;
    expect(a1.input).toMatchObject({ debt: { monthlyIncome: SECRET_INCOME } });
    expect(a1.checklist).toMatchObject([{ itemId: "enable_autopay", done: true }]);
    expect(a1.shareLinks).toMatchObject([{ code: s.link.code, note: "给老婆看" }]);
    expect(a1.reviewRequests).toMatchObject([{ status: "OPEN", message: "请人工看看" }]);
    expect(a1.supportNotes).toMatchObject([{ body: "note on assessment" }]);
    expect(data.supportNotesAboutYou).toMatchObject([{ body: "note about person" }]);
    expect(data.consents).toMatchObject([{ version: "2026-11", purpose: "assessment", withdrawnAt: null }]);

    const text = JSON.stringify(data);
    const row = await db.user.findUniqueOrThrow({ where: { id: s.user.id } });
    expect(text).not.toContain(row.passwordHash);
    expect(text).not.toMatch(/passwordHash|tokenHash|sessionVersion/);
    expect(text).not.toContain(s.link.token);
    expect(text).not.toContain(s.theirs.id);
    expect(text).not.toContain(s.bystander.email);
    expect(text).not.toContain(s.staff.email);
    // JSON all the way down (dates as strings after serialisation).
    expect(JSON.parse(text).exportedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    // The export itself is recorded, and shows up in the next export's activity.
    expect(await db.auditEvent.count({ where: { actorId: s.user.id, action: "account.exported" } })).toBe(1);
    expect((await exportUserData({ userId: s.user.id })).activity).toMatchObject([{ action: "account.exported" }, { action: "account.exported" }]);
  });
});

describe("account deletion", () => {
  it("removes the account and all its data, links stop opening, staff and bystanders keep theirs", async () => {
    const s = await seedFullAccount();
    await expect(deleteAccount({ userId: s.user.id, confirmation: "someone@else.example" })).rejects.toMatchObject({ code: "VALIDATION" });
    expect(await db.user.count({ where: { id: s.user.id } })).toBe(1);

    await exportUserData({ userId: s.user.id }); // leaves an audit event naming the account
    const counts = await deleteAccount({ userId: s.user.id, confirmation: `  ${s.user.email.toUpperCase()} ` });
    expect(counts).toEqual({ assessments: 2, checklistItems: 1, shareLinks: 2, reviewRequests: 1, supportNotes: 2, consents: 1 });

    const ids = [s.a1.id, s.a2.id];
    expect(await db.user.count({ where: { id: s.user.id } })).toBe(0);
    expect(await db.assessment.count({ where: { id: { in: ids } } })).toBe(0);
    expect(await db.checklistProgress.count({ where: { assessmentId: { in: ids } } })).toBe(0);
    expect(await db.shareLink.count({ where: { assessmentId: { in: ids } } })).toBe(0);
    expect(await db.reviewRequest.count({ where: { assessmentId: { in: ids } } })).toBe(0);
    expect(await db.supportNote.count({ where: { OR: [{ assessmentId: { in: ids } }, { subjectUserId: s.user.id }] } })).toBe(0);
    expect(await db.consentRecord.count({ where: { userId: s.user.id } })).toBe(0);
    expect(await resolveShareLink({ token: s.link.token, ip: ip() })).toEqual({ state: "not_found" });
    expect(await resolveShareLink({ token: s.staffLink.token, ip: ip() })).toEqual({ state: "not_found" });

    // Others untouched.
    expect(await db.user.count({ where: { id: { in: [s.staff.id, s.bystander.id] } } })).toBe(2);
    expect(await db.assessment.count({ where: { id: s.theirs.id } })).toBe(1);
    expect((await resolveShareLink({ token: s.theirLink.token, ip: ip() })).state).toBe("ok");
    expect(await db.consentRecord.count({ where: { userId: s.bystander.id } })).toBe(1);

    // Audited without personal data.
    const audits = await db.auditEvent.findMany({ where: { action: "account.deleted" }, orderBy: { createdAt: "desc" }, take: 1 });
    expect(audits[0]).toMatchObject({ actorId: null, targetId: null, metadata: counts });
    expect(JSON.stringify(audits)).not.toContain(s.user.email);
    expect(JSON.stringify(audits)).not.toContain(s.user.id);
    expect(await db.auditEvent.count({ where: { OR: [{ actorId: s.user.id }, { targetId: s.user.id }] } })).toBe(0);
  });

  it("also deletes what this browser still holds anonymously, and refuses staff accounts", async () => {
    const user = await seedUser(db);
    const hash = uniqueHash();
    const anon = await seedAssessment(db, { anonOwnerHash: hash });
    await db.consentRecord.create({ data: { anonOwnerHash: hash, version: "v", purpose: "assessment" } });
    const otherAnon = await seedAssessment(db, { anonOwnerHash: uniqueHash() });
    const counts = await deleteAccount({ userId: user.id, confirmation: user.email, anonOwnerHash: hash });
    expect(counts).toMatchObject({ assessments: 1, consents: 1 });
    expect(await db.assessment.count({ where: { id: anon.id } })).toBe(0);
    expect(await db.assessment.count({ where: { id: otherAnon.id } })).toBe(1);

    const staff = await seedUser(db, { role: "ADMIN" });
    await expect(deleteAccount({ userId: staff.id, confirmation: staff.email })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("consent withdrawal", () => {
  it("marks every active consent withdrawn and keeps the record", async () => {
    const user = await seedUser(db);
    await db.consentRecord.create({ data: { userId: user.id, version: "v1", purpose: "assessment", grantedAt: new Date(Date.now() - 60_000) } });
    await db.consentRecord.create({ data: { userId: user.id, version: "v2", purpose: "assessment" } });
    expect(await activeConsent({ userId: user.id })).toMatchObject({ version: "v2" });
    const now = new Date();
    expect(await withdrawConsent({ userId: user.id, now })).toBe(2);
    expect(await activeConsent({ userId: user.id })).toBeNull();
    const rows = await db.consentRecord.findMany({ where: { userId: user.id } });
    expect(rows.map((r) => r.withdrawnAt?.getTime())).toEqual([now.getTime(), now.getTime()]);
    expect(await withdrawConsent({ userId: user.id })).toBe(0);
    // Consenting again in the check-up makes a new record in force.
    await db.consentRecord.create({ data: { userId: user.id, version: "v2", purpose: "assessment" } });
    expect(await activeConsent({ userId: user.id })).toMatchObject({ version: "v2" });
  });
});
