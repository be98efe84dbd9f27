import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import type { Role } from "@/lib/generated/prisma/enums";
import { assignableRoles, canManageAccount, canManageCounties, canManageCountyContents } from "@/lib/org/policy";

const ROLES: Role[] = ["PREFECTURE_ORGANISER", "COUNTY_ORGANISER", "TOWNSHIP_OFFICER", "DEPARTMENT_OFFICER", "VILLAGE_SECRETARY"];

/** An actor placed the way a real account of that role is placed, in county c1. */
function actor(role: Role, userId = `user-${role}`): Actor {
  const base = { userId, name: role, role, prefectureId: "p1", countyId: null, townshipId: null, villageId: null, departmentId: null };
  switch (role) {
    case "PREFECTURE_ORGANISER":
      return base;
    case "COUNTY_ORGANISER":
      return { ...base, countyId: "c1" };
    case "TOWNSHIP_OFFICER":
      return { ...base, countyId: "c1", townshipId: "t1" };
    case "DEPARTMENT_OFFICER":
      return { ...base, countyId: "c1", departmentId: "d1" };
    case "VILLAGE_SECRETARY":
      return { ...base, countyId: "c1", townshipId: "t1", villageId: "v1" };
  }
}

describe("canManageCounties", () => {
  it.each(ROLES.map((role) => [role, role === "PREFECTURE_ORGANISER"] as const))("%s → %s", (role, allowed) => {
    expect(canManageCounties(actor(role))).toBe(allowed);
  });
});

describe("canManageCountyContents", () => {
  it("lets the prefecture organiser manage every county's townships, villages and departments", () => {
    expect(canManageCountyContents(actor("PREFECTURE_ORGANISER"), "c1")).toBe(true);
    expect(canManageCountyContents(actor("PREFECTURE_ORGANISER"), "c2")).toBe(true);
  });

  it("lets a county organiser manage its own county only", () => {
    expect(canManageCountyContents(actor("COUNTY_ORGANISER"), "c1")).toBe(true);
    expect(canManageCountyContents(actor("COUNTY_ORGANISER"), "c2")).toBe(false);
  });

  it.each(["TOWNSHIP_OFFICER", "DEPARTMENT_OFFICER", "VILLAGE_SECRETARY"] as const)("refuses a %s, even in its own county", (role) => {
    expect(canManageCountyContents(actor(role), "c1")).toBe(false);
  });
});

describe("canManageAccount", () => {
  it("never lets anyone manage their own account, not even the prefecture organiser", () => {
    for (const role of ROLES) {
      const self = actor(role);
      expect(canManageAccount(self, { id: self.userId, role, countyId: self.countyId })).toBe(false);
    }
  });

  it("lets the prefecture organiser manage any other account, another prefecture organiser included", () => {
    const organiser = actor("PREFECTURE_ORGANISER");
    for (const role of ROLES) {
      expect(canManageAccount(organiser, { id: "other", role, countyId: role === "PREFECTURE_ORGANISER" ? null : "c2" })).toBe(true);
    }
  });

  it("lets a county organiser manage accounts of its county at its own rank or below", () => {
    const organiser = actor("COUNTY_ORGANISER");
    for (const role of ["COUNTY_ORGANISER", "TOWNSHIP_OFFICER", "DEPARTMENT_OFFICER", "VILLAGE_SECRETARY"] as const) {
      expect(canManageAccount(organiser, { id: "other", role, countyId: "c1" }), role).toBe(true);
    }
  });

  it("refuses a county organiser a higher role, and any account of another county", () => {
    const organiser = actor("COUNTY_ORGANISER");
    expect(canManageAccount(organiser, { id: "other", role: "PREFECTURE_ORGANISER", countyId: "c1" })).toBe(false);
    expect(canManageAccount(organiser, { id: "other", role: "PREFECTURE_ORGANISER", countyId: null })).toBe(false);
    expect(canManageAccount(organiser, { id: "other", role: "VILLAGE_SECRETARY", countyId: "c2" })).toBe(false);
  });

  it("refuses a county organiser with no county (a broken account) everything", () => {
    const broken = { ...actor("COUNTY_ORGANISER"), countyId: null };
    expect(canManageAccount(broken, { id: "other", role: "PREFECTURE_ORGANISER", countyId: null })).toBe(false);
  });

  it.each(["TOWNSHIP_OFFICER", "DEPARTMENT_OFFICER", "VILLAGE_SECRETARY"] as const)("refuses a %s every account, even a lower one", (role) => {
    expect(canManageAccount(actor(role), { id: "other", role: "VILLAGE_SECRETARY", countyId: "c1" })).toBe(false);
  });
});

describe("assignableRoles", () => {
  it("offers the prefecture organiser every role", () => {
    expect(new Set(assignableRoles(actor("PREFECTURE_ORGANISER")))).toEqual(new Set(ROLES));
  });

  it("offers a county organiser its own rank and below, never the prefecture's", () => {
    expect(new Set(assignableRoles(actor("COUNTY_ORGANISER")))).toEqual(
      new Set(["COUNTY_ORGANISER", "TOWNSHIP_OFFICER", "DEPARTMENT_OFFICER", "VILLAGE_SECRETARY"]),
    );
  });

  it.each(["TOWNSHIP_OFFICER", "DEPARTMENT_OFFICER", "VILLAGE_SECRETARY"] as const)("offers a %s nothing", (role) => {
    expect(assignableRoles(actor(role))).toEqual([]);
  });
});
