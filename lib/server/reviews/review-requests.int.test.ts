import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { anonOwner, seedAssessment, seedUser, uniqueHash, userOwner } from "@/lib/server/account/test-support";
import { createReviewRequest } from "./create-review-request";
import { listReviewRequests } from "./list-review-requests";

describe("review requests", () => {
  it("the owner asks once while a request is open, and again after it was answered", async () => {
    const user = await seedUser(db);
    const owner = userOwner(user);
    const assessment = await seedAssessment(db, { userId: user.id });
    const first = await createReviewRequest({ owner, assessmentId: assessment.id, message: "  为什么借呗被降额了？  " });
    expect(first).toMatchObject({ status: "OPEN", message: "为什么借呗被降额了？", answer: null });
    expect(await db.reviewRequest.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({ requesterId: user.id, anonOwnerHash: null });

    await expect(createReviewRequest({ owner, assessmentId: assessment.id })).rejects.toMatchObject({ code: "CONFLICT" });
    await db.reviewRequest.update({ where: { id: first.id }, data: { status: "IN_PROGRESS" } });
    await expect(createReviewRequest({ owner, assessmentId: assessment.id })).rejects.toMatchObject({ code: "CONFLICT" });
    await db.reviewRequest.update({ where: { id: first.id }, data: { status: "ANSWERED", answer: "请先结清逾期。", answeredAt: new Date() } });

    const second = await createReviewRequest({ owner, assessmentId: assessment.id });
    expect(second.message).toBeNull();
    const list = await listReviewRequests({ owner, assessmentId: assessment.id });
    expect(list.map((r) => r.id)).toEqual([second.id, first.id]);
    expect(list[1]).toMatchObject({ status: "ANSWERED", answer: "请先结清逾期。" });
  });

  it("hides an unfinished answer from the borrower", async () => {
    const user = await seedUser(db);
    const owner = userOwner(user);
    const assessment = await seedAssessment(db, { userId: user.id });
    const r = await createReviewRequest({ owner, assessmentId: assessment.id });
    await db.reviewRequest.update({ where: { id: r.id }, data: { status: "IN_PROGRESS", answer: "draft" } });
    expect((await listReviewRequests({ owner, assessmentId: assessment.id }))[0]?.answer).toBeNull();
  });

  it("refuses someone else's assessment and messages over 1000 characters", async () => {
    const user = await seedUser(db);
    const assessment = await seedAssessment(db, { userId: user.id });
    const stranger = userOwner(await seedUser(db));
    await expect(createReviewRequest({ owner: stranger, assessmentId: assessment.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(createReviewRequest({ owner: anonOwner(uniqueHash()), assessmentId: assessment.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await listReviewRequests({ owner: stranger, assessmentId: assessment.id })).toEqual([]);
    await expect(
      createReviewRequest({ owner: userOwner(user), assessmentId: assessment.id, message: "字".repeat(1001) }),
    ).rejects.toMatchObject({ code: "VALIDATION" });
    expect(await createReviewRequest({ owner: userOwner(user), assessmentId: assessment.id, message: "字".repeat(1000) })).toMatchObject({
      status: "OPEN",
    });
  });

  it("an anonymous visitor asks about their own assessment", async () => {
    const hash = uniqueHash();
    const assessment = await seedAssessment(db, { anonOwnerHash: hash });
    const r = await createReviewRequest({ owner: anonOwner(hash), assessmentId: assessment.id, message: "hello" });
    expect(await db.reviewRequest.findUniqueOrThrow({ where: { id: r.id } })).toMatchObject({ requesterId: null, anonOwnerHash: hash });
  });
});
