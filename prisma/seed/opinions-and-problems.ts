// What a village raised and chose to work on: 3–5 problems (the focus ones first, with their
// plans) and the opinions behind them, planned from the village's stream, then written.
import type { Tx } from "@/lib/db";
import { createOpinion, createPlan, createProblem, day, localName, PUBLISHED_STATUSES, type Rng } from "@/tests/factories";
import * as words from "./data";
import type { ProblemSeed } from "./data";
import { villagerPhone, type PlannedMember } from "./members";
import { dateBetween, workMoment } from "./moments";
import type { VillageContext } from "./places-and-accounts";
import type { PlannedPledge } from "./pledges";
import type { VillageShape } from "./village-shape";

export type PlannedProblem = { seed: ProblemSeed; isFocus: boolean; hasPlan: boolean; needsSupport: boolean; expectedBy: Date };

type PlannedOpinion = {
  source: (typeof words.OPINION_SOURCES)[number][0] | "PUBLIC_BOARD";
  body: string;
  problemIndex: number | null;
  status: "ACCEPTED" | "PENDING" | "SET_ASIDE";
  setAsideReason?: string;
  authorName: string | null;
  at: Date;
};

export function planProblems(rng: Rng, ctx: VillageContext, shape: VillageShape): PlannedProblem[] {
  const candidates = rng.shuffle(words.PROBLEMS.filter((p) => words.fits(p, ctx.isPastoral)));
  const problemCount = rng.int(3, 5);
  const focusCount = shape.noFocus ? 0 : shape.focusWithoutPlan ? 1 : shape.isDemo ? 2 : rng.weighted([[1, 3], [2, 2]] as const);
  return candidates.slice(0, problemCount).map((seed, i) => ({
    seed,
    isFocus: i < focusCount,
    hasPlan: i < focusCount && !shape.focusWithoutPlan,
    needsSupport: i < focusCount && rng.chance(0.5),
    expectedBy: dateBetween(rng, "2026-09-30", "2026-12-31"),
  }));
}

/**
 * Opinions: collected in March and sorted into the problems; a few set aside; one or two left on
 * the public board, awaiting the secretary.
 */
export function planOpinions(rng: Rng, ctx: VillageContext, problems: readonly PlannedProblem[]): PlannedOpinion[] {
  const opinions: PlannedOpinion[] = [];
  const target = rng.int(4, 8);
  const pending = rng.int(1, 2);
  const collectedInMarch = () => workMoment(rng, day("2026-03-02"), day("2026-03-15"));
  problems.forEach((problem, problemIndex) => {
    for (const body of rng.sample(problem.seed.opinions, problem.isFocus ? 2 : 1)) {
      opinions.push({ source: rng.weighted(words.OPINION_SOURCES), body, problemIndex, status: "ACCEPTED", authorName: rng.chance(0.7) ? localName(rng, ctx.isPastoral) : null, at: collectedInMarch() });
    }
  });
  if (opinions.length + pending < target && rng.chance(0.5)) {
    const aside = rng.pick(words.SET_ASIDE_OPINIONS);
    opinions.push({ source: "MASS_MEETING", body: aside.body, problemIndex: null, status: "SET_ASIDE", setAsideReason: aside.reason, authorName: localName(rng, ctx.isPastoral), at: collectedInMarch() });
  }
  while (opinions.length + pending > 8) {
    const index = opinions.findIndex((o, i) => i > 0 && o.problemIndex !== null && opinions.filter((x) => x.problemIndex === o.problemIndex).length > 1);
    if (index < 0) break;
    opinions.splice(index, 1);
  }
  for (const body of rng.sample(words.BOARD_OPINIONS, pending)) {
    opinions.push({ source: "PUBLIC_BOARD", body, problemIndex: null, status: "PENDING", authorName: rng.chance(0.4) ? localName(rng, ctx.isPastoral) : null, at: workMoment(rng, day("2026-11-10"), day("2026-11-24")) });
  }
  return opinions;
}

/** The problems with their plans; each one's status follows the pledges filed against it. */
export async function writeProblems(tx: Tx, rng: Rng, ctx: VillageContext, plan: { problems: readonly PlannedProblem[]; pledges: readonly PlannedPledge[]; members: readonly PlannedMember[] }) {
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
  return problems;
}

export async function writeOpinions(tx: Tx, rng: Rng, ctx: VillageContext, opinions: readonly PlannedOpinion[], problems: readonly { id: string }[]) {
  for (const o of opinions) {
    await createOpinion(tx, {
      campaignId: ctx.campaignId,
      villageId: ctx.villageId,
      source: o.source,
      body: o.body,
      authorName: o.authorName,
      authorPhone: o.source === "PUBLIC_BOARD" && rng.chance(0.5) ? villagerPhone(rng) : null,
      status: o.status,
      problemId: o.problemIndex === null ? null : problems[o.problemIndex]!.id,
      setAsideReason: o.setAsideReason ?? null,
      createdById: o.source === "PUBLIC_BOARD" ? null : ctx.secretaryId,
      createdAt: o.at,
    });
  }
}
