import { afterEach, describe, expect, it } from "vitest";
import { PledgeStatus } from "@/lib/generated/prisma/enums";
import {
  actionsFrom, assertTransition, canTransition, CLOSED_STATUSES, isEditable, isOverdue, isPublic, needsExplanation,
  PLEDGE_STATUSES, PLEDGE_TRANSITIONS, targetOf, transitionAction, type PledgeAction, type TransitionFacts,
} from "@/lib/pledges/lifecycle";

const STATUSES = Object.values(PledgeStatus);

/** The lifecycle of the domain brief, written out independently of the table under test. */
const ALLOWED: readonly (readonly [PledgeStatus, PledgeStatus, PledgeAction])[] = [
  ["DRAFT", "SUBMITTED", "submit"],
  ["SUBMITTED", "APPROVED", "approve"],
  ["SUBMITTED", "RETURNED", "return"],
  ["RETURNED", "SUBMITTED", "submit"],
  ["APPROVED", "PUBLISHED", "publish"],
  ["PUBLISHED", "IN_PROGRESS", "start"],
  ["PUBLISHED", "PUBLISHED", "amend"],
  ["PUBLISHED", "DONE", "complete"],
  ["PUBLISHED", "PARTLY_DONE", "completePartly"],
  ["PUBLISHED", "NOT_DONE", "markNotDone"],
  ["PUBLISHED", "WITHDRAWN", "withdraw"],
  ["IN_PROGRESS", "IN_PROGRESS", "amend"],
  ["IN_PROGRESS", "DONE", "complete"],
  ["IN_PROGRESS", "PARTLY_DONE", "completePartly"],
  ["IN_PROGRESS", "NOT_DONE", "markNotDone"],
  ["IN_PROGRESS", "WITHDRAWN", "withdraw"],
];
const allowed = new Set(ALLOWED.map(([from, to]) => `${from}→${to}`));

/** Facts that satisfy every requirement, to knock out one at a time. */
const ALL_MET: TransitionFacts = {
  hasEvidence: true,
  explanation: "入冬后冻土无法施工，计划明年5月前补齐。",
  vagueFlags: ["NO_NUMBER", "FILLER"],
  overrideReason: "已与支部核实：12户名单已张榜，数量写在方案里。",
  comment: "请写明为哪几户修、修几处。",
  problemHasPlan: true,
  amendmentReason: "受益户由5户增加为6户，经村民代表会议同意。",
};

describe("the transition table", () => {
  it("covers every status of the schema", () => {
    expect([...PLEDGE_STATUSES].sort()).toEqual([...STATUSES].sort());
  });

  it.each(ALLOWED)("%s → %s by %s", (from, to, action) => {
    expect(canTransition(from, to)).toBe(true);
    expect(transitionAction(from, to)).toBe(action);
    expect(targetOf(from, action)).toBe(to);
    expect(actionsFrom(from)).toContain(action);
  });

  it("matches the lifecycle for every pair of statuses, and nothing more", () => {
    let checked = 0;
    for (const from of STATUSES) {
      for (const to of STATUSES) {
        expect(canTransition(from, to), `${from}→${to}`).toBe(allowed.has(`${from}→${to}`));
        checked++;
      }
    }
    expect(checked).toBe(100);
    const tableSize = Object.values(PLEDGE_TRANSITIONS).reduce((n, list) => n + list.length, 0);
    expect(tableSize).toBe(ALLOWED.length);
  });

  it.each([
    ["DRAFT", "PUBLISHED"], ["DRAFT", "APPROVED"], ["DRAFT", "DRAFT"], ["SUBMITTED", "PUBLISHED"], ["SUBMITTED", "DRAFT"],
    ["RETURNED", "APPROVED"], ["RETURNED", "RETURNED"], ["APPROVED", "DONE"], ["APPROVED", "WITHDRAWN"], ["APPROVED", "RETURNED"],
    ["PUBLISHED", "DRAFT"], ["PUBLISHED", "SUBMITTED"], ["IN_PROGRESS", "PUBLISHED"], ["DONE", "IN_PROGRESS"], ["DONE", "DONE"],
    ["NOT_DONE", "DONE"], ["PARTLY_DONE", "DONE"], ["WITHDRAWN", "PUBLISHED"], ["WITHDRAWN", "IN_PROGRESS"],
  ] as const)("refuses %s → %s, whatever the facts", (from, to) => {
    expect(canTransition(from, to)).toBe(false);
    expect(transitionAction(from, to)).toBeNull();
    expect(assertTransition(from, to, ALL_MET)).toEqual(["TRANSITION_NOT_ALLOWED"]);
  });

  it("ends at the outcomes", () => {
    for (const status of CLOSED_STATUSES) expect(actionsFrom(status)).toEqual([]);
    expect(targetOf("DONE", "amend")).toBeNull();
    expect(targetOf("DRAFT", "approve")).toBeNull();
  });

  it("lets every allowed transition through when all its requirements are met", () => {
    for (const [from, to] of ALLOWED) expect(assertTransition(from, to, ALL_MET), `${from}→${to}`).toEqual([]);
  });
});

describe("assertTransition: requirements", () => {
  const without = (key: keyof TransitionFacts, value: unknown = undefined): TransitionFacts => ({ ...ALL_MET, [key]: value });

  it.each(["PUBLISHED", "IN_PROGRESS"] as const)("DONE from %s requires evidence", (from) => {
    expect(assertTransition(from, "DONE", without("hasEvidence", false))).toEqual(["EVIDENCE_REQUIRED"]);
    expect(assertTransition(from, "DONE", {})).toEqual(["EVIDENCE_REQUIRED"]);
    expect(assertTransition(from, "DONE", { hasEvidence: true })).toEqual([]);
  });

  it.each([
    ["IN_PROGRESS", "PARTLY_DONE"], ["IN_PROGRESS", "NOT_DONE"], ["IN_PROGRESS", "WITHDRAWN"],
    ["PUBLISHED", "PARTLY_DONE"], ["PUBLISHED", "NOT_DONE"], ["PUBLISHED", "WITHDRAWN"],
  ] as const)("%s → %s requires a public explanation", (from, to) => {
    expect(assertTransition(from, to, without("explanation"))).toEqual(["EXPLANATION_REQUIRED"]);
    expect(assertTransition(from, to, without("explanation", null))).toEqual(["EXPLANATION_REQUIRED"]);
    expect(assertTransition(from, to, without("explanation", "  \n "))).toEqual(["EXPLANATION_REQUIRED"]);
    expect(assertTransition(from, to, { explanation: "上级项目资金未到位，未能开工。" })).toEqual([]);
  });

  it("approving a flagged pledge requires an override reason", () => {
    expect(assertTransition("SUBMITTED", "APPROVED", without("overrideReason"))).toEqual(["OVERRIDE_REASON_REQUIRED"]);
    expect(assertTransition("SUBMITTED", "APPROVED", { vagueFlags: [{ code: "NO_NUMBER" }], overrideReason: " " })).toEqual([
      "OVERRIDE_REASON_REQUIRED",
    ]);
    expect(assertTransition("SUBMITTED", "APPROVED", { vagueFlags: ["FILLER"], overrideReason: "数量在方案附表中列明" })).toEqual([]);
  });

  it("approving a clean pledge needs no override", () => {
    expect(assertTransition("SUBMITTED", "APPROVED", {})).toEqual([]);
    expect(assertTransition("SUBMITTED", "APPROVED", { vagueFlags: [] })).toEqual([]);
    expect(assertTransition("SUBMITTED", "APPROVED", { vagueFlags: null })).toEqual([]);
  });

  it("returning a pledge requires a comment", () => {
    expect(assertTransition("SUBMITTED", "RETURNED", without("comment"))).toEqual(["COMMENT_REQUIRED"]);
    expect(assertTransition("SUBMITTED", "RETURNED", { comment: "" })).toEqual(["COMMENT_REQUIRED"]);
    expect(assertTransition("SUBMITTED", "RETURNED", { comment: "承诺空泛，请写明为谁办、办几件。" })).toEqual([]);
  });

  it("publishing against a focus problem requires its plan", () => {
    expect(assertTransition("APPROVED", "PUBLISHED", { problemHasPlan: false })).toEqual(["PLAN_REQUIRED"]);
    expect(assertTransition("APPROVED", "PUBLISHED", { problemHasPlan: true })).toEqual([]);
    // A pledge that serves no focus problem (e.g. a member's own deed) has no plan to wait for.
    expect(assertTransition("APPROVED", "PUBLISHED", { problemHasPlan: null })).toEqual([]);
    expect(assertTransition("APPROVED", "PUBLISHED", {})).toEqual([]);
  });

  it.each(["PUBLISHED", "IN_PROGRESS"] as const)("amending a %s pledge requires a reason", (status) => {
    expect(assertTransition(status, status, without("amendmentReason"))).toEqual(["AMENDMENT_REASON_REQUIRED"]);
    expect(assertTransition(status, status, { amendmentReason: "  " })).toEqual(["AMENDMENT_REASON_REQUIRED"]);
    expect(assertTransition(status, status, { amendmentReason: "完工时限经镇党委同意推迟到11月15日" })).toEqual([]);
  });

  it("lets submit, resubmit and start through without facts", () => {
    expect(assertTransition("DRAFT", "SUBMITTED")).toEqual([]);
    expect(assertTransition("RETURNED", "SUBMITTED")).toEqual([]);
    expect(assertTransition("PUBLISHED", "IN_PROGRESS")).toEqual([]);
  });

  it("checks only the requirements of the change at hand", () => {
    // A pledge without evidence can still be withdrawn with a reason.
    expect(assertTransition("IN_PROGRESS", "WITHDRAWN", { hasEvidence: false, explanation: "承诺人长期外出务工，经支部会议研究撤回。" })).toEqual([]);
    // A flagged pledge can be submitted; only approval needs the override.
    expect(assertTransition("DRAFT", "SUBMITTED", { vagueFlags: ["NO_NUMBER"] })).toEqual([]);
  });
});

describe("isEditable and isPublic", () => {
  const EDITABLE: PledgeStatus[] = ["DRAFT", "RETURNED"];
  const PUBLIC: PledgeStatus[] = ["PUBLISHED", "IN_PROGRESS", "DONE", "PARTLY_DONE", "NOT_DONE", "WITHDRAWN"];

  it.each(STATUSES)("%s", (status) => {
    expect(isEditable(status)).toBe(EDITABLE.includes(status));
    expect(isPublic(status)).toBe(PUBLIC.includes(status));
  });

  it("never lets a public text be edited in place", () => {
    for (const status of STATUSES) expect(isEditable(status) && isPublic(status)).toBe(false);
  });
});

describe("isOverdue and needsExplanation, in China time", () => {
  // Prisma returns a @db.Date as midnight UTC of that day.
  const due = new Date("2026-10-31T00:00:00.000Z");
  const open = { status: "IN_PROGRESS", dueOn: due } as const;

  it.each([
    ["the due day starts (00:00 China time)", "2026-10-30T16:00:00.000Z", false],
    ["the last millisecond of the due day", "2026-10-31T15:59:59.999Z", false],
    ["midnight after the due day", "2026-10-31T16:00:00.000Z", true],
    ["still the 31st in UTC, already the 1st in China", "2026-10-31T20:00:00.000Z", true],
    ["the day before", "2026-10-29T23:00:00.000Z", false],
  ] as const)("%s", (_label, today, expected) => {
    expect(isOverdue(open, new Date(today))).toBe(expected);
  });

  it("reads a due day stored as China midnight, or as a day string, the same way", () => {
    for (const dueOn of [new Date("2026-10-31T00:00:00+08:00"), "2026-10-31"]) {
      expect(isOverdue({ status: "PUBLISHED", dueOn }, new Date("2026-10-31T15:59:59.999Z"))).toBe(false);
      expect(isOverdue({ status: "PUBLISHED", dueOn }, new Date("2026-10-31T16:00:00.000Z"))).toBe(true);
    }
    expect(isOverdue(open, "2026-10-31")).toBe(false);
    expect(isOverdue(open, "2026-11-01")).toBe(true);
  });

  const saved = process.env.TZ;
  afterEach(() => {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  });

  it("does not depend on the server's time zone", () => {
    for (const tz of ["UTC", "America/Los_Angeles", "Pacific/Kiritimati"]) {
      process.env.TZ = tz;
      expect(isOverdue(open, new Date("2026-10-31T15:59:59.999Z")), tz).toBe(false);
      expect(isOverdue(open, new Date("2026-10-31T16:00:00.000Z")), tz).toBe(true);
    }
  });

  it.each(STATUSES)("a past due date makes a %s pledge overdue unless it has an outcome", (status) => {
    const late = { status, dueOn: due };
    expect(isOverdue(late, new Date("2026-11-20T04:00:00Z"))).toBe(!CLOSED_STATUSES.includes(status));
  });

  it("has nothing to be late for without a due date", () => {
    expect(isOverdue({ status: "DRAFT", dueOn: null }, new Date("2030-01-01T00:00:00Z"))).toBe(false);
  });

  it("needs an explanation while overdue and unexplained", () => {
    const after = new Date("2026-11-02T02:00:00Z");
    expect(needsExplanation({ ...open, explanation: null }, after)).toBe(true);
    expect(needsExplanation({ ...open, explanation: "  " }, after)).toBe(true);
    expect(needsExplanation({ ...open, explanation: "施工队入冬停工，镇党委同意推迟到明年5月。" }, after)).toBe(false);
    expect(needsExplanation({ ...open, explanation: null }, new Date("2026-10-31T08:00:00Z"))).toBe(false);
    expect(needsExplanation({ status: "NOT_DONE", dueOn: due, explanation: null }, after)).toBe(false);
  });
});
