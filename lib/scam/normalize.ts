/**
 * Text normalisation for the scam rules, with a map back to the original.
 *
 * Scam messages dodge keyword filters with full-width letters (ＶＩＰ),
 * traditional characters (內部, 驗資), spaces or symbols between characters
 * (验 资, 验*资) and zero-width characters. Rules match against a normalised
 * VIEW of the text; every character of a view remembers the [start, end)
 * range it came from, so a match can be highlighted in what the user typed.
 *
 * Two views:
 * - `compact` (for Chinese patterns): NFKC, lower case, traditional → simplified
 *   for the characters our rules use, all whitespace except newlines removed,
 *   zero-width characters removed, and filler symbols (*_-~·.|/ …) removed when
 *   they sit between two Han characters. Sentence punctuation stays, so rules
 *   can stop at a clause boundary.
 * - `spaced` (for English patterns): NFKC, lower case, zero-width removed,
 *   runs of spaces/tabs collapsed to one space; words stay apart for `\b`.
 */

/** A normalised text and, per UTF-16 unit of it, the original range. */
export interface TextView {
  text: string;
  /** starts[i] = index in the original where view character i begins. */
  starts: number[];
  /** ends[i] = index in the original just after view character i. */
  ends: number[];
}

/** Traditional (and a few variant) characters → simplified, limited to what the rules need. */
const TRAD_TO_SIMP: Readonly<Record<string, string>> = Object.fromEntries(
  [
    "內内", "資资", "驗验", "證证", "費费", "凍冻", "結结", "帳账", "賬账", "戶户", "貸贷", "額额", "開开", "碼码",
    "轉转", "銷销", "學学", "號号", "員员", "網网", "銀银", "門门", "還还", "調调", "註注", "務务", "認认", "繳缴",
    "給给", "關关", "係系", "專专", "屬属", "鏈链", "請请", "幫帮", "處处", "會会", "議议", "遠远", "協协", "腦脑",
    "錢钱", "現现", "風风", "險险", "計计", "業业", "讓让", "這这", "們们", "為为", "無无", "須须", "過过", "當当",
    "據据", "擔担", "錯错", "誤误", "寫写", "鎖锁", "級级", "報报", "讀读", "說说", "話话", "電电", "錄录", "異异",
    "點点", "擊击", "啟启", "動动", "隱隐", "寶宝", "財财", "檢检", "測测", "審审", "備备", "權权", "預预", "構构",
    "絡络", "統统", "貨货", "歸归", "償偿", "種种", "準准", "僅仅", "單单", "雙双", "邊边", "從从", "來来", "時时",
    "間间", "輸输", "嗎吗", "麼么", "頁页", "載载", "裝装", "軟软", "體体", "線线", "綫线", "紅红", "綠绿", "強强",
    "辦办", "條条", "優优", "訊讯", "徵征", "撥拨", "債债", "減减", "稅税", "違违", "規规", "響响", "紀纪", "罰罚",
    "訴诉", "監监", "團团", "醫医", "療疗", "驅驱", "運运", "態态", "狀状", "變变", "聯联", "繫系", "個个", "對对",
    "應应", "該该", "擁拥", "將将", "續续", "獲获", "離离", "補补", "發发", "別别", "絕绝", "決决",
    "騙骗", "詐诈", "復复", "複复", "刪删", "綁绑", "簽签", "約约", "掃扫", "機机", "圖图", "問问", "題题", "於于",
    "閉闭", "歷历", "夠够", "視视", "頻频", "後后", "護护", "臺台", "納纳", "託托", "餘余", "積积",
  ].map((pair) => [pair[0]!, pair[1]!]),
);

const ZERO_WIDTH = /[\u200b-\u200f\u2060-\u2064\ufeff\u00ad\u034f\u180e]/;
const SPACE = /[^\S\n]/; // whitespace except newline
const HAN = /\p{Script=Han}/u;
/** Symbols dropped between two Han characters in the compact view. */
const FILLER = /[*_\-~·•.|/\\'"`^+=#@&%$<>(){}[\]【】「」『』〈〉《》〔〕…—–・︰]/;

interface Unit {
  ch: string;
  start: number;
  end: number;
}

/** NFKC + lower case + traditional → simplified, unit by unit, keeping original ranges. */
function baseUnits(input: string): Unit[] {
  const units: Unit[] = [];
  let index = 0;
  for (const codePoint of input) {
    const start = index;
    const end = index + codePoint.length;
    index = end;
    const normalized = codePoint === "\r" ? "\n" : codePoint.normalize("NFKC").toLowerCase();
    for (const ch of normalized) {
      units.push({ ch: TRAD_TO_SIMP[ch] ?? ch, start, end });
    }
  }
  return units;
}

function toView(units: readonly Unit[]): TextView {
  let text = "";
  const starts: number[] = [];
  const ends: number[] = [];
  for (const u of units) {
    for (let i = 0; i < u.ch.length; i++) {
      starts.push(u.start);
      ends.push(u.end);
    }
    text += u.ch;
  }
  return { text, starts, ends };
}

/** The view Chinese patterns run on. */
export function compactView(input: string): TextView {
  const units = baseUnits(input);
  const kept: Unit[] = [];
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (ZERO_WIDTH.test(u.ch) || SPACE.test(u.ch)) continue;
    if (u.ch === "\n" && kept.at(-1)?.ch === "\n") continue;
    if (FILLER.test(u.ch)) {
      const prev = kept.at(-1);
      let j = i + 1;
      while (j < units.length && (ZERO_WIDTH.test(units[j]!.ch) || SPACE.test(units[j]!.ch) || FILLER.test(units[j]!.ch))) j++;
      const next = units[j];
      if (prev && next && HAN.test(prev.ch) && HAN.test(next.ch)) continue;
    }
    kept.push(u);
  }
  return toView(kept);
}

/** The view English patterns run on. */
export function spacedView(input: string): TextView {
  const units = baseUnits(input);
  const kept: Unit[] = [];
  for (const u of units) {
    if (ZERO_WIDTH.test(u.ch)) continue;
    if (SPACE.test(u.ch)) {
      const prev = kept.at(-1);
      if (prev?.ch === " ") {
        prev.end = u.end;
        continue;
      }
      kept.push({ ch: " ", start: u.start, end: u.end });
      continue;
    }
    kept.push({ ...u });
  }
  return toView(kept);
}

/** Original [start, end) of view range [from, to). */
export function originalRange(view: TextView, from: number, to: number): { start: number; end: number } {
  const start = view.starts[from] ?? 0;
  const end = view.ends[Math.max(from, to - 1)] ?? start;
  return { start, end };
}
