// The access matrix's rows for lib/opinions: a village's opinions are read by everyone whose reach
// includes the village and written (recorded, accepted, set aside) by its secretary only. The
// public submission from the board has no actor: tests/db/opinions.db.test.ts covers it.
import { one, type Case } from "./case-table";
import { READ_V000, WRITE_V000 } from "./problem-cases";

const village = (v: string) => v;
const opinionOf = (v: string) => `OP.${v}`;

export const OPINION_CASES: Case[] = [
  ...one("listOpinions", "read", READ_V000(village)),
  ...one("getOpinion", "read", READ_V000(opinionOf)),
  ...one("createOpinion", "write", WRITE_V000(village)),
  ...one("acceptOpinion", "write", WRITE_V000(opinionOf)),
  ...one("setAsideOpinion", "write", WRITE_V000(opinionOf)),
];
