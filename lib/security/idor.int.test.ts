/**
 * IDOR: one borrower (or an anonymous visitor) can never read, change or
 * delete another's assessments, checklist, share links, review requests or
 * support notes, whatever ids they guess. Every check goes through the real
 * data-access layer against the real database.
 */
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "@/lib/db/create-client";
import { assess, referenceInput } from "@/lib/scoring";
import type { Owner } from "@/lib/server/owner/current-owner";
import { getAssessment } from "@/lib/server/assessments/get-assessment";
import { setChecklistItem } from "@/lib/server/assessments/set-checklist-item";
import { createShareLink } from "@/lib/server/share/create-share-link";
import { revokeShareLink } from "@/lib/server/share/revoke-share-link";
import { listShareLinks } from "@/lib/server/share/list-share-links";
import { createReviewRequest } from "@/lib/server/reviews/create-review-request";
import { getOwnAssessmentSummary } from "@/lib/server/history/get-own-assessment";
import { addSupportNote } from "@/lib/server/admin/add-support-note";
import { exportUserData } from "@/lib/server/account/export-user-data";
import { deleteAccount } from "@/lib/server/account/delete-account";

const db = createDb(process.env.DATABASE_URL!);
const email = (l: string) => `${l}-${randomBytes(5).toString("hex")}@idor.example`;

let alice: { id: string; email: string; name: string | null; role: "BORROWER" };
let bob: { id: string; email: string; name: string | null; role: "BORROWER" };
let aliceOwner: Owner;
let bobOwner: Owner;
const strangerAnon: Owner = { kind: "anonymous", anonOwnerHash: randomBytes(32).toString("hex") };
let aliceAssessment = "";
let aliceLink = "";
let aliceItem = "";

async function user(label: string) {
  return db.user.create({ data: { email: email(label), passwordHash: "x", role: "BORROWER" }, select: { id: true, email: true, name: true, role: true } }) as Promise<typeof alice>;
}

beforeAll(async () => {
  alice = await user("alice");
  bob = await user("bob");
  aliceOwner = { kind: "user", user: alice };
  bobOwner = { kind: "user", user: bob };
  const input = referenceInput("huabei", "raise");
  const output = assess(input);
  aliceItem = output.checklist[0]!.id;
  aliceAssessment = (
    await db.assessment.create({
      data: { userId: alice.id, platform: "huabei", goal: "raise", modelVersion: output.modelVersion, input: input as object, output: output as object, probability: output.probability, band: output.band },
      select: { id: true },
    })
  ).id;
  aliceLink = (await createShareLink({ db, actor: { kind: "owner", owner: aliceOwner }, assessmentId: aliceAssessment, options: {} })).id;
});
afterAll(() => db.$disconnect());

describe.each([
  ["another borrower", () => bobOwner],
  ["an anonymous stranger", () => strangerAnon],
])("as %s", (_who, intruder) => {
  it("cannot read the assessment (404, not 403: existence is not revealed)", async () => {
    await expect(getAssessment({ owner: intruder(), id: aliceAssessment })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("cannot tick its checklist", async () => {
    await expect(setChecklistItem({ owner: intruder(), assessmentId: aliceAssessment, itemId: aliceItem, done: true })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.checklistProgress.count({ where: { assessmentId: aliceAssessment } })).toBe(0);
  });

  it("cannot share it, list its links or revoke them", async () => {
    await expect(createShareLink({ db, actor: { kind: "owner", owner: intruder() }, assessmentId: aliceAssessment, options: {} })).rejects.toMatchObject({
      code: expect.stringMatching(/NOT_FOUND|FORBIDDEN/),
    });
    const listed = await listShareLinks({ db, owner: intruder(), assessmentId: aliceAssessment }).catch(() => []);
    expect(listed).toEqual([]);
    await expect(revokeShareLink({ db, actor: { kind: "owner", owner: intruder() }, linkId: aliceLink })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await db.shareLink.findUnique({ where: { id: aliceLink }, select: { revokedAt: true } }))!.revokedAt).toBeNull();
  });

  it("cannot ask for a review of it", async () => {
    await expect(createReviewRequest({ db, owner: intruder(), assessmentId: aliceAssessment })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.reviewRequest.count({ where: { assessmentId: aliceAssessment } })).toBe(0);
  });
});

describe("between two accounts", () => {
  it("history summaries only resolve one's own ids", async () => {
    await expect(getOwnAssessmentSummary({ db, userId: bob.id, assessmentId: aliceAssessment })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await getOwnAssessmentSummary({ db, userId: alice.id, assessmentId: aliceAssessment })).id).toBe(aliceAssessment);
  });

  it("a borrower cannot write support notes", async () => {
    await expect(addSupportNote({ db, actor: { id: bob.id }, assessmentId: aliceAssessment, body: "note" })).rejects.toMatchObject({
      code: expect.stringMatching(/FORBIDDEN|UNAUTHENTICATED/),
    });
    expect(await db.supportNote.count({ where: { assessmentId: aliceAssessment } })).toBe(0);
  });

  it("an export holds only one's own data", async () => {
    const exported = JSON.stringify(await exportUserData({ db, userId: bob.id }));
    expect(exported).not.toContain(aliceAssessment);
    expect(exported).not.toContain(alice.email);
  });

  it("deleting one account leaves the other's data intact", async () => {
    await deleteAccount({ db, userId: bob.id, confirmation: bob.email });
    expect(await db.user.count({ where: { id: bob.id } })).toBe(0);
    expect(await db.assessment.count({ where: { id: aliceAssessment } })).toBe(1);
    expect(await db.shareLink.count({ where: { id: aliceLink, revokedAt: null } })).toBe(1);
  });
});
