// The access matrix's rows for lib/members: a village's roster is read by everyone whose reach
// includes the village and written by its secretary only.
import { one, type Case } from "./case-table";
import { READ_V000, WRITE_V000 } from "./problem-cases";

const village = (v: string) => v;
const memberOf = (v: string) => `M.${v}`;

export const MEMBER_CASES: Case[] = [
  ...one("listMembers", "read", READ_V000(village)),
  ...one("getMember", "read", READ_V000(memberOf)),
  ...one("createMember", "write", WRITE_V000(village)),
  ...one("updateMember", "write", WRITE_V000(memberOf)),
  ...one("setMemberActive", "write", WRITE_V000(memberOf)),
  ...one("deleteMember", "write", WRITE_V000(memberOf)),
];
