import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createShareLink } from "@/lib/server/share/create-share-link";
import { anonOwner, seedAssessment, seedUser, uniqueHash } from "./test-support";
import { purgeAnonymousData, retentionDays } from "./purge-anonymous-data";

const DAY = 24 * 60 * 60 * 1000;

describe("retention of anonymous data", () => {
  it("parses ANON_RETENTION_DAYS with a default of 90", () => {
    expect(retentionDays(undefined)).toBe(90);
    expect(retentionDays("")).toBe(90);
    expect(retentionDays("30")).toBe(30);
    for (const bad of ["0", "-1", "1.5", "abc", "4000"]) expect(() => retentionDays(bad)).toThrow(/ANON_RETENTION_DAYS/);
  });

  it("deletes anonymous assessments older than the period with their links and consents; keeps recent and account data", async () => {
    // A point in the future so only this test's rows are old relative to it.
    const now = new Date(Date.now() + 1000 * DAY);
    const at = (daysBefore: number) => new Date(now.getTime() - daysBefore * DAY);

    const oldVisitor = uniqueHash();
    const old = await seedAssessment(db, { anonOwnerHash: oldVisitor }, { createdAt: at(91) });
    await db.checklistProgress.create({ data: { assessmentId: old.id, itemId: "enable_autopay", done: true } });
    const oldLink = await createShareLink({ actor: { kind: "owner", owner: anonOwner(oldVisitor) }, assessmentId: old.id, options: {} });
    await db.reviewRequest.create({ data: { assessmentId: old.id, anonOwnerHash: oldVisitor } });
    const oldConsent = await db.consentRecord.create({ data: { anonOwnerHash: oldVisitor, version: "v", purpose: "assessment", grantedAt: at(91) } });

    const mixedVisitor = uniqueHash(); // old consent, but a recent assessment: both stay (the consent covers it)
    const recent = await seedAssessment(db, { anonOwnerHash: mixedVisitor }, { createdAt: at(10) });
    const keptConsent = await db.consentRecord.create({ data: { anonOwnerHash: mixedVisitor, version: "v", purpose: "assessment", grantedAt: at(200) } });

    const user = await seedUser(db);
    const accountOld = await seedAssessment(db, { userId: user.id }, { createdAt: at(500) });
    const accountConsent = await db.consentRecord.create({ data: { userId: user.id, version: "v", purpose: "assessment", grantedAt: at(500) } });

    const dry = await purgeAnonymousData({ db, days: 90, now, dryRun: true });
    expect(await db.assessment.count({ where: { id: old.id } })).toBe(1);

    const counts = await purgeAnonymousData({ db, days: 90, now });
    expect(counts).toEqual(dry);
    expect(counts.cutoff).toBe(at(90).toISOString());
    expect(counts.assessments).toBeGreaterThanOrEqual(1);
    expect(counts.shareLinks).toBeGreaterThanOrEqual(1);

    expect(await db.assessment.count({ where: { id: old.id } })).toBe(0);
    expect(await db.shareLink.count({ where: { id: oldLink.id } })).toBe(0);
    expect(await db.checklistProgress.count({ where: { assessmentId: old.id } })).toBe(0);
    expect(await db.reviewRequest.count({ where: { assessmentId: old.id } })).toBe(0);
    expect(await db.consentRecord.count({ where: { id: oldConsent.id } })).toBe(0);

    expect(await db.assessment.count({ where: { id: { in: [recent.id, accountOld.id] } } })).toBe(2);
    expect(await db.consentRecord.count({ where: { id: { in: [keptConsent.id, accountConsent.id] } } })).toBe(2);
    expect(await db.auditEvent.count({ where: { action: "retention.anonymous_purged" } })).toBeGreaterThanOrEqual(1);

    // A shorter period catches the recent one too.
    await purgeAnonymousData({ db, days: 5, now });
    expect(await db.assessment.count({ where: { id: recent.id } })).toBe(0);
    expect(await db.consentRecord.count({ where: { id: keptConsent.id } })).toBe(0);
    expect(await db.assessment.count({ where: { id: accountOld.id } })).toBe(1);
  });
});
