import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seedCase, seedUser } from "./test-support";
import { searchCases } from "./search-cases";
import { getCase } from "./get-case";
import { revealCaseField } from "./reveal-case-field";
import { addSupportNote } from "./add-support-note";
import { createAdviceLink } from "./create-advice-link";
import { revokeAdviceLink } from "./revoke-advice-link";
import { listReviewQueue } from "./list-review-queue";
import { listAssignableStaff } from "./list-assignable-staff";
import { assignReviewRequest } from "./assign-review-request";
import { answerReviewRequest } from "./answer-review-request";
import { getInsight } from "./get-insight";
import { exportCasesCsv } from "./export-cases-csv";
import { listAuditEvents } from "./list-audit-events";
import { listStaffAccounts } from "./list-staff-accounts";
import { createStaffAccount } from "./create-staff-account";
import { changeStaffRole } from "./change-staff-role";
import { disableStaffAccount } from "./disable-staff-account";
import { enableStaffAccount } from "./enable-staff-account";

type Actor = { id: string } | null;
type Call = (actor: Actor) => Promise<unknown>;

let ids: { assessment: string; request: string; link: string; staff: string; support: string };

beforeAll(async () => {
  const borrower = await seedUser(db);
  const a = await seedCase(db, { userId: borrower.id });
  const request = await db.reviewRequest.create({ data: { assessmentId: a.id, requesterId: borrower.id } });
  const support = await seedUser(db, { role: "SUPPORT" });
  const other = await seedUser(db, { role: "SUPPORT" });
  const link = await db.shareLink.create({
    data: { tokenHash: `h-${a.id}`, code: `C${Date.now().toString(36).toUpperCase()}`.slice(0, 12), assessmentId: a.id, snapshot: {}, expiresAt: new Date(Date.now() + 86_400_000) },
  });
  ids = { assessment: a.id, request: request.id, link: link.id, staff: other.id, support: support.id };
});

/** Every admin data-layer function, called with arguments that would succeed for the right role. */
const staffCalls: Record<string, Call> = {
  searchCases: (actor) => searchCases({ actor, search: {} }),
  getCase: (actor) => getCase({ actor, assessmentId: ids.assessment }),
  revealCaseField: (actor) => revealCaseField({ actor, assessmentId: ids.assessment, field: "monthlyIncome", reason: "借款人来电要求核对收入" }),
  addSupportNote: (actor) => addSupportNote({ actor, assessmentId: ids.assessment, body: "note" }),
  createAdviceLink: (actor) => createAdviceLink({ actor, link: { assessmentId: ids.assessment, staffNote: "先还清逾期" } }),
  revokeAdviceLink: (actor) => revokeAdviceLink({ actor, assessmentId: ids.assessment, linkId: ids.link }),
  listReviewQueue: (actor) => listReviewQueue({ actor, filters: {} }),
  listAssignableStaff: (actor) => listAssignableStaff({ actor }),
  assignReviewRequest: (actor) => assignReviewRequest({ actor, requestId: ids.request, assigneeId: ids.staff }),
  answerReviewRequest: (actor) => answerReviewRequest({ actor, requestId: ids.request, answer: "answer" }),
  getInsight: (actor) => getInsight({ actor, filters: {} }),
  exportCasesCsv: (actor) => exportCasesCsv({ actor, search: {} }),
  listAuditEvents: (actor) => listAuditEvents({ actor, filters: {} }),
};
const adminCalls: Record<string, Call> = {
  listStaffAccounts: (actor) => listStaffAccounts({ actor }),
  createStaffAccount: (actor) => createStaffAccount({ actor, account: { email: `new-${Math.random().toString(36).slice(2)}@test.example`, role: "SUPPORT" } }),
  changeStaffRole: (actor) => changeStaffRole({ actor, userId: ids.support, role: "ADMIN" }),
  disableStaffAccount: (actor) => disableStaffAccount({ actor, userId: ids.support }),
  enableStaffAccount: (actor) => enableStaffAccount({ actor, userId: ids.support }),
};

/** Files of the admin data layer that are helpers, not entry points (each is called from the functions above). */
const HELPERS = new Set(["assert-staff.ts", "record-audit.ts", "staff-target.ts", "mask.ts", "case-where.ts", "csv.ts", "audit-actions.ts", "test-support.ts"]);

async function counts() {
  const [audit, notes, links, users, answered] = await Promise.all([
    db.auditEvent.count(),
    db.supportNote.count(),
    db.shareLink.count({ where: { revokedAt: null } }),
    db.user.count(),
    db.reviewRequest.count({ where: { status: { not: "OPEN" } } }),
  ]);
  return { audit, notes, links, users, answered };
}

describe("admin data layer: authorisation inside every function", () => {
  it("covers every exported function of lib/server/admin (a new one cannot escape this test)", async () => {
    const dir = path.dirname(fileURLToPath(import.meta.url));
    const files = readdirSync(dir).filter((f) => f.endsWith(".ts") && !f.includes(".test.") && !HELPERS.has(f));
    const exported: string[] = [];
    for (const file of files) {
      const mod = (await import(path.join(dir, file))) as Record<string, unknown>;
      exported.push(...Object.entries(mod).filter(([, v]) => typeof v === "function").map(([k]) => k));
    }
    expect(exported.sort()).toEqual([...Object.keys(staffCalls), ...Object.keys(adminCalls)].sort());
  });

  it("refuses anonymous, unknown and disabled actors with UNAUTHENTICATED and writes nothing", async () => {
    const disabled = await seedUser(db, { role: "ADMIN", disabled: true });
    const before = await counts();
    for (const [name, call] of Object.entries({ ...staffCalls, ...adminCalls })) {
      for (const actor of [null, { id: "no-such-user" }, { id: disabled.id }]) {
        await expect(call(actor), `${name} as ${actor?.id ?? "nobody"}`).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
      }
    }
    expect(await counts()).toEqual(before);
  });

  it("refuses a borrower everywhere with FORBIDDEN, whatever role the caller claims, and writes nothing", async () => {
    const borrower = await seedUser(db);
    const before = await counts();
    for (const [name, call] of Object.entries({ ...staffCalls, ...adminCalls })) {
      await expect(call({ id: borrower.id, role: "ADMIN" } as Actor), name).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await counts()).toEqual(before);
  });

  it("refuses support on admin-only functions, and lets support do the rest", async () => {
    const support = await seedUser(db, { role: "SUPPORT" });
    const before = await counts();
    for (const [name, call] of Object.entries(adminCalls)) {
      await expect(call({ id: support.id, role: "ADMIN" } as Actor), name).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await counts()).toEqual(before);
    for (const [name, call] of Object.entries(staffCalls)) {
      await expect(call({ id: support.id }), name).resolves.toBeDefined();
    }
  });

  it("lets an admin do everything", async () => {
    const admin = await seedUser(db, { role: "ADMIN" });
    await db.shareLink.update({ where: { id: ids.link }, data: { revokedAt: null } });
    await db.reviewRequest.update({ where: { id: ids.request }, data: { status: "OPEN", answer: null, answeredAt: null } });
    for (const [name, call] of Object.entries({ ...staffCalls, ...adminCalls })) {
      await expect(call({ id: admin.id }), name).resolves.toBeDefined();
    }
  });

  it("a role taken away takes effect on the next call, session or not", async () => {
    const support = await seedUser(db, { role: "SUPPORT" });
    await expect(searchCases({ actor: support, search: {} })).resolves.toBeDefined();
    await db.user.update({ where: { id: support.id }, data: { role: "BORROWER" } });
    await expect(searchCases({ actor: support, search: {} })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
