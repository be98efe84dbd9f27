import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import { daysLeft, toIsoDay } from "@/lib/format";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Assessment, PledgeStatus, PledgerKind, ProblemArea, ProblemStatus } from "@/lib/generated/prisma/enums";
import { publishedResultsForPledges, type PublishedPledgeResult } from "@/lib/evaluation/public-results";
import { shortHash } from "@/lib/history/chain";
import { isClosed, isOverdue, needsExplanation } from "@/lib/pledges/lifecycle";
import { PUBLIC_STATUSES, evidenceUrl, isPublicSlug, type PublicStatus } from "./fields";

// The public board (公开栏) of one village, read without an account. Every field is named in an
// explicit select: nothing private (phone numbers, review comments, override reasons, drafts,
// accounts) can reach a public page by a widened query. tests/db/public-board.db.test.ts holds
// the allow-list of what may come out.

/** The fields of a pledge a board shows; the public pledge page reads the same. */
export const PLEDGE_SELECT = {
  id: true, pledgerKind: true, memberId: true, pledgerTownshipId: true, departmentId: true, area: true, action: true,
  quantity: true, unit: true, placeOrBeneficiaries: true, dueOn: true, responsiblePerson: true, verification: true,
  status: true, explanation: true, assessment: true, textVersion: true, publishedAt: true, createdAt: true,
  member: { select: { name: true } },
  pledgerTownship: { select: { name: true } },
  department: { select: { name: true } },
  problem: { select: { id: true, title: true } },
  progress: {
    orderBy: { createdAt: "desc" },
    take: 1,
    select: {
      body: true, createdAt: true,
      files: { orderBy: { createdAt: "asc" }, select: { storageKey: true, mimeType: true, width: true, height: true } },
    },
  },
  _count: { select: { progress: true } },
  events: { orderBy: { seq: "desc" }, take: 1, select: { hash: true } },
} as const satisfies Prisma.PledgeSelect;

const FOCUS_SELECT = {
  id: true, title: true, description: true, area: true, status: true, focusReason: true, expectedResult: true, expectedBy: true,
  needsSupport: true,
  plan: { select: { measures: true, timeline: true, responsible: true } },
} as const satisfies Prisma.ProblemSelect;

export type PublicPhoto = { url: string; mimeType: string; width: number | null; height: number | null };

/** Counts per rating, never a bare average. */
export type PublicRatingCounts = { SATISFIED: number; BASICALLY_SATISFIED: number; DISSATISFIED: number; UNKNOWN: number };

/** The villagers' published evaluation of a pledge (once its round has closed). */
export type PublicEvaluation = {
  /** ISO instant the round closed and its results were published. */
  closedAt: string;
  total: PublicRatingCounts;
  byGroup: { VILLAGER: PublicRatingCounts; MEMBER: PublicRatingCounts; TOWNSHIP: PublicRatingCounts };
  /** Counted votes, 不了解 included. */
  votes: number;
  /** Votes that rated (不了解 excluded). */
  rated: number;
  /** (满意 + 基本满意) ÷ rated, 0..1; null when nobody rated. */
  satisfactionRate: number | null;
  /** Flags a reader should see beside the numbers (e.g. ALL_SATISFIED). */
  flags: string[];
};

export type PublicProgress = { body: string; at: string; photos: PublicPhoto[] };

/** Who pledged: the branch, one member, the township, or one county department. */
export type PublicPledger = { kind: PledgerKind; key: string; name: string };

export type PublicPledge = {
  id: string;
  pledger: PublicPledger;
  area: ProblemArea;
  action: string;
  quantity: string | null;
  unit: string | null;
  placeOrBeneficiaries: string;
  /** "YYYY-MM-DD" */
  dueOn: string;
  responsiblePerson: string;
  verification: string;
  status: PublicStatus;
  /** The public explanation (late, partly done, not done) or the reason of a withdrawal. */
  explanation: string | null;
  /** The township's assessment once the pledge has been evaluated. */
  assessment: Assessment | null;
  /** The villagers' evaluation, once a round it was in has closed; null before. */
  evaluation: PublicEvaluation | null;
  /** 1 for the text as published; each amendment adds one. */
  textVersion: number;
  /** "YYYY-MM-DD", the day it was published. */
  publishedOn: string | null;
  /** Days until the due day (negative when past); null once the pledge has an outcome. */
  daysLeft: number | null;
  overdue: boolean;
  /** Overdue and no explanation published yet: the board flags it until there is one. */
  needsExplanation: boolean;
  problem: { id: string; title: string } | null;
  latestProgress: PublicProgress | null;
  progressCount: number;
  /** The short hash of the pledge's last history event. */
  chainHead: string | null;
};

export type PublicPledgeGroup = PublicPledger & { pledges: PublicPledge[] };

export type PublicFocusProblem = {
  id: string;
  title: string;
  description: string;
  area: ProblemArea;
  status: ProblemStatus;
  focusReason: string | null;
  expectedResult: string | null;
  expectedBy: string | null;
  needsSupport: boolean;
  plan: { measures: string; timeline: string; responsible: string } | null;
};

export type PublicBoard = {
  village: {
    slug: string;
    name: string;
    branchName: string;
    households: number;
    isPastoral: boolean;
    township: { id: string; name: string };
    county: { id: string; name: string };
    prefecture: { name: string };
  };
  campaign: { name: string; startsOn: string; endsOn: string } | null;
  focusProblems: PublicFocusProblem[];
  /** Branch first, then members, the township and county departments; each group's pledges by due day. */
  groups: PublicPledgeGroup[];
  /** Pledges per status, over the whole board. */
  counts: Partial<Record<PledgeStatus, number>> & { total: number; overdue: number; needsExplanation: number };
  /** A short hash over every pledge's chain head: changes whenever any pledge's history grows. */
  boardHead: string | null;
  /** The day the board's deadlines were worked out for ("YYYY-MM-DD", China time). */
  asOf: string;
  /** When the newest thing on the board happened (ISO instant), or null for an empty board. */
  updatedAt: string | null;
};

const KIND_ORDER: Record<PledgerKind, number> = { BRANCH: 0, MEMBER: 1, TOWNSHIP: 2, DEPARTMENT: 3 };
const collator = new Intl.Collator("zh-CN");

type PledgeRow = Awaited<ReturnType<typeof readPledges>>[number];

function readPledges(villageId: string) {
  return db.pledge.findMany({
    where: { villageId, campaign: { isCurrent: true }, status: { in: [...PUBLIC_STATUSES] } },
    orderBy: [{ dueOn: "asc" }, { createdAt: "asc" }, { id: "asc" }],
    select: PLEDGE_SELECT,
  });
}

function pledgerOf(row: PledgeRow, branchName: string): PublicPledger {
  switch (row.pledgerKind) {
    case "MEMBER":
      return { kind: "MEMBER", key: `member-${row.memberId}`, name: row.member?.name ?? "" };
    case "TOWNSHIP":
      return { kind: "TOWNSHIP", key: `township-${row.pledgerTownshipId}`, name: row.pledgerTownship?.name ?? "" };
    case "DEPARTMENT":
      return { kind: "DEPARTMENT", key: `department-${row.departmentId}`, name: row.department?.name ?? "" };
    case "BRANCH":
      return { kind: "BRANCH", key: "branch", name: branchName };
  }
}

const counts = (c: PublicRatingCounts): PublicRatingCounts => ({
  SATISFIED: c.SATISFIED, BASICALLY_SATISFIED: c.BASICALLY_SATISFIED, DISSATISFIED: c.DISSATISFIED, UNKNOWN: c.UNKNOWN,
});

/** The published result, field by field: what a later field in the evaluation result means is decided here, not passed on. */
export function toPublicEvaluation(result: PublishedPledgeResult | undefined): PublicEvaluation | null {
  if (!result) return null;
  return {
    closedAt: result.closedAt,
    total: counts(result.total),
    byGroup: { VILLAGER: counts(result.byGroup.VILLAGER), MEMBER: counts(result.byGroup.MEMBER), TOWNSHIP: counts(result.byGroup.TOWNSHIP) },
    votes: result.votes,
    rated: result.rated,
    satisfactionRate: result.satisfactionRate,
    flags: [...result.flags],
  };
}

export function toPublicPledge(row: PledgeRow, branchName: string, today: Date, result?: PublishedPledgeResult): PublicPledge {
  const latest = row.progress[0];
  const head = row.events[0];
  return {
    id: row.id,
    pledger: pledgerOf(row, branchName),
    area: row.area,
    action: row.action,
    quantity: row.quantity === null ? null : row.quantity.toString(),
    unit: row.unit,
    placeOrBeneficiaries: row.placeOrBeneficiaries,
    dueOn: toIsoDay(row.dueOn, "UTC"),
    responsiblePerson: row.responsiblePerson,
    verification: row.verification,
    status: row.status as PublicStatus,
    explanation: row.explanation,
    assessment: row.assessment,
    evaluation: toPublicEvaluation(result),
    textVersion: row.textVersion,
    publishedOn: row.publishedAt ? toIsoDay(row.publishedAt) : null,
    daysLeft: isClosed(row.status) ? null : daysLeft(row.dueOn, today),
    overdue: isOverdue(row, today),
    needsExplanation: needsExplanation(row, today),
    problem: row.problem,
    latestProgress: latest
      ? {
          body: latest.body,
          at: latest.createdAt.toISOString(),
          photos: latest.files.map((file) => ({ url: evidenceUrl(file.storageKey), mimeType: file.mimeType, width: file.width, height: file.height })),
        }
      : null,
    progressCount: row._count.progress,
    chainHead: head ? shortHash(head.hash) : null,
  };
}

/** Groups pledges by pledger: the branch, members by name, the township, departments by name. */
export function groupByPledger(pledges: PublicPledge[]): PublicPledgeGroup[] {
  const groups = new Map<string, PublicPledgeGroup>();
  for (const pledge of pledges) {
    let group = groups.get(pledge.pledger.key);
    if (!group) {
      group = { ...pledge.pledger, pledges: [] };
      groups.set(pledge.pledger.key, group);
    }
    group.pledges.push(pledge);
  }
  return [...groups.values()].sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || collator.compare(a.name, b.name));
}

/**
 * The public board of the village with this slug in the current campaign, or null for an unknown
 * (or malformed) slug. Only published pledges (withdrawn ones with their reason) and the focus
 * problems with their plans. `today` decides days left and the overdue marks.
 */
export async function getPublicBoard(slug: string, today: Date = new Date()): Promise<PublicBoard | null> {
  if (!isPublicSlug(slug)) return null;
  const village = await db.village.findUnique({
    where: { slug },
    select: {
      id: true, slug: true, name: true, branchName: true, households: true, isPastoral: true, updatedAt: true,
      township: { select: { id: true, name: true } },
      county: { select: { id: true, name: true, prefecture: { select: { id: true, name: true } } } },
    },
  });
  if (!village) return null;
  const branchName = village.branchName || village.name;
  const [campaign, rows, problems] = await Promise.all([
    db.campaign.findFirst({
      where: { prefectureId: village.county.prefecture.id, isCurrent: true },
      orderBy: { startsOn: "desc" },
      select: { name: true, startsOn: true, endsOn: true },
    }),
    readPledges(village.id),
    db.problem.findMany({
      where: { villageId: village.id, campaign: { isCurrent: true }, isFocus: true },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: FOCUS_SELECT,
    }),
  ]);

  const results = await publishedResultsForPledges(rows.map((row) => row.id));
  const pledges = rows.map((row) => toPublicPledge(row, branchName, today, results.get(row.id)));
  const counts: PublicBoard["counts"] = { total: pledges.length, overdue: 0, needsExplanation: 0 };
  for (const pledge of pledges) {
    counts[pledge.status] = (counts[pledge.status] ?? 0) + 1;
    if (pledge.overdue) counts.overdue += 1;
    if (pledge.needsExplanation) counts.needsExplanation += 1;
  }
  const heads = rows.filter((row) => row.events[0]).map((row) => `${row.id}:${row.events[0]!.hash}`).sort();
  const latestProgress = pledges.map((p) => p.latestProgress?.at).filter((at): at is string => Boolean(at)).sort().at(-1);
  const latestPublish = rows.map((row) => row.publishedAt?.toISOString()).filter((at): at is string => Boolean(at)).sort().at(-1);

  return {
    village: {
      slug: village.slug,
      name: village.name,
      branchName,
      households: village.households,
      isPastoral: village.isPastoral,
      township: village.township,
      county: { id: village.county.id, name: village.county.name },
      prefecture: { name: village.county.prefecture.name },
    },
    campaign: campaign && { name: campaign.name, startsOn: toIsoDay(campaign.startsOn, "UTC"), endsOn: toIsoDay(campaign.endsOn, "UTC") },
    focusProblems: problems.map((problem) => ({
      ...problem,
      expectedBy: problem.expectedBy ? toIsoDay(problem.expectedBy, "UTC") : null,
    })),
    groups: groupByPledger(pledges),
    counts,
    boardHead: heads.length ? shortHash(createHash("sha256").update(heads.join("\n")).digest("hex")) : null,
    asOf: toIsoDay(today),
    updatedAt: [latestProgress, latestPublish].filter((at): at is string => Boolean(at)).sort().at(-1) ?? null,
  };
}
