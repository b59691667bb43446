import "server-only";
import { db as defaultDb, type Db } from "@/lib/db";
import { AppError } from "@/lib/server/errors";
import { compareInputs, type InputComparison } from "./compare-inputs";

export interface ComparedAssessment {
  id: string;
  createdAt: string;
  platform: string;
  goal: string;
  probability: number;
  band: string;
  modelVersion: string;
}

export interface Comparison extends InputComparison {
  from: ComparedAssessment;
  to: ComparedAssessment;
  /** Stored chance of `to` minus stored chance of `from`. */
  total: number;
  sameModelVersion: boolean;
}

/**
 * Compares two of the borrower's own assessments (older first, whatever the
 * order of the ids). Someone else's id answers NOT_FOUND.
 */
export async function getComparison({ db = defaultDb, userId, ids }: { db?: Db; userId: string; ids: [string, string] }): Promise<Comparison> {
  if (ids[0] === ids[1]) throw new AppError("BAD_REQUEST", "Choose two different check-ups");
  const rows = await db.assessment.findMany({
    where: { userId, id: { in: ids } },
    select: { id: true, createdAt: true, platform: true, goal: true, probability: true, band: true, modelVersion: true, input: true },
  });
  if (rows.length !== 2) throw new AppError("NOT_FOUND", "Assessment not found");
  rows.sort((x, y) => x.createdAt.getTime() - y.createdAt.getTime() || x.id.localeCompare(y.id));
  const [a, b] = rows as [(typeof rows)[0], (typeof rows)[0]];
  const view = ({ input: _input, createdAt, ...r }: (typeof rows)[0]): ComparedAssessment => ({ ...r, createdAt: createdAt.toISOString() });
  return {
    ...compareInputs(a.input, b.input),
    from: view(a),
    to: view(b),
    total: b.probability - a.probability,
    sameModelVersion: a.modelVersion === b.modelVersion,
  };
}
