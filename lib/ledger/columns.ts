// The ledger (台账) as a file: its Chinese column headers and how one pledge becomes one row. Pure:
// no I/O and no clock (the day deadlines are counted for is passed in). The words here are the
// file's own format, the same whatever language the screen speaks.

import type { PublishedPledgeResult } from "@/lib/evaluation/public-results";
import { neutraliseCell } from "@/lib/public/open-data";

export const LEDGER_HEADERS = [
  "编号", "短码号", "县（市）", "乡（镇）", "村（社）", "承诺类型", "承诺人", "重点问题", "领域", "承诺事项", "数量", "单位",
  "地点或受益对象", "完成时限", "责任人", "怎样算办成", "状态", "公开时间", "逾期天数", "情况说明", "模糊提示", "审定说明",
  "评议票数", "满意", "基本满意", "不满意", "不了解", "满意率（%）", "评议标记", "支部评定", "标记",
] as const;

export const KIND_LABELS: Record<string, string> = { BRANCH: "支部承诺", MEMBER: "党员承诺", TOWNSHIP: "乡镇承诺", DEPARTMENT: "部门承诺" };
export const STATUS_LABELS: Record<string, string> = {
  DRAFT: "草稿", SUBMITTED: "待审定", RETURNED: "已退回", APPROVED: "已审定", PUBLISHED: "已公开", IN_PROGRESS: "兑现中",
  DONE: "已办成", PARTLY_DONE: "部分办成", NOT_DONE: "未办成", WITHDRAWN: "已撤回",
};
export const AREA_LABELS: Record<string, string> = {
  INCOME: "增加收入", POVERTY_RELIEF: "扶贫项目", VILLAGE_APPEARANCE: "村容村貌", PLANTING_STRUCTURE: "种植结构调整", LABOUR_EXPORT: "劳务输出",
  VILLAGE_AFFAIRS: "村务管理", DRINKING_WATER: "人畜饮水", WORK_STYLE: "工作作风", OTHER: "其他",
};
const ANOMALY_LABELS: Record<string, string> = {
  ALL_SATISFIED: "全部满意", TURNOUT_ABOVE_HOUSEHOLDS: "票数超过户数", BURST_FROM_ONE_ADDRESS: "集中投票", PAPER_ABOVE_ATTENDEES: "纸质票多于到会人数",
};
const ASSESSMENT_LABELS: Record<string, string> = { FULFILLED: "已兑现", PARTLY_FULFILLED: "部分兑现", NOT_FULFILLED: "未兑现" };

/** Pledges still owed: past their due day these are overdue. */
const OPEN_STATUSES = new Set(["PUBLISHED", "IN_PROGRESS"]);

/** One pledge as the export query reads it (plain values). */
export type LedgerSourceRow = {
  id: string;
  codeNumber: number;
  pledgerKind: string;
  area: string;
  action: string;
  quantity: string | null;
  unit: string | null;
  placeOrBeneficiaries: string;
  dueOn: string;
  responsiblePerson: string;
  verification: string;
  status: string;
  vagueFlags: string[];
  overrideReason: string | null;
  explanation: string | null;
  assessment: string | null;
  publishedAt: Date | null;
  county: string;
  township: string;
  village: string;
  branchName: string;
  memberName: string | null;
  pledgerTownship: string | null;
  department: string | null;
  problem: string | null;
};

export type LedgerCell = string | number | null;

function pledgerName(row: LedgerSourceRow): string {
  switch (row.pledgerKind) {
    case "MEMBER": return row.memberName ?? "";
    case "TOWNSHIP": return row.pledgerTownship ?? "";
    case "DEPARTMENT": return row.department ?? "";
    default: return row.branchName;
  }
}

const MS_PER_DAY = 24 * 60 * 60 * 1000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A "YYYY-MM-DD" calendar day as a day number. Both days compared are already China-time calendar
 * days, so plain date arithmetic gives what lib/format's daysLeft gives, without building an
 * Intl.DateTimeFormat per call (that was most of a 600,000-row export's time).
 */
function dayNumber(isoDay: string): number {
  const match = ISO_DAY.exec(isoDay);
  if (!match) throw new RangeError(`Invalid day: ${isoDay}`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / MS_PER_DAY;
}

/** Days past due of a pledge still owed; null when it is not overdue. */
export function daysOverdue(row: Pick<LedgerSourceRow, "status" | "dueOn">, today: string): number | null {
  if (!OPEN_STATUSES.has(row.status)) return null;
  const left = dayNumber(row.dueOn) - dayNumber(today);
  return left < 0 ? -left : null;
}

const quantityCell = (value: string | null): LedgerCell => {
  if (value === null) return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : value;
};

/** One row of the ledger, in LEDGER_HEADERS order; text that a spreadsheet would run as a formula gets a leading apostrophe. */
export function ledgerRow(row: LedgerSourceRow, result: PublishedPledgeResult | undefined, today: string): (string | number)[] {
  const overdue = daysOverdue(row, today);
  const flags: string[] = [];
  if (overdue !== null && !row.explanation?.trim()) flags.push("逾期未说明");
  if (row.vagueFlags.length > 0) flags.push(row.overrideReason ? "模糊已特批" : "模糊");
  if (result && result.flags.length > 0) flags.push("评议异常");
  const rate = result?.satisfactionRate;
  const cells: LedgerCell[] = [
    row.id,
    row.codeNumber,
    row.county,
    row.township,
    row.village,
    KIND_LABELS[row.pledgerKind] ?? row.pledgerKind,
    pledgerName(row),
    row.problem,
    AREA_LABELS[row.area] ?? row.area,
    row.action,
    quantityCell(row.quantity),
    row.unit,
    row.placeOrBeneficiaries,
    row.dueOn,
    row.responsiblePerson,
    row.verification,
    STATUS_LABELS[row.status] ?? row.status,
    row.publishedAt ? row.publishedAt.toISOString() : null,
    overdue,
    row.explanation,
    row.vagueFlags.join("、") || null,
    row.overrideReason,
    result?.votes ?? null,
    result?.total.SATISFIED ?? null,
    result?.total.BASICALLY_SATISFIED ?? null,
    result?.total.DISSATISFIED ?? null,
    result?.total.UNKNOWN ?? null,
    rate === null || rate === undefined ? null : Math.round(rate * 1000) / 10,
    result ? result.flags.map((flag) => ANOMALY_LABELS[flag] ?? flag).join("、") || null : null,
    row.assessment ? (ASSESSMENT_LABELS[row.assessment] ?? row.assessment) : null,
    flags.join("、") || null,
  ];
  return cells.map(neutraliseCell);
}
