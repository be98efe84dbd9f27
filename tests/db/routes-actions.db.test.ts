// The server actions as a visitor with no session meets them (the anonymous column of
// tests/db/access-matrix/entry-points.ts): every signed-in action, given a form that parses, answers
// UNAUTHENTICATED before it reads or writes anything; the public ones do what their entry says.
// Their answers per role are the matrix rows of the data-layer functions they call (the unit test
// tests/unit/entry-points.test.ts holds each action to calling exactly those); one allowed call per
// action below checks that the action hands its form to that function at all.
//
// Next's request scope (the session cookie, headers, the cache) exists only inside a request: the
// harness in property-forms.ts stands in for it. The database is real.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { isPublic, ENTRY_POINTS } from "./access-matrix/entry-points";
import type { Role } from "@/lib/generated/prisma/enums";
import { COUNTY, PREF, TOWNSHIP, VILLAGE } from "./access-matrix/case-table";
import { actorOf, id } from "./access-matrix/world";
import { tallySheetPhoto } from "./evaluation-fixtures";
import { ACTION_KEYS, FORMS, buildFormWorld, callAction, currentVersion, expectCleanRefusal, fingerprint, formData, newHarness, ref, type Answer } from "./property-forms";

const h = vi.hoisted(() => ({ current: { actor: null, address: "203.0.113.1", referer: null, cookies: new Map(), calls: [] } as import("./property-forms").Harness }));
vi.mock("@/lib/session", async () => (await import("./property-forms")).sessionModule(h.current));
vi.mock("next/headers", async () => (await import("./property-forms")).nextHeadersModule(h.current));
vi.mock("next/cache", async () => (await import("./property-forms")).nextCacheModule(h.current));

const SIGNED_IN = ACTION_KEYS.filter((key) => !isPublic(ENTRY_POINTS[key]!));
const stateOf = (answer: Answer) => ("state" in answer ? (answer.state ?? {}) : { redirect: answer.redirect });

beforeAll(buildFormWorld);
beforeEach(() => {
  Object.assign(h.current, newHarness());
});
afterAll(() => console.info(`routes-actions: ${ACTION_KEYS.length} server actions (${SIGNED_IN.length} signed-in refused to an anonymous visitor)`));

describe("server actions, for a visitor with no session", () => {
  it("has a form for every server action the entry map lists", () => {
    expect(Object.keys(FORMS).sort()).toEqual([...ACTION_KEYS].sort());
  });

  it.each(SIGNED_IN)("%s → UNAUTHENTICATED, nothing written", async (key) => {
    const before = await fingerprint();
    const answer = await callAction(key, formData(FORMS[key]!()));
    expect(stateOf(answer)).toMatchObject({ status: "error", formError: "UNAUTHENTICATED" });
    expect(await fingerprint()).toEqual(before);
    expect(h.current.calls).toEqual([]); // nothing revalidated: nothing changed
  });

  it("signs in with the right password only, with the same answer for an unknown phone", async () => {
    const user = await db.user.findUniqueOrThrow({ where: { id: id("u.VILLAGE") } });
    const wrong = await callAction("lib/auth/actions.ts#signInAction", formData({ phone: user.phone, password: "not-the-password" }));
    const unknown = await callAction("lib/auth/actions.ts#signInAction", formData({ phone: "13999999999", password: "not-the-password" }));
    expect(stateOf(wrong)).toMatchObject({ status: "error", formError: "INVALID_CREDENTIALS" });
    const words = ({ status, formError, fieldErrors }: Record<string, unknown>) => ({ status, formError, fieldErrors });
    expect(words(stateOf(unknown))).toEqual(words(stateOf(wrong)));
    expect(h.current.calls).toEqual([]);
    const right = await callAction("lib/auth/actions.ts#signInAction", formData({ phone: user.phone, password: "Test@Pledge2026" }));
    expect(right).toEqual({ redirect: "/home" });
    expect(h.current.calls).toEqual([`startSession:${user.id}`]);
  });

  it("signs out by ending only the caller's own session", async () => {
    expect(await callAction("lib/auth/actions.ts#signOutAction", undefined)).toEqual({ redirect: "/sign-in?signedOut=1" });
    expect(h.current.calls).toEqual(["endSession"]);
  });

  it("sets the language cookie and sends back to a path of this site, never another host", async () => {
    h.current.referer = "https://evil.example/steal?x=1";
    expect(await callAction("app/actions/locale.ts#setLocaleAction", formData({ locale: "en", returnTo: "//evil.example" }))).toEqual({ redirect: "/steal?x=1" });
    expect(h.current.cookies.get("NEXT_LOCALE")).toBe("en");
    h.current.referer = null;
    expect(await callAction("app/actions/locale.ts#setLocaleAction", formData({ locale: "zh-CN", returnTo: "/\\evil.example" }))).toEqual({ state: undefined });
    expect(h.current.cookies.get("NEXT_LOCALE")).toBe("zh-CN");
    expect(await callAction("app/actions/locale.ts#setLocaleAction", formData({ locale: "<script>", returnTo: "/home" }))).toEqual({ state: undefined });
    expect(h.current.cookies.get("NEXT_LOCALE")).toBe("zh-CN");
  });

  it("refuses a ballot with an unknown code, counting nothing", async () => {
    const before = await fingerprint();
    const answer = stateOf(await callAction("lib/evaluation/ballot-actions.ts#submitBallotAction", formData(FORMS["lib/evaluation/ballot-actions.ts#submitBallotAction"]!())));
    expectCleanRefusal(answer);
    expect(answer).toMatchObject({ fieldErrors: { code: ["CODE_UNKNOWN"] } });
    expect(await fingerprint()).toEqual(before);
  });

  it("keeps a public opinion PENDING for the board's village, and refuses an unknown board", async () => {
    const slug = (await db.village.findUniqueOrThrow({ where: { id: id("V000") } })).slug;
    const body = "<script>alert(1)</script>路灯坏了";
    const before = await fingerprint();
    expect(stateOf(await callAction("lib/opinions/public-actions.ts#submitPublicOpinionAction", formData({ slug: "no-such-board", body })))).toMatchObject({ status: "error", formError: "NOT_FOUND" });
    expect(await fingerprint()).toEqual(before);
    expect(stateOf(await callAction("lib/opinions/public-actions.ts#submitPublicOpinionAction", formData({ slug, body })))).toMatchObject({ status: "success", message: "received" });
    expect(await db.opinion.findMany({ where: { body }, select: { villageId: true, status: true, source: true } })).toEqual([
      { villageId: id("V000"), status: "PENDING", source: "PUBLIC_BOARD" },
    ]);
  });
});

describe("server actions, for crafted requests", () => {
  it("refuse a NUL byte in a field as INVALID (PostgreSQL cannot store one), writing nothing", async () => {
    h.current.actor = await actorOf(VILLAGE);
    const before = await fingerprint();
    const answer = stateOf(await callAction("lib/pledges/actions.ts#explainPledgeAction", formData({ id: `${ref("PLP.V000")}\u0000`, version: "1", explanation: "说明" })));
    expect(answer).toMatchObject({ status: "error", fieldErrors: { id: ["INVALID"] } });
    expect(await fingerprint()).toEqual(before);
  });

  it("refuse something other than a form (a plain object, a Map) as INVALID, not a 500", async () => {
    h.current.actor = await actorOf(VILLAGE);
    const form = FORMS["lib/members/actions.ts#setMemberActiveAction"]!();
    for (const argument of [form, new Map(Object.entries(form)), null]) {
      expect(stateOf(await callAction("lib/members/actions.ts#setMemberActiveAction", argument))).toMatchObject({ status: "error", formError: "INVALID" });
    }
  });
});

describe("server actions, for the role that may", () => {
  // One allowed call per signed-in action (its own scope, the matrix's "ok" row): the action hands
  // the form it was given to its data-layer function, and something is written. In this order,
  // since some steps use up what the next one needs (a pledge is submitted, then reviewed).
  const ALLOWED: [string, string][] = [
    [COUNTY, "lib/org/actions.ts#updateTownshipAction"],
    [PREF, "lib/org/actions.ts#createCountyAction"],
    [COUNTY, "lib/org/actions.ts#createTownshipAction"],
    [COUNTY, "lib/org/actions.ts#createVillageAction"],
    [COUNTY, "lib/org/actions.ts#updateVillageAction"],
    [COUNTY, "lib/org/actions.ts#createDepartmentAction"],
    [COUNTY, "lib/org/actions.ts#updateDepartmentAction"],
    [COUNTY, "lib/org/actions.ts#setPairingAction"],
    [PREF, "lib/org/actions.ts#updateCountyAction"],
    [COUNTY, "lib/accounts/actions.ts#createAccountAction"],
    [COUNTY, "lib/accounts/actions.ts#resetPasswordAction"],
    [COUNTY, "lib/accounts/actions.ts#setAccountActiveAction"],
    [COUNTY, "lib/good-practice/actions.ts#markGoodPracticeAction"],
    [COUNTY, "lib/good-practice/actions.ts#removeGoodPracticeAction"],
    [VILLAGE, "lib/members/actions.ts#createMemberAction"],
    [VILLAGE, "lib/members/actions.ts#updateMemberAction"],
    [VILLAGE, "lib/members/actions.ts#setMemberActiveAction"],
    [VILLAGE, "lib/members/actions.ts#deleteMemberAction"],
    [VILLAGE, "lib/opinions/actions.ts#createOpinionAction"],
    [VILLAGE, "lib/opinions/actions.ts#acceptOpinionAction"],
    [VILLAGE, "lib/opinions/actions.ts#setAsideOpinionAction"],
    [VILLAGE, "lib/problems/actions.ts#createProblemAction"],
    [VILLAGE, "lib/problems/actions.ts#updateProblemAction"],
    [VILLAGE, "lib/problems/actions.ts#setFocusAction"],
    [VILLAGE, "lib/problems/actions.ts#savePlanAction"],
    [VILLAGE, "lib/pledges/actions.ts#createPledgeAction"],
    [TOWNSHIP, "lib/pledges/actions.ts#createUpwardPledgeAction"],
    [VILLAGE, "lib/pledges/actions.ts#updatePledgeAction"],
    [VILLAGE, "lib/pledges/actions.ts#submitPledgeAction"],
    [TOWNSHIP, "lib/pledges/actions.ts#returnPledgeAction"],
    [TOWNSHIP, "lib/pledges/actions.ts#approvePledgeAction"],
    [VILLAGE, "lib/pledges/actions.ts#publishPledgeAction"],
    [VILLAGE, "lib/pledges/actions.ts#amendPledgeAction"],
    [VILLAGE, "lib/pledges/actions.ts#addProgressAction"],
    [VILLAGE, "lib/pledges/actions.ts#explainPledgeAction"],
    [VILLAGE, "lib/pledges/actions.ts#closePledgeAction"],
    [VILLAGE, "lib/evaluation/actions.ts#generateCodesAction"],
    [VILLAGE, "lib/evaluation/actions.ts#recordMemberBallotAction"],
    [TOWNSHIP, "lib/evaluation/actions.ts#voidBatchAction"],
    [VILLAGE, "lib/evaluation/actions.ts#enterFirstTallyAction"],
    [TOWNSHIP, "lib/evaluation/actions.ts#enterSecondTallyAction"],
    [VILLAGE, "lib/evaluation/actions.ts#closeRoundAction"],
    [VILLAGE, "lib/evaluation/actions.ts#openRoundAction"],
    [VILLAGE, "lib/evaluation/actions.ts#assessPledgeAction"],
    [COUNTY, "lib/ledger/actions.ts#importRosterAction"],
  ];

  it("has one for every signed-in action", () => {
    expect(ALLOWED.map(([, key]) => key).sort()).toEqual([...SIGNED_IN].sort());
  });

  it.each(ALLOWED)("%s · %s → done", async (role, key) => {
    h.current.actor = await actorOf(role as Role);
    const form = FORMS[key]!();
    // A row moves on with each write: name the version it has now.
    const versioned = String(form.pledgeId && key.endsWith("#assessPledgeAction") ? form.pledgeId : form.id ?? "");
    const version = form.version ? await currentVersion(versioned) : null;
    if (version) form.version = String(version);
    if (key.endsWith("#enterFirstTallyAction")) form.photo = await tallySheetPhoto();
    const before = await fingerprint();
    const answer = stateOf(await callAction(key, formData(form)));
    expect(answer, JSON.stringify(answer)).toSatisfy((state: Record<string, unknown>) => Boolean(state.redirect) || ["success", "checked"].includes(state.status as string));
    if (key.endsWith("#importRosterAction")) expect(answer).toMatchObject({ status: "checked" }); // a dry run: it writes nothing
    else expect(await fingerprint()).not.toEqual(before);
  });
});
