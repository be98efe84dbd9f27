import { describe, expect, it } from "vitest";
import { ZPledgeDraftInput, ZProgressInput } from "@/lib/pledges/schemas";

// What the pledge form shows under each field: the schema's message codes.
const valid = {
  villageId: "v1",
  pledgerKind: "BRANCH",
  area: "DRINKING_WATER",
  action: "为全村12户缺水户修建水窖12口",
  quantity: "12",
  unit: "口",
  placeOrBeneficiaries: "全村12户缺水户",
  dueOn: "2026-10-31",
  responsiblePerson: "村委会主任",
  verification: "村委会验收",
};

const issues = (input: Record<string, unknown>) =>
  (ZPledgeDraftInput.safeParse({ ...valid, ...input }).error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]);

describe("pledge inputs", () => {
  it("accept a concrete pledge and a draft that the vagueness check will flag", () => {
    expect(issues({})).toEqual([]);
    expect(issues({ quantity: "", unit: "", placeOrBeneficiaries: "", responsiblePerson: "", verification: "" })).toEqual([]);
    expect(ZPledgeDraftInput.parse({ ...valid, quantity: "", problemId: "" })).toMatchObject({ quantity: undefined, problemId: undefined });
  });

  it("answer each bad field with one code", () => {
    expect(issues({ quantity: "很多" })).toEqual([["quantity", "NUMBER"]]);
    expect(issues({ quantity: "0" })).toEqual([["quantity", "NUMBER"]]);
    expect(issues({ quantity: "1.234" })).toEqual([["quantity", "NUMBER"]]);
    expect(issues({ dueOn: "" })).toEqual([["dueOn", "REQUIRED"]]);
    expect(issues({ dueOn: "2026-02-30" })).toEqual([["dueOn", "DATE"]]);
    expect(issues({ dueOn: "10月底" })).toEqual([["dueOn", "DATE"]]);
    expect(issues({ action: " " })).toEqual([["action", "REQUIRED"]]);
    expect(issues({ action: "修".repeat(501) })).toEqual([["action", "TOO_LONG"]]);
    expect(issues({ area: "" })).toEqual([["area", "REQUIRED"]]);
    expect(issues({ pledgerKind: "MEMBER" })).toEqual([["memberId", "REQUIRED"]]);
  });

  it("drop a form's empty file input and accept real files", () => {
    const empty = new File([], "undefined");
    const photo = new File([new Uint8Array([0xff, 0xd8])], "a.jpg");
    expect(ZProgressInput.parse({ pledgeId: "p1", body: "进展", files: [empty] }).files).toEqual([]);
    expect(ZProgressInput.parse({ pledgeId: "p1", body: "进展", files: photo, keepLocation: "on" })).toMatchObject({ files: [photo], keepLocation: true });
  });
});
