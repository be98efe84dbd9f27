// The work of the crash-safety test (tests/db/crash-safety.db.test.ts): what the writer process
// (writer.ts) is given to do, made in the test's database before the writer starts. More work
// than the writer can finish before it is killed, so the kill lands in the middle of it.
import { db } from "@/lib/db";
import { formatCode, hashCode, newCodes } from "@/lib/evaluation/codes";
import { hashSecret } from "@/lib/evaluation/secret";
import { IMPORT_COLUMNS } from "@/lib/ledger/import/layout";
import { createEvaluationRound, createPledge, createVillage, type OrgTree } from "@/tests/factories";

export type CrashPlan = {
  /** "app": the app's own functions. "split-ballot": a ballot cast in two transactions, to show the check catches it. */
  mode: "app" | "split-ballot";
  actors: { reviewer: string; secretary: string; organiser: string };
  /** Submitted pledges for the township officer to approve, which publishes them. */
  publish: { id: string; version: number }[];
  /** Codes of an open round, as printed, and the round's pledges (every ballot rates them all). */
  ballots: { roundId: string; pledgeIds: string[]; codes: string[] };
  /** Roster files: each makes one village with its members and its secretary's account. */
  imports: { name: string; csv: string; village: string; townshipId: string; memberPrefix: string; members: number; secretaryPhone: string }[];
  /** New draft pledges, with ids the writer gives them. */
  drafts: { villageId: string; ids: string[] };
};

const SIZES = { publish: 150, codes: 240, imports: 40, membersPerImport: 120, drafts: 150 };

function rosterCsv(rows: string[][]): string {
  return `${rows.map((cells) => cells.map((cell) => `"${cell.replaceAll('"', '""')}"`).join(",")).join("\r\n")}\r\n`;
}

export async function makeCrashPlan(tree: OrgTree, mode: CrashPlan["mode"], run: number): Promise<CrashPlan> {
  const villageId = tree.village.id;
  const place = { townshipId: tree.township.id, countyId: tree.county.id };
  const publish: CrashPlan["publish"] = [];
  if (mode === "app") {
    for (let i = 0; i < SIZES.publish; i++) {
      const pledge = await createPledge(db, { villageId, campaignId: tree.campaignId, status: "SUBMITTED", action: `为第${i + 1}组修缮饮水点3处` }, { actorId: tree.users.villageSecretary.id });
      publish.push({ id: pledge.id, version: pledge.version });
    }
  }

  const roundVillage = await createVillage(db, place);
  const pledgeIds: string[] = [];
  for (let i = 0; i < 3; i++) {
    pledgeIds.push((await createPledge(db, { villageId: roundVillage.id, campaignId: tree.campaignId, status: i === 2 ? "PARTLY_DONE" : "DONE" })).id);
  }
  const round = await createEvaluationRound(db, { villageId: roundVillage.id, campaignId: tree.campaignId, pledgeIds });
  const codes = newCodes(SIZES.codes);
  const batch = await db.ballotBatch.create({ data: { roundId: round.id, group: "VILLAGER", count: codes.length } });
  await db.ballotCode.createMany({ data: codes.map((code) => ({ batchId: batch.id, roundId: round.id, codeHash: hashCode(code, hashSecret()) })) });

  const { name: county } = await db.county.findUniqueOrThrow({ where: { id: tree.county.id }, select: { name: true } });
  const { name: township } = await db.township.findUniqueOrThrow({ where: { id: tree.township.id }, select: { name: true } });
  const imports: CrashPlan["imports"] = [];
  if (mode === "app") {
    for (let f = 0; f < SIZES.imports; f++) {
      const village = `断电${run}村${f + 1}`;
      const memberPrefix = `断${run}-${f + 1}-`;
      const secretaryPhone = `13${String(run).padStart(2, "0")}${String(7_000_000 + f).padStart(7, "0")}`;
      const rows = [[...IMPORT_COLUMNS], ["村", county, township, village, "88", "否", "", "", ""]];
      for (let m = 0; m < SIZES.membersPerImport; m++) rows.push(["党员", county, township, village, "", "", `${memberPrefix}${m + 1}`, "", "养殖"]);
      rows.push(["书记", county, township, village, "", "", `${memberPrefix}书记`, secretaryPhone, ""]);
      imports.push({ name: `roster-${f + 1}.csv`, csv: rosterCsv(rows), village, townshipId: tree.township.id, memberPrefix, members: SIZES.membersPerImport, secretaryPhone });
    }
  }

  return {
    mode,
    actors: { reviewer: tree.users.townshipOfficer.id, secretary: tree.users.villageSecretary.id, organiser: tree.users.countyOrganiser.id },
    publish,
    ballots: { roundId: round.id, pledgeIds, codes: codes.map(formatCode) },
    imports,
    drafts: { villageId, ids: mode === "app" ? Array.from({ length: SIZES.drafts }, (_, i) => `crash${run}draft${String(i).padStart(4, "0")}`) : [] },
  };
}
