// What the action-level db tests share (routes-actions.db.test.ts, property-actions.db.test.ts): a
// form that parses for every server action, written in the access matrix's symbols; stand-ins for
// the request-only parts of Next (the session, next/headers, next/cache) that the test files mock
// with; how an action is called and its answer read; and a fingerprint of every table, to show that
// a refused form wrote nothing.
import path from "node:path";
import { expect } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { formatCode, newCodes } from "@/lib/evaluation/codes";
import { createEvaluationRound, createPledge } from "@/tests/factories";
import { ENTRY_POINTS } from "./access-matrix/entry-points";
import { buildWorld, id } from "./access-matrix/world";

const ROOT = path.resolve(import.meta.dirname, "../..");

// ---------------------------------------------------------------------------------------------
// Stand-ins for Next's request scope (vi.mock factories of the test files call these)

export type Harness = {
  actor: Actor | null;
  address: string;
  referer: string | null;
  cookies: Map<string, string>;
  /** next/cache calls and session starts and ends, in order. */
  calls: string[];
};

export const newHarness = (): Harness => ({ actor: null, address: "203.0.113.1", referer: null, cookies: new Map(), calls: [] });

/** lib/session.ts with the actor the test chose (the real one reads next-auth's cookie inside a request). */
export const sessionModule = (h: Harness) => ({
  getActor: async () => h.actor,
  requireActor: async () => h.actor ?? Promise.reject(new Error("redirect to sign-in")),
  // Exactly lib/session.ts's own: no actor, an UNAUTHENTICATED AppError.
  actorOrThrow: async () => {
    if (!h.actor) throw new AppError("UNAUTHENTICATED");
    return h.actor;
  },
  startSession: async (user: { id: string }) => void h.calls.push(`startSession:${user.id}`),
  endSession: async () => void h.calls.push("endSession"),
});

export const nextHeadersModule = (h: Harness) => ({
  headers: async () => new Headers({ "x-forwarded-for": h.address, ...(h.referer ? { referer: h.referer } : {}) }),
  cookies: async () => ({
    get: (name: string) => (h.cookies.has(name) ? { name, value: h.cookies.get(name)! } : undefined),
    getAll: () => [...h.cookies].map(([name, value]) => ({ name, value })),
    set: (name: string, value: string) => void h.cookies.set(name, value),
    delete: (name: string) => void h.cookies.delete(name),
  }),
});

export const nextCacheModule = (h: Harness) => ({
  revalidatePath: (p: string) => void h.calls.push(`revalidatePath:${p}`),
  revalidateTag: (tag: string) => void h.calls.push(`revalidateTag:${tag}`),
  updateTag: (tag: string) => void h.calls.push(`updateTag:${tag}`),
  refresh: () => void h.calls.push("refresh"),
  unstable_cache: <T>(work: T) => work,
});

// ---------------------------------------------------------------------------------------------
// The world: the access matrix's, plus an evaluation round in V000

const extra = new Map<string, string>();
export const ref = (symbol: string) => extra.get(symbol) ?? id(symbol);

export async function buildFormWorld(): Promise<void> {
  await buildWorld();
  const pledges = [
    await createPledge(db, { villageId: id("V000"), status: "DONE", action: "为V000新建村级文化广场1处" }),
    await createPledge(db, { villageId: id("V000"), status: "PARTLY_DONE", action: "为V000硬化村道1公里" }),
  ];
  const round = await createEvaluationRound(db, { villageId: id("V000"), pledgeIds: pledges.map((p) => p.id), groups: ["VILLAGER", "MEMBER"] });
  const batch = await db.ballotBatch.create({ data: { roundId: round.id, group: "VILLAGER", count: 0 } });
  const closed = await createEvaluationRound(db, { villageId: id("V000"), pledgeIds: [pledges[0]!.id], status: "CLOSED", opensAt: new Date(Date.now() - 20 * 86_400_000) });
  // Second fixtures where two actions would use up one: a pending opinion, a submitted pledge, a finished pledge in no round.
  const opinion = await db.opinion.findUniqueOrThrow({ where: { id: id("OP.V000") } });
  const opinion2 = await db.opinion.create({ data: { villageId: opinion.villageId, campaignId: opinion.campaignId, source: "PUBLIC_BOARD", status: "PENDING", body: "第二条意见" } });
  const submitted2 = await createPledge(db, { villageId: id("V000"), status: "SUBMITTED", action: "为PLS2.V000修缮3处牲畜饮水点" });
  const unevaluated = await createPledge(db, { villageId: id("V000"), status: "DONE", action: "为V000修缮1座便民桥" });
  const symbols = {
    "R.V000": round.id, "RP.V000": pledges[0]!.id, "RP2.V000": pledges[1]!.id, "B.V000": batch.id, "RC.V000": closed.id,
    "OP2.V000": opinion2.id, "PLS2.V000": submitted2.id, "EP.V000": unevaluated.id,
  };
  for (const [symbol, value] of Object.entries(symbols)) extra.set(symbol, value);
}

/** The version a versioned row has now (a row moves on with each write), or null for an id of no such row. */
export async function currentVersion(rowId: string): Promise<number | null> {
  const where = { where: { id: rowId }, select: { version: true } } as const;
  const rows = await Promise.all([
    db.pledge.findUnique(where), db.problem.findUnique(where), db.member.findUnique(where), db.evaluationRound.findUnique(where),
    db.county.findUnique(where), db.township.findUnique(where), db.village.findUnique(where), db.department.findUnique(where),
  ]);
  return rows.find((row) => row)?.version ?? null;
}

/** Every id of the world, across scopes: what a hostile form may name instead of its own. */
export async function worldIds(): Promise<string[]> {
  const rows = await Promise.all([
    db.county.findMany({ select: { id: true } }), db.township.findMany({ select: { id: true } }), db.village.findMany({ select: { id: true } }),
    db.department.findMany({ select: { id: true } }), db.user.findMany({ select: { id: true } }), db.member.findMany({ select: { id: true } }),
    db.problem.findMany({ select: { id: true } }), db.opinion.findMany({ select: { id: true } }), db.pledge.findMany({ select: { id: true } }),
    db.evaluationRound.findMany({ select: { id: true } }), db.ballotBatch.findMany({ select: { id: true } }), db.goodPractice.findMany({ select: { id: true } }),
  ]);
  return rows.flat().map((row) => row.id);
}

// ---------------------------------------------------------------------------------------------
// A form that parses, for every server action

export type FormValue = string | string[] | Blob;
export type Form = Record<string, FormValue>;

const TEXT = {
  area: "DRINKING_WATER", action: "为村东草场修缮3处牲畜饮水点", quantity: "3", unit: "处", placeOrBeneficiaries: "村东草场",
  dueOn: "2026-10-31", responsiblePerson: "村党支部书记", verification: "群众代表验收",
};
const rosterCsv = () => new File([`${"类型,县（市）,乡（镇）,村（社）,户数,牧区,姓名,手机号,技能"}\r\n村,某县,某镇,新村,10,,,,`], "roster.csv", { type: "text/csv" });

/** Keyed as in tests/db/access-matrix/entry-points.ts. Targets are V000's (the actors' own village) unless said. */
export const FORMS: Record<string, () => Form> = {
  "lib/org/actions.ts#createCountyAction": () => ({ name: "新设县" }),
  "lib/org/actions.ts#updateCountyAction": () => ({ id: ref("C0"), version: "1", name: "改名县" }),
  "lib/org/actions.ts#createTownshipAction": () => ({ countyId: ref("C0"), name: "新设镇" }),
  "lib/org/actions.ts#updateTownshipAction": () => ({ id: ref("T00"), version: "1", name: "改名镇" }),
  "lib/org/actions.ts#createVillageAction": () => ({ townshipId: ref("T00"), name: "新设村", households: "120", isPastoral: "on", branchName: "" }),
  "lib/org/actions.ts#updateVillageAction": () => ({ id: ref("V000"), version: "1", name: "改名村", households: "120", branchName: "" }),
  "lib/org/actions.ts#createDepartmentAction": () => ({ countyId: ref("C0"), name: "新设局" }),
  "lib/org/actions.ts#updateDepartmentAction": () => ({ id: ref("D0"), version: "1", name: "改名局" }),
  "lib/org/actions.ts#setPairingAction": () => ({ departmentId: ref("D0"), villageId: ref("V001"), paired: "on" }),
  "lib/accounts/actions.ts#createAccountAction": () => ({ name: "新书记", phone: "13900000001", role: "VILLAGE_SECRETARY", placeId: ref("V001"), password: "Long-enough-1" }),
  "lib/accounts/actions.ts#resetPasswordAction": () => ({ id: ref("s.VILLAGE"), password: "Long-enough-1", confirm: "yes" }),
  "lib/accounts/actions.ts#setAccountActiveAction": () => ({ id: ref("s.VILLAGE"), isActive: "false", confirm: "yes" }),
  "lib/good-practice/actions.ts#markGoodPracticeAction": () => ({ villageId: ref("V000"), note: "承诺具体，群众看得见" }),
  "lib/good-practice/actions.ts#removeGoodPracticeAction": () => ({ id: ref("GP.V000"), confirm: "yes" }),
  "lib/members/actions.ts#createMemberAction": () => ({ villageId: ref("V000"), name: "马永福", phone: "", skills: "养殖" }),
  "lib/members/actions.ts#updateMemberAction": () => ({ id: ref("M.V000"), version: "1", name: "马永贵", phone: "", skills: "" }),
  "lib/members/actions.ts#setMemberActiveAction": () => ({ id: ref("M.V000"), isActive: "false", confirm: "yes" }),
  "lib/members/actions.ts#deleteMemberAction": () => ({ id: ref("NP.V000"), confirm: "yes" }),
  "lib/opinions/actions.ts#createOpinionAction": () => ({ villageId: ref("V000"), source: "MASS_MEETING", body: "村东饮水点冬天结冰", authorName: "", authorPhone: "" }),
  "lib/opinions/actions.ts#acceptOpinionAction": () => ({ id: ref("OP.V000") }),
  "lib/opinions/actions.ts#setAsideOpinionAction": () => ({ id: ref("OP2.V000"), reason: "与已有问题重复" }),
  "lib/problems/actions.ts#createProblemAction": () => ({ villageId: ref("V000"), title: "饮水点结冰", description: "", area: "DRINKING_WATER" }),
  "lib/problems/actions.ts#updateProblemAction": () => ({ id: ref("PR.V000"), version: "1", title: "饮水点冬季结冰", description: "", area: "DRINKING_WATER" }),
  "lib/problems/actions.ts#setFocusAction": () => ({
    id: ref("PR.V000"), version: "1", isFocus: "true", focusReason: "群众最关心", expectedResult: "冬季不断水", expectedBy: "2026-10-31", needsSupport: "on",
  }),
  "lib/problems/actions.ts#savePlanAction": () => ({ problemId: ref("FP.V000"), version: "", measures: "加装保温层", timeline: "9—10月", responsible: "村委会" }),
  "lib/pledges/actions.ts#createPledgeAction": () => ({ ...TEXT, villageId: ref("V000"), pledgerKind: "BRANCH" }),
  "lib/pledges/actions.ts#createUpwardPledgeAction": () => ({ ...TEXT, villageId: ref("V000"), problemId: ref("FP.V000") }),
  "lib/pledges/actions.ts#updatePledgeAction": () => ({ ...TEXT, id: ref("PL.V000"), version: "1" }),
  "lib/pledges/actions.ts#amendPledgeAction": () => ({ ...TEXT, id: ref("PLP.V000"), version: "1", reason: "镇里追加资金" }),
  "lib/pledges/actions.ts#submitPledgeAction": () => ({ id: ref("PL.V000"), version: "1" }),
  "lib/pledges/actions.ts#publishPledgeAction": () => ({ id: ref("PLA.V000"), version: "1" }),
  "lib/pledges/actions.ts#approvePledgeAction": () => ({ id: ref("PLS2.V000"), version: "1", overrideReason: "" }),
  "lib/pledges/actions.ts#returnPledgeAction": () => ({ id: ref("PLS.V000"), version: "1", comment: "验收方式写具体" }),
  "lib/pledges/actions.ts#addProgressAction": () => ({ pledgeId: ref("PLP.V000"), body: "已修好2处饮水点" }),
  "lib/pledges/actions.ts#closePledgeAction": () => ({ id: ref("PLP.V000"), version: "1", outcome: "NOT_DONE", explanation: "资金未到位", confirm: "yes" }),
  "lib/pledges/actions.ts#explainPledgeAction": () => ({ id: ref("PLP.V000"), version: "1", explanation: "材料延期到货" }),
  "lib/evaluation/actions.ts#openRoundAction": () => ({
    villageId: ref("V000"), pledgeIds: [ref("EP.V000")], opensAt: chinaTime(0), closesAt: chinaTime(5), groups: ["VILLAGER"],
  }),
  "lib/evaluation/actions.ts#closeRoundAction": () => ({ id: ref("R.V000"), version: "1", confirm: "yes" }),
  "lib/evaluation/actions.ts#generateCodesAction": () => ({ roundId: ref("R.V000"), group: "VILLAGER", count: "3" }),
  "lib/evaluation/actions.ts#voidBatchAction": () => ({ id: ref("B.V000"), reason: "印错了", confirm: "yes", roundId: ref("R.V000") }),
  "lib/evaluation/actions.ts#recordMemberBallotAction": () => ({ roundId: ref("R.V000"), [`rating:${ref("RP.V000")}`]: "SATISFIED", [`rating:${ref("RP2.V000")}`]: "DISSATISFIED" }),
  "lib/evaluation/actions.ts#enterFirstTallyAction": () => ({ roundId: ref("R.V000"), attendees: "40", ...counts(ref("RP.V000")), photo: new Blob(["not a photo"], { type: "image/jpeg" }) }),
  "lib/evaluation/actions.ts#enterSecondTallyAction": () => ({ roundId: ref("R.V000"), attendees: "40", ...counts(ref("RP.V000")) }),
  "lib/evaluation/actions.ts#assessPledgeAction": () => ({ roundId: ref("RC.V000"), pledgeId: ref("RP.V000"), version: "1", assessment: "FULFILLED" }),
  "lib/ledger/actions.ts#importRosterAction": () => ({ step: "check", file: rosterCsv() }),
  "lib/auth/actions.ts#signInAction": () => ({ phone: "13800000000", password: "not-the-password" }),
  "lib/auth/actions.ts#signOutAction": () => ({}),
  "app/actions/locale.ts#setLocaleAction": () => ({ locale: "en", returnTo: "/home" }),
  // A well-formed code that was never issued.
  "lib/evaluation/ballot-actions.ts#submitBallotAction": () => ({ code: formatCode(newCodes(1)[0]!), [`rating:${ref("RP.V000")}`]: "SATISFIED" }),
  "lib/opinions/public-actions.ts#submitPublicOpinionAction": () => ({ slug: "no-such-board", body: "路灯坏了三个月", authorName: "", authorPhone: "" }),
};

/** A datetime-local value in China time, `days` from now. */
function chinaTime(days: number): string {
  return new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 16);
}

function counts(pledgeId: string): Form {
  return { [`count:${pledgeId}:SATISFIED`]: "30", [`count:${pledgeId}:BASICALLY_SATISFIED`]: "6", [`count:${pledgeId}:DISSATISFIED`]: "3", [`count:${pledgeId}:UNKNOWN`]: "1" };
}

export const ACTION_KEYS = Object.keys(ENTRY_POINTS).filter((key) => key.includes("#"));

export function formData(form: Form): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(form)) {
    for (const one of Array.isArray(value) ? value : [value]) data.append(key, one);
  }
  return data;
}

// ---------------------------------------------------------------------------------------------
// Calling an action

/** What a browser sees: the state returned, or where it was redirected. Any other throw is a 500 and fails the test. */
export type Answer = { state: Record<string, unknown> | undefined } | { redirect: string };

type ActionFn = (...args: unknown[]) => Promise<unknown>;
const modules = new Map<string, Record<string, ActionFn>>();

export async function actionOf(key: string): Promise<ActionFn> {
  const [file, name] = key.split("#") as [string, string];
  if (!modules.has(file)) modules.set(file, (await import(path.join(ROOT, file))) as Record<string, ActionFn>);
  const action = modules.get(file)![name];
  if (typeof action !== "function") throw new Error(`${key} is not an exported function`);
  return action;
}

/** Calls the action as React does for a form: (previous state, form data), or (form data) for a plain form action. */
export async function callAction(key: string, argument: unknown): Promise<Answer> {
  const action = await actionOf(key);
  const args = key.endsWith("#setLocaleAction") ? [argument] : key.endsWith("#signOutAction") ? [] : [undefined, argument];
  try {
    return { state: (await action(...args)) as Record<string, unknown> | undefined };
  } catch (error) {
    const digest = (error as { digest?: unknown } | null)?.digest;
    if (typeof digest === "string" && digest.startsWith("NEXT_REDIRECT")) return { redirect: digest.split(";")[2] ?? "" };
    throw error;
  }
}

/** A refusal as the form shows it: an error state with codes only, never the catch-all UNEXPECTED. */
export function expectCleanRefusal(state: Record<string, unknown>): void {
  expect(state.status).toBe("error");
  expect(state.formError, JSON.stringify(state)).not.toBe("UNEXPECTED");
  if (state.formError !== undefined) expect(state.formError).toMatch(/^[A-Z_]+$/);
  for (const codes of Object.values((state.fieldErrors ?? {}) as Record<string, unknown>)) {
    expect(Array.isArray(codes)).toBe(true);
    for (const code of codes as unknown[]) expect(code).toMatch(/^[A-Z_]+$/);
  }
}

// ---------------------------------------------------------------------------------------------
// Nothing written

/** Tables whose rows record an attempt on purpose (the throttle's counters), not the form's data. */
const ATTEMPT_TABLES = new Set(["rate_limits", "_prisma_migrations"]);
let fingerprintSql: string | undefined;

/** A hash of every row of every table (but the throttle's): equal before and after means nothing was written. */
export async function fingerprint(): Promise<Record<string, string>> {
  if (!fingerprintSql) {
    const tables = (await db.$queryRaw<{ tablename: string }[]>`SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename`)
      .map((row) => row.tablename)
      .filter((name) => !ATTEMPT_TABLES.has(name));
    const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;
    fingerprintSql = `SELECT json_build_object(${tables
      .map((name) => `'${name}', (SELECT count(*) || ':' || md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) FROM ${quote(name)} t)`)
      .join(", ")}) AS tables`;
  }
  const [row] = await db.$queryRawUnsafe<{ tables: Record<string, string> }[]>(fingerprintSql);
  return row!.tables;
}
