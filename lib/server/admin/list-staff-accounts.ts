import "server-only";
import { db as defaultDb, type Db } from "@/lib/db";
import { assertStaff, type Actor } from "./assert-staff";

export interface StaffAccount {
  id: string;
  email: string;
  name: string | null;
  role: "SUPPORT" | "ADMIN";
  createdAt: Date;
  disabledAt: Date | null;
  /** The acting admin's own account (its role and status cannot be changed by themself). */
  self: boolean;
}

/** Every staff account, active ones first. Admins only. */
export async function listStaffAccounts({ db = defaultDb, actor }: { db?: Db; actor: Actor }): Promise<StaffAccount[]> {
  const admin = await assertStaff(db, actor, ["ADMIN"]);
  const rows = await db.user.findMany({
    where: { role: { in: ["SUPPORT", "ADMIN"] } },
    orderBy: [{ email: "asc" }],
    take: 1000,
    select: { id: true, email: true, name: true, role: true, createdAt: true, disabledAt: true },
  });
  return rows
    .map((r) => ({ ...r, role: r.role as StaffAccount["role"], self: r.id === admin.id }))
    .sort((a, b) => Number(a.disabledAt !== null) - Number(b.disabledAt !== null));
}
