// The provincial-scale synthetic dataset of npm run bench:scale, made with set-based SQL
// (INSERT … SELECT generate_series) on one connection: a prefecture with a current campaign,
// 40 counties × 10 townships × 10 villages, 50 members and 150 pledges per village, focus
// problems and plans, progress with photos, evaluation rounds with ballots and paper tallies.
// Everything is deterministic (a multiplicative hash of the row number), so two runs build the
// same data. Only what the oversight dashboard reads is made: no pledge events, no ballot codes.
import type pg from "pg";

export type Scale = { counties: number; townshipsPerCounty: number; villagesPerTownship: number; membersPerVillage: number; pledgesPerVillage: number; votes: number };

export const PROVINCE: Scale = { counties: 40, townshipsPerCounty: 10, villagesPerTownship: 10, membersPerVillage: 50, pledgesPerVillage: 150, votes: 2_000_000 };

/** A smaller province of the same shape (BENCH_SCALE=0.1: 4 counties and 200,000 votes). */
export function scaled(factor: number): Scale {
  if (!(factor > 0) || factor >= 1) return PROVINCE;
  return { ...PROVINCE, counties: Math.max(2, Math.round(PROVINCE.counties * factor)), votes: Math.round(PROVINCE.votes * factor) };
}

/** The accounts whose dashboards are timed. */
export const BENCH_USERS = { prefectureOrganiser: "bs-u-pref", countyOrganiser: "bs-u-county", townshipOfficer: "bs-u-township" } as const;

/** Round pledges per village; every other pledge is outside evaluation. */
const ROUND_PLEDGES = 8;

export type BuiltCounts = Record<"counties" | "townships" | "villages" | "members" | "problems" | "pledges" | "rounds" | "ballots" | "votes" | "tallies", number>;

/**
 * Builds the dataset into an empty, migrated database and returns the row counts, timing each
 * step through `log`. `client` is one connection (the hash helper is a temporary function).
 */
export async function buildDataset(client: pg.Client, scale: Scale, log: (line: string) => void): Promise<BuiltCounts> {
  const townships = scale.counties * scale.townshipsPerCounty;
  const villages = townships * scale.villagesPerTownship;
  const M = scale.membersPerVillage;
  const P = scale.pledgesPerVillage;
  const vpt = scale.villagesPerTownship;
  const tpc = scale.townshipsPerCounty;
  // Village v (1-based) sits in township ceil(v / vpt), which sits in county ceil(t / tpc).
  const township = (v: string) => `((${v} - 1) / ${vpt} + 1)`;
  const county = (v: string) => `((${v} - 1) / ${vpt * tpc} + 1)`;
  const id = (prefix: string, n: string, width: number) => `'${prefix}' || lpad((${n})::text, ${width}, '0')`;
  const villageId = (v: string) => id("bs-v-", v, 5);
  const townshipId = (v: string) => id("bs-t-", township(v), 4);
  const countyId = (v: string) => id("bs-c-", county(v), 3);
  // Villages 1–7 of every 10 held a round (closed), the 8th has one open, the last two none.
  const hasRound = (v: string) => `((${v}) % 10 < 8)`;

  const step = async (label: string, sql: string) => {
    const started = performance.now();
    const result = await client.query(sql);
    log(`  ${label}: ${(result.rowCount ?? 0).toLocaleString("en")} rows in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  };

  await client.query(`CREATE FUNCTION pg_temp.h(n bigint, salt int) RETURNS int LANGUAGE sql IMMUTABLE
    AS $$ SELECT (((n + salt * 7919) * 2654435761) % 4294967296 % 1000)::int $$`);
  await client.query(`SET maintenance_work_mem = '256MB'`);

  await step("prefecture, campaign", `
    WITH p AS (INSERT INTO "Prefecture" (id, name) VALUES ('bs-pref', '基准州') RETURNING id)
    INSERT INTO "Campaign" (id, "prefectureId", name, "startsOn", "endsOn", "isCurrent")
    SELECT 'bs-camp', p.id, '基准整改期', current_date - 200, current_date + 165, true FROM p`);
  await step("counties", `
    INSERT INTO "County" (id, "prefectureId", name, "updatedAt")
    SELECT ${id("bs-c-", "c", 3)}, 'bs-pref', '基准县' || lpad(c::text, 3, '0'), now() FROM generate_series(1, ${scale.counties}) c`);
  await step("townships", `
    INSERT INTO "Township" (id, "countyId", name, "updatedAt")
    SELECT ${id("bs-t-", "t", 4)}, ${id("bs-c-", `((t - 1) / ${tpc} + 1)`, 3)}, '基准乡' || lpad(t::text, 4, '0'), now() FROM generate_series(1, ${townships}) t`);
  await step("villages", `
    INSERT INTO "Village" (id, "townshipId", "countyId", name, "branchName", slug, households, "isPastoral", "updatedAt")
    SELECT ${villageId("v")}, ${townshipId("v")}, ${countyId("v")}, '基准村' || lpad(v::text, 5, '0'), '基准村' || v || '党支部',
      'bs-v-' || lpad(v::text, 5, '0'), 40 + pg_temp.h(v, 11) % 360, v % 3 = 0, now()
    FROM generate_series(1, ${villages}) v`);
  await step("departments (2 per county)", `
    INSERT INTO "Department" (id, "countyId", name, "updatedAt")
    SELECT ${id("bs-c-", "c", 3)} || '-d' || d, ${id("bs-c-", "c", 3)}, '基准部门' || d, now() FROM generate_series(1, ${scale.counties}) c, generate_series(0, 1) d`);
  await step("accounts", `
    INSERT INTO "User" (id, phone, name, "passwordHash", role, "prefectureId", "countyId", "townshipId", "updatedAt") VALUES
      ('${BENCH_USERS.prefectureOrganiser}', '13900000001', '州组织员', 'unusable', 'PREFECTURE_ORGANISER', 'bs-pref', NULL, NULL, now()),
      ('${BENCH_USERS.countyOrganiser}', '13900000002', '县组织员', 'unusable', 'COUNTY_ORGANISER', 'bs-pref', 'bs-c-001', NULL, now()),
      ('${BENCH_USERS.townshipOfficer}', '13900000003', '乡干部', 'unusable', 'TOWNSHIP_OFFICER', 'bs-pref', 'bs-c-001', 'bs-t-0001', now())`);
  await step("members", `
    INSERT INTO "Member" (id, "villageId", name, phone, skills, "isActive", "updatedAt")
    SELECT ${id("bs-m-", "m", 7)}, ${villageId(`((m - 1) / ${M} + 1)`)}, '党员' || m, '139' || lpad(m::text, 8, '0'), '种植', pg_temp.h(m, 7) >= 30, now()
    FROM generate_series(1, ${villages * M}) m`);
  // Problem 1 is a focus problem everywhere but in 1 village of 20 (no focus at all), with a plan
  // but in 1 of 10; problem 2 is a focus problem beyond the village's means in 3 of 10 (two of
  // them get upward pledges, the third none); problem 3 is never a focus problem.
  await step("problems", `
    INSERT INTO "Problem" (id, "campaignId", "villageId", title, area, "isFocus", "needsSupport", "updatedAt")
    SELECT 'bs-pr-' || v || '-' || k, 'bs-camp', ${villageId("v")}, '问题' || k, (enum_range(NULL::"ProblemArea"))[1 + (v + k) % 9],
      CASE k WHEN 1 THEN v % 20 <> 7 WHEN 2 THEN v % 10 < 3 ELSE false END, k = 2 AND v % 10 < 3, now()
    FROM generate_series(1, ${villages}) v, generate_series(1, 3) k`);
  await step("plans", `
    INSERT INTO "Plan" (id, "problemId", measures, timeline, responsible, "updatedAt")
    SELECT 'bs-pl-' || v || '-' || k, 'bs-pr-' || v || '-' || k, '措施', '三个月', '村党支部书记', now()
    FROM generate_series(1, ${villages}) v, generate_series(1, 2) k
    WHERE (k = 1 AND v % 20 <> 7 AND v % 10 <> 3) OR (k = 2 AND v % 10 < 2)`);

  // Pledge k of village v: 0–14 the branch's, then the members' (each village leaves a few members
  // without one), the last 5 upward (township, department). The first 8 of a village with a round
  // are past due and closed; the rest spread over the campaign with mixed statuses.
  const p = `((v - 1) * ${P} + k + 1)`;
  const upward = P - 5;
  const roundPledge = `(${hasRound("v")} AND k < ${ROUND_PLEDGES})`;
  const status = `CASE
      WHEN ${roundPledge} THEN CASE WHEN pg_temp.h(${p}, 1) < 750 THEN 'DONE' WHEN pg_temp.h(${p}, 1) < 900 THEN 'PARTLY_DONE' ELSE 'NOT_DONE' END
      ELSE (ARRAY['DRAFT','SUBMITTED','RETURNED','APPROVED','PUBLISHED','IN_PROGRESS','DONE','PARTLY_DONE','NOT_DONE','WITHDRAWN'])[
        1 + (pg_temp.h(${p}, 1) >= 50)::int + (pg_temp.h(${p}, 1) >= 90)::int + (pg_temp.h(${p}, 1) >= 100)::int + (pg_temp.h(${p}, 1) >= 120)::int
          + (pg_temp.h(${p}, 1) >= 420)::int + (pg_temp.h(${p}, 1) >= 700)::int + (pg_temp.h(${p}, 1) >= 860)::int + (pg_temp.h(${p}, 1) >= 910)::int
          + (pg_temp.h(${p}, 1) >= 940)::int]
    END`;
  await step("pledges", `
    INSERT INTO "Pledge" (id, "campaignId", "villageId", "townshipId", "countyId", "pledgerKind", "memberId", "pledgerTownshipId", "departmentId",
      "problemId", area, action, quantity, unit, "placeOrBeneficiaries", "dueOn", "responsiblePerson", verification, status, "vagueFlags",
      "overrideReason", explanation, "publishedAt", "updatedAt")
    SELECT id, 'bs-camp', vid, tid, cid, kind::"PledgerKind",
      CASE WHEN kind = 'MEMBER' THEN 'bs-m-' || lpad(((v - 1) * ${M} + (k - 15) % (${M - 12} + v % 12) + 1)::text, 7, '0') END,
      CASE WHEN kind = 'TOWNSHIP' THEN tid END,
      CASE WHEN kind = 'DEPARTMENT' THEN cid || '-d' || v % 2 END,
      CASE WHEN kind IN ('TOWNSHIP', 'DEPARTMENT') AND v % 10 < 2 THEN 'bs-pr-' || v || '-2' WHEN v % 20 <> 7 AND k % 3 = 0 THEN 'bs-pr-' || v || '-1' END,
      (enum_range(NULL::"ProblemArea"))[1 + k % 9], '修缮村道第' || k || '段', 1 + k % 20, '米', '第' || (1 + k % 6) || '村民小组', due,
      '村党支部书记', '现场查看并由村民代表签字', st::"PledgeStatus",
      CASE WHEN pg_temp.h(n, 3) < 60 THEN ARRAY['FILLER'] WHEN pg_temp.h(n, 3) < 75 THEN ARRAY['NO_NUMBER', 'NO_PLACE'] ELSE ARRAY[]::text[] END,
      CASE WHEN pg_temp.h(n, 3) < 75 AND st NOT IN ('DRAFT', 'SUBMITTED', 'RETURNED') AND pg_temp.h(n, 4) < 500 THEN '已核实，表述可以接受' END,
      CASE WHEN st IN ('PARTLY_DONE', 'NOT_DONE', 'WITHDRAWN') THEN '资金未到位，已调整' WHEN st IN ('PUBLISHED', 'IN_PROGRESS') AND due < current_date
        AND pg_temp.h(n, 5) < 350 THEN '雨季施工推迟' END,
      CASE WHEN st IN ('PUBLISHED', 'IN_PROGRESS', 'DONE', 'PARTLY_DONE', 'NOT_DONE', 'WITHDRAWN')
        THEN (current_date - 200 + pg_temp.h(n, 6) % 150)::timestamp + interval '10 hours' END,
      now()
    FROM (
      SELECT v, k, ${p} AS n, ${id("bs-p-", p, 7)} AS id, ${villageId("v")} AS vid, ${townshipId("v")} AS tid, ${countyId("v")} AS cid,
        CASE WHEN k < 15 THEN 'BRANCH' WHEN k < ${upward} THEN 'MEMBER' WHEN k < ${upward + 3} THEN 'TOWNSHIP' ELSE 'DEPARTMENT' END AS kind,
        ${status} AS st,
        CASE WHEN ${roundPledge} THEN current_date - 170 + k * 5 ELSE current_date - 180 + pg_temp.h(${p}, 2) % 345 END AS due
      FROM generate_series(1, ${villages}) v, generate_series(0, ${P - 1}) k
    ) x`);
  await step("progress updates", `
    INSERT INTO "ProgressUpdate" (id, "pledgeId", body, "createdAt")
    SELECT 'bs-pu-' || substr(p.id, 6), p.id, '已完成一半', p."publishedAt" + interval '20 days' FROM "Pledge" p
    WHERE p.status IN ('IN_PROGRESS', 'DONE', 'PARTLY_DONE') AND pg_temp.h(substr(p.id, 6)::bigint, 8) < 400`);
  await step("evidence photos", `
    INSERT INTO "EvidenceFile" (id, "progressUpdateId", "mimeType", bytes, width, height, sha256, "storageKey")
    SELECT 'bs-ef-' || substr(pu.id, 7), pu.id, 'image/jpeg', 200000, 1600, 1200, md5(pu.id), 'bench/' || pu.id || '.jpg' FROM "ProgressUpdate" pu
    WHERE pg_temp.h(substr(pu.id, 7)::bigint, 9) < 600`);
  await step("evaluation rounds", `
    INSERT INTO "EvaluationRound" (id, "campaignId", "villageId", status, "opensAt", "closesAt", groups, "closedAt")
    SELECT 'bs-r-' || lpad(v::text, 5, '0'), 'bs-camp', ${villageId("v")}, CASE WHEN v % 10 < 7 THEN 'CLOSED' ELSE 'OPEN' END::"RoundStatus",
      (current_date - 20)::timestamp, (current_date + CASE WHEN v % 10 < 7 THEN -13 ELSE 3 END)::timestamp, ARRAY['VILLAGER', 'MEMBER', 'TOWNSHIP']::"RaterGroup"[],
      CASE WHEN v % 10 < 7 THEN (current_date - 13)::timestamp END
    FROM generate_series(1, ${villages}) v WHERE ${hasRound("v")}`);
  await step("round pledges", `
    INSERT INTO "EvaluationRoundPledge" ("roundId", "pledgeId")
    SELECT 'bs-r-' || lpad(v::text, 5, '0'), ${id("bs-p-", p, 7)} FROM generate_series(1, ${villages}) v, generate_series(0, ${ROUND_PLEDGES - 1}) k
    WHERE ${hasRound("v")}`);
  const rounds = Number((await client.query(`SELECT count(*) AS n FROM "EvaluationRound"`)).rows[0].n);
  const perRound = Math.ceil(scale.votes / (rounds * ROUND_PLEDGES));
  // One ballot in 20 is a township officer's, 3 in 20 members'; one village in 50 rates everything
  // 满意 (an anomaly), and villages with few households get more villagers' votes than households.
  await step(`ballots (${perRound} per round)`, `
    INSERT INTO "Ballot" (id, "roundId", "group", channel, "createdAt")
    SELECT 'bs-b-' || substr(r.id, 6) || '-' || lpad(i::text, 4, '0'), r.id,
      CASE WHEN i % 20 = 0 THEN 'TOWNSHIP' WHEN i % 20 <= 3 THEN 'MEMBER' ELSE 'VILLAGER' END::"RaterGroup",
      CASE WHEN i % 20 BETWEEN 1 AND 3 THEN 'SECRETARY' ELSE 'CODE' END::"BallotChannel", r."opensAt" + i * interval '1 minute'
    FROM "EvaluationRound" r, generate_series(1, ${perRound}) i`);
  await step("votes", `
    INSERT INTO "Vote" (id, "ballotId", "pledgeId", rating)
    SELECT 'bs-vo-' || substr(b.id, 6) || '-' || right(erp."pledgeId", 3), b.id, erp."pledgeId",
      CASE WHEN substr(b."roundId", 6)::int % 50 = 5 THEN 'SATISFIED'
        WHEN pg_temp.h((hashtext(b.id) & 1048575) * 1000 + right(erp."pledgeId", 3)::int, 10) < 600 THEN 'SATISFIED'
        WHEN pg_temp.h((hashtext(b.id) & 1048575) * 1000 + right(erp."pledgeId", 3)::int, 10) < 850 THEN 'BASICALLY_SATISFIED'
        WHEN pg_temp.h((hashtext(b.id) & 1048575) * 1000 + right(erp."pledgeId", 3)::int, 10) < 950 THEN 'DISSATISFIED'
        ELSE 'UNKNOWN' END::"Rating"
    FROM "Ballot" b JOIN "EvaluationRoundPledge" erp ON erp."roundId" = b."roundId"`);
  // Villages 1 and 11 of every 20 also held a mass meeting: a confirmed paper tally per round pledge
  // (the last one still awaiting its second entry).
  await step("paper tallies", `
    INSERT INTO "PaperTally" (id, "roundId", "pledgeId", "group", attendees, "firstCounts", "secondCounts", "secondAttendees", status, "updatedAt")
    SELECT 'bs-pt-' || substr(erp."pledgeId", 6), erp."roundId", erp."pledgeId", 'VILLAGER', 40, counts,
      CASE WHEN last THEN NULL ELSE counts END, CASE WHEN last THEN NULL ELSE 40 END,
      CASE WHEN last THEN 'AWAITING_SECOND_ENTRY' ELSE 'CONFIRMED' END::"TallyStatus", now()
    FROM (
      SELECT erp.*, (substr(erp."pledgeId", 6)::int - 1) % ${P} = ${ROUND_PLEDGES - 1} AS last,
        jsonb_build_object('SATISFIED', 25, 'BASICALLY_SATISFIED', 8, 'DISSATISFIED', 5, 'UNKNOWN', 2) AS counts
      FROM "EvaluationRoundPledge" erp WHERE substr(erp."roundId", 6)::int % 10 = 1
    ) erp`);

  const count = async (table: string) => Number((await client.query(`SELECT count(*) AS n FROM "${table}"`)).rows[0].n);
  return {
    counties: await count("County"), townships: await count("Township"), villages: await count("Village"), members: await count("Member"),
    problems: await count("Problem"), pledges: await count("Pledge"), rounds, ballots: await count("Ballot"), votes: await count("Vote"), tallies: await count("PaperTally"),
  };
}
