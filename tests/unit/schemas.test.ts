import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { ZPhone, ZSignInInput } from "@/lib/auth/schemas";
import { ZVillageInput } from "@/lib/org/schemas";
import { ZCheckbox } from "@/lib/schemas";

/** The message codes a form would show for `raw`, by field. */
function codes(schema: z.ZodType, raw: unknown): Record<string, string[]> {
  const result = schema.safeParse(raw);
  if (result.success) return {};
  const byField: Record<string, string[]> = {};
  for (const issue of result.error.issues) (byField[String(issue.path[0] ?? "")] ??= []).push(issue.message);
  return byField;
}

describe("ZPhone", () => {
  it("accepts a mobile number typed with spaces or dashes, and stores the digits", () => {
    expect(ZPhone.parse("139 0000 0001")).toBe("13900000001");
    expect(ZPhone.parse("139-0000-0001")).toBe("13900000001");
    expect(ZPhone.parse("13900000001")).toBe("13900000001");
  });

  it.each(["12345", "23900000001", "1390000000", "139000000012", "139000o0001", ""])("rejects %j as PHONE_FORMAT", (raw) => {
    expect(codes(ZPhone, raw)).toEqual({ "": ["PHONE_FORMAT"] });
  });
});

describe("ZSignInInput", () => {
  it("accepts a phone and a password", () => {
    expect(ZSignInInput.parse({ phone: "139 0000 0001", password: "secret" })).toEqual({ phone: "13900000001", password: "secret" });
  });

  it("rejects an empty password with PASSWORD_REQUIRED", () => {
    expect(codes(ZSignInInput, { phone: "13900000001", password: "" })).toEqual({ password: ["PASSWORD_REQUIRED"] });
  });

  it("rejects a 10 MB password with PASSWORD_TOO_LONG, before anything hashes it", () => {
    const huge = "x".repeat(10 * 1024 * 1024);
    expect(codes(ZSignInInput, { phone: "13900000001", password: huge })).toEqual({ password: ["PASSWORD_TOO_LONG"] });
  });

  it("accepts a 128-character password and refuses 129", () => {
    expect(ZSignInInput.safeParse({ phone: "13900000001", password: "x".repeat(128) }).success).toBe(true);
    expect(codes(ZSignInInput, { phone: "13900000001", password: "x".repeat(129) })).toEqual({ password: ["PASSWORD_TOO_LONG"] });
  });

  it("rejects a malformed phone under the phone field", () => {
    expect(codes(ZSignInInput, { phone: "12345", password: "secret" })).toEqual({ phone: ["PHONE_FORMAT"] });
  });
});

describe("ZVillageInput households", () => {
  const village = (households: unknown) => ({ townshipId: "t1", name: "希望村", households });

  it.each([
    ["1", 1],
    ["100000", 100000],
    [250, 250],
  ])("accepts %j", (raw, parsed) => {
    expect(ZVillageInput.parse(village(raw)).households).toBe(parsed);
  });

  it.each([
    ["0", "TOO_SMALL"],
    ["-3", "TOO_SMALL"],
    ["100001", "TOO_LARGE"],
    ["12.5", "WHOLE_NUMBER"],
    ["many", "NUMBER"],
  ])("rejects %j with %s", (raw, code) => {
    expect(codes(ZVillageInput, village(raw))).toEqual({ households: [code] });
  });

  it("leaves an omitted branch name empty, for the data layer to name the branch after the village", () => {
    expect(ZVillageInput.parse(village("120")).branchName).toBe("");
  });
});

describe("ZCheckbox", () => {
  it.each([
    ["on", true],
    ["true", true],
    [true, true],
    [undefined, false],
    ["", false],
    ["off", false],
    ["false", false],
    [false, false],
  ])("%j → %s", (raw, checked) => {
    expect(ZCheckbox.parse(raw)).toBe(checked);
  });
});
