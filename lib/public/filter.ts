// Filtering a board by status and by pledger (pure). The filter form posts a GET query to
// /v/[slug]/filter, which redirects to the canonical path /v/[slug]/f/[status]/[pledger]: every
// filtered view is a cacheable page of its own, and the board itself stays one static page.

import type { PublicBoard, PublicPledgeGroup } from "./board";
import { PUBLIC_STATUSES, type PublicStatus } from "./fields";

export const ALL = "all";
/** Overdue with no explanation published yet. */
export const OVERDUE = "overdue";

export type StatusFilter = typeof ALL | typeof OVERDUE | PublicStatus;
export type BoardFilter = { status: StatusFilter; pledger: string };

export const NO_FILTER: BoardFilter = { status: ALL, pledger: ALL };

export const STATUS_FILTERS: readonly StatusFilter[] = [ALL, ...PUBLIC_STATUSES, OVERDUE];

const PLEDGER_KEY = /^(branch|(member|township|department)-[A-Za-z0-9-]{1,64})$/;

export function isStatusFilter(value: unknown): value is StatusFilter {
  return typeof value === "string" && (STATUS_FILTERS as readonly string[]).includes(value);
}

export function isPledgerFilter(value: unknown): value is string {
  return typeof value === "string" && (value === ALL || PLEDGER_KEY.test(value));
}

/** A query's values as a filter: anything unknown (or repeated, or too long) means "all". */
export function parseFilter(status: unknown, pledger: unknown): BoardFilter {
  return { status: isStatusFilter(status) ? status : ALL, pledger: isPledgerFilter(pledger) ? pledger : ALL };
}

export function isFiltered(filter: BoardFilter): boolean {
  return filter.status !== ALL || filter.pledger !== ALL;
}

/** The path of a filtered view of the board (the board itself when nothing is filtered). */
export function filterPath(slug: string, filter: BoardFilter): string {
  return isFiltered(filter) ? `/v/${slug}/f/${filter.status}/${filter.pledger}` : `/v/${slug}`;
}

/** The board's groups with only the pledges the filter lets through; empty groups are dropped. */
export function filterGroups(board: Pick<PublicBoard, "groups">, filter: BoardFilter): PublicPledgeGroup[] {
  return board.groups
    .filter((group) => filter.pledger === ALL || group.key === filter.pledger)
    .map((group) => ({
      ...group,
      pledges: group.pledges.filter((pledge) =>
        filter.status === ALL ? true : filter.status === OVERDUE ? pledge.needsExplanation : pledge.status === filter.status,
      ),
    }))
    .filter((group) => group.pledges.length > 0);
}
