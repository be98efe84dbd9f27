// How the matrix calls lib/opinions and lib/members, and the effect each call must have: an
// allowed write shows in the row (and is undone, so the next case starts from the same world);
// a refused one leaves the row exactly as it was.
import { expect } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import * as memberMutations from "@/lib/members/mutations";
import * as memberQueries from "@/lib/members/queries";
import * as opinionMutations from "@/lib/opinions/mutations";
import * as opinionQueries from "@/lib/opinions/queries";
import { outcomeOf } from "../helpers";
import type { MemberFn, OpinionFn, Outcome } from "./case-table";
import { id } from "./world";

type Driver = (actor: Actor, target: string, expected: Outcome) => Promise<void>;

let serial = 0;
const fresh = (what: string) => `${what}${++serial}-${Date.now() % 100000}`;

const read =
  (call: (actor: Actor, id: string) => Promise<{ id: string }>): Driver =>
  async (actor, target, expected) => {
    const outcome = await outcomeOf(() => call(actor, id(target)));
    expect(outcome.code).toBe(expected);
    if (outcome.code === "ok") expect((outcome.value as { id: string }).id).toBe(id(target));
    else expect(outcome).toMatchObject({ message: outcome.code });
  };

const listContains =
  (call: (actor: Actor, villageId: string) => Promise<{ id: string }[]>, symbolOf: (village: string) => string): Driver =>
  async (actor, target, expected) => {
    const outcome = await outcomeOf(() => call(actor, id(target)));
    expect(outcome.code).toBe(expected);
    if (outcome.code === "ok") expect((outcome.value as { id: string }[]).map((row) => row.id)).toContain(id(symbolOf(target)));
  };

type OpinionRow = Awaited<ReturnType<typeof db.opinion.findUniqueOrThrow>>;
type MemberRow = Awaited<ReturnType<typeof db.member.findUniqueOrThrow>>;

/** A change to an opinion: ok shows in the row (then the fixture is put back PENDING); a refusal changes nothing. */
const opinionWrite =
  (change: (actor: Actor, opinionId: string) => Promise<unknown>, effect: (after: OpinionRow) => void): Driver =>
  async (actor, target, expected) => {
    const before = await db.opinion.findUniqueOrThrow({ where: { id: id(target) } });
    const outcome = await outcomeOf(() => change(actor, before.id));
    expect(outcome.code).toBe(expected);
    const after = await db.opinion.findUniqueOrThrow({ where: { id: before.id } });
    if (outcome.code !== "ok") return void expect(after).toEqual(before);
    effect(after);
    await db.opinion.update({ where: { id: before.id }, data: { status: before.status, setAsideReason: before.setAsideReason } });
  };

/** A change to a member: ok shows (then the fixture is restored, recreated if deleted); a refusal changes nothing. */
const memberWrite =
  (change: (actor: Actor, member: MemberRow) => Promise<unknown>, effect: (after: MemberRow | null) => void): Driver =>
  async (actor, target, expected) => {
    const before = await db.member.findUniqueOrThrow({ where: { id: id(target) } });
    const outcome = await outcomeOf(() => change(actor, before));
    expect(outcome.code).toBe(expected);
    const after = await db.member.findUnique({ where: { id: before.id } });
    if (outcome.code !== "ok") return void expect(after).toEqual(before);
    effect(after);
    const { id: memberId, ...fields } = before;
    await db.member.upsert({ where: { id: memberId }, create: before, update: fields });
  };

export const VILLAGE_DRIVERS: Record<OpinionFn | MemberFn, Driver> = {
  listOpinions: listContains((actor, villageId) => opinionQueries.listOpinions(actor, villageId), (v) => `OP.${v}`),
  getOpinion: read(opinionQueries.getOpinion),

  async createOpinion(actor, target, expected) {
    const body = fresh("新意见");
    const outcome = await outcomeOf(() => opinionMutations.createOpinion(actor, { villageId: id(target), source: "DOOR_TO_DOOR", body }));
    expect(outcome.code).toBe(expected);
    const made = await db.opinion.findMany({ where: { body } });
    if (outcome.code !== "ok") return void expect(made).toEqual([]);
    expect(made).toMatchObject([{ villageId: id(target), status: "ACCEPTED", source: "DOOR_TO_DOOR" }]);
    await db.opinion.delete({ where: { id: made[0]!.id } });
  },

  acceptOpinion: opinionWrite(
    (actor, opinionId) => opinionMutations.acceptOpinion(actor, { id: opinionId }),
    (after) => expect(after.status).toBe("ACCEPTED"),
  ),

  setAsideOpinion: opinionWrite(
    (actor, opinionId) => opinionMutations.setAsideOpinion(actor, { id: opinionId, reason: "与别的意见重复" }),
    (after) => expect(after).toMatchObject({ status: "SET_ASIDE", setAsideReason: "与别的意见重复" }),
  ),

  listMembers: listContains(memberQueries.listMembers, (v) => `M.${v}`),
  getMember: read(memberQueries.getMember),

  async createMember(actor, target, expected) {
    const name = fresh("新党员").slice(0, 30);
    const outcome = await outcomeOf(() => memberMutations.createMember(actor, { villageId: id(target), name, skills: "养殖" }));
    expect(outcome.code).toBe(expected);
    const made = await db.member.findMany({ where: { name } });
    if (outcome.code !== "ok") return void expect(made).toEqual([]);
    expect(made).toMatchObject([{ villageId: id(target), skills: "养殖", isActive: true }]);
    await db.member.delete({ where: { id: made[0]!.id } });
  },

  updateMember: memberWrite(
    (actor, member) => memberMutations.updateMember(actor, { id: member.id, version: member.version, name: "改过的名字", skills: "运输" }),
    (after) => expect(after).toMatchObject({ name: "改过的名字", skills: "运输" }),
  ),

  setMemberActive: memberWrite(
    (actor, member) => memberMutations.setMemberActive(actor, { id: member.id, isActive: false, version: member.version }),
    (after) => expect(after).toMatchObject({ isActive: false }),
  ),

  deleteMember: memberWrite(
    (actor, member) => memberMutations.deleteMember(actor, { id: member.id }),
    (after) => expect(after).toBeNull(),
  ),
};
