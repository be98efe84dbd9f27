// Voters and secretaries: each connection is one person going through the forms in a loop, as a
// phone without JavaScript posts them, for as long as the load lasts. A voter opens the ballot of
// the next unused code from the slip's QR code (from a new address) and submits it; a secretary
// saves a new draft pledge and then edits it twice. Every write answered as saved is remembered,
// so that it can be looked for in the database afterwards.
import { randomUUID } from "node:crypto";
import { multipart } from "../lib/bench-forms";
import { voterAddress } from "./addresses";
import { TIMEOUT_SECONDS } from "./readers";
import type { Kind, Recorder } from "./stats";

type Answer = { status: number; location: string; body: string };

/** One request timed from sending to the last byte of the answer (or to giving up); null unless it was the expected answer. */
async function timed(recorder: Recorder, kind: Kind, url: string, init: RequestInit, check: (answer: Answer) => string | undefined): Promise<Answer | null> {
  const started = performance.now();
  try {
    const response = await fetch(url, { ...init, redirect: "manual", signal: AbortSignal.timeout(TIMEOUT_SECONDS * 1000) });
    const answer = { status: response.status, location: response.headers.get("location") ?? "", body: await response.text() };
    const problem = check(answer);
    recorder.ended(kind, performance.now() - started, problem);
    return problem ? null : answer;
  } catch (error) {
    recorder.ended(kind, performance.now() - started, error instanceof Error ? `${error.name}: ${error.message}` : String(error));
    return null;
  }
}

const unexpected = (answer: Answer) => `answered ${answer.status}${answer.location ? ` → ${answer.location}` : ""}: ${answer.body.replace(/\s+/g, " ").slice(0, 160)}`;

export type VoterPlan = { base: string; codes: string[]; fields: [string, string][]; ratings: [string, string][] };
export type VoterOutcome = { counted: number; codesUsed: number; ranOutAfterMs: number | null };

/** `connections` voters until the deadline or until the codes run out. */
export async function runVoters(plan: VoterPlan, connections: number, seconds: number, recorder: Recorder): Promise<VoterOutcome> {
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const outcome: VoterOutcome = { counted: 0, codesUsed: 0, ranOutAfterMs: null };
  const voter = async () => {
    while (performance.now() < deadline) {
      const code = plan.codes[outcome.codesUsed];
      if (!code) {
        outcome.ranOutAfterMs ??= performance.now() - started;
        return;
      }
      outcome.codesUsed += 1;
      const url = `${plan.base}/ballot?code=${encodeURIComponent(code)}`;
      const address = voterAddress();
      const opened = await timed(recorder, "ballotOpen", url, { headers: { "x-forwarded-for": address } }, (answer) =>
        answer.status === 200 && answer.body.includes('name="rating:') ? undefined : unexpected(answer),
      );
      if (!opened) continue;
      const { body, contentType } = multipart([...plan.fields, ["code", code], ...plan.ratings]);
      const counted = await timed(
        recorder,
        "ballotSubmit",
        url,
        { method: "POST", headers: { "content-type": contentType, origin: plan.base, "x-forwarded-for": address }, body },
        // A counted ballot is sent on (303) to the thank-you page; a refusal is the ballot page again.
        (answer) => (answer.status === 303 && answer.location.includes("/ballot/done") ? undefined : unexpected(answer)),
      );
      if (counted) outcome.counted += 1;
    }
  };
  await Promise.all(Array.from({ length: connections }, voter));
  return outcome;
}

export type Secretary = { cookie: string; villageId: string };
export type SecretaryPlan = {
  base: string;
  secretaries: Secretary[];
  createFields: [string, string][];
  editFields: [string, string][];
  /** A day inside the current campaign, YYYY-MM-DD. */
  dueOn: string;
};
/** Pledge id → edits answered as saved, for every draft whose creation was answered as saved. */
export type SecretaryOutcome = { saved: Map<string, number>; attempted: string[] };

function pledgeText(n: number, edit: number): [string, string][] {
  return [
    ["area", "DRINKING_WATER"],
    ["action", `为第${n}组缺水户修建水窖${3 + edit}口`],
    ["quantity", String(3 + edit)],
    ["unit", "口"],
    ["placeOrBeneficiaries", `第${n}组缺水户`],
    ["responsiblePerson", "村党支部书记"],
    ["verification", "现场查看水窖并拍照，村务公开栏公示"],
  ];
}

/** `connections` secretaries (the village secretaries in turn, each in their own village) until the deadline. */
export async function runSecretaries(plan: SecretaryPlan, connections: number, seconds: number, recorder: Recorder): Promise<SecretaryOutcome> {
  const deadline = performance.now() + seconds * 1000;
  const outcome: SecretaryOutcome = { saved: new Map(), attempted: [] };
  let drafts = 0;
  const secretary = async (who: Secretary) => {
    const post = (kind: Kind, path: string, fields: [string, string][], expect: (location: string) => boolean) => {
      const { body, contentType } = multipart(fields);
      return timed(recorder, kind, `${plan.base}${path}`, { method: "POST", headers: { cookie: who.cookie, origin: plan.base, "content-type": contentType }, body }, (answer) =>
        answer.status === 303 && expect(answer.location) ? undefined : unexpected(answer),
      );
    };
    while (performance.now() < deadline) {
      const n = ++drafts;
      // The form's own id: a retried submit of the same form creates nothing twice.
      const id = randomUUID();
      outcome.attempted.push(id);
      const fields: [string, string][] = [["id", id], ["villageId", who.villageId], ["pledgerKind", "BRANCH"], ["memberId", ""], ["problemId", ""], ["dueOn", plan.dueOn], ...pledgeText(n, 0)];
      const created = await post("pledgeCreate", "/village/pledges/new", [...plan.createFields, ...fields], (location) => location.includes(`/village/pledges/${id}`));
      if (!created) continue;
      outcome.saved.set(id, 0);
      for (let edit = 1; edit <= 2 && performance.now() < deadline; edit++) {
        const version = 1 + outcome.saved.get(id)!;
        const editFields: [string, string][] = [["id", id], ["version", String(version)], ["memberId", ""], ["problemId", ""], ["dueOn", plan.dueOn], ...pledgeText(n, edit)];
        const edited = await post("pledgeEdit", `/village/pledges/${id}/edit`, [...plan.editFields, ...editFields], (location) => location.includes(`/village/pledges/${id}`));
        if (!edited) break;
        outcome.saved.set(id, version);
      }
    }
  };
  await Promise.all(Array.from({ length: connections }, (_, i) => secretary(plan.secretaries[i % plan.secretaries.length]!)));
  return outcome;
}
