// The demo: 海西州 in the 2026 rectification period, seen on 2026-11-25. Five counties, sixty
// villages, their members, problems, plans and some 1,500 pledges in every state, with whole
// event chains, a few evaluation rounds, and weak links for oversight to find. Built with the
// test factories; reproducible (seeded randomness). Run it with `npm run db:reset` or `db:seed`.
import { pathToFileURL } from "node:url";
import { hashPassword } from "@/lib/auth/password";
import type { Tx } from "@/lib/db";
import type { PledgeStatus, PrismaClient, ProblemArea, Rating, Role } from "@/lib/generated/prisma/client";
import {
  FINISHED_STATUSES,
  PUBLISHED_STATUSES,
  Rng,
  addDays,
  assessPledge,
  closeEvaluationRound,
  createBallots,
  createBallotBatch,
  createCampaign,
  createCounty,
  createDepartment,
  createEvaluationRound,
  createGoodPractice,
  createMembers,
  createOpinion,
  createPaperTally,
  createPlan,
  createPledge,
  createPrefecture,
  createProblem,
  createTownship,
  createUser,
  createVillage,
  day,
  deriveSeed,
  localName,
  pairDepartment,
  randomHex,
  seedFactories,
  type TallyCounts,
} from "@/tests/factories";
import * as words from "./seed-data";
import type { PledgeTemplate, ProblemSeed } from "./seed-data";

const SEED = 20260301;
export const DEMO_PASSWORD = "Pledge@2026";

/** The demo is seen on 2026-11-25: deadlines before it have passed. Never later than the clock. */
const NOW = new Date(Math.min(Date.now(), Date.parse("2026-11-25T09:00:00+08:00")));
const HOUR = 3_600_000;

/** The demo accounts, all at 德令哈市 → 柯鲁柯镇 → 希望村, with 德令哈市's 县农牧局. */
export const DEMO_ACCOUNTS = [
  { phone: "13900000001", role: "PREFECTURE_ORGANISER", name: "马建国" },
  { phone: "13900000002", role: "COUNTY_ORGANISER", name: "李红梅" },
  { phone: "13900000003", role: "TOWNSHIP_OFFICER", name: "才让多杰" },
  { phone: "13900000004", role: "DEPARTMENT_OFFICER", name: "王立新" },
  { phone: "13900000005", role: "VILLAGE_SECRETARY", name: "韩永福" },
] as const satisfies readonly { phone: string; role: Role; name: string }[];

const DEMO_COUNTY = "德令哈市";
const DEMO_TOWNSHIP = "柯鲁柯镇";
const DEMO_VILLAGE = "希望村";
const DEMO_DEPARTMENT = "县农牧局";

// ---------------------------------------------------------------------------------------------
// Small helpers

/** A moment on a working day between two dates, 09:00–19:00 Beijing time. */
function workMoment(rng: Rng, from: Date, to: Date): Date {
  const date = rng.between(from, to);
  const midnightBeijing = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()) - 8 * HOUR;
  return new Date(midnightBeijing + rng.int(9 * 60, 19 * 60) * 60_000);
}

function dateBetween(rng: Rng, from: string, to: string): Date {
  const d = rng.between(day(from), day(to));
  return day(d.toISOString().slice(0, 10));
}

function earliest(...dates: Date[]): Date {
  return new Date(Math.min(...dates.map((d) => d.getTime())));
}
function latest(...dates: Date[]): Date {
  return new Date(Math.max(...dates.map((d) => d.getTime())));
}

function fits(template: { pastoral?: boolean }, isPastoral: boolean) {
  return template.pastoral === undefined || template.pastoral === isPastoral;
}

function quantityFor(rng: Rng, template: PledgeTemplate, households: number): number {
  if (template.fromHouseholds) return households;
  const step = template.step ?? 1;
  return rng.int(Math.ceil(template.range[0] / step), Math.floor(template.range[1] / step)) * step;
}

function secretaryName(village: string): string {
  if (village === DEMO_VILLAGE) return "韩永福";
  const pastoral = words.HAIXI.some((c) => c.townships.some((t) => t.villages.some(([name, p]) => name === village && p)));
  return localName(new Rng(deriveSeed(SEED, "secretary", village)), pastoral);
}

async function runPool<T>(items: readonly T[], size: number, work: (item: T) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: size }, async () => {
      while (next < items.length) {
        const item = items[next++]!;
        await work(item);
      }
    }),
  );
}

// ---------------------------------------------------------------------------------------------
// Planning a village's pledges (pure: all randomness from the village's own stream)

type StatusPlan = { status: PledgeStatus; overdue?: boolean; explained?: boolean; vague?: boolean };

const NORMAL_STATUSES: readonly (readonly [PledgeStatus, number])[] = [
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
const EVALUATED_STATUSES: readonly (readonly [PledgeStatus, number])[] = [
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
const UPWARD_STATUSES: readonly (readonly [PledgeStatus, number])[] = [
  ["APPROVED", 1],
  ["PUBLISHED", 3],
  ["IN_PROGRESS", 5],
  ["DONE", 5],
  ["PARTLY_DONE", 1],
  ["NOT_DONE", 1],
];
/** The demo village shows every state and both kinds of overdue pledge. */
const DEMO_STATUSES: readonly StatusPlan[] = [
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

function rollStatus(rng: Rng, weights: readonly (readonly [PledgeStatus, number])[]): StatusPlan {
  const status = rng.weighted(weights);
  if (status === "IN_PROGRESS" && rng.chance(0.3)) return { status, overdue: true, explained: rng.chance(0.5) };
  if (status === "PUBLISHED" && rng.chance(0.45)) return { status, overdue: true, explained: rng.chance(0.5) };
  return { status };
}

/** dueOn, creation moment and last-event moment that fit the status on 2026-11-25. */
function timelineFor(rng: Rng, plan: StatusPlan, beforeRound: boolean) {
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

function progressBodies(rng: Rng, n: number | null, unit: string | null, count: number, done: boolean): string[] {
  return Array.from({ length: count }, (_, i) => {
    const note = rng.pick(words.PROGRESS_NOTES);
    if (done && i === count - 1) {
      return n === null ? `已全部完成，${note}。` : `计划${n}${unit}已全部完成，${rng.pick(["已组织验收", "受益户已签字确认", "照片已存档"])}。`;
    }
    if (n === null) return `正在推进，${note}。`;
    const k = Math.floor((n * (i + 1)) / (count + 1));
    if (k < 1 || k >= n) return `已开工，正在推进，${note}。`;
    return `已完成${k}${unit}（计划${n}${unit}），${note}。`;
  });
}

function partlyExplanation(rng: Rng, n: number | null, unit: string | null): string {
  const reason = rng.pick(words.PARTLY_DONE_REASONS);
  const remedy = rng.pick(words.PARTLY_DONE_REMEDIES);
  if (n === null || n < 2) return `主体已完成，其余部分因${reason}未能按期完成，${remedy}。`;
  const k = Math.min(n - 1, Math.max(1, Math.floor(n * (0.4 + rng.float() * 0.4))));
  return `已完成${k}${unit}，其余${n - k}${unit}因${reason}未能按期完成，${remedy}。`;
}

type PledgerRef =
  | { kind: "BRANCH" }
  | { kind: "MEMBER"; memberIndex: number }
  | { kind: "TOWNSHIP" }
  | { kind: "DEPARTMENT"; departmentId: string; departmentName: string; officerId: string | null };

type PlannedPledge = {
  pledger: PledgerRef;
  problemIndex: number | null;
  area: ProblemArea;
  action: string;
  quantity: number | null;
  unit: string | null;
  placeOrBeneficiaries: string;
  responsiblePerson: string;
  verification: string;
  status: PledgeStatus;
  vagueFlags: string[];
  overrideReason: string | null;
  reviewComment: string | null;
  explanation: string | null;
  dueOn: Date;
  at: Date;
  until: Date | undefined;
  progress: string[];
};

type PlannedMember = { name: string; skills: string[]; phone: boolean; isActive: boolean };
type PlannedProblem = { seed: ProblemSeed; isFocus: boolean; hasPlan: boolean; needsSupport: boolean; expectedBy: Date };

type VillageContext = {
  name: string;
  townshipName: string;
  countyName: string;
  isPastoral: boolean;
  households: number;
  villageId: string;
  townshipId: string;
  countyId: string;
  prefectureId: string;
  campaignId: string;
  secretaryId: string | null;
  townshipOfficerId: string | null;
  departments: { id: string; name: string; officerId: string | null }[];
  townshipPledges: boolean;
};

function planVillage(ctx: VillageContext) {
  const rng = new Rng(deriveSeed(SEED, ctx.countyName, ctx.townshipName, ctx.name));
  const isDemo = ctx.name === DEMO_VILLAGE;
  const evaluated = (words.VILLAGE_ROLES.closedRound as readonly string[]).includes(ctx.name);
  // Pledges evaluated in a round finished before it opened.
  const roundEarly = evaluated || (words.VILLAGE_ROLES.openRound as readonly string[]).includes(ctx.name);
  const noFocus = (words.VILLAGE_ROLES.noFocus as readonly string[]).includes(ctx.name);
  const focusWithoutPlan = (words.VILLAGE_ROLES.focusWithoutPlan as readonly string[]).includes(ctx.name);
  const idleMembers = (words.VILLAGE_ROLES.idleMembers as readonly string[]).includes(ctx.name);
  const beneficiaries = (count: number) => {
    const names = new Set<string>();
    for (let tries = 0; names.size < count && tries < count * 10; tries++) names.add(localName(rng, ctx.isPastoral));
    return [...names].join("、");
  };
  // Villages held up as good practice have no hollow pledges.
  const exemplary = words.GOOD_PRACTICES.some((g) => g.village === ctx.name);

  // Members: the branch secretary first; herders in pastoral villages.
  const skillWeights = ctx.isPastoral ? words.PASTORAL_SKILLS : words.FARMING_SKILLS;
  const memberCount = isDemo ? 18 : rng.int(8, 25);
  const members: PlannedMember[] = [];
  const taken = new Set<string>();
  for (let i = 0; i < memberCount; i++) {
    let name = i === 0 ? secretaryName(ctx.name) : localName(rng, ctx.isPastoral);
    for (let tries = 0; taken.has(name) && tries < 8; tries++) name = localName(rng, ctx.isPastoral);
    if (taken.has(name)) continue;
    taken.add(name);
    const first = rng.weighted(skillWeights);
    const skills = rng.chance(0.4) ? [first, rng.weighted(skillWeights)].filter((s, k, all) => all.indexOf(s) === k) : [first];
    members.push({ name, skills, phone: rng.chance(ctx.isPastoral ? 0.45 : 0.7), isActive: true });
  }
  // A member who moved away: kept, inactive, with no pledges.
  if (!isDemo && rng.chance(0.15)) members[members.length - 1]!.isActive = false;

  // Problems: 3–5, the focus ones first.
  const candidates = rng.shuffle(words.PROBLEMS.filter((p) => fits(p, ctx.isPastoral)));
  const problemCount = rng.int(3, 5);
  const focusCount = noFocus ? 0 : focusWithoutPlan ? 1 : isDemo ? 2 : rng.weighted([[1, 3], [2, 2]] as const);
  const problems: PlannedProblem[] = candidates.slice(0, problemCount).map((seed, i) => ({
    seed,
    isFocus: i < focusCount,
    hasPlan: i < focusCount && !focusWithoutPlan,
    needsSupport: i < focusCount && rng.chance(0.5),
    expectedBy: dateBetween(rng, "2026-09-30", "2026-12-31"),
  }));
  const focusIndexes = problems.flatMap((p, i) => (p.isFocus ? [i] : []));

  const pledges: PlannedPledge[] = [];
  const secretary = members[0]!.name;
  const weights = evaluated ? EVALUATED_STATUSES : NORMAL_STATUSES;

  function add(pledger: PledgerRef, template: PledgeTemplate, problemIndex: number | null, responsiblePerson: string, plan: StatusPlan) {
    const n = quantityFor(rng, template, ctx.households);
    const timeline = timelineFor(rng, plan, roundEarly);
    const { status } = plan;
    let action = template.action(n);
    let vagueFlags: string[] = [];
    let overrideReason: string | null = null;
    // Now and then a concrete pledge opens with a filler word, flagged and approved with a reason.
    if (PUBLISHED_STATUSES.includes(status) && rng.chance(0.01)) {
      action = `积极${action}`;
      vagueFlags = ["FILLER"];
      overrideReason = "有具体数量、对象和时限，“积极”一词不影响核查。";
    }
    const progressCount =
      status === "IN_PROGRESS" ? rng.int(1, 3)
      : status === "DONE" ? rng.int(1, 3)
      : status === "PARTLY_DONE" ? rng.int(1, 2)
      : status === "NOT_DONE" || status === "WITHDRAWN" ? rng.int(0, 1)
      : 0;
    const explanation =
      status === "PARTLY_DONE" ? partlyExplanation(rng, n, template.unit)
      : status === "NOT_DONE" ? rng.pick(words.NOT_DONE_EXPLANATIONS)
      : status === "WITHDRAWN" ? rng.pick(words.WITHDRAWN_REASONS)
      : plan.explained ? rng.pick(words.OVERDUE_EXPLANATIONS)
      : null;
    pledges.push({
      pledger,
      problemIndex,
      area: template.area,
      action,
      quantity: n,
      unit: template.unit,
      placeOrBeneficiaries: template.place({ village: ctx.name, n, rng, names: beneficiaries }),
      responsiblePerson,
      verification: template.verification,
      status,
      vagueFlags,
      overrideReason,
      reviewComment: status === "RETURNED" ? rng.pick(words.RETURN_COMMENTS) : null,
      explanation,
      dueOn: timeline.dueOn,
      at: timeline.at,
      until: timeline.until,
      progress: progressBodies(rng, n, template.unit, progressCount, status === "DONE"),
    });
  }

  function addVague(pledger: PledgerRef, responsiblePerson: string, status: PledgeStatus) {
    const vague = rng.pick(words.VAGUE_PLEDGES.filter((v) => v.kind === (pledger.kind === "MEMBER" ? "MEMBER" : "BRANCH")));
    const timeline = timelineFor(rng, { status }, roundEarly);
    pledges.push({
      pledger,
      problemIndex: null,
      area: vague.area,
      action: vague.action,
      quantity: null,
      unit: null,
      placeOrBeneficiaries: "全村",
      responsiblePerson,
      verification: "群众满意",
      status,
      vagueFlags: ["NO_NUMBER", "FILLER"],
      overrideReason: null,
      reviewComment: status === "RETURNED" ? words.RETURN_COMMENTS_VAGUE : null,
      explanation: null,
      dueOn: timeline.dueOn,
      at: timeline.at,
      until: timeline.until,
      progress: [],
    });
  }

  const branchTemplates = words.BRANCH_TEMPLATES.filter((t) => fits(t, ctx.isPastoral));
  function branchTemplateFor(problem: ProblemSeed, used: Set<PledgeTemplate>) {
    const fresh = branchTemplates.filter((t) => !used.has(t));
    const matching = fresh.filter((t) => words.serves(t, problem));
    return rng.pick(matching.length ? matching : fresh);
  }

  // Branch pledges: on the focus problems first.
  const branchCount = isDemo ? 3 : rng.int(1, 3);
  const usedBranch = new Set<PledgeTemplate>();
  for (let i = 0; i < branchCount; i++) {
    const problemIndex = focusIndexes.length ? focusIndexes[i % focusIndexes.length]! : null;
    const problem = problemIndex === null ? null : problems[problemIndex]!;
    const template = branchTemplateFor(problem?.seed ?? rng.pick(problems).seed, usedBranch);
    usedBranch.add(template);
    const responsible = rng.chance(0.7) ? `支部书记${secretary}` : `村委会主任${members[1]?.name ?? secretary}`;
    const linked = problem && words.serves(template, problem.seed) ? problemIndex : null;
    const demoPlan: StatusPlan = { status: i === 1 ? "IN_PROGRESS" : "DONE" };
    add({ kind: "BRANCH" }, template, linked, responsible, isDemo ? demoPlan : rollStatus(rng, weights));
  }
  if (!isDemo && !exemplary && rng.chance(0.35)) addVague({ kind: "BRANCH" }, `支部书记${secretary}`, rng.pick(["SUBMITTED", "SUBMITTED", "RETURNED", "DRAFT"] as const));

  // Member pledges: from each member's own skills; some members pledge nothing.
  const demoStatuses = [...DEMO_STATUSES];
  members.forEach((member, memberIndex) => {
    if (!member.isActive) return;
    const count = idleMembers ? (rng.chance(0.5) ? 0 : 1) : isDemo ? (memberIndex < 14 ? 1 : rng.int(0, 1)) : rng.weighted([[0, 10], [1, 42], [2, 48]] as const);
    const own = member.skills.flatMap((s) => words.MEMBER_TEMPLATES[s] ?? []).filter((t) => fits(t, ctx.isPastoral));
    const general = words.GENERAL_MEMBER_TEMPLATES.filter((t) => fits(t, ctx.isPastoral));
    const options = rng.shuffle(own.length ? own : general);
    for (let k = 0; k < count; k++) {
      const demoPlan = isDemo ? demoStatuses.shift() : undefined;
      if (demoPlan?.vague) {
        addVague({ kind: "MEMBER", memberIndex }, member.name, demoPlan.status);
        continue;
      }
      const template = options[k] ?? rng.pick(general);
      const focus = focusIndexes.find((i) => words.serves(template, problems[i]!.seed));
      add({ kind: "MEMBER", memberIndex }, template, focus ?? null, member.name, demoPlan ?? rollStatus(rng, weights));
    }
  });
  if (!isDemo && !exemplary && rng.chance(0.3)) {
    // A hollow pledge from a member with at most one other.
    const pledgesOf = (i: number) => pledges.filter((p) => p.pledger.kind === "MEMBER" && p.pledger.memberIndex === i).length;
    const candidates = members.flatMap((m, i) => (i > 0 && m.isActive && pledgesOf(i) <= 1 ? [i] : []));
    if (candidates.length) {
      const memberIndex = rng.pick(candidates);
      addVague({ kind: "MEMBER", memberIndex }, members[memberIndex]!.name, rng.pick(["SUBMITTED", "RETURNED"] as const));
    }
  }

  // Upward support on a focus problem that has a plan, where the pledger has something to offer.
  const supported = focusIndexes.filter((i) => problems[i]!.hasPlan);
  const upward = (templates: readonly PledgeTemplate[]) => {
    for (const problemIndex of supported) {
      const matching = templates.filter((t) => words.serves(t, problems[problemIndex]!.seed) && fits(t, ctx.isPastoral));
      if (matching.length) return { problemIndex, template: rng.pick(matching) };
    }
    return null;
  };
  if (ctx.townshipPledges) {
    const found = upward(words.TOWNSHIP_TEMPLATES);
    if (found) {
      problems[found.problemIndex]!.needsSupport = true;
      add({ kind: "TOWNSHIP" }, found.template, found.problemIndex, `${ctx.townshipName}${rng.pick(words.TOWNSHIP_TITLES)}${localName(rng, false)}`, rollStatus(rng, UPWARD_STATUSES));
    }
  }
  for (const department of ctx.departments) {
    const found = upward(words.DEPARTMENT_TEMPLATES[department.name] ?? []);
    if (!found || !rng.chance(0.85)) continue;
    problems[found.problemIndex]!.needsSupport = true;
    add(
      { kind: "DEPARTMENT", departmentId: department.id, departmentName: department.name, officerId: department.officerId },
      found.template,
      found.problemIndex,
      `${department.name}${rng.pick(words.DEPARTMENT_TITLES)}${localName(rng, false)}`,
      rollStatus(rng, UPWARD_STATUSES),
    );
  }

  // A pledge cannot be published against a focus problem without a plan.
  for (const pledge of pledges) {
    if (pledge.problemIndex !== null && !problems[pledge.problemIndex]!.hasPlan && PUBLISHED_STATUSES.includes(pledge.status)) pledge.problemIndex = null;
  }

  // Opinions: collected in March and sorted into the problems; a few set aside; one or two
  // left on the public board, awaiting the secretary.
  const opinions: { source: (typeof words.OPINION_SOURCES)[number][0] | "PUBLIC_BOARD"; body: string; problemIndex: number | null; status: "ACCEPTED" | "PENDING" | "SET_ASIDE"; setAsideReason?: string; authorName: string | null; at: Date }[] = [];
  const target = rng.int(4, 8);
  const pending = rng.int(1, 2);
  problems.forEach((problem, problemIndex) => {
    for (const body of rng.sample(problem.seed.opinions, problem.isFocus ? 2 : 1)) {
      opinions.push({ source: rng.weighted(words.OPINION_SOURCES), body, problemIndex, status: "ACCEPTED", authorName: rng.chance(0.7) ? localName(rng, ctx.isPastoral) : null, at: workMoment(rng, day("2026-03-02"), day("2026-03-15")) });
    }
  });
  if (opinions.length + pending < target && rng.chance(0.5)) {
    const aside = rng.pick(words.SET_ASIDE_OPINIONS);
    opinions.push({ source: "MASS_MEETING", body: aside.body, problemIndex: null, status: "SET_ASIDE", setAsideReason: aside.reason, authorName: localName(rng, ctx.isPastoral), at: workMoment(rng, day("2026-03-02"), day("2026-03-15")) });
  }
  while (opinions.length + pending > 8) {
    const index = opinions.findIndex((o, i) => i > 0 && o.problemIndex !== null && opinions.filter((x) => x.problemIndex === o.problemIndex).length > 1);
    if (index < 0) break;
    opinions.splice(index, 1);
  }
  for (const body of rng.sample(words.BOARD_OPINIONS, pending)) {
    opinions.push({ source: "PUBLIC_BOARD", body, problemIndex: null, status: "PENDING", authorName: rng.chance(0.4) ? localName(rng, ctx.isPastoral) : null, at: workMoment(rng, day("2026-11-10"), day("2026-11-24")) });
  }

  return { rng, members, problems, pledges, opinions, evaluated };
}

// ---------------------------------------------------------------------------------------------
// Writing a village (one transaction)

const RATING_WEIGHTS: Record<"DONE" | "PARTLY_DONE" | "NOT_DONE", readonly [number, number, number, number]> = {
  DONE: [62, 26, 5, 7],
  PARTLY_DONE: [28, 38, 22, 12],
  NOT_DONE: [8, 22, 52, 18],
};
const RATINGS: readonly Rating[] = ["SATISFIED", "BASICALLY_SATISFIED", "DISSATISFIED", "UNKNOWN"];
const VOTE_COMMENTS: Record<Rating, readonly string[]> = {
  SATISFIED: ["说到做到", "党员带头，群众看得见", "办得实在", "感谢支部"],
  BASICALLY_SATISFIED: ["基本办成了，还有点小问题", "希望以后多听听群众意见", "进度慢了些"],
  DISSATISFIED: ["说了没做", "进度太慢", "没看到实际效果"],
  UNKNOWN: ["不太清楚这件事"],
};

function ratingWeights(rng: Rng, status: PledgeStatus): (readonly [Rating, number])[] {
  const base = RATING_WEIGHTS[status as keyof typeof RATING_WEIGHTS] ?? RATING_WEIGHTS.DONE;
  // Each pledge is judged a little differently.
  return RATINGS.map((rating, i) => [rating, Math.max(1, base[i]! * (0.7 + rng.float() * 0.6))] as const);
}

function tallyCounts(rng: Rng, weights: (readonly [Rating, number])[], votes: number): TallyCounts {
  const counts: TallyCounts = { SATISFIED: 0, BASICALLY_SATISFIED: 0, DISSATISFIED: 0, UNKNOWN: 0 };
  for (let i = 0; i < votes; i++) counts[rng.weighted(weights)] += 1;
  return counts;
}

type VillageTotals = { members: number; pledges: number; ballots: number; rounds: number };

async function writeVillage(tx: Tx, ctx: VillageContext, plan: ReturnType<typeof planVillage>): Promise<VillageTotals> {
  const { rng, evaluated } = plan;
  const members = await createMembers(
    tx,
    ctx.villageId,
    plan.members.map((m) => ({
      name: m.name,
      skills: m.skills.join("、"),
      phone: m.phone ? `1${rng.pick(["3", "5", "8"])}${String(rng.int(0, 999_999_999)).padStart(9, "0")}` : null,
      isActive: m.isActive,
      createdAt: workMoment(rng, day("2026-03-01"), day("2026-03-05")),
    })),
  );

  const problems = [];
  for (const [index, p] of plan.problems.entries()) {
    const linked = plan.pledges.filter((x) => x.problemIndex === index && x.status !== "WITHDRAWN");
    const status =
      linked.length && linked.every((x) => x.status === "DONE") ? "SOLVED"
      : linked.some((x) => PUBLISHED_STATUSES.includes(x.status)) ? "IN_PROGRESS"
      : "OPEN";
    const problem = await createProblem(tx, {
      campaignId: ctx.campaignId,
      villageId: ctx.villageId,
      title: p.seed.title,
      description: p.seed.description,
      area: p.seed.area,
      isFocus: p.isFocus,
      focusReason: p.isFocus ? p.seed.focusReason : null,
      expectedResult: p.isFocus ? p.seed.expectedResult : null,
      expectedBy: p.isFocus ? p.expectedBy : null,
      needsSupport: p.needsSupport,
      status,
      createdAt: workMoment(rng, day("2026-03-16"), day("2026-03-20")),
    });
    problems.push(problem);
    if (p.hasPlan) {
      await createPlan(tx, {
        problemId: problem.id,
        measures: p.seed.measures,
        timeline: p.seed.timeline,
        responsible: `支部书记${plan.members[0]!.name}`,
        createdAt: workMoment(rng, day("2026-03-22"), day("2026-03-30")),
      });
    }
  }

  for (const o of plan.opinions) {
    await createOpinion(tx, {
      campaignId: ctx.campaignId,
      villageId: ctx.villageId,
      source: o.source,
      body: o.body,
      authorName: o.authorName,
      authorPhone: o.source === "PUBLIC_BOARD" && rng.chance(0.5) ? `1${rng.pick(["3", "5", "8"])}${String(rng.int(0, 999_999_999)).padStart(9, "0")}` : null,
      status: o.status,
      problemId: o.problemIndex === null ? null : problems[o.problemIndex]!.id,
      setAsideReason: o.setAsideReason ?? null,
      createdById: o.source === "PUBLIC_BOARD" ? null : ctx.secretaryId,
      createdAt: o.at,
    });
  }

  const known = { townshipId: ctx.townshipId, countyId: ctx.countyId, prefectureId: ctx.prefectureId };
  const created: { id: string; status: PledgeStatus; kind: string }[] = [];
  for (const p of plan.pledges) {
    const pledger = p.pledger;
    const pledge = await createPledge(
      tx,
      {
        campaignId: ctx.campaignId,
        villageId: ctx.villageId,
        pledgerKind: pledger.kind,
        memberId: pledger.kind === "MEMBER" ? members[pledger.memberIndex]!.id : null,
        pledgerTownshipId: pledger.kind === "TOWNSHIP" ? ctx.townshipId : null,
        departmentId: pledger.kind === "DEPARTMENT" ? pledger.departmentId : null,
        problemId: p.problemIndex === null ? null : problems[p.problemIndex]!.id,
        area: p.area,
        action: p.action,
        quantity: p.quantity,
        unit: p.unit,
        placeOrBeneficiaries: p.placeOrBeneficiaries,
        dueOn: p.dueOn,
        responsiblePerson: p.responsiblePerson,
        verification: p.verification,
        status: p.status,
        vagueFlags: p.vagueFlags,
        overrideReason: p.overrideReason,
        reviewComment: p.reviewComment,
        explanation: p.explanation,
      },
      {
        actorId: pledger.kind === "DEPARTMENT" ? pledger.officerId : pledger.kind === "TOWNSHIP" ? ctx.townshipOfficerId : ctx.secretaryId,
        reviewerId: ctx.townshipOfficerId,
        at: p.at,
        until: p.until,
        progress: p.progress,
        known,
      },
    );
    created.push({ id: pledge.id, status: pledge.status, kind: pledge.pledgerKind });
  }

  const totals: VillageTotals = { members: members.length, pledges: created.length, ballots: 0, rounds: 0 };
  const openRound = (words.VILLAGE_ROLES.openRound as readonly string[]).includes(ctx.name);
  if (!evaluated && !openRound) return totals;

  // Evaluation (评议): villagers vote with one-time codes, members through the secretary, and
  // the mass meeting's paper tally is entered twice; the township then assesses each pledge.
  const unanimous = (words.VILLAGE_ROLES.unanimousRound as readonly string[]).includes(ctx.name);
  const evaluatedPledges = created.filter((p) => FINISHED_STATUSES.includes(p.status));
  if (evaluatedPledges.length === 0) return totals;
  const opensAt = openRound ? workMoment(rng, day("2026-11-20"), day("2026-11-21")) : workMoment(rng, day("2026-11-05"), day("2026-11-09"));
  const closesAt = addDays(opensAt, openRound ? 14 : 7);
  const votingEnds = earliest(closesAt, NOW);
  const round = await createEvaluationRound(
    tx,
    { campaignId: ctx.campaignId, villageId: ctx.villageId, status: "OPEN", opensAt, closesAt, groups: ["VILLAGER", "MEMBER"], pledgeIds: evaluatedPledges.map((p) => p.id) },
    { actorId: ctx.secretaryId },
  );
  totals.rounds = 1;
  const weights = new Map(evaluatedPledges.map((p) => [p.id, unanimous ? ([["SATISFIED", 1]] as (readonly [Rating, number])[]) : ratingWeights(rng, p.status)]));
  const vote = (pledgeId: string) => {
    const rating = rng.weighted(weights.get(pledgeId)!);
    return { pledgeId, rating, comment: rng.chance(0.06) ? rng.pick(VOTE_COMMENTS[rating]) : null };
  };

  const villagerBallots = Math.min(90, Math.round(ctx.households * (openRound ? 0.12 : 0.25 + rng.float() * 0.2)));
  await createBallotBatch(
    tx,
    { roundId: round.id, group: "VILLAGER", count: Math.min(ctx.households, villagerBallots + rng.int(15, 40)), createdById: ctx.secretaryId, createdAt: addDays(opensAt, -2) },
    { used: villagerBallots, usedAt: addDays(opensAt, 1) },
  );
  const sourceTags = Array.from({ length: Math.max(3, Math.round(villagerBallots / 3)) }, () => randomHex(16));
  const memberVoters = members.filter((m) => m.isActive && rng.chance(openRound ? 0.4 : 0.75));
  const ballots = [
    ...Array.from({ length: villagerBallots }, () => ({
      group: "VILLAGER" as const,
      channel: "CODE" as const,
      sourceTag: rng.pick(sourceTags),
      createdAt: rng.between(opensAt, votingEnds),
      votes: evaluatedPledges.map((p) => vote(p.id)),
    })),
    // Members without a phone vote through the secretary.
    ...memberVoters.map(() => ({
      group: "MEMBER" as const,
      channel: "SECRETARY" as const,
      createdAt: rng.between(opensAt, votingEnds),
      votes: evaluatedPledges.map((p) => vote(p.id)),
    })),
  ];
  await createBallots(tx, round.id, ballots);
  totals.ballots = villagerBallots + memberVoters.length;
  if (openRound) return totals;

  const meeting = workMoment(rng, addDays(opensAt, 2), addDays(opensAt, 4));
  const tallied = evaluatedPledges.filter((p) => p.kind === "BRANCH");
  for (const pledge of (tallied.length ? tallied : evaluatedPledges).slice(0, 2)) {
    const attendees = Math.round(ctx.households * (0.35 + rng.float() * 0.25));
    const counts = tallyCounts(rng, weights.get(pledge.id)!, attendees - rng.int(0, 3));
    await createPaperTally(
      tx,
      { roundId: round.id, pledgeId: pledge.id, group: "VILLAGER", attendees, firstCounts: counts, secondCounts: counts, status: "CONFIRMED", firstById: ctx.secretaryId, secondById: ctx.townshipOfficerId, createdAt: meeting },
      { at: addDays(meeting, 1) },
    );
  }
  await closeEvaluationRound(tx, round.id, { at: closesAt, actorId: ctx.secretaryId });
  const assessment = { DONE: "FULFILLED", PARTLY_DONE: "PARTLY_FULFILLED", NOT_DONE: "NOT_FULFILLED" } as const;
  for (const pledge of evaluatedPledges) {
    await assessPledge(tx, pledge.id, assessment[pledge.status as keyof typeof assessment], { actorId: ctx.townshipOfficerId, at: addDays(closesAt, 1) });
  }
  return totals;
}

// ---------------------------------------------------------------------------------------------
// The whole demo

export async function seedDemo(db: PrismaClient): Promise<string> {
  const started = performance.now();
  seedFactories(SEED);
  const rng = new Rng(SEED);
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  const prefecture = await createPrefecture(db, { name: "海西州" });
  const campaign = await createCampaign(db, {
    prefectureId: prefecture.id,
    name: "2026年整改提高阶段",
    startsOn: day("2026-03-01"),
    endsOn: day("2026-12-31"),
    focusLimit: 2,
    isCurrent: true,
  });

  // Places.
  type PlaceIds = { countyId: string; townshipIds: Map<string, string>; villages: Map<string, { id: string; townshipId: string; townshipName: string; isPastoral: boolean; households: number }> };
  const places = new Map<string, PlaceIds>();
  for (const county of words.HAIXI) {
    const c = await createCounty(db, { prefectureId: prefecture.id, name: county.name });
    const ids: PlaceIds = { countyId: c.id, townshipIds: new Map(), villages: new Map() };
    for (const township of county.townships) {
      const t = await createTownship(db, { countyId: c.id, name: township.name });
      ids.townshipIds.set(township.name, t.id);
      for (const [name, isPastoral] of township.villages) {
        const households = isPastoral ? rng.int(60, 220) : rng.int(120, 400);
        const v = await createVillage(db, { townshipId: t.id, countyId: c.id, name, branchName: `${name}党支部`, households, isPastoral });
        ids.villages.set(name, { id: v.id, townshipId: t.id, townshipName: township.name, isPastoral, households });
      }
    }
    places.set(county.name, ids);
  }

  // Departments, each paired with 2–3 villages of its county (德令哈市's 县农牧局 with 希望村).
  const pairedWith = new Map<string, { id: string; name: string; officerId: string | null }[]>();
  const departmentIds = new Map<string, string>();
  for (const county of words.HAIXI) {
    const ids = places.get(county.name)!;
    const villageNames = [...ids.villages.keys()];
    for (const name of county.departments) {
      const department = await createDepartment(db, { countyId: ids.countyId, name });
      departmentIds.set(`${county.name}/${name}`, department.id);
      const forced = county.name === DEMO_COUNTY && name === DEMO_DEPARTMENT ? [DEMO_VILLAGE] : [];
      const others = rng.sample(villageNames.filter((v) => !forced.includes(v)), rng.int(2, 3) - forced.length);
      for (const villageName of [...forced, ...others]) {
        const village = ids.villages.get(villageName)!;
        await pairDepartment(db, { departmentId: department.id, villageId: village.id });
        pairedWith.set(village.id, [...(pairedWith.get(village.id) ?? []), { id: department.id, name, officerId: null }]);
      }
    }
  }

  // Staff accounts: the five demo accounts, plus a secretary and a township officer per county.
  const demo = places.get(DEMO_COUNTY)!;
  const demoVillage = demo.villages.get(DEMO_VILLAGE)!;
  const demoTownshipId = demo.townshipIds.get(DEMO_TOWNSHIP)!;
  const demoDepartmentId = departmentIds.get(`${DEMO_COUNTY}/${DEMO_DEPARTMENT}`)!;
  const secretaries = new Map<string, string>();
  const officers = new Map<string, string>();
  let prefectureOrganiserId = "";
  for (const account of DEMO_ACCOUNTS) {
    const place =
      account.role === "PREFECTURE_ORGANISER" ? {}
      : account.role === "COUNTY_ORGANISER" ? { countyId: demo.countyId }
      : account.role === "TOWNSHIP_OFFICER" ? { countyId: demo.countyId, townshipId: demoTownshipId }
      : account.role === "DEPARTMENT_OFFICER" ? { countyId: demo.countyId, departmentId: demoDepartmentId }
      : { countyId: demo.countyId, townshipId: demoTownshipId, villageId: demoVillage.id };
    const user = await createUser(db, { ...account, ...place, prefectureId: prefecture.id, passwordHash, createdAt: day("2026-02-20") });
    if (account.role === "PREFECTURE_ORGANISER") prefectureOrganiserId = user.id;
    if (account.role === "TOWNSHIP_OFFICER") officers.set(demoTownshipId, user.id);
    if (account.role === "VILLAGE_SECRETARY") secretaries.set(demoVillage.id, user.id);
    if (account.role === "DEPARTMENT_OFFICER") {
      for (const list of pairedWith.values()) for (const d of list) if (d.id === demoDepartmentId) d.officerId = user.id;
    }
  }
  for (const [c, county] of words.HAIXI.entries()) {
    const ids = places.get(county.name)!;
    const isDemoCounty = county.name === DEMO_COUNTY;
    const villageName = isDemoCounty ? "金原村" : county.townships[0]!.villages[0]![0];
    const townshipName = isDemoCounty ? "尕海镇" : county.townships[0]!.name;
    const village = ids.villages.get(villageName)!;
    const townshipId = ids.townshipIds.get(townshipName)!;
    const secretary = await createUser(db, {
      phone: `13900001${c}01`,
      name: secretaryName(villageName),
      role: "VILLAGE_SECRETARY",
      prefectureId: prefecture.id,
      countyId: ids.countyId,
      townshipId: village.townshipId,
      villageId: village.id,
      passwordHash,
      createdAt: day("2026-02-20"),
    });
    secretaries.set(village.id, secretary.id);
    const officer = await createUser(db, {
      phone: `13900001${c}02`,
      name: localName(rng, county.name === "天峻县"),
      role: "TOWNSHIP_OFFICER",
      prefectureId: prefecture.id,
      countyId: ids.countyId,
      townshipId,
      passwordHash,
      createdAt: day("2026-02-20"),
    });
    officers.set(townshipId, officer.id);
  }

  // Villages, a few at a time, each in one transaction.
  const contexts: VillageContext[] = [];
  for (const county of words.HAIXI) {
    const ids = places.get(county.name)!;
    for (const township of county.townships) {
      const townshipId = ids.townshipIds.get(township.name)!;
      // One village per township gets the township's own upward pledge.
      const pledgingVillage = rng.pick(township.villages)[0];
      for (const [name] of township.villages) {
        const v = ids.villages.get(name)!;
        contexts.push({
          name,
          townshipName: township.name,
          countyName: county.name,
          isPastoral: v.isPastoral,
          households: v.households,
          villageId: v.id,
          townshipId,
          countyId: ids.countyId,
          prefectureId: prefecture.id,
          campaignId: campaign.id,
          secretaryId: secretaries.get(v.id) ?? null,
          townshipOfficerId: officers.get(townshipId) ?? null,
          departments: pairedWith.get(v.id) ?? [],
          townshipPledges: name === pledgingVillage || name === DEMO_VILLAGE,
        });
      }
    }
  }
  const totals: VillageTotals = { members: 0, pledges: 0, ballots: 0, rounds: 0 };
  await runPool(contexts, 3, async (ctx) => {
    const plan = planVillage(ctx);
    const result = await db.$transaction((tx) => writeVillage(tx, ctx, plan), { timeout: 300_000, maxWait: 300_000 });
    totals.members += result.members;
    totals.pledges += result.pledges;
    totals.ballots += result.ballots;
    totals.rounds += result.rounds;
  });

  // Good practice picked out by the prefecture.
  for (const practice of words.GOOD_PRACTICES) {
    const village = contexts.find((c) => c.name === practice.village)!;
    const pledge = practice.pledgeOfVillage
      ? await db.pledge.findFirst({ where: { villageId: village.villageId, status: "DONE" }, orderBy: { createdAt: "asc" }, select: { id: true } })
      : null;
    await createGoodPractice(db, { villageId: village.villageId, pledgeId: pledge?.id ?? null, note: practice.note, createdById: prefectureOrganiserId, createdAt: day("2026-11-18") });
  }

  const events = await db.pledgeEvent.count();
  const users = await db.user.count();
  const townships = words.HAIXI.reduce((n, c) => n + c.townships.length, 0);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  return (
    `海西州: ${words.HAIXI.length} counties, ${townships} townships, ${contexts.length} villages, ${totals.members} members, ` +
    `${totals.pledges} pledges (${events} history events), ${totals.rounds} evaluation rounds (${totals.ballots} ballots), ` +
    `${users} staff accounts (password ${DEMO_PASSWORD}, e.g. 13900000001–13900000005) in ${seconds} s`
  );
}

// `tsx prisma/seed.ts` (the Prisma CLI's seed command) seeds the database in DATABASE_URL.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error("DATABASE_URL is not set; use `npm run db:seed`, which starts the embedded database when needed.");
    process.exit(1);
  }
  import("../scripts/lib/seed-runner")
    .then(({ seedDatabase }) => seedDatabase(url))
    .then((summary) => console.log(summary))
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    });
}
