import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { anonOwner, seedAssessment, seedUser, SECRET_INCOME, uniqueHash, userOwner } from "@/lib/server/account/test-support";
import { createShareLink } from "./create-share-link";
import { listShareLinks } from "./list-share-links";
import { revokeShareLink } from "./revoke-share-link";
import { resolveShareLink } from "./resolve-share-link";
import { hashShareToken, SHARE_CODE_ALPHABET } from "./token";

const DAY = 24 * 60 * 60 * 1000;
const ip = () => `198.51.100.${Math.floor(Math.random() * 250)}-${uniqueHash().slice(0, 8)}`;

async function setup() {
  const user = await seedUser(db);
  const owner = userOwner(user);
  const assessment = await seedAssessment(db, { userId: user.id });
  return { user, owner, assessment };
}

describe("share links: tokens", () => {
  it("stores only the SHA-256 of a 256-bit token; the token itself is nowhere in the database", async () => {
    const { owner, assessment } = await setup();
    const created = await createShareLink({ actor: { kind: "owner", owner }, assessmentId: assessment.id, options: { note: "给家人看看" } });
    expect(created.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(created.token, "base64url")).toHaveLength(32);
    expect(created.path).toBe(`/s/${created.token}`);
    expect(created.code).toMatch(new RegExp(`^[${SHARE_CODE_ALPHABET}]{8}$`));

    const row = await db.shareLink.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.tokenHash).toBe(hashShareToken(created.token));
    expect(row.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    const everything = JSON.stringify([await db.shareLink.findMany(), await db.auditEvent.findMany(), await db.assessment.findMany()]);
    expect(everything).not.toContain(created.token);
  });

  it("two links never share a token, a hash or a code", async () => {
    const { owner, assessment } = await setup();
    const links = await Promise.all(
      Array.from({ length: 10 }, () => createShareLink({ actor: { kind: "owner", owner }, assessmentId: assessment.id, options: {} })),
    );
    expect(new Set(links.map((l) => l.token)).size).toBe(10);
    expect(new Set(links.map((l) => l.code)).size).toBe(10);
  });
});

describe("share links: what they show", () => {
  it("freezes chance and plan, reasons and checklist only when chosen, and never raw inputs", async () => {
    const { owner, assessment } = await setup();
    const plain = await createShareLink({ actor: { kind: "owner", owner }, assessmentId: assessment.id, options: {} });
    const full = await createShareLink({
      actor: { kind: "owner", owner },
      assessmentId: assessment.id,
      options: { showReasons: true, showChecklist: true },
    });
    const a = await db.shareLink.findUniqueOrThrow({ where: { id: plain.id } });
    const b = await db.shareLink.findUniqueOrThrow({ where: { id: full.id } });
    expect(a.snapshot).toMatchObject({ v: 1, platform: "jiebei", goal: "raise", probability: 0.42, band: "fair", horizonMonths: 3 });
    expect(a.snapshot).not.toHaveProperty("reasons");
    expect(a.snapshot).not.toHaveProperty("checklist");
    expect(b.snapshot).toMatchObject({
      reasons: [{ code: "ONTIME_LONG", direction: "positive", impact: "high" }, { code: "LENDERS_MANY" }],
      checklist: [{ id: "enable_autopay" }, { id: "pay_down_debt" }],
    });
    for (const snap of [a.snapshot, b.snapshot]) {
      const text = JSON.stringify(snap);
      expect(text).not.toContain(String(SECRET_INCOME));
      expect(text).not.toMatch(/monthlyIncome|email|userId|anonOwner|params|dimensions/);
    }
    // Frozen: changing the assessment afterwards does not change what the link shows.
    await db.assessment.update({ where: { id: assessment.id }, data: { output: { ...(assessment.output as object), probability: 0.9 } } });
    const opened = await resolveShareLink({ token: full.token, ip: ip() });
    expect(opened.state === "ok" && opened.link.snapshot.probability).toBe(0.42);
  });

  it("defaults to 30 days and accepts only 1, 7, 30 or 90", async () => {
    const { owner, assessment } = await setup();
    const now = new Date("2026-01-01T00:00:00Z");
    const d = await createShareLink({ actor: { kind: "owner", owner }, assessmentId: assessment.id, options: {}, now });
    expect(d.expiresAt.getTime() - now.getTime()).toBe(30 * DAY);
    const one = await createShareLink({ actor: { kind: "owner", owner }, assessmentId: assessment.id, options: { expiresInDays: 1 }, now });
    expect(one.expiresAt.getTime() - now.getTime()).toBe(DAY);
    await expect(
      createShareLink({ actor: { kind: "owner", owner }, assessmentId: assessment.id, options: { expiresInDays: 365 as 90 } }),
    ).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(
      createShareLink({ actor: { kind: "owner", owner }, assessmentId: assessment.id, options: { note: "x".repeat(281) } }),
    ).rejects.toMatchObject({ code: "VALIDATION" });
  });
});

describe("share links: who may create, list and revoke", () => {
  it("another user or visitor cannot share, list or revoke someone's assessment", async () => {
    const { owner, assessment } = await setup();
    const link = await createShareLink({ actor: { kind: "owner", owner }, assessmentId: assessment.id, options: {} });
    const stranger = userOwner(await seedUser(db));
    const visitor = anonOwner(uniqueHash());
    for (const other of [stranger, visitor]) {
      await expect(createShareLink({ actor: { kind: "owner", owner: other }, assessmentId: assessment.id, options: {} })).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
      await expect(revokeShareLink({ actor: { kind: "owner", owner: other }, linkId: link.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
      expect(await listShareLinks({ owner: other })).toEqual([]);
    }
    const mine = await listShareLinks({ owner });
    expect(mine.map((l) => l.id)).toEqual([link.id]);
    expect(JSON.stringify(mine)).not.toContain(link.token);
  });

  it("an anonymous visitor shares and revokes their own assessment", async () => {
    const hash = uniqueHash();
    const assessment = await seedAssessment(db, { anonOwnerHash: hash });
    const owner = anonOwner(hash);
    const link = await createShareLink({ actor: { kind: "owner", owner }, assessmentId: assessment.id, options: {} });
    expect((await db.shareLink.findUniqueOrThrow({ where: { id: link.id } })).createdById).toBeNull();
    await revokeShareLink({ actor: { kind: "owner", owner }, linkId: link.id });
    expect((await listShareLinks({ owner }))[0]?.status).toBe("revoked");
  });

  it("staff create advice links with a staff note (audited); borrowers cannot add one", async () => {
    const { owner, assessment } = await setup();
    const staff = await seedUser(db, { role: "SUPPORT" });
    const borrower = await seedUser(db);
    await expect(
      createShareLink({ actor: { kind: "owner", owner }, assessmentId: assessment.id, options: {}, staffNote: "hi" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      createShareLink({ actor: { kind: "staff", userId: borrower.id }, assessmentId: assessment.id, options: {}, staffNote: "hi" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const link = await createShareLink({
      actor: { kind: "staff", userId: staff.id },
      assessmentId: assessment.id,
      options: { expiresInDays: 7 },
      staffNote: "先把逾期结清，再按月还款。",
    });
    const opened = await resolveShareLink({ token: link.token, ip: ip() });
    expect(opened.state === "ok" && opened.link.staffNote).toBe("先把逾期结清，再按月还款。");
    expect((await listShareLinks({ owner }))[0]).toMatchObject({ id: link.id, createdByStaff: true });
    const audit = await db.auditEvent.findFirst({ where: { action: "share_link.create", actorId: staff.id } });
    expect(audit).toMatchObject({ targetType: "assessment", targetId: assessment.id, actorRole: "SUPPORT" });
    await revokeShareLink({ actor: { kind: "staff", userId: staff.id }, linkId: link.id });
    expect(await db.auditEvent.count({ where: { action: "share_link.revoke", actorId: staff.id } })).toBe(1);
  });
});

describe("share links: opening", () => {
  it("counts views of a live link", async () => {
    const { owner, assessment } = await setup();
    const link = await createShareLink({ actor: { kind: "owner", owner }, assessmentId: assessment.id, options: { note: "看看我的计划" } });
    const first = await resolveShareLink({ token: link.token, ip: ip() });
    expect(first).toMatchObject({ state: "ok", link: { code: link.code, note: "看看我的计划", views: 1 } });
    await resolveShareLink({ token: link.token, ip: ip() });
    const row = await db.shareLink.findUniqueOrThrow({ where: { id: link.id } });
    expect(row.views).toBe(2);
    expect(row.lastViewedAt).not.toBeNull();
  });

  it("answers expired after the expiry, without counting a view", async () => {
    const { owner, assessment } = await setup();
    const now = new Date();
    const link = await createShareLink({ actor: { kind: "owner", owner }, assessmentId: assessment.id, options: { expiresInDays: 1 }, now });
    expect((await resolveShareLink({ token: link.token, ip: ip(), now: new Date(now.getTime() + DAY - 1000) })).state).toBe("ok");
    const later = await resolveShareLink({ token: link.token, ip: ip(), now: new Date(now.getTime() + DAY) });
    expect(later).toEqual({ state: "expired", expiredAt: link.expiresAt });
    expect((await db.shareLink.findUniqueOrThrow({ where: { id: link.id } })).views).toBe(1);
    expect((await listShareLinks({ owner, now: new Date(now.getTime() + 2 * DAY) }))[0]?.status).toBe("expired");
  });

  it("answers revoked once revoked (even before expiry), idempotently", async () => {
    const { owner, assessment } = await setup();
    const link = await createShareLink({ actor: { kind: "owner", owner }, assessmentId: assessment.id, options: {} });
    expect((await resolveShareLink({ token: link.token, ip: ip() })).state).toBe("ok");
    const first = await revokeShareLink({ actor: { kind: "owner", owner }, linkId: link.id });
    const again = await revokeShareLink({ actor: { kind: "owner", owner }, linkId: link.id });
    expect(again.revokedAt).toEqual(first.revokedAt);
    expect(await resolveShareLink({ token: link.token, ip: ip() })).toEqual({ state: "revoked" });
  });

  it("answers not_found for unknown, malformed and hash-as-token lookups", async () => {
    const { owner, assessment } = await setup();
    const link = await createShareLink({ actor: { kind: "owner", owner }, assessmentId: assessment.id, options: {} });
    const row = await db.shareLink.findUniqueOrThrow({ where: { id: link.id } });
    for (const token of ["nope", "a".repeat(43), row.tokenHash, link.code, `${link.token}x`]) {
      expect(await resolveShareLink({ token, ip: ip() })).toEqual({ state: "not_found" });
    }
  });

  it("rate-limits lookups per IP (60 a minute), counting failed guesses too", async () => {
    const { owner, assessment } = await setup();
    const link = await createShareLink({ actor: { kind: "owner", owner }, assessmentId: assessment.id, options: {} });
    const attacker = ip();
    for (let i = 0; i < 60; i++) {
      expect((await resolveShareLink({ token: `guess${i}`.padEnd(43, "x"), ip: attacker })).state).toBe("not_found");
    }
    const blocked = await resolveShareLink({ token: link.token, ip: attacker });
    expect(blocked.state).toBe("rate_limited");
    expect(blocked.state === "rate_limited" && blocked.retryAfterSeconds).toBeGreaterThan(0);
    // Other addresses are unaffected, and the blocked lookup was not counted as a view.
    expect((await resolveShareLink({ token: link.token, ip: ip() })).state).toBe("ok");
    expect((await db.shareLink.findUniqueOrThrow({ where: { id: link.id } })).views).toBe(1);
  });
});
