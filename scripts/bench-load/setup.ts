// Everything the load needs, read from the demo database and the app's own pages before it starts:
// the pages villagers read, fresh ballot codes from the generate form, the secretaries' sessions and
// the action fields of the forms they post. Each form is posted once first, checked, so the run
// measures a warm server and stops early when a form has changed shape.
import { randomUUID } from "node:crypto";
import type pg from "pg";
import { PUBLIC_STATUSES } from "@/lib/public/fields";
import { ballotRatings, generateCodes, prepareRound } from "../lib/bench-ballots";
import { actionFields, multipart, sessionCookie } from "../lib/bench-forms";
import { readerAddress } from "./addresses";
import type { Secretary, SecretaryPlan, VoterPlan } from "./writers";

export type ReaderPages = { boards: string[]; pledges: string[]; boardJson: string[] };

export async function readerPages(client: pg.Client): Promise<ReaderPages> {
  const { rows: villages } = await client.query(`SELECT slug FROM "Village" ORDER BY slug`);
  const { rows: pledges } = await client.query(
    `SELECT v.slug, p.id FROM "Pledge" p JOIN "Village" v ON v.id = p."villageId" WHERE p.status::text = ANY($1) ORDER BY p.id`,
    [[...PUBLIC_STATUSES]],
  );
  return {
    boards: villages.map((v: { slug: string }) => `/v/${v.slug}`),
    pledges: pledges.map((p: { slug: string; id: string }) => `/v/${p.slug}/p/${p.id}`),
    boardJson: villages.map((v: { slug: string }) => `/v/${v.slug}/board.json`),
  };
}

const CODES_PER_SHEET = 500;

/** Fresh villager codes of the demo round (whole sheets of 500, at least `wanted`), plus one for the warm-up. */
export async function voterPlan(base: string, client: pg.Client, secret: string, wanted: number): Promise<VoterPlan & { roundId: string; sheetSeconds: number[] }> {
  const sheets = Math.ceil((wanted + 1) / CODES_PER_SHEET);
  const { roundId, secretary, pledgeIds } = await prepareRound(client, sheets * CODES_PER_SHEET);
  const cookie = await sessionCookie(secretary, secret);
  const { codes, sheets: times } = await generateCodes(base, cookie, roundId, sheets, CODES_PER_SHEET);
  const page = await (await fetch(`${base}/ballot?code=${codes[0]}`, { headers: { "x-forwarded-for": "192.0.2.1" } })).text();
  return { base, roundId, codes, fields: actionFields(page, 'name="code"'), ratings: ballotRatings(pledgeIds), sheetSeconds: times.map((t) => t.ms / 1000) };
}

/** Every active village secretary (one per county in the demo) with a session, and the forms they post, each posted once. */
export async function secretaryPlan(base: string, client: pg.Client, secret: string): Promise<SecretaryPlan> {
  const { rows } = await client.query(`SELECT id, "sessionVersion", "villageId" FROM "User" WHERE role = 'VILLAGE_SECRETARY' AND "isActive" AND "villageId" IS NOT NULL ORDER BY phone`);
  if (rows.length === 0) throw new Error("The demo has no village secretary");
  const secretaries: Secretary[] = await Promise.all(rows.map(async (row: { id: string; sessionVersion: number; villageId: string }) => ({ cookie: await sessionCookie(row, secret), villageId: row.villageId })));
  const { rows: [campaign] } = await client.query(`SELECT to_char("endsOn", 'YYYY-MM-DD') AS "endsOn" FROM "Campaign" WHERE "isCurrent" ORDER BY "endsOn" DESC LIMIT 1`);
  const first = secretaries[0]!;
  const newPage = await fetch(`${base}/village/pledges/new`, { headers: { cookie: first.cookie } });
  if (newPage.status !== 200) throw new Error(`/village/pledges/new answered ${newPage.status} to a secretary`);
  const createFields = actionFields(await newPage.text(), 'name="pledgerKind"');
  // A draft to open the edit form of: its fields are those of every draft's edit form.
  const id = randomUUID();
  const { body, contentType } = multipart([
    ...createFields, ["id", id], ["villageId", first.villageId], ["pledgerKind", "BRANCH"], ["memberId", ""], ["problemId", ""], ["area", "DRINKING_WATER"],
    ["action", "为缺水户修建水窖3口"], ["quantity", "3"], ["unit", "口"], ["placeOrBeneficiaries", "缺水户"], ["dueOn", campaign.endsOn], ["responsiblePerson", "村党支部书记"], ["verification", "现场查看"],
  ]);
  const created = await fetch(`${base}/village/pledges/new`, { method: "POST", redirect: "manual", headers: { cookie: first.cookie, origin: base, "content-type": contentType }, body });
  if (created.status !== 303 || !created.headers.get("location")?.includes(id)) {
    throw new Error(`Saving a draft answered ${created.status} to ${created.headers.get("location")}: ${(await created.text()).slice(0, 300)}`);
  }
  const editPage = await fetch(`${base}/village/pledges/${id}/edit`, { headers: { cookie: first.cookie } });
  if (editPage.status !== 200) throw new Error(`The draft's edit form answered ${editPage.status}`);
  const editFields = actionFields(await editPage.text(), 'name="version"');
  const edit = multipart([
    ...editFields, ["id", id], ["version", "1"], ["memberId", ""], ["problemId", ""], ["area", "DRINKING_WATER"],
    ["action", "为缺水户修建水窖4口"], ["quantity", "4"], ["unit", "口"], ["placeOrBeneficiaries", "缺水户"], ["dueOn", campaign.endsOn], ["responsiblePerson", "村党支部书记"], ["verification", "现场查看"],
  ]);
  const edited = await fetch(`${base}/village/pledges/${id}/edit`, { method: "POST", redirect: "manual", headers: { cookie: first.cookie, origin: base, "content-type": edit.contentType }, body: edit.body });
  if (edited.status !== 303) throw new Error(`Editing a draft answered ${edited.status}: ${(await edited.text()).slice(0, 300)}`);
  return { base, secretaries, createFields, editFields, dueOn: campaign.endsOn };
}

/**
 * Every board, its open data and every published pledge page requested once, four at a time, each
 * from a new reader's address (the open data is throttled per address), so the load meets them as
 * a server that has been up a while keeps them: in the front cache, refreshed in the background
 * once their minute is up. Then the boards asked again, to show the cache holds them.
 */
export async function renderBoards(base: string, pages: ReaderPages) {
  const started = performance.now();
  // Pledge pages too: a server up for a while has had every published pledge asked for.
  const all = [...pages.boardJson, ...pages.boards, ...pages.pledges];
  let next = 0;
  const worker = async () => {
    for (let path = all[next++]; path; path = all[next++]) {
      const response = await fetch(`${base}${path}`, { headers: { "x-forwarded-for": readerAddress() } });
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  const seconds = (performance.now() - started) / 1000;
  let hits = 0;
  for (const path of pages.boards) {
    const response = await fetch(`${base}${path}`, { headers: { "x-forwarded-for": readerAddress() } });
    await response.arrayBuffer();
    if (response.headers.get("x-front-cache") === "hit" || response.headers.get("x-nextjs-cache") === "HIT") hits += 1;
  }
  return { pages: all.length, seconds, boards: pages.boards.length, hits };
}

/** The ballot of one code opened and submitted, checked (the secretary's forms were posted when their fields were read). */
export async function warmUp(voters: VoterPlan) {
  // The warm-up ballot uses the code the ballot form was read with; the load starts with the next one.
  const code = voters.codes.shift()!;
  const headers = { "x-forwarded-for": "192.0.2.1" };
  const page = await fetch(`${voters.base}/ballot?code=${code}`, { headers });
  if (page.status !== 200 || !(await page.text()).includes('name="rating:')) throw new Error(`The ballot of a fresh code answered ${page.status} without the ballot`);
  const { body, contentType } = multipart([...voters.fields, ["code", code], ...voters.ratings]);
  const answer = await fetch(`${voters.base}/ballot?code=${code}`, {
    method: "POST", redirect: "manual", headers: { ...headers, "content-type": contentType, origin: voters.base }, body,
  });
  if (answer.status !== 303 || !answer.headers.get("location")?.includes("/ballot/done")) {
    throw new Error(`A ballot answered ${answer.status} to ${answer.headers.get("location")}, not the thank-you page`);
  }
}
