// The world the matrix's symbols name (the legend in case-table.ts): two org trees and a peer
// county organiser, and the symbol → id map the cases are resolved with.
import { expect } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { createGoodPractice, createMember, createOpinion, createOrgTree, createPledge, createProblem, createUser } from "@/tests/factories";
import { actorFor } from "../helpers";
import { COUNTY, ROLE_SYMBOL } from "./case-table";

const ids = new Map<string, string>();

export function id(symbol: string): string {
  const found = ids.get(symbol);
  if (!found) throw new Error(`The matrix names "${symbol}", which the test tree does not have`);
  return found;
}

/** The symbol of an id, for reading a list result back in the table's terms. */
export function symbolOf(value: string): string | undefined {
  return new Map([...ids].map(([symbol, found]) => [found, symbol])).get(value);
}

export async function nameOf(symbol: string): Promise<string> {
  const where = { where: { id: id(symbol) }, select: { name: true } };
  const kind = symbol.replace(/^X\./, "")[0];
  const row =
    kind === "P" ? await db.prefecture.findUniqueOrThrow(where)
    : kind === "C" ? await db.county.findUniqueOrThrow(where)
    : kind === "T" ? await db.township.findUniqueOrThrow(where)
    : kind === "V" ? await db.village.findUniqueOrThrow(where)
    : await db.department.findUniqueOrThrow(where);
  return row.name;
}

/** The actor of that role at the first place of its level (u.ROLE). */
export const actorOf = (role: Role): Promise<Actor> => actorFor(id(`u.${ROLE_SYMBOL[role]}`));

/** The status each pledge symbol stands for (legend in case-table.ts). */
const PLEDGE_KINDS = { PL: "DRAFT", PLS: "SUBMITTED", PLA: "APPROVED", PLP: "PUBLISHED" } as const;

/** Upward pledges of V000 (legend in case-table.ts): by T00 (draft, submitted) and by D0 (draft). */
const UPWARD_KINDS = {
  UPT: { status: "DRAFT", pledgerKind: "TOWNSHIP" },
  UPTS: { status: "SUBMITTED", pledgerKind: "TOWNSHIP" },
  UPD: { status: "DRAFT", pledgerKind: "DEPARTMENT" },
} as const;

/** Binds a pledge symbol ("PLS.V000") to a fresh pledge of its kind: a write that used the old one up renews it. */
export async function renewPledge(symbol: string): Promise<void> {
  const [kind, ...rest] = symbol.split(".");
  const villageId = id(rest.join("."));
  const action = `为${symbol}修缮3处牲畜饮水点`;
  const upward = UPWARD_KINDS[kind as keyof typeof UPWARD_KINDS];
  const pledge = upward
    ? await createPledge(db, {
        villageId, action, status: upward.status, pledgerKind: upward.pledgerKind,
        ...(upward.pledgerKind === "TOWNSHIP" ? { pledgerTownshipId: id("T00") } : { departmentId: id("D0") }),
      })
    : await createPledge(db, { villageId, status: PLEDGE_KINDS[kind as keyof typeof PLEDGE_KINDS], action });
  ids.set(symbol, pledge.id);
}

/** Creates the world and names its places and accounts; run once, before the cases. */
export async function buildWorld(): Promise<void> {
  const tree = await createOrgTree(db);
  const other = await createOrgTree(db);
  const peer = await createUser(db, { role: COUNTY, countyId: tree.county.id, prefectureId: tree.prefectureId });

  ids.set("P", tree.prefectureId);
  tree.counties.forEach((county, c) => {
    ids.set(`C${c}`, county.id);
    ids.set(`D${c}`, county.department.id);
    county.townships.forEach((township, t) => {
      ids.set(`T${c}${t}`, township.id);
      township.villages.forEach((village, v) => ids.set(`V${c}${t}${v}`, village.id));
    });
  });
  ids.set("X.C0", other.county.id);
  ids.set("X.T00", other.township.id);
  ids.set("X.V000", other.village.id);
  ids.set("X.D0", other.department.id);
  for (const user of Object.values(tree.users)) ids.set(`u.${ROLE_SYMBOL[user.role]}`, user.id);
  for (const user of Object.values(tree.siblingUsers)) ids.set(`s.${ROLE_SYMBOL[user.role]}`, user.id);
  ids.set("peer.COUNTY", peer.id);
  ids.set("X.u.PREF", other.users.prefectureOrganiser.id);

  for (const village of ["V000", "V001", "V010", "V100", "X.V000"]) {
    const campaignId = village.startsWith("X.") ? other.campaignId : tree.campaignId;
    ids.set(`PR.${village}`, (await createProblem(db, { villageId: id(village), campaignId, title: `问题${village}` })).id);
  }
  ids.set("FP.V000", (await createProblem(db, { villageId: id("V000"), campaignId: tree.campaignId, title: "重点问题", isFocus: true })).id);
  for (const village of ["V000", "V001", "V010", "V100", "X.V000"]) {
    const campaignId = village.startsWith("X.") ? other.campaignId : tree.campaignId;
    const opinion = await createOpinion(db, { villageId: id(village), campaignId, source: "PUBLIC_BOARD", status: "PENDING", body: `意见${village}` });
    ids.set(`OP.${village}`, opinion.id);
    ids.set(`M.${village}`, (await createMember(db, { villageId: id(village), name: `党员${village}` })).id);
  }

  for (const village of ["V000", "V001", "V010", "V100", "X.V000"]) {
    for (const kind of Object.keys(PLEDGE_KINDS)) await renewPledge(`${kind}.${village}`);
    ids.set(`NP.${village}`, (await createMember(db, { villageId: id(village), name: `无承诺党员${village}` })).id);
  }
  for (const kind of Object.keys(UPWARD_KINDS)) await renewPledge(`${kind}.V000`);
  for (const village of ["V000", "V100"]) ids.set(`GP.${village}`, (await createGoodPractice(db, { villageId: id(village), note: `典型${village}` })).id);

  // The symbols mean what the legend says.
  expect(tree.counties[0].department.pairedVillageId).toBe(id("V000"));
  expect(tree.counties[1].department.pairedVillageId).toBe(id("V100"));
  expect(tree.siblingUsers.townshipOfficer).toBeDefined();
  const sibling = await db.user.findUniqueOrThrow({ where: { id: id("s.TOWNSHIP") } });
  expect(sibling.townshipId).toBe(id("T01"));
}
