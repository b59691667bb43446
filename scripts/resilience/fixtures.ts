// Test data the resilience scenarios need, written with the app's own code
// (createDb, buildShareSnapshot, the share-token helpers, bcrypt) so the rows
// look exactly like the ones the app writes. Run by run.mjs through tsx:
//
//   DATABASE_URL=… tsx scripts/resilience/fixtures.ts share-links < {"assessmentIds":[…],"perAssessment":2}
//   DATABASE_URL=… tsx scripts/resilience/fixtures.ts user       < {"email":"…","password":"…"}
//
// Reads one JSON object on stdin, prints one JSON object on stdout.
import bcrypt from "bcryptjs";
import { createDb } from "@/lib/db/create-client";
import { buildShareSnapshot } from "@/lib/server/share/snapshot";
import { newShareCode, newShareToken } from "@/lib/server/share/token";

const DAY_MS = 24 * 60 * 60 * 1000;

async function readStdin(): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}");
}

/** Share links (7 days, reasons and checklist shown) for existing assessments; returns the tokens. */
async function shareLinks(db: ReturnType<typeof createDb>, { assessmentIds, perAssessment = 1 }: { assessmentIds: string[]; perAssessment?: number }) {
  const tokens: string[] = [];
  const assessments = await db.assessment.findMany({ where: { id: { in: assessmentIds } }, select: { id: true, output: true, createdAt: true } });
  if (assessments.length !== assessmentIds.length) throw new Error(`only ${assessments.length} of ${assessmentIds.length} assessments found`);
  for (const a of assessments) {
    const snapshot = buildShareSnapshot(a.output, { showReasons: true, showChecklist: true, assessedAt: a.createdAt });
    for (let i = 0; i < perAssessment; i++) {
      const { token, tokenHash } = newShareToken();
      await db.shareLink.create({
        data: {
          tokenHash,
          code: newShareCode(),
          assessmentId: a.id,
          showReasons: true,
          showChecklist: true,
          snapshot,
          expiresAt: new Date(Date.now() + 7 * DAY_MS),
        },
        select: { id: true },
      });
      tokens.push(token);
    }
  }
  return { tokens };
}

/** A borrower account that can sign in with `password`. */
async function user(db: ReturnType<typeof createDb>, { email, password }: { email: string; password: string }) {
  const created = await db.user.create({
    data: { email, passwordHash: await bcrypt.hash(password, 10), role: "BORROWER", name: "压测" },
    select: { id: true, email: true },
  });
  return created;
}

const command = process.argv[2];
const db = createDb(process.env.DATABASE_URL);
try {
  const input = (await readStdin()) as never;
  const result = command === "share-links" ? await shareLinks(db, input) : command === "user" ? await user(db, input) : null;
  if (!result) throw new Error(`unknown command ${command}`);
  process.stdout.write(JSON.stringify(result));
} finally {
  await db.$disconnect();
}
