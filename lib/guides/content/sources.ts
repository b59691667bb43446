/**
 * The seed articles the guides cite. They are third-party Chinese articles
 * (stored in the shared seeds folder); the guides take facts and figures from
 * them and say so, but are written in our own words. Figures such as "68%"
 * come from a single article without a published method: the guides present
 * them as "one article reports", never as our own measurement.
 */

export const SEED_FILES = [
  "000_17dd772cb6537991.txt",
  "001_e2b15d78ddd105c0.txt",
  "002_89f203f99d127ffa.txt",
  "003_fd32b37d46f3e40f.txt",
  "004_b713b228a9c38efb.txt",
] as const;

export type SeedFile = (typeof SEED_FILES)[number];

/** Display titles of the sources, per locale (the originals are in Chinese). */
export const SEED_TITLES: Record<SeedFile, { "zh-CN": string; en: string }> = {
  "000_17dd772cb6537991.txt": {
    "zh-CN": "《哪些网贷会主动给用户提额？》",
    en: "\"Which online lenders raise limits on their own?\" (Chinese article)",
  },
  "001_e2b15d78ddd105c0.txt": {
    "zh-CN": "《借呗额度调整后是否能恢复：借呗额度恢复的条件与方法》",
    en: "\"Can a Jiebei limit be restored after a cut? Conditions and methods\" (Chinese article)",
  },
  "002_89f203f99d127ffa.txt": {
    "zh-CN": "《花呗怎么才能提升额度？》",
    en: "\"How to raise a Huabei limit\" (Chinese article)",
  },
  "003_fd32b37d46f3e40f.txt": {
    "zh-CN": "《网商贷额度突然大降额怎么恢复》（探其财经网，2022-08-22）",
    en: "\"What to do when a MYbank loan limit is cut sharply\" (Chinese article, 2022-08-22)",
  },
  "004_b713b228a9c38efb.txt": {
    "zh-CN": "《微粒贷简介与开通前的准备工作》及开通、提额、风险防范问答",
    en: "\"Weilidai: getting ready to open it, raising the limit, avoiding risks\" (Chinese article)",
  },
};

/** Short names for citing in the guide files. */
export const SEED_000: SeedFile = "000_17dd772cb6537991.txt"; // 网贷主动提额 (general)
export const SEED_001: SeedFile = "001_e2b15d78ddd105c0.txt"; // 借呗降额与恢复
export const SEED_002: SeedFile = "002_89f203f99d127ffa.txt"; // 花呗提额
export const SEED_003: SeedFile = "003_fd32b37d46f3e40f.txt"; // 网商贷降额
export const SEED_004: SeedFile = "004_b713b228a9c38efb.txt"; // 微粒贷开通、提额、风险
