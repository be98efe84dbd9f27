// A village's pledges: planned from the village's stream (the branch's, its members', and
// upward support from the township and paired departments), then written with whole histories.
import type { Tx } from "@/lib/db";
import type { PledgeStatus, ProblemArea } from "@/lib/generated/prisma/client";
import { createPledge, localName, PUBLISHED_STATUSES, type Rng } from "@/tests/factories";
import * as words from "./data";
import type { PledgeTemplate, ProblemSeed } from "./data";
import type { PlannedMember } from "./members";
import type { PlannedProblem } from "./opinions-and-problems";
import type { VillageContext } from "./places-and-accounts";
import { DEMO_STATUSES, EVALUATED_STATUSES, NORMAL_STATUSES, rollStatus, timelineFor, UPWARD_STATUSES, type StatusPlan } from "./pledge-statuses";
import { partlyExplanation, progressBodies, quantityFor } from "./pledge-wording";
import type { VillageShape } from "./village-shape";

export type PledgerRef =
  | { kind: "BRANCH" }
  | { kind: "MEMBER"; memberIndex: number }
  | { kind: "TOWNSHIP" }
  | { kind: "DEPARTMENT"; departmentId: string; departmentName: string; officerId: string | null };

export type PlannedPledge = {
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

/**
 * The branch's pledges, each active member's (a hollow one now and then), and upward support
 * from the township and paired departments; marks the problems that support goes to (needsSupport).
 */
export function planPledges(rng: Rng, ctx: VillageContext, shape: VillageShape, members: readonly PlannedMember[], problems: PlannedProblem[]): PlannedPledge[] {
  const { isDemo, exemplary, idleMembers, roundEarly } = shape;
  const beneficiaries = (count: number) => {
    const names = new Set<string>();
    for (let tries = 0; names.size < count && tries < count * 10; tries++) names.add(localName(rng, ctx.isPastoral));
    return [...names].join("、");
  };
  const focusIndexes = problems.flatMap((p, i) => (p.isFocus ? [i] : []));

  const pledges: PlannedPledge[] = [];
  const secretary = members[0]!.name;
  const weights = shape.evaluated ? EVALUATED_STATUSES : NORMAL_STATUSES;

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

  const branchTemplates = words.BRANCH_TEMPLATES.filter((t) => words.fits(t, ctx.isPastoral));
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
    const own = member.skills.flatMap((s) => words.MEMBER_TEMPLATES[s] ?? []).filter((t) => words.fits(t, ctx.isPastoral));
    const general = words.GENERAL_MEMBER_TEMPLATES.filter((t) => words.fits(t, ctx.isPastoral));
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
      const matching = templates.filter((t) => words.serves(t, problems[problemIndex]!.seed) && words.fits(t, ctx.isPastoral));
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
  return pledges;
}

export type CreatedPledge = { id: string; status: PledgeStatus; kind: string };

export async function writePledges(
  tx: Tx,
  ctx: VillageContext,
  planned: readonly PlannedPledge[],
  members: readonly { id: string }[],
  problems: readonly { id: string }[],
): Promise<CreatedPledge[]> {
  const known = { townshipId: ctx.townshipId, countyId: ctx.countyId, prefectureId: ctx.prefectureId };
  const created: CreatedPledge[] = [];
  for (const p of planned) {
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
  return created;
}
