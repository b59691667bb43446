// `npm run db:retention [-- --dry-run]`: deletes anonymous data older than
// ANON_RETENTION_DAYS (default 90) and prints what it deleted. Safe to run as
// often as you like; meant for a daily scheduler, e.g. cron:
//   17 3 * * *  cd /srv/limitwise && DATABASE_URL=… npm run db:retention >> data/retention.log 2>&1
import { createDb, DEFAULT_DATABASE_URL } from "../../lib/db/create-client";
import { purgeAnonymousData, retentionDays } from "../../lib/server/account/purge-anonymous-data";

async function main() {
  const dryRun = process.argv.includes("--dry-run");
  const days = retentionDays(process.env.ANON_RETENTION_DAYS);
  const db = createDb(process.env.DATABASE_URL || DEFAULT_DATABASE_URL);
  try {
    const counts = await purgeAnonymousData({ db, days, dryRun });
    console.log(
      `${dryRun ? "[dry run] would delete" : "Deleted"} anonymous data older than ${days} days (before ${counts.cutoff}): ` +
        `${counts.assessments} assessments, ${counts.checklistItems} checklist items, ${counts.shareLinks} share links, ` +
        `${counts.reviewRequests} review requests, ${counts.supportNotes} support notes, ${counts.consents} consent records.`,
    );
  } finally {
    await db.$disconnect();
  }
}

main().catch((error) => {
  console.error("Retention failed:", error instanceof Error ? error.message : error);
  process.exit(1);
});
