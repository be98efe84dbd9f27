// What a village raises and chooses to work on: opinions, problems and the plan for a focus problem.
import type { Prisma } from "@/lib/generated/prisma/client";
import { day } from "./dates";
import type { DbClient } from "./db-client";
import { villageAndCampaign } from "./internal/current-campaign";
import { personName } from "./names";

export async function createOpinion(db: DbClient, overrides: Partial<Prisma.OpinionUncheckedCreateInput> = {}) {
  const { villageId, campaignId } = await villageAndCampaign(db, overrides);
  return db.opinion.create({
    data: {
      source: "MASS_MEETING",
      body: "冬天河面结冰，羊要赶到五公里外去饮水，希望村里修几处饮水点。",
      authorName: personName(),
      ...overrides,
      villageId,
      campaignId,
    },
  });
}

export async function createProblem(db: DbClient, overrides: Partial<Prisma.ProblemUncheckedCreateInput> = {}) {
  const { villageId, campaignId } = await villageAndCampaign(db, overrides);
  const focus = overrides.isFocus
    ? {
        focusReason: "群众意见最集中，经过半年努力可以见到成效",
        expectedResult: "冬春草场饮水点全部修好，牲畜就近饮水",
        expectedBy: day("2026-10-31"),
      }
    : {};
  return db.problem.create({
    data: {
      title: "冬春牲畜饮水难",
      description: "冬季河道封冻，牧户需赶畜数公里饮水，牲畜掉膘严重。",
      area: "DRINKING_WATER",
      ...focus,
      ...overrides,
      villageId,
      campaignId,
    },
  });
}

/** A plan for a focus problem; creates the focus problem when not given. */
export async function createPlan(db: DbClient, overrides: Partial<Prisma.PlanUncheckedCreateInput> = {}) {
  const problemId = overrides.problemId ?? (await createProblem(db, { isFocus: true })).id;
  return db.plan.create({
    data: {
      measures: "一、摸清全村饮水点底数；二、申请镇里协调资金；三、党员分片包修；四、入冬前村民代表验收。",
      timeline: "4月摸底，6—9月施工，10月底前验收",
      responsible: "村党支部书记",
      ...overrides,
      problemId,
    },
  });
}
