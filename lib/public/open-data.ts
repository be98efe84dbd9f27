// A board as open data (pure): JSON with the same public fields as the page, and CSV with one
// row per pledge. CSV cells that a spreadsheet would run as a formula are neutralised.

import { stringify } from "csv-stringify/sync";
import type { PublicBoard, PublicPledge } from "./board";

/** The JSON document of a board: a format version, where it lives, and the board itself. */
export function boardJson(board: PublicBoard, baseUrl: string) {
  return {
    format: "pledgeboard.board/1",
    url: `${baseUrl}/v/${board.village.slug}`,
    ...board,
  };
}

/**
 * A text cell a spreadsheet would read as a formula (=, +, -, @, or a tab or carriage return
 * that some programs skip before one) gets a leading apostrophe; numbers stay numbers.
 */
export function neutraliseCell(value: string | number | boolean | null | undefined): string | number {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return value;
  if (typeof value === "boolean") return value ? "true" : "false";
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export const CSV_COLUMNS = [
  "id", "pledgerKind", "pledger", "area", "action", "quantity", "unit", "placeOrBeneficiaries", "dueOn", "responsiblePerson",
  "verification", "status", "explanation", "daysLeft", "overdue", "needsExplanation", "publishedOn", "textVersion", "problem",
  "latestProgress", "latestProgressAt", "progressCount", "assessment", "votes", "satisfied", "basicallySatisfied", "dissatisfied",
  "unknown", "satisfactionRate", "chainHead", "url",
] as const;

function row(pledge: PublicPledge, url: string): (string | number | boolean | null)[] {
  const evaluation = pledge.evaluation;
  const values: Record<(typeof CSV_COLUMNS)[number], string | number | boolean | null> = {
    id: pledge.id,
    pledgerKind: pledge.pledger.kind,
    pledger: pledge.pledger.name,
    area: pledge.area,
    action: pledge.action,
    quantity: pledge.quantity,
    unit: pledge.unit,
    placeOrBeneficiaries: pledge.placeOrBeneficiaries,
    dueOn: pledge.dueOn,
    responsiblePerson: pledge.responsiblePerson,
    verification: pledge.verification,
    status: pledge.status,
    explanation: pledge.explanation,
    daysLeft: pledge.daysLeft,
    overdue: pledge.overdue,
    needsExplanation: pledge.needsExplanation,
    publishedOn: pledge.publishedOn,
    textVersion: pledge.textVersion,
    problem: pledge.problem?.title ?? null,
    latestProgress: pledge.latestProgress?.body ?? null,
    latestProgressAt: pledge.latestProgress?.at ?? null,
    progressCount: pledge.progressCount,
    assessment: pledge.assessment,
    votes: evaluation?.votes ?? null,
    satisfied: evaluation?.total.SATISFIED ?? null,
    basicallySatisfied: evaluation?.total.BASICALLY_SATISFIED ?? null,
    dissatisfied: evaluation?.total.DISSATISFIED ?? null,
    unknown: evaluation?.total.UNKNOWN ?? null,
    satisfactionRate: evaluation?.satisfactionRate ?? null,
    chainHead: pledge.chainHead,
    url,
  };
  return CSV_COLUMNS.map((column) => values[column]);
}

/** One row per pledge, a header row of field names, UTF-8 with a BOM so that Excel reads the Chinese. */
export function boardCsv(board: PublicBoard, baseUrl: string): string {
  const rows = board.groups.flatMap((group) =>
    group.pledges.map((pledge) => row(pledge, `${baseUrl}/v/${board.village.slug}/p/${pledge.id}`).map(neutraliseCell)),
  );
  return stringify([[...CSV_COLUMNS], ...rows], { bom: true, record_delimiter: "windows" });
}
