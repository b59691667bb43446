import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Owner } from "@/lib/server/owner/current-owner";
import { createReviewRequest } from "@/lib/server/reviews/create-review-request";
import { listReviewRequests } from "@/lib/server/reviews/list-review-requests";
import { seedCase, seedUser } from "./test-support";
import { listReviewQueue } from "./list-review-queue";
import { listAssignableStaff } from "./list-assignable-staff";
import { assignReviewRequest } from "./assign-review-request";
import { answerReviewRequest } from "./answer-review-request";

const ownerOf = (u: { id: string; email: string }): Owner => ({ kind: "user", user: { id: u.id, email: u.email, name: null, role: "BORROWER" } });

async function requested(message = "为什么借呗被降额了？") {
  const borrower = await seedUser(db);
  const a = await seedCase(db, { userId: borrower.id });
  const owner = ownerOf(borrower);
  const request = await createReviewRequest({ owner, assessmentId: a.id, message });
  return { borrower, owner, assessment: a, request };
}

describe("review requests: the staff workflow", () => {
  it("open → assigned (in progress) → answered, and the borrower sees the answer", async () => {
    const support = await seedUser(db, { role: "SUPPORT" });
    const colleague = await seedUser(db, { role: "SUPPORT" });
    const { owner, assessment, request, borrower } = await requested();

    const open = await listReviewQueue({ actor: support, filters: { status: "OPEN" } });
    const item = open.items.find((i) => i.id === request.id);
    expect(item).toMatchObject({ status: "OPEN", message: "为什么借呗被降额了？", assignee: null, assessment: { id: assessment.id } });
    expect(item!.requester).toBe(`${borrower.email[0]}•••@test.example`);
    expect(JSON.stringify(open)).not.toContain(borrower.email);

    // Assign to a colleague, then take it over.
    const staff = await listAssignableStaff({ actor: support });
    expect(staff.map((s) => s.id)).toEqual(expect.arrayContaining([support.id, colleague.id]));
    expect(staff.map((s) => s.id)).not.toContain(borrower.id);
    await assignReviewRequest({ actor: support, requestId: request.id, assigneeId: colleague.id });
    expect((await listReviewQueue({ actor: colleague, filters: { assignee: "me" } })).items.map((i) => i.id)).toEqual([request.id]);
    await assignReviewRequest({ actor: support, requestId: request.id, assigneeId: support.id });
    const mine = await listReviewQueue({ actor: support, filters: { assignee: "me", status: "IN_PROGRESS" } });
    expect(mine.items.map((i) => [i.id, i.status, i.assignee?.id])).toEqual([[request.id, "IN_PROGRESS", support.id]]);
    expect(mine.counts.IN_PROGRESS).toBe(1);
    expect((await listReviewQueue({ actor: colleague, filters: { assignee: "me" } })).total).toBe(0);

    // In progress: the borrower sees the status, not a draft answer.
    expect((await listReviewRequests({ owner, assessmentId: assessment.id }))[0]).toMatchObject({ status: "IN_PROGRESS", answer: null });

    await expect(answerReviewRequest({ actor: support, requestId: request.id, answer: "  " })).rejects.toMatchObject({ code: "VALIDATION" });
    await answerReviewRequest({ actor: support, requestId: request.id, answer: "  逾期结清后还需要连续按时还款几个月。 " });
    expect((await listReviewRequests({ owner, assessmentId: assessment.id }))[0]).toMatchObject({
      status: "ANSWERED",
      answer: "逾期结清后还需要连续按时还款几个月。",
    });
    // Answered is final.
    await expect(answerReviewRequest({ actor: support, requestId: request.id, answer: "改一下" })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(assignReviewRequest({ actor: support, requestId: request.id, assigneeId: colleague.id })).rejects.toMatchObject({ code: "CONFLICT" });

    const audit = await db.auditEvent.findMany({ where: { targetId: request.id }, orderBy: { createdAt: "asc" } });
    expect(audit.map((e) => [e.action, (e.metadata as { assigneeId?: string }).assigneeId ?? null])).toEqual([
      ["review.assign", colleague.id],
      ["review.assign", support.id],
      ["review.answer", null],
    ]);
    expect(JSON.stringify(audit)).not.toContain("逾期结清");
    const answered = await listReviewQueue({ actor: support, filters: { status: "ANSWERED" } });
    expect(answered.items.find((i) => i.id === request.id)).toMatchObject({ answer: "逾期结清后还需要连续按时还款几个月。" });
  });

  it("an unassigned request answered directly becomes the answerer's", async () => {
    const admin = await seedUser(db, { role: "ADMIN" });
    const { request } = await requested();
    await answerReviewRequest({ actor: admin, requestId: request.id, answer: "已核对，结果合理。" });
    expect(await db.reviewRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({ status: "ANSWERED", assigneeId: admin.id });
  });

  it("assigns only to active staff, and unknown requests are NOT_FOUND", async () => {
    const support = await seedUser(db, { role: "SUPPORT" });
    const disabled = await seedUser(db, { role: "SUPPORT", disabled: true });
    const { request, borrower } = await requested();
    for (const assigneeId of [borrower.id, disabled.id, "nobody"]) {
      await expect(assignReviewRequest({ actor: support, requestId: request.id, assigneeId })).rejects.toMatchObject({ code: "VALIDATION" });
    }
    await expect(assignReviewRequest({ actor: support, requestId: "missing", assigneeId: support.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(answerReviewRequest({ actor: support, requestId: "missing", answer: "x" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await db.reviewRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe("OPEN");
    expect(await listAssignableStaff({ actor: support })).not.toContainEqual(expect.objectContaining({ id: disabled.id }));
  });

  it("lists waiting requests before answered ones, oldest waiting first", async () => {
    const support = await seedUser(db, { role: "SUPPORT" });
    const first = await requested("first");
    const answered = await requested("answered");
    await answerReviewRequest({ actor: support, requestId: answered.request.id, answer: "已答复。" });
    const second = await requested("second");
    const ids = (await listReviewQueue({ actor: support, filters: {}, pageSize: 1000 })).items.map((i) => i.id);
    expect(ids.indexOf(first.request.id)).toBeLessThan(ids.indexOf(second.request.id));
    expect(ids.indexOf(second.request.id)).toBeLessThan(ids.indexOf(answered.request.id));
  });

  it("filters: unassigned, and rejects unknown statuses", async () => {
    const support = await seedUser(db, { role: "SUPPORT" });
    const { request } = await requested();
    expect((await listReviewQueue({ actor: support, filters: { assignee: "unassigned", status: "OPEN" } })).items.map((i) => i.id)).toContain(request.id);
    await expect(listReviewQueue({ actor: support, filters: { status: "CLOSED" } })).rejects.toMatchObject({ code: "VALIDATION" });
  });
});
