import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { realInput, SECRET_INCOME, SECRET_LIMIT, seedCase, seedUser, uniqueEmail } from "./test-support";
import { exportCasesCsv, CSV_COLUMNS } from "./export-cases-csv";
import { listAuditEvents } from "./list-audit-events";
import { getInsight } from "./get-insight";
import { revealCaseField } from "./reveal-case-field";
import { csvCell } from "./csv";

const DAY = 86_400_000;
/** The body as text, keeping a leading byte-order mark (Response.text() would drop it). */
const text = async (stream: ReadableStream<Uint8Array>) => new TextDecoder("utf-8", { ignoreBOM: true }).decode(await new Response(stream).arrayBuffer());
const parseCsv = (csv: string) =>
  csv
    .replace(/^\uFEFF/, "")
    .trimEnd()
    .split("\r\n")
    .map((line) => line.split(","));

describe("CSV export", () => {
  it("streams the filtered list, masked, and records the export with its filters", async () => {
    const support = await seedUser(db, { role: "SUPPORT" });
    const borrower = await seedUser(db, { role: "BORROWER", email: uniqueEmail("csv") });
    const a = await seedCase(db, { userId: borrower.id }, realInput("weilidai"));
    const b = await seedCase(db, { userId: borrower.id }, realInput("huabei"), new Date(Date.now() - DAY));
    const { filename, stream } = await exportCasesCsv({ actor: support, search: { q: borrower.email } });
    expect(filename).toMatch(/^limitwise-cases-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await text(stream);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const [header, ...rows] = parseCsv(csv);
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(rows.map((r) => [r[0], r[2], r[7]])).toEqual([
      [a.id, "weilidai", `${borrower.email[0]}•••@test.example`],
      [b.id, "huabei", `${borrower.email[0]}•••@test.example`],
    ]);
    expect(csv).not.toContain(borrower.email);
    expect(csv).not.toContain(String(SECRET_INCOME));
    expect(csv).not.toContain(String(SECRET_LIMIT));

    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "export.csv", actorId: support.id } });
    expect(audit).toMatchObject({ actorRole: "SUPPORT", metadata: { filters: { q: `${borrower.email[0]}•••@test.example` } } });
    expect(JSON.stringify(audit)).not.toContain(borrower.email);

    const filtered = parseCsv(await text((await exportCasesCsv({ actor: support, search: { q: borrower.email, platform: "huabei" } })).stream));
    expect(filtered.slice(1).map((r) => r[0])).toEqual([b.id]);
  });

  it("pages through more rows than one batch without losing or repeating any", async () => {
    const support = await seedUser(db, { role: "SUPPORT" });
    const borrower = await seedUser(db);
    const input = realInput("mybank");
    const base = Date.now() - 1000 * DAY;
    await db.assessment.createMany({
      data: Array.from({ length: 520 }, (_, i) => ({
        userId: borrower.id,
        platform: "mybank",
        goal: "raise",
        modelVersion: "bulk",
        input: input as object,
        output: {},
        probability: 0.5,
        band: "fair",
        // Some share a timestamp, to exercise the id tie-break.
        createdAt: new Date(base + Math.floor(i / 3) * 1000),
      })),
    });
    const rows = parseCsv(await text((await exportCasesCsv({ actor: support, search: { q: borrower.email } })).stream)).slice(1);
    expect(rows).toHaveLength(520);
    expect(new Set(rows.map((r) => r[0])).size).toBe(520);
  });

  it("neutralises cells a spreadsheet would run as formulas", () => {
    expect(csvCell("=HYPERLINK(\"x\")")).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell("+1")).toBe("'+1");
    expect(csvCell("a,b")).toBe('"a,b"');
    expect(csvCell(-0.5)).toBe("-0.5");
    expect(csvCell(null)).toBe("");
  });
});

describe("audit log", () => {
  it("lists who did what when, filtered by action, actor, target and day; borrowers masked", async () => {
    const support = await seedUser(db, { role: "SUPPORT" });
    const borrower = await seedUser(db);
    const a = await seedCase(db, { userId: borrower.id });
    await revealCaseField({ actor: support, assessmentId: a.id, field: "email", reason: "需要通过邮件回复借款人" });
    await db.auditEvent.create({ data: { actorId: borrower.id, actorRole: "BORROWER", action: "account.exported", targetType: "user", targetId: borrower.id } });

    const byActor = await listAuditEvents({ actor: support, filters: { actor: support.email.toUpperCase() } });
    expect(byActor.items).toEqual([
      expect.objectContaining({ action: "case.reveal", actor: support.email, actorRole: "SUPPORT", targetId: a.id, reason: "需要通过邮件回复借款人" }),
    ]);
    expect(byActor.actions).toEqual(expect.arrayContaining(["case.reveal", "account.exported"]));

    const byTarget = await listAuditEvents({ actor: support, filters: { target: borrower.id } });
    expect(byTarget.items).toEqual([expect.objectContaining({ action: "account.exported", actor: `${borrower.email[0]}•••@test.example` })]);
    expect(JSON.stringify(byTarget)).not.toContain(borrower.email);

    const byAction = await listAuditEvents({ actor: support, filters: { action: "case.reveal", target: a.id } });
    expect(byAction.total).toBe(1);
    const tomorrow = new Date(Date.now() + DAY + 8 * 3600_000).toISOString().slice(0, 10);
    expect((await listAuditEvents({ actor: support, filters: { from: tomorrow, target: a.id } })).total).toBe(0);
    await expect(listAuditEvents({ actor: support, filters: { action: "DROP TABLE" } })).rejects.toMatchObject({ code: "VALIDATION" });
  });

  it("is append-only: no admin code path updates or deletes an audit event", () => {
    const root = path.resolve(__dirname, "../../..");
    const dirs = ["lib/server/admin", "app/[locale]/admin", "app/api/admin", "components/admin"].map((d) => path.join(root, d));
    const files: string[] = [];
    const walk = (p: string) => {
      for (const name of readdirSync(p)) {
        const full = path.join(p, name);
        if (statSync(full).isDirectory()) walk(full);
        else if (/\.tsx?$/.test(name) && !name.includes(".test.")) files.push(full);
      }
    };
    for (const d of dirs) walk(d);
    expect(files.length).toBeGreaterThan(10);
    for (const f of files) expect(readFileSync(f, "utf8"), f).not.toMatch(/auditEvent\s*\.\s*(update|updateMany|upsert|delete|deleteMany)\b/);
  });
});

describe("insight", () => {
  it("counts over time, bands per platform, negative reasons and checklist completion", async () => {
    const support = await seedUser(db, { role: "SUPPORT" });
    const borrower = await seedUser(db);
    // A range of its own in the past, so other tests' data stays out.
    const day = (d: number) => new Date(Date.UTC(2020, 0, d, 4));
    const weak = realInput("weilidai", (i) => ((i.debt.applications3m = 8), (i.debt.lendersWithBalance = 6), (i.repayment.onTimeMonths = 1)));
    const a = await seedCase(db, { userId: borrower.id }, weak, day(2));
    await seedCase(db, { userId: borrower.id }, weak, day(2));
    await seedCase(db, { userId: borrower.id }, realInput("jiebei"), day(4));
    const first = (a.output as { checklist: { id: string }[] }).checklist[0]!.id;
    await db.checklistProgress.create({ data: { assessmentId: a.id, itemId: first, done: true, doneAt: day(3) } });

    const insight = await getInsight({ actor: support, filters: { from: "2020-01-01", to: "2020-01-05" } });
    expect(insight.total).toBe(3);
    expect(insight.bucket).toBe("day");
    expect(insight.series).toEqual([
      { key: "2020-01-01", count: 0 },
      { key: "2020-01-02", count: 2 },
      { key: "2020-01-03", count: 0 },
      { key: "2020-01-04", count: 1 },
      { key: "2020-01-05", count: 0 },
    ]);
    const weilidai = insight.bands.find((b) => b.platform === "weilidai")!;
    expect(weilidai.total).toBe(2);
    expect(Object.values(weilidai.counts).reduce((s, n) => s + n, 0)).toBe(2);
    expect(insight.reasons[0]!.count).toBeGreaterThanOrEqual(2);
    expect(insight.reasons.every((r) => r.share > 0 && r.share <= 1)).toBe(true);
    const item = insight.checklist.find((c) => c.id === first)!;
    expect(item.done).toBe(1);
    expect(item.rate).toBeCloseTo(1 / item.offered);
    expect(insight.sample).toEqual({ size: 3, capped: false });

    const onlyJiebei = await getInsight({ actor: support, filters: { from: "2020-01-01", to: "2020-01-05", platform: "jiebei" } });
    expect(onlyJiebei.total).toBe(1);
    const long = await getInsight({ actor: support, filters: { from: "2019-01-01", to: "2020-01-31" } });
    expect(long.bucket).toBe("month");
    expect(long.series.at(-1)).toEqual({ key: "2020-01", count: 3 });
  });
});
