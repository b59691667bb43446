import "server-only";
import { db as defaultDb, type Db } from "@/lib/db";
import { assertStaff, type Actor } from "./assert-staff";

/** Active staff a review request can be assigned to (for the assignee picker). Staff only. */
export async function listAssignableStaff({ db = defaultDb, actor }: { db?: Db; actor: Actor }): Promise<{ id: string; email: string; name: string | null }[]> {
  await assertStaff(db, actor);
  return db.user.findMany({
    where: { role: { in: ["SUPPORT", "ADMIN"] }, disabledAt: null },
    orderBy: { email: "asc" },
    take: 500,
    select: { id: true, email: true, name: true },
  });
}
