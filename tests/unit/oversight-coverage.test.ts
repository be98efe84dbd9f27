import { describe, expect, it } from "vitest";
import { hasGap, parseSort, parseUnitParam, rollUp, sortRows, type VillageFigures } from "@/lib/oversight/coverage";

const village = (over: Partial<VillageFigures>): VillageFigures => ({
  villageId: "v", townshipId: "t1", countyId: "c", households: 100, focusProblems: 0, unplannedFocus: 0, branchPledges: 0, members: 0,
  membersPledged: 0, vague: 0, overdue: 0, dueSoon: 0, hasPastDue: false, evaluated: false, satisfied: 0, basicallySatisfied: 0, dissatisfied: 0, anomalies: 0,
  ...over,
});

describe("coverage roll-up", () => {
  const children = [{ id: "t1", name: "乙镇" }, { id: "t2", name: "甲镇" }, { id: "t3", name: "空镇" }];
  const { rows, total } = rollUp(children, [
    village({ villageId: "a", focusProblems: 2, unplannedFocus: 1, members: 5, membersPledged: 3, satisfied: 6, basicallySatisfied: 2, dissatisfied: 2, hasPastDue: true }),
    village({ villageId: "b", focusProblems: 1, branchPledges: 2, members: 4, membersPledged: 4, evaluated: true, hasPastDue: true, overdue: 2 }),
    village({ villageId: "c", townshipId: "t2", anomalies: 1, satisfied: 20 }),
  ], (v) => v.townshipId);

  it("counts villages, members and votes per child unit and in total, listing empty units too", () => {
    expect(rows.map((row) => row.id)).toEqual(["t1", "t2", "t3"]);
    expect(rows[0]).toMatchObject({ villages: 2, withFocus: 2, withPlan: 1, withBranchPledge: 1, members: 9, membersPledged: 7, evaluated: 1, evaluationMissing: 1, overdue: 2, satisfaction: 0.8 });
    expect(rows[2]).toMatchObject({ villages: 0, satisfaction: null });
    expect(total).toMatchObject({ villages: 3, rated: 30, satisfiedOrBasically: 28, anomalies: 1 });
  });

  it("sorts by share or count, and keeps only rows with the chosen gap", () => {
    expect(sortRows(rows, "overdue", "desc").map((row) => row.id)[0]).toBe("t1");
    expect(sortRows(rows, "satisfaction", "desc").map((row) => row.id)).toEqual(["t2", "t1", "t3"]);
    expect(rows.filter((row) => hasGap(row, "noFocus")).map((row) => row.id)).toEqual(["t2"]);
    expect(parseSort("nonsense", "desc")).toEqual({ column: "name", dir: "desc" });
  });

  it("reads only well-formed unit parameters", () => {
    expect(parseUnitParam("township:abc123")).toEqual({ level: "township", id: "abc123" });
    expect(parseUnitParam("prefecture:abc")).toBeNull();
    expect(parseUnitParam("village:a'b")).toBeNull();
  });
});
