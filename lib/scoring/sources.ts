/**
 * Where each coefficient and rule comes from.
 *
 * The five seed articles live in `shared/seeds/` (Chinese, public web pages).
 * A reason's `sources` lists seed file names; `docs/model-card.md` quotes the
 * passage each one stands for in paraphrase. `PUBLIC_FACTS` are named public
 * facts that are not in a seed.
 */

export const SEEDS = {
  /** 哪些网贷会主动给用户提额 — general: on-time record, debt, activity, profile, campaigns, VIP tiers. */
  general: "000_17dd772cb6537991.txt",
  /** 借呗额度调整后是否能恢复 — 借呗 cuts and the restore path; the 15k→30k→10k case; freezes. */
  jiebeiRestore: "001_e2b15d78ddd105c0.txt",
  /** 花呗怎么才能提升额度 — 芝麻分, Alipay activity, base + temporary limit, no cash-out. */
  huabei: "002_89f203f99d127ffa.txt",
  /** 网商贷额度突然大降额怎么恢复 — unused lines, overdue, shop health. */
  mybank: "003_fd32b37d46f3e40f.txt",
  /** 微粒贷开通与提额 — whitelist, 68% / 37% / 90% figures, quarterly cycle, scams. */
  weilidai: "004_b713b228a9c38efb.txt",
} as const;

export const PUBLIC_FACTS = {
  /**
   * 2021 notice by the CBIRC, the Cyberspace Administration, the Ministry of
   * Education, the Ministry of Public Security and the PBoC on further
   * regulating internet consumer loans to university students
   * (《关于进一步规范大学生互联网消费贷款监督管理工作的通知》, 银保监办发〔2021〕28号):
   * small-loan companies may not lend to students; banks must be cautious.
   */
  studentLending: "cbirc-2021-student-loans",
} as const;

export type SeedFile = (typeof SEEDS)[keyof typeof SEEDS];
export type PublicFact = (typeof PUBLIC_FACTS)[keyof typeof PUBLIC_FACTS];
export type SourceId = SeedFile | PublicFact;

export const ALL_SOURCES: readonly SourceId[] = [...Object.values(SEEDS), ...Object.values(PUBLIC_FACTS)];

/** The message key of a source: seed files lose their `.txt` (catalogue keys have no dots). */
export function sourceMessageKey(source: SourceId): string {
  return `sources.${source.endsWith(".txt") ? source.slice(0, -4) : source}`;
}
