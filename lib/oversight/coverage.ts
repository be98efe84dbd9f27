// Pure arithmetic of the coverage matrix: per-village figures (from one SQL aggregate) rolled up
// into one row per child unit, sorted and filtered the way the dashboard's query string says. No I/O.

export const UNIT_LEVELS = ["prefecture", "county", "township", "village"] as const;
export type UnitLevel = (typeof UNIT_LEVELS)[number];

/** The level one step down the tree; a village has none (its page lists its weak links). */
export function childLevelOf(level: UnitLevel): Exclude<UnitLevel, "prefecture"> | null {
  return level === "prefecture" ? "county" : level === "county" ? "township" : level === "township" ? "village" : null;
}

/** `?unit=` values: "county:<id>", "township:<id>", "village:<id>". The prefecture is the default. */
export function parseUnitParam(value: string | undefined): { level: Exclude<UnitLevel, "prefecture">; id: string } | null {
  const match = /^(county|township|village):([A-Za-z0-9_-]{1,64})$/.exec(value ?? "");
  return match ? { level: match[1] as "county" | "township" | "village", id: match[2]! } : null;
}

export const unitParam = (level: UnitLevel, id: string): string | undefined => (level === "prefecture" ? undefined : `${level}:${id}`);

/** What the SQL aggregate returns for one village (numbers already plain). */
export type VillageFigures = {
  villageId: string;
  townshipId: string;
  countyId: string;
  households: number;
  focusProblems: number;
  unplannedFocus: number;
  branchPledges: number;
  members: number;
  membersPledged: number;
  vague: number;
  overdue: number;
  dueSoon: number;
  hasPastDue: boolean;
  evaluated: boolean;
  satisfied: number;
  basicallySatisfied: number;
  dissatisfied: number;
  anomalies: number;
};

/** One row of the matrix: a child unit (or a single village) and its figures. */
export type CoverageRow = {
  id: string;
  name: string;
  villages: number;
  /** Villages with at least one focus problem. */
  withFocus: number;
  /** Villages whose focus problems all have a plan (and that have at least one). */
  withPlan: number;
  branchPledges: number;
  /** Villages with at least one branch pledge. */
  withBranchPledge: number;
  members: number;
  membersPledged: number;
  vague: number;
  overdue: number;
  dueSoon: number;
  /** Villages with a closed evaluation round. */
  evaluated: number;
  /** Villages with a pledge past its due day and no closed round. */
  evaluationMissing: number;
  /** Rated votes (不了解 excluded) and the satisfied + basically satisfied among them. */
  rated: number;
  satisfiedOrBasically: number;
  /** Satisfaction rate between 0 and 1; null when nobody rated. */
  satisfaction: number | null;
  anomalies: number;
};

export function emptyRow(id: string, name: string): CoverageRow {
  return {
    id, name, villages: 0, withFocus: 0, withPlan: 0, branchPledges: 0, withBranchPledge: 0, members: 0, membersPledged: 0,
    vague: 0, overdue: 0, dueSoon: 0, evaluated: 0, evaluationMissing: 0, rated: 0, satisfiedOrBasically: 0, satisfaction: null, anomalies: 0,
  };
}

/** Adds one village's figures into a row. */
export function addVillage(row: CoverageRow, v: VillageFigures): CoverageRow {
  row.villages += 1;
  if (v.focusProblems > 0) row.withFocus += 1;
  if (v.focusProblems > 0 && v.unplannedFocus === 0) row.withPlan += 1;
  row.branchPledges += v.branchPledges;
  if (v.branchPledges > 0) row.withBranchPledge += 1;
  row.members += v.members;
  row.membersPledged += v.membersPledged;
  row.vague += v.vague;
  row.overdue += v.overdue;
  row.dueSoon += v.dueSoon;
  if (v.evaluated) row.evaluated += 1;
  else if (v.hasPastDue) row.evaluationMissing += 1;
  row.rated += v.satisfied + v.basicallySatisfied + v.dissatisfied;
  row.satisfiedOrBasically += v.satisfied + v.basicallySatisfied;
  row.satisfaction = row.rated === 0 ? null : row.satisfiedOrBasically / row.rated;
  row.anomalies += v.anomalies;
  return row;
}

/** Rolls villages up into one row per child unit (every child listed, even with no village). */
export function rollUp(
  children: readonly { id: string; name: string }[],
  villages: readonly VillageFigures[],
  keyOf: (v: VillageFigures) => string,
): { rows: CoverageRow[]; total: CoverageRow } {
  const rows = new Map(children.map((child) => [child.id, emptyRow(child.id, child.name)]));
  const total = emptyRow("total", "");
  for (const village of villages) {
    const row = rows.get(keyOf(village));
    if (row) addVillage(row, village);
    addVillage(total, village);
  }
  return { rows: [...rows.values()], total };
}

export const SORT_COLUMNS = [
  "name", "withFocus", "withPlan", "branchPledges", "membersPledged", "vague", "overdue", "dueSoon", "evaluated", "satisfaction", "anomalies",
] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];
export type SortDir = "asc" | "desc";

/** Columns that can hide the rows without a gap in them ("only rows with …"). */
export const GAP_FILTERS = ["noFocus", "noPlan", "noBranchPledge", "membersWithout", "vague", "overdue", "dueSoon", "noEvaluation", "anomalies"] as const;
export type GapFilter = (typeof GAP_FILTERS)[number];

export function hasGap(row: CoverageRow, gap: GapFilter): boolean {
  switch (gap) {
    case "noFocus": return row.withFocus < row.villages;
    case "noPlan": return row.withPlan < row.villages;
    case "noBranchPledge": return row.withBranchPledge < row.villages;
    case "membersWithout": return row.membersPledged < row.members;
    case "vague": return row.vague > 0;
    case "overdue": return row.overdue > 0;
    case "dueSoon": return row.dueSoon > 0;
    case "noEvaluation": return row.evaluationMissing > 0;
    case "anomalies": return row.anomalies > 0;
  }
}

/** The share a "x of y" column sorts by; counts sort by the count. Ties fall back to the name. */
function sortValue(row: CoverageRow, column: SortColumn): number | string {
  const share = (x: number, of: number) => (of === 0 ? -1 : x / of);
  switch (column) {
    case "name": return row.name;
    case "withFocus": return share(row.withFocus, row.villages);
    case "withPlan": return share(row.withPlan, row.villages);
    case "membersPledged": return share(row.membersPledged, row.members);
    case "evaluated": return share(row.evaluated, row.villages);
    case "satisfaction": return row.satisfaction ?? -1;
    default: return row[column];
  }
}

export function sortRows(rows: readonly CoverageRow[], column: SortColumn, dir: SortDir): CoverageRow[] {
  const sign = dir === "asc" ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = sortValue(a, column);
    const y = sortValue(b, column);
    const order = typeof x === "string" ? x.localeCompare(String(y), "zh-CN") : x - (y as number);
    return order !== 0 ? sign * order : a.name.localeCompare(b.name, "zh-CN");
  });
}

export function parseSort(column: string | undefined, dir: string | undefined): { column: SortColumn; dir: SortDir } {
  const valid = (SORT_COLUMNS as readonly string[]).includes(column ?? "");
  return { column: valid ? (column as SortColumn) : "name", dir: dir === "desc" ? "desc" : "asc" };
}

export function parseGap(value: string | undefined): GapFilter | null {
  return (GAP_FILTERS as readonly string[]).includes(value ?? "") ? (value as GapFilter) : null;
}
