// `npm run db:seed`: demo data, once. Safe to run on every start: it does
// nothing when the demo admin already exists. Staff passwords are random,
// printed, and kept in data/ (git-ignored) so later starts can print them again.
import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import bcrypt from "bcryptjs";
import { createDb, DEFAULT_DATABASE_URL } from "../../lib/db/create-client";
import { seedSampleAssessments } from "./sample-assessments";

const url = process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
const credentialsFile = path.join(
  process.cwd(),
  "data",
  `demo-credentials-${createHash("sha256").update(url).digest("hex").slice(0, 10)}.json`,
);

const STAFF = [
  { email: "admin@limitwise.example", name: "演示管理员", role: "ADMIN" },
  { email: "support@limitwise.example", name: "演示客服", role: "SUPPORT" },
] as const;

interface Credential {
  email: string;
  password: string;
  role: string;
}

function printCredentials(credentials: Credential[]) {
  console.log("Demo staff accounts (sign in at /signin):");
  for (const c of credentials) console.log(`  ${c.role.padEnd(8)} ${c.email}  password: ${c.password}`);
}

async function main() {
  const db = createDb(url);
  try {
    const existing = await db.user.findUnique({ where: { email: STAFF[0].email }, select: { id: true } });
    if (existing) {
      console.log("Demo data already present; nothing seeded.");
      if (existsSync(credentialsFile)) printCredentials(JSON.parse(readFileSync(credentialsFile, "utf8")) as Credential[]);
      return;
    }
    const credentials: Credential[] = [];
    for (const staff of STAFF) {
      const password = randomBytes(9).toString("base64url");
      await db.user.create({
        data: { email: staff.email, name: staff.name, role: staff.role, passwordHash: await bcrypt.hash(password, 10) },
      });
      credentials.push({ email: staff.email, password, role: staff.role });
    }
    const count = await seedSampleAssessments(db);
    mkdirSync(path.dirname(credentialsFile), { recursive: true });
    writeFileSync(credentialsFile, JSON.stringify(credentials, null, 2), { mode: 0o600 });
    console.log(`Seeded ${credentials.length} staff accounts and ${count} sample assessments.`);
    printCredentials(credentials);
  } finally {
    await db.$disconnect();
  }
}

main().catch((error) => {
  console.error("Seeding failed:", error);
  process.exit(1);
});
