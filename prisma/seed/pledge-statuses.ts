// Which status each planned pledge is in, and a timeline that fits it on the day the demo is seen.
import type { PledgeStatus } from "@/lib/generated/prisma/client";
import { addDays, day, PUBLISHED_STATUSES, type Rng } from "@/tests/factories";
import { dateBetween, earliest, latest, workMoment } from "./moments";
import { HOUR, NOW } from "./settings";

export type StatusPlan = { status: PledgeStatus; overdue?: boolean; explained?: boolean; vague?: boolean };

export const NORMAL_STATUSES: readonly (readonly [PledgeStatus, number])[] = [
  ["DRAFT", 4],
  ["SUBMITTED", 5],
  ["RETURNED", 3],
  ["APPROVED", 4],
  ["PUBLISHED", 9],
  ["IN_PROGRESS", 24],
  ["DONE", 32],
  ["PARTLY_DONE", 8],
  ["NOT_DONE", 6],
  ["WITHDRAWN", 3],
];
export const EVALUATED_STATUSES: readonly (readonly [PledgeStatus, number])[] = [
  ["DRAFT", 1],
  ["SUBMITTED", 2],
  ["APPROVED", 1],
  ["PUBLISHED", 3],
  ["IN_PROGRESS", 10],
  ["DONE", 55],
  ["PARTLY_DONE", 15],
  ["NOT_DONE", 10],
  ["WITHDRAWN", 3],
];
export const UPWARD_STATUSES: readonly (readonly [PledgeStatus, number])[] = [
  ["APPROVED", 1],
  ["PUBLISHED", 3],
  ["IN_PROGRESS", 5],
  ["DONE", 5],
  ["PARTLY_DONE", 1],
  ["NOT_DONE", 1],
];
/** The demo village shows every state and both kinds of overdue pledge. */
export const DEMO_STATUSES: readonly StatusPlan[] = [
  { status: "DRAFT" },
  { status: "SUBMITTED", vague: true },
  { status: "RETURNED" },
  { status: "APPROVED" },
  { status: "PUBLISHED" },
  { status: "PUBLISHED", overdue: true },
  { status: "IN_PROGRESS" },
  { status: "IN_PROGRESS", overdue: true, explained: true },
  { status: "IN_PROGRESS", overdue: true },
  { status: "DONE" },
  { status: "DONE" },
  { status: "PARTLY_DONE" },
  { status: "NOT_DONE" },
  { status: "WITHDRAWN" },
];

export function rollStatus(rng: Rng, weights: readonly (readonly [PledgeStatus, number])[]): StatusPlan {
  const status = rng.weighted(weights);
  if (status === "IN_PROGRESS" && rng.chance(0.3)) return { status, overdue: true, explained: rng.chance(0.5) };
  if (status === "PUBLISHED" && rng.chance(0.45)) return { status, overdue: true, explained: rng.chance(0.5) };
  return { status };
}

/** dueOn, creation moment and last-event moment that fit the status on 2026-11-25. */
export function timelineFor(rng: Rng, plan: StatusPlan, beforeRound: boolean) {
  const { status } = plan;
  const published = PUBLISHED_STATUSES.includes(status);
  const at = published ? workMoment(rng, day("2026-03-08"), day("2026-04-20")) : workMoment(rng, day("2026-10-20"), day("2026-11-19"));
  const publishedAt = addDays(at, 4);
  let dueOn: Date;
  let until: Date | undefined;
  switch (status) {
    case "DONE": {
      dueOn = beforeRound
        ? dateBetween(rng, "2026-06-15", "2026-10-25")
        : rng.chance(0.15)
          ? dateBetween(rng, "2026-12-01", "2026-12-20")
          : dateBetween(rng, "2026-05-20", "2026-11-20");
      until = earliest(latest(addDays(dueOn, -rng.int(0, 25)), addDays(publishedAt, 20)), addDays(NOW, -2));
      break;
    }
    case "PARTLY_DONE":
    case "NOT_DONE": {
      dueOn = beforeRound ? dateBetween(rng, "2026-06-15", "2026-10-25") : dateBetween(rng, "2026-05-20", "2026-11-15");
      until = earliest(addDays(dueOn, rng.int(2, 8)), addDays(NOW, -1));
      break;
    }
    case "IN_PROGRESS": {
      dueOn = plan.overdue ? dateBetween(rng, "2026-08-15", "2026-11-20") : dateBetween(rng, "2026-12-01", "2026-12-31");
      if (plan.overdue && plan.explained) until = earliest(addDays(dueOn, rng.int(2, 10)), new Date(NOW.getTime() - HOUR));
      else if (plan.overdue) until = latest(addDays(dueOn, -rng.int(5, 30)), addDays(publishedAt, 10));
      else until = addDays(NOW, -rng.int(1, 12));
      break;
    }
    case "PUBLISHED": {
      dueOn = plan.overdue ? dateBetween(rng, "2026-07-15", "2026-11-20") : dateBetween(rng, "2026-12-01", "2026-12-31");
      if (plan.explained) until = earliest(addDays(dueOn, rng.int(2, 10)), new Date(NOW.getTime() - HOUR));
      break;
    }
    case "WITHDRAWN": {
      dueOn = dateBetween(rng, "2026-06-01", "2026-12-31");
      until = earliest(addDays(publishedAt, rng.int(30, 120)), addDays(NOW, -1));
      break;
    }
    default:
      dueOn = dateBetween(rng, "2026-12-05", "2026-12-31");
  }
  return { at, until, dueOn };
}
