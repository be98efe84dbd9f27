// The vagueness check (空泛承诺检查): one pure function, run on every keystroke in the pledge form
// (live hints under each field) and again on the server when the pledge is saved. No I/O, no clock,
// no Prisma: the same input always gives the same flags, in the order of FLAG_CODES.
// A flagged pledge can still be saved and submitted; approving it needs a reviewer's override.

import {
  CHANGE_VERBS, DEFAULT_FILLER_ADVICE, FLAG_ADVICE, DURATION_WORDS, FILLER_PHRASES, HOLLOW_PLACES, HOLLOW_VERIFICATIONS,
  LEVEL_WORDS, MEASURE_WORDS, NUMERAL_IDIOMS, VAGUE_QUANTIFIERS,
} from "./vagueness-phrases";

export const FLAG_CODES = [
  "NO_NUMBER", "NO_UNIT", "NO_DATE", "FILLER", "NO_BASELINE", "TOO_LONG", "NEAR_COPY", "NO_PLACE", "NO_RESPONSIBLE",
  "NO_VERIFICATION",
] as const;
export type FlagCode = (typeof FLAG_CODES)[number];

/** The pledge's own words, as typed (form strings) or as stored (numbers, dates). */
export type PledgeText = {
  /** The pledge being checked, so that it is never a near-copy of itself. */
  id?: string | null;
  action: string;
  quantity?: string | number | null;
  unit?: string | null;
  placeOrBeneficiaries?: string | null;
  dueOn?: string | Date | null;
  responsiblePerson?: string | null;
  verification?: string | null;
};

/** Other members' pledges in the same village, for the near-copy check. */
export type OtherPledge = { id?: string; memberName?: string; action: string };
export type VaguenessContext = { otherPledges?: readonly OtherPledge[] };

export type VaguenessFlag = {
  code: FlagCode;
  /** The form field the hint belongs under. */
  field: keyof PledgeText;
  /** The words that triggered the flag, when there are some. */
  phrase?: string;
  /** What to write instead, in Chinese. */
  suggestion: string;
  /** NEAR_COPY: the other pledge's id (or its text when it has no id). */
  similarTo?: string;
};

/** An action longer than this is a speech, not a pledge ("洋洋数篇，但具体内容不多"). */
export const MAX_ACTION_CHARS = 120;
/** Character-bigram Dice similarity from which two pledges count as copies of each other. */
export const NEAR_COPY_THRESHOLD = 0.8;
/** Share of the action's characters taken by filler from which a number no longer redeems it. */
export const FILLER_SHARE_LIMIT = 0.4;

const ADVICE = { ...FLAG_ADVICE, TOO_LONG: `一条承诺只写一件事，控制在${MAX_ACTION_CHARS}字以内；几件事请拆成几条承诺` };

// ---------------------------------------------------------------------------------------------
// Patterns, built once

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** Longest first, so that "先锋模范作用" wins over "作用" and "个月" over "个". */
const alternation = (words: readonly string[], map: (word: string) => string = escape) =>
  [...words].sort((a, b) => b.length - a.length).map(map).join("|");

const NUMERALS = "零〇一二两三四五六七八九十百千万亿";
const DIGIT_WORDS = "一二两三四五六七八九十"; // a numeral run needs one: "千家万户" is no count
const DEADLINE = "(?:以?内|之内|前|后|底)";
const DURATION = `(?:${alternation(DURATION_WORDS)})`;
// "一个月" is a duration, not "one piece": 个 only measures when no month or week follows.
const MEASURE = `(?:${alternation(MEASURE_WORDS, (w) => (w === "个" ? "个(?!月|星期)" : escape(w)))})`;
const CN_COUNT = `(?<![第统唯专同划逐初])[${NUMERALS}]*[${DIGIT_WORDS}][${NUMERALS}]*(?:${DURATION}(?!${DEADLINE})|${MEASURE})`;
/**
 * A count: digits that are not part of a date or a deadline ("10月底", "3天内"), a Chinese numeral
 * with a measure word ("两公里", "五户", "八成"), or a percentage in words.
 */
const COUNT_RE = new RegExp(
  `(?<![\\d.])\\d+(?:\\.\\d+)?(?![\\d年月日号时点:：]|\\.\\d|季度|${DURATION}${DEADLINE})|${CN_COUNT}|百分之[${NUMERALS}]+`,
  "u",
);
const IDIOM_RE = new RegExp(alternation(NUMERAL_IDIOMS), "g");
const FILLER_RE = new RegExp(alternation(Object.keys(FILLER_PHRASES)), "g");
const CHANGE_RE = new RegExp(alternation(CHANGE_VERBS));
const LEVEL_RE = new RegExp(alternation(LEVEL_WORDS));
const VAGUE_QUANTITY_RE = new RegExp(alternation(VAGUE_QUANTIFIERS));
// A figure in a baseline: any digit, or a Chinese numeral that counts ("四千二百元").
const FIGURE = `(?:\\d|${CN_COUNT})`;
const CLAUSE = "[^，,。；;！!？?\\n]";
const BASELINE_RE = new RegExp(
  [
    `(?:从|由)${CLAUSE}{0,24}?${FIGURE}${CLAUSE}{0,24}?(?:到|至)`, // 从4200元提高到5000元
    `(?:现有|目前|现在|当前|原来|原有|去年|上年|现为|现状)${CLAUSE}{0,16}?${FIGURE}`, // 目前人均4200元
    `${FIGURE}${CLAUSE}{0,8}?(?:提高|增加|提升|增长|降低|减少|下降|压缩|增|降|减|提)(?:到|至)`, // 4200元提高到5000元
    `比(?:去年|上年|往年|现在|目前|原来)${CLAUSE}{0,12}?${FIGURE}`, // 比去年增加500元
  ].join("|"),
  "u",
);
const DATE_IN_TEXT_RE =
  /(?:\d{4}年)?(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\d{1,2}[日号]|底|初|中旬|上旬|下旬)?(?:前|之前|以前)?|[今明]?年底前?|年内/;
const CN_QUANTITY_RE = new RegExp(`^[${NUMERALS}]*[${DIGIT_WORDS}]`);
const ISO_DAY_RE = /^\d{4}-\d{2}-\d{2}/;
const SEPARATORS_RE = /[\s\p{P}\p{S}]/gu;
const COPY_NOISE_RE = new RegExp(`[\\s\\p{P}\\p{S}\\d${NUMERALS}]`, "gu");
const FULL_WIDTH_RE = /[０-９．％]/g;

const HOLLOW_PLACE_SET = new Set(HOLLOW_PLACES);
const HOLLOW_VERIFICATION_SET = new Set(HOLLOW_VERIFICATIONS);

// ---------------------------------------------------------------------------------------------
// Helpers

const text = (value: unknown): string =>
  typeof value === "string" ? value.replace(FULL_WIDTH_RE, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).trim() : "";
const bare = (value: string) => value.replace(SEPARATORS_RE, "");

function hasCount(value: string): boolean {
  return COUNT_RE.test(value.replace(IDIOM_RE, " "));
}

/** A stated quantity: a positive number, or a string holding one ("12", "12口", "十二"). */
function hasQuantity(quantity: PledgeText["quantity"]): boolean {
  if (typeof quantity === "number") return Number.isFinite(quantity) && quantity > 0;
  const value = text(quantity);
  const digits = /\d+(?:\.\d+)?/.exec(value);
  if (digits) return Number(digits[0]) > 0;
  return CN_QUANTITY_RE.test(value);
}

/** A real calendar day: a valid Date, or a string starting "YYYY-MM-DD" that exists ("2026-02-30" does not). */
function hasDate(dueOn: PledgeText["dueOn"]): boolean {
  if (dueOn instanceof Date) return !Number.isNaN(dueOn.getTime());
  const day = ISO_DAY_RE.exec(text(dueOn))?.[0];
  const parsed = day ? new Date(`${day}T00:00:00Z`) : null;
  return parsed !== null && !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(day!);
}

function bigrams(value: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i < value.length - 1; i++) {
    const pair = value.slice(i, i + 2);
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  return counts;
}

/** Dice coefficient of two bigram multisets: 2·|A∩B| / (|A|+|B|). */
export function diceSimilarity(a: string, b: string): number {
  return dice(a, bigrams(a), b, bigrams(b));
}

function dice(a: string, left: Map<string, number>, b: string, right: Map<string, number>): number {
  if (a.length < 2 || b.length < 2) return a === b && a.length > 0 ? 1 : 0;
  let shared = 0;
  for (const [pair, count] of right) shared += Math.min(count, left.get(pair) ?? 0);
  return (2 * shared) / (a.length - 1 + (b.length - 1));
}

// The other pledges of a village stay the same while one is typed: keep their bigrams. A cache of
// derived values only, bounded, so the function stays pure in everything but speed.
const COPY_CACHE_LIMIT = 2000;
const copyCache = new Map<string, { norm: string; grams: Map<string, number> }>();
function copyEntry(action: string) {
  let entry = copyCache.get(action);
  if (!entry) {
    if (copyCache.size >= COPY_CACHE_LIMIT) copyCache.clear();
    const norm = normaliseForCopy(action);
    entry = { norm, grams: bigrams(norm) };
    copyCache.set(action, entry);
  }
  return entry;
}

/** What the near-copy check compares: no punctuation, spaces or numbers ("修缮3处" ≈ "修缮5处"). */
export const normaliseForCopy = (value: string) => text(value).replace(COPY_NOISE_RE, "");

function fillerAdvice(phrase: string): string {
  return FILLER_PHRASES[phrase] ?? DEFAULT_FILLER_ADVICE.replace("{}", phrase);
}

// ---------------------------------------------------------------------------------------------
// The check

export function checkVagueness(pledge: PledgeText, context: VaguenessContext = {}): VaguenessFlag[] {
  const flags: VaguenessFlag[] = [];
  const flag = (code: FlagCode, field: keyof PledgeText, suggestion: string, phrase?: string, similarTo?: string) =>
    flags.push({ code, field, suggestion, ...(phrase ? { phrase } : {}), ...(similarTo ? { similarTo } : {}) });
  const action = text(pledge.action);
  const quantity = hasQuantity(pledge.quantity);
  const hasNumber = quantity || hasCount(action);

  if (!hasNumber) {
    const vague = VAGUE_QUANTITY_RE.exec(action)?.[0] ?? text(pledge.quantity);
    if (vague) flag("NO_NUMBER", "quantity", `把“${vague}”换成具体数字：修几处、带几户、培训几人`, vague);
    else flag("NO_NUMBER", "quantity", ADVICE.NO_NUMBER);
  }
  if (quantity && !text(pledge.unit)) flag("NO_UNIT", "unit", ADVICE.NO_UNIT);

  if (!hasDate(pledge.dueOn)) {
    const written = DATE_IN_TEXT_RE.exec(action)?.[0];
    if (written) flag("NO_DATE", "dueOn", `正文写了“${written}”，请在完成时限里选定具体日期`, written);
    else flag("NO_DATE", "dueOn", ADVICE.NO_DATE);
  }

  // Filler is hollow when nothing countable stands behind it, or when it is most of the text
  // ("切实做好3项工作"): a number does not redeem a sentence made of slogans.
  const fillerHits = action.match(FILLER_RE) ?? [];
  if (fillerHits.length > 0) {
    const share = fillerHits.join("").length / Math.max(1, bare(action).length);
    const fillers = [...new Set(fillerHits)];
    if (!hasNumber || share >= FILLER_SHARE_LIMIT) flag("FILLER", "action", fillerAdvice(fillers[0]!), fillers.join("、"));
  }

  // Raising or lowering needs a baseline, unless what changes is a count of things ("减少垃圾堆放点5处").
  const change = CHANGE_RE.exec(action)?.[0];
  if (change && !BASELINE_RE.test(action) && (!hasNumber || LEVEL_RE.test(action))) {
    flag("NO_BASELINE", "action", ADVICE.NO_BASELINE, change);
  }

  const length = Array.from(action).length;
  if (length > MAX_ACTION_CHARS) flag("TOO_LONG", "action", `承诺写了${length}字。${ADVICE.TOO_LONG}`);

  const copy = nearestCopy(pledge, action, context.otherPledges ?? []);
  if (copy) {
    const who = copy.memberName ? `${copy.memberName}的承诺` : "本村另一条承诺";
    flag("NEAR_COPY", "action", `与${who}“${copy.action}”几乎一样：${ADVICE.NEAR_COPY}`, copy.action, copy.id ?? copy.action);
  }

  const place = text(pledge.placeOrBeneficiaries);
  if (!bare(place)) flag("NO_PLACE", "placeOrBeneficiaries", ADVICE.NO_PLACE);
  else if (HOLLOW_PLACE_SET.has(bare(place))) flag("NO_PLACE", "placeOrBeneficiaries", `“${place}”太笼统。${ADVICE.NO_PLACE}`, place);

  if (!bare(text(pledge.responsiblePerson))) flag("NO_RESPONSIBLE", "responsiblePerson", ADVICE.NO_RESPONSIBLE);

  const verification = text(pledge.verification);
  if (!bare(verification)) flag("NO_VERIFICATION", "verification", ADVICE.NO_VERIFICATION);
  else if (HOLLOW_VERIFICATION_SET.has(bare(verification))) {
    flag("NO_VERIFICATION", "verification", `“${verification}”看不出怎样算办成。${ADVICE.NO_VERIFICATION}`, verification);
  }
  return flags;
}

/** The most similar other pledge at or above the threshold, if any. */
function nearestCopy(pledge: PledgeText, action: string, others: readonly OtherPledge[]) {
  const mine = normaliseForCopy(action);
  if (mine.length < 2) return null;
  const mineGrams = bigrams(mine);
  let best: OtherPledge | null = null;
  let bestScore = 0;
  for (const other of others) {
    if ((pledge.id && other.id === pledge.id) || typeof other.action !== "string") continue;
    const theirs = copyEntry(other.action);
    const score = dice(mine, mineGrams, theirs.norm, theirs.grams);
    if (score >= NEAR_COPY_THRESHOLD && score > bestScore) [best, bestScore] = [other, score];
  }
  return best;
}

/** True when the check found anything: the pledge then needs a reviewer's override to be approved. */
export function isFlagged(flags: readonly VaguenessFlag[]): boolean {
  return flags.length > 0;
}

/** The distinct codes of a check, in FLAG_CODES order: what `Pledge.vagueFlags` stores. */
export function flagCodes(flags: readonly VaguenessFlag[]): FlagCode[] {
  const present = new Set(flags.map((flag) => flag.code));
  return FLAG_CODES.filter((code) => present.has(code));
}
