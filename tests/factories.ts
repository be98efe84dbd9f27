// Factories that insert realistic rows through a Prisma client passed in: shared by the db tests
// and the demo seed (prisma/seed.ts). Each takes (db, overrides) and returns the created row;
// a missing parent is created on the way, so `createPledge(db)` alone gives a whole tree.
// `db` may be the root client or a transaction client: factories that write several rows use
// the caller's transaction when given one, and their own otherwise.
import type { Tx } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { appendPledgeEvent } from "@/lib/history/append-event";
import {
  Prisma,
  type Assessment,
  type PledgeEventType,
  type PledgeStatus,
  type PrismaClient,
  type Rating,
  type Role,
} from "@/lib/generated/prisma/client";

export type DbClient = PrismaClient | Tx;

// ---------------------------------------------------------------------------------------------
// Deterministic randomness

/** mulberry32: a tiny seeded generator, so the same seed always gives the same demo data. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Mixes a seed with labels into a new seed (FNV-1a), for independent per-village streams. */
export function deriveSeed(seed: number, ...labels: (string | number)[]): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (const ch of labels.join("/")) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  return h;
}

export class Rng {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  float(): number {
    return this.next();
  }
  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(probability: number): boolean {
    return this.next() < probability;
  }
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error("pick from an empty list");
    return items[Math.floor(this.next() * items.length)] as T;
  }
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = this.next() * total;
    for (const [value, weight] of entries) {
      roll -= weight;
      if (roll < 0) return value;
    }
    return entries[entries.length - 1]![0];
  }
  shuffle<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy;
  }
  sample<T>(items: readonly T[], count: number): T[] {
    return this.shuffle(items).slice(0, count);
  }
  chars(alphabet: string, length: number): string {
    let out = "";
    for (let i = 0; i < length; i++) out += alphabet[Math.floor(this.next() * alphabet.length)];
    return out;
  }
  /** A moment uniformly between two moments. */
  between(from: Date, to: Date): Date {
    return new Date(from.getTime() + Math.floor(this.next() * Math.max(0, to.getTime() - from.getTime())));
  }
}

const DEFAULT_CONTENT_SEED = 20260301;
// Content (names, texts) is reproducible; unique keys (slugs, phones, code hashes) default to a
// per-process stream, so test files that share one database never collide.
let contentRng = new Rng(DEFAULT_CONTENT_SEED);
let keyRng = new Rng((process.pid * 2654435761 + Date.now()) >>> 0);
let counter = 0;

/** Makes every later factory call reproducible, unique keys included (the demo seed calls it). */
export function seedFactories(seed: number): void {
  contentRng = new Rng(seed);
  keyRng = new Rng(deriveSeed(seed, "keys"));
  counter = 0;
}

/** The generator factories use for defaults; the seed may draw from it too. */
export function factoryRng(): Rng {
  return contentRng;
}

function nextNumber(): number {
  counter += 1;
  return counter;
}

const BASE36 = "0123456789abcdefghijklmnopqrstuvwxyz";

/** A public board handle: `v-` and 8 base36 characters. */
export function uniqueSlug(): string {
  return `v-${keyRng.chars(BASE36, 8)}`;
}

/** A mainland mobile number: `1` and 10 digits, never in the demo accounts' 1390000xxxx range. */
export function uniquePhone(): string {
  for (;;) {
    const phone = `1${keyRng.pick(["3", "5", "7", "8", "9"])}${keyRng.chars("0123456789", 9)}`;
    if (!phone.startsWith("1390000")) return phone;
  }
}

export function randomHex(length: number): string {
  return keyRng.chars("0123456789abcdef", length);
}

// ---------------------------------------------------------------------------------------------
// Realistic names (Han, Hui, Tibetan and Mongolian, as in Haixi)

const HAN_SURNAMES = ["王", "李", "张", "刘", "陈", "杨", "赵", "周", "吴", "孙", "朱", "胡", "郭", "何", "高", "罗", "梁", "谢", "宋", "唐", "冯", "祁", "汪", "鲁", "辛", "蔡"];
const HAN_GIVEN = ["建国", "永福", "红梅", "立新", "秀英", "德福", "桂兰", "海军", "国庆", "玉兰", "志强", "春花", "文明", "建华", "长青", "金山", "德明", "占魁", "秀兰", "兴旺", "成林", "玉梅", "生财", "有才", "明德", "晓燕", "海燕", "振邦", "守业", "得胜", "发祥", "凤英", "淑珍", "军", "强", "勇", "平", "霞", "涛"];
const HUI_SURNAMES = ["马", "韩", "冶", "喇", "沙", "苏", "海"];
const HUI_GIVEN = ["福海", "忠", "尕布", "德清", "有福", "秀芳", "成祥", "国良", "哈三", "麦燕", "玉芳", "学礼", "明虎", "正清"];
const TIBETAN_FIRST = ["才让", "扎西", "索南", "仁青", "旦正", "公保", "桑杰", "更藏", "南加", "完德", "拉毛", "德吉", "卓玛", "昂秀", "尖措", "多杰", "贡保", "尕藏"];
const TIBETAN_SECOND = ["多杰", "才让", "加措", "东智", "吉", "措", "卓玛", "太", "本", "当周", "扎西", "草", "旦增", "闹日"];
const MONGOLIAN = ["巴特尔", "那仁格日勒", "其木格", "乌力吉", "苏和", "宝音", "额尔德尼", "斯琴", "图雅", "达来", "布和", "巴图", "孟和", "朝鲁", "哈斯", "萨仁", "敖特根", "阿拉坦", "吉日嘎拉", "格日乐图", "乌兰", "其其格", "那顺", "额日和木"];

export type NameStyle = "han" | "hui" | "tibetan" | "mongolian";

export function personName(rng: Rng = contentRng, style?: NameStyle): string {
  const chosen =
    style ??
    rng.weighted<NameStyle>([
      ["han", 5],
      ["hui", 2],
      ["tibetan", 2],
      ["mongolian", 1],
    ]);
  switch (chosen) {
    case "han":
      return rng.pick(HAN_SURNAMES) + rng.pick(HAN_GIVEN);
    case "hui":
      return rng.pick(HUI_SURNAMES) + rng.pick(HUI_GIVEN);
    case "tibetan": {
      const first = rng.pick(TIBETAN_FIRST);
      const second = rng.pick(TIBETAN_SECOND.filter((s) => s !== first));
      return first + second;
    }
    case "mongolian":
      return rng.pick(MONGOLIAN);
  }
}

/** A name mix that fits the place: herding villages are mostly Tibetan and Mongolian. */
export function localName(rng: Rng, isPastoral: boolean): string {
  const style = rng.weighted<NameStyle>(
    isPastoral
      ? [
          ["tibetan", 5],
          ["mongolian", 3],
          ["han", 1],
          ["hui", 1],
        ]
      : [
          ["han", 6],
          ["hui", 2],
          ["tibetan", 1],
          ["mongolian", 1],
        ],
  );
  return personName(rng, style);
}

// ---------------------------------------------------------------------------------------------
// Helpers

const DAY = 24 * 60 * 60 * 1000;

/** A calendar date (for @db.Date columns): midnight UTC of yyyy-mm-dd. */
export function day(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00.000Z`);
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY);
}

function isRootClient(db: DbClient): db is PrismaClient {
  // A transaction client has no $connect.
  return typeof (db as { $connect?: unknown }).$connect === "function";
}

/** Runs `work` in the caller's transaction, or opens one on a root client. */
export async function inTransaction<T>(db: DbClient, work: (tx: Tx) => Promise<T>): Promise<T> {
  if (isRootClient(db)) return db.$transaction((tx) => work(tx), { timeout: 120_000, maxWait: 60_000 });
  return work(db);
}

async function campaignFor(db: DbClient, prefectureId: string): Promise<{ id: string; endsOn: Date }> {
  const current = await db.campaign.findFirst({
    where: { prefectureId, isCurrent: true },
    orderBy: { createdAt: "desc" },
    select: { id: true, endsOn: true },
  });
  return current ?? createCampaign(db, { prefectureId });
}

async function villagePlace(db: DbClient, villageId: string) {
  return db.village.findUniqueOrThrow({
    where: { id: villageId },
    select: { id: true, townshipId: true, countyId: true, isPastoral: true, county: { select: { prefectureId: true } } },
  });
}

// ---------------------------------------------------------------------------------------------
// Places

export async function createPrefecture(db: DbClient, overrides: Partial<Prisma.PrefectureUncheckedCreateInput> = {}) {
  return db.prefecture.create({ data: { name: `测试州-${keyRng.chars(BASE36, 6)}`, ...overrides } });
}

export const DEFAULT_CAMPAIGN = {
  name: "2026年整改提高阶段",
  startsOn: day("2026-03-01"),
  endsOn: day("2026-12-31"),
  focusLimit: 2,
} as const;

export async function createCampaign(db: DbClient, overrides: Partial<Prisma.CampaignUncheckedCreateInput> = {}) {
  const prefectureId = overrides.prefectureId ?? (await createPrefecture(db)).id;
  return db.campaign.create({ data: { ...DEFAULT_CAMPAIGN, isCurrent: true, ...overrides, prefectureId } });
}

const COUNTY_STEMS = ["德令哈", "格尔木", "乌兰", "都兰", "天峻", "大柴旦", "茫崖", "冷湖"];
const TOWNSHIP_STEMS = ["柯鲁柯", "尕海", "希里沟", "香日德", "新源", "江河", "宗加", "茶卡", "铜普", "察汗乌苏"];
const VILLAGE_STEMS = ["希望", "金原", "连湖", "富源", "泉水", "红柳", "东庄", "西新", "梅陇", "阳康", "巴音", "沙柳"];

export async function createCounty(db: DbClient, overrides: Partial<Prisma.CountyUncheckedCreateInput> = {}) {
  const prefectureId = overrides.prefectureId ?? (await createPrefecture(db)).id;
  const name = `${contentRng.pick(COUNTY_STEMS)}县${nextNumber()}-${keyRng.chars(BASE36, 4)}`;
  return db.county.create({ data: { name, ...overrides, prefectureId } });
}

export async function createTownship(db: DbClient, overrides: Partial<Prisma.TownshipUncheckedCreateInput> = {}) {
  const countyId = overrides.countyId ?? (await createCounty(db)).id;
  const name = `${contentRng.pick(TOWNSHIP_STEMS)}镇${nextNumber()}-${keyRng.chars(BASE36, 4)}`;
  return db.township.create({ data: { name, ...overrides, countyId } });
}

/** Sets townshipId and the denormalised countyId of its township. */
export async function createVillage(db: DbClient, overrides: Partial<Prisma.VillageUncheckedCreateInput> = {}) {
  let { townshipId, countyId } = overrides;
  if (!townshipId) {
    const township = await createTownship(db, countyId ? { countyId } : {});
    townshipId = township.id;
    countyId = township.countyId;
  } else if (!countyId) {
    countyId = (await db.township.findUniqueOrThrow({ where: { id: townshipId }, select: { countyId: true } })).countyId;
  }
  const name = overrides.name ?? `${contentRng.pick(VILLAGE_STEMS)}${nextNumber()}村`;
  return db.village.create({
    data: {
      branchName: `${name}党支部`,
      slug: uniqueSlug(),
      households: contentRng.int(60, 400),
      isPastoral: false,
      ...overrides,
      name,
      townshipId,
      countyId,
    },
  });
}

const DEPARTMENT_NAMES = ["县农牧局", "县水利局", "县交通局", "县人社局", "县卫健局", "县教育局", "县林草局"];

export async function createDepartment(db: DbClient, overrides: Partial<Prisma.DepartmentUncheckedCreateInput> = {}) {
  const countyId = overrides.countyId ?? (await createCounty(db)).id;
  const name = `${contentRng.pick(DEPARTMENT_NAMES)}${nextNumber()}`;
  return db.department.create({ data: { name, ...overrides, countyId } });
}

/** Pairs a department with a village (上下联动); creates either when missing, in one county. */
export async function pairDepartment(db: DbClient, overrides: Partial<Prisma.DepartmentPairingUncheckedCreateInput> = {}) {
  let { departmentId, villageId } = overrides;
  if (!departmentId) {
    const countyId = villageId ? (await villagePlace(db, villageId)).countyId : undefined;
    departmentId = (await createDepartment(db, countyId ? { countyId } : {})).id;
  }
  if (!villageId) {
    const { countyId } = await db.department.findUniqueOrThrow({ where: { id: departmentId }, select: { countyId: true } });
    villageId = (await createVillage(db, { townshipId: (await createTownship(db, { countyId })).id, countyId })).id;
  }
  return db.departmentPairing.create({ data: { ...overrides, departmentId, villageId } });
}

// ---------------------------------------------------------------------------------------------
// People

export const MEMBER_SKILLS = ["养殖", "运输", "农机", "电焊", "种植枸杞", "民族刺绣", "兽医", "种植", "劳务经纪", "泥瓦", "电工", "经营商店", "剪羊毛"];

export async function createMember(db: DbClient, overrides: Partial<Prisma.MemberUncheckedCreateInput> = {}) {
  const villageId = overrides.villageId ?? (await createVillage(db)).id;
  return db.member.create({
    data: {
      name: personName(),
      skills: contentRng.sample(MEMBER_SKILLS, contentRng.int(1, 2)).join("、"),
      phone: contentRng.chance(0.6) ? uniquePhone() : null,
      ...overrides,
      villageId,
    },
  });
}

/** Many members of one village in one statement, returned in the order given. */
export async function createMembers(db: DbClient, villageId: string, rows: Omit<Partial<Prisma.MemberCreateManyInput>, "villageId">[]) {
  const data = rows.map((row) => ({ name: personName(), skills: contentRng.pick(MEMBER_SKILLS), ...row, villageId }));
  const created = await db.member.createManyAndReturn({ data });
  // Postgres returns inserted rows in VALUES order; check rather than trust.
  created.forEach((member, i) => {
    if (member.name !== data[i]!.name) throw new Error("createMembers: rows came back out of order");
  });
  return created;
}

/** The password every test user shares. */
export const TEST_PASSWORD = "Test@Pledge2026";
let cachedTestPasswordHash: Promise<string> | undefined;

/** TEST_PASSWORD, hashed once per process: argon2 is deliberately slow. */
export function testPasswordHash(): Promise<string> {
  cachedTestPasswordHash ??= hashPassword(TEST_PASSWORD);
  return cachedTestPasswordHash;
}

export type UserOverrides = Partial<Prisma.UserUncheckedCreateInput> & {
  /** Plaintext, hashed here; without it (and without passwordHash) the user gets TEST_PASSWORD. */
  password?: string;
};

/**
 * A staff account whose place ids match its role: a village secretary carries prefecture,
 * county, township and village; a township officer prefecture, county and township; a county
 * organiser prefecture and county; a department officer prefecture, county and department; a
 * prefecture organiser the prefecture only. The anchor place is created when not given; the
 * ancestors are looked up when not given.
 */
export async function createUser(db: DbClient, overrides: UserOverrides = {}) {
  const { password, ...data } = overrides;
  const role: Role = data.role ?? "VILLAGE_SECRETARY";
  const place: { prefectureId?: string; countyId?: string | null; townshipId?: string | null; villageId?: string | null; departmentId?: string | null } = {};

  switch (role) {
    case "VILLAGE_SECRETARY": {
      const villageId =
        data.villageId ?? (await createVillage(db, data.townshipId ? { townshipId: data.townshipId, ...(data.countyId ? { countyId: data.countyId } : {}) } : {})).id;
      const needLookup = !data.townshipId || !data.countyId || !data.prefectureId;
      const found = needLookup ? await villagePlace(db, villageId) : undefined;
      place.villageId = villageId;
      place.townshipId = data.townshipId ?? found!.townshipId;
      place.countyId = data.countyId ?? found!.countyId;
      place.prefectureId = data.prefectureId ?? found!.county.prefectureId;
      place.departmentId = null;
      break;
    }
    case "TOWNSHIP_OFFICER": {
      const townshipId = data.townshipId ?? (await createTownship(db, data.countyId ? { countyId: data.countyId } : {})).id;
      const found =
        !data.countyId || !data.prefectureId
          ? await db.township.findUniqueOrThrow({ where: { id: townshipId }, select: { countyId: true, county: { select: { prefectureId: true } } } })
          : undefined;
      Object.assign(place, {
        townshipId,
        countyId: data.countyId ?? found!.countyId,
        prefectureId: data.prefectureId ?? found!.county.prefectureId,
        villageId: null,
        departmentId: null,
      });
      break;
    }
    case "COUNTY_ORGANISER": {
      const countyId = data.countyId ?? (await createCounty(db, data.prefectureId ? { prefectureId: data.prefectureId } : {})).id;
      const prefectureId =
        data.prefectureId ?? (await db.county.findUniqueOrThrow({ where: { id: countyId }, select: { prefectureId: true } })).prefectureId;
      Object.assign(place, { countyId, prefectureId, townshipId: null, villageId: null, departmentId: null });
      break;
    }
    case "DEPARTMENT_OFFICER": {
      const departmentId = data.departmentId ?? (await createDepartment(db, data.countyId ? { countyId: data.countyId } : {})).id;
      const found =
        !data.countyId || !data.prefectureId
          ? await db.department.findUniqueOrThrow({ where: { id: departmentId }, select: { countyId: true, county: { select: { prefectureId: true } } } })
          : undefined;
      Object.assign(place, {
        departmentId,
        countyId: data.countyId ?? found!.countyId,
        prefectureId: data.prefectureId ?? found!.county.prefectureId,
        townshipId: null,
        villageId: null,
      });
      break;
    }
    case "PREFECTURE_ORGANISER": {
      const prefectureId = data.prefectureId ?? (await createPrefecture(db)).id;
      Object.assign(place, { prefectureId, countyId: null, townshipId: null, villageId: null, departmentId: null });
      break;
    }
  }

  const passwordHash = data.passwordHash ?? (password ? await hashPassword(password) : await testPasswordHash());
  return db.user.create({
    data: {
      phone: uniquePhone(),
      name: personName(),
      ...data,
      role,
      passwordHash,
      prefectureId: place.prefectureId!,
      countyId: data.countyId !== undefined ? data.countyId : place.countyId,
      townshipId: data.townshipId !== undefined ? data.townshipId : place.townshipId,
      villageId: data.villageId !== undefined ? data.villageId : place.villageId,
      departmentId: data.departmentId !== undefined ? data.departmentId : place.departmentId,
    },
  });
}

// ---------------------------------------------------------------------------------------------
// Opinions, problems, plans

export async function createOpinion(db: DbClient, overrides: Partial<Prisma.OpinionUncheckedCreateInput> = {}) {
  const villageId = overrides.villageId ?? (await createVillage(db)).id;
  const campaignId = overrides.campaignId ?? (await campaignFor(db, (await villagePlace(db, villageId)).county.prefectureId)).id;
  return db.opinion.create({
    data: {
      source: "MASS_MEETING",
      body: "冬天河面结冰，羊要赶到五公里外去饮水，希望村里修几处饮水点。",
      authorName: personName(),
      ...overrides,
      villageId,
      campaignId,
    },
  });
}

export async function createProblem(db: DbClient, overrides: Partial<Prisma.ProblemUncheckedCreateInput> = {}) {
  const villageId = overrides.villageId ?? (await createVillage(db)).id;
  const campaignId = overrides.campaignId ?? (await campaignFor(db, (await villagePlace(db, villageId)).county.prefectureId)).id;
  const focus = overrides.isFocus
    ? {
        focusReason: "群众意见最集中，经过半年努力可以见到成效",
        expectedResult: "冬春草场饮水点全部修好，牲畜就近饮水",
        expectedBy: day("2026-10-31"),
      }
    : {};
  return db.problem.create({
    data: {
      title: "冬春牲畜饮水难",
      description: "冬季河道封冻，牧户需赶畜数公里饮水，牲畜掉膘严重。",
      area: "DRINKING_WATER",
      ...focus,
      ...overrides,
      villageId,
      campaignId,
    },
  });
}

/** A plan for a focus problem; creates the focus problem when not given. */
export async function createPlan(db: DbClient, overrides: Partial<Prisma.PlanUncheckedCreateInput> = {}) {
  const problemId = overrides.problemId ?? (await createProblem(db, { isFocus: true })).id;
  return db.plan.create({
    data: {
      measures: "一、摸清全村饮水点底数；二、申请镇里协调资金；三、党员分片包修；四、入冬前村民代表验收。",
      timeline: "4月摸底，6—9月施工，10月底前验收",
      responsible: "村党支部书记",
      ...overrides,
      problemId,
    },
  });
}

// ---------------------------------------------------------------------------------------------
// Pledges and their history

export type PledgeOptions = {
  /** Who created and submitted it (a village secretary); also the author of progress updates. */
  actorId?: string | null;
  /** Who approved or returned it (a township officer). */
  reviewerId?: string | null;
  /** When it was created; the review steps follow a day or two apart. Default: just now. */
  at?: Date;
  /** When its last event happened; events after publication are spread up to it. */
  until?: Date;
  /** Progress update bodies, for pledges that made progress. */
  progress?: string[];
  /** The village's place and the campaign's end, when the caller already knows them (saves two reads). */
  known?: { townshipId: string; countyId: string; prefectureId: string; campaignEndsOn?: Date };
};

/** The statuses that had been published. */
export const PUBLISHED_STATUSES: readonly PledgeStatus[] = ["PUBLISHED", "IN_PROGRESS", "DONE", "PARTLY_DONE", "NOT_DONE", "WITHDRAWN"];
export const FINISHED_STATUSES: readonly PledgeStatus[] = ["DONE", "PARTLY_DONE", "NOT_DONE"];

/** The public text fields of a pledge as a JSON value (the CREATED payload, and amendments). */
export function pledgeText(pledge: {
  pledgerKind: string;
  area: string;
  action: string;
  quantity: Prisma.Decimal | null;
  unit: string | null;
  placeOrBeneficiaries: string;
  dueOn: Date;
  responsiblePerson: string;
  verification: string;
  problemId: string | null;
  memberId: string | null;
  pledgerTownshipId: string | null;
  departmentId: string | null;
}) {
  return {
    pledgerKind: pledge.pledgerKind,
    memberId: pledge.memberId,
    pledgerTownshipId: pledge.pledgerTownshipId,
    departmentId: pledge.departmentId,
    problemId: pledge.problemId,
    area: pledge.area,
    action: pledge.action,
    quantity: pledge.quantity === null ? null : pledge.quantity.toString(),
    unit: pledge.unit,
    placeOrBeneficiaries: pledge.placeOrBeneficiaries,
    dueOn: pledge.dueOn.toISOString().slice(0, 10),
    responsiblePerson: pledge.responsiblePerson,
    verification: pledge.verification,
  };
}

type PlannedEvent = { type: PledgeEventType; payload: Prisma.InputJsonObject; progress?: string; actor: "author" | "reviewer" };

function defaultProgress(quantity: number | null, unit: string | null, count: number, finished: boolean): string[] {
  return Array.from({ length: count }, (_, i) => {
    const last = finished && i === count - 1;
    if (quantity === null || unit === null) return last ? "已全部完成，群众代表已查看。" : "正在推进，已落实一部分。";
    if (last) return `计划${quantity}${unit}已全部完成，照片已存档。`;
    const done = Math.max(1, Math.floor((quantity * (i + 1)) / (count + 1)));
    return `已完成${done}${unit}（计划${quantity}${unit}），其余正在推进。`;
  });
}

function lifecycleEvents(status: PledgeStatus, pledge: { vagueFlags: string[]; overrideReason: string | null; reviewComment: string | null; explanation: string | null }, progress: string[]): PlannedEvent[] {
  const events: PlannedEvent[] = [];
  if (status === "DRAFT") return events;
  events.push({ type: "SUBMITTED", payload: { vagueFlags: pledge.vagueFlags }, actor: "author" });
  if (status === "SUBMITTED") return events;
  if (status === "RETURNED") {
    events.push({ type: "RETURNED", payload: { comment: pledge.reviewComment ?? "" }, actor: "reviewer" });
    return events;
  }
  events.push({ type: "APPROVED", payload: { overrideReason: pledge.overrideReason }, actor: "reviewer" });
  if (status === "APPROVED") return events;
  events.push({ type: "PUBLISHED", payload: { textVersion: 1 }, actor: "reviewer" });
  if (status === "PUBLISHED") {
    if (pledge.explanation) events.push({ type: "EXPLAINED", payload: { explanation: pledge.explanation }, actor: "author" });
    return events;
  }
  let current: PledgeStatus = "PUBLISHED";
  if (progress.length > 0) {
    events.push({ type: "STATUS_CHANGED", payload: { from: current, to: "IN_PROGRESS" }, actor: "author" });
    current = "IN_PROGRESS";
    for (const body of progress) events.push({ type: "PROGRESS", payload: { body }, progress: body, actor: "author" });
  }
  switch (status) {
    case "IN_PROGRESS":
      if (current !== "IN_PROGRESS") events.push({ type: "STATUS_CHANGED", payload: { from: current, to: "IN_PROGRESS" }, actor: "author" });
      if (pledge.explanation) events.push({ type: "EXPLAINED", payload: { explanation: pledge.explanation }, actor: "author" });
      break;
    case "DONE":
      events.push({ type: "STATUS_CHANGED", payload: { from: current, to: "DONE" }, actor: "author" });
      break;
    case "PARTLY_DONE":
    case "NOT_DONE":
      events.push({ type: "STATUS_CHANGED", payload: { from: current, to: status }, actor: "author" });
      events.push({ type: "EXPLAINED", payload: { explanation: pledge.explanation ?? "" }, actor: "author" });
      break;
    case "WITHDRAWN":
      events.push({ type: "WITHDRAWN", payload: { from: current, reason: pledge.explanation ?? "" }, actor: "author" });
      break;
  }
  return events;
}

const DEFAULT_EXPLANATIONS: Partial<Record<PledgeStatus, string>> = {
  PARTLY_DONE: "已完成一部分，其余因入冬后冻土无法施工，计划明年5月前补齐。",
  NOT_DONE: "上级项目未批复，资金没有到位，未能开工。支部已向镇党委说明，列入明年计划。",
  WITHDRAWN: "承诺人长期外出务工，无法履行，经支部会议研究撤回，改由其他党员承担。",
};

/** Moments for the events: review steps a day or so apart, later events spread up to `until`. */
function eventTimes(events: PlannedEvent[], at: Date | undefined, until: Date | undefined): Date[] {
  if (!at) {
    const base = Date.now() - (events.length + 1) * 1000;
    return events.map((_, i) => new Date(base + (i + 1) * 1000));
  }
  const reviewSteps: Partial<Record<PledgeEventType, number>> = { SUBMITTED: 1, RETURNED: 3, APPROVED: 3, PUBLISHED: 4 };
  const times: Date[] = [];
  const laterIndexes: number[] = [];
  let lastReview = at.getTime();
  events.forEach((event, i) => {
    const step = reviewSteps[event.type];
    if (i === 0) times[i] = at;
    else if (step !== undefined && laterIndexes.length === 0) {
      times[i] = new Date(at.getTime() + step * DAY + i * 3_600_000);
      lastReview = times[i]!.getTime();
    } else laterIndexes.push(i);
  });
  if (laterIndexes.length > 0) {
    const from = lastReview + 3 * DAY;
    const to = Math.max(until?.getTime() ?? from + laterIndexes.length * 5 * DAY, from);
    laterIndexes.forEach((eventIndex, k) => {
      const share = laterIndexes.length === 1 ? 1 : k / (laterIndexes.length - 1);
      times[eventIndex] = new Date(from + Math.floor((to - from) * share));
    });
  }
  // Strictly increasing, whatever the inputs.
  let previous = at.getTime() - 60_000;
  return times.map((time) => {
    const t = Math.max(time.getTime(), previous + 60_000);
    previous = t;
    return new Date(t);
  });
}

/**
 * A pledge on one village's board. villageId, townshipId and countyId always come from the
 * village. A CREATED event is appended, then the events of the lifecycle that led to its status
 * (SUBMITTED, APPROVED, PUBLISHED, then progress, status changes and explanations), so every
 * chain is whole. Progress updates are created for pledges that made progress.
 */
export async function createPledge(db: DbClient, overrides: Partial<Prisma.PledgeUncheckedCreateInput> = {}, options: PledgeOptions = {}) {
  return inTransaction(db, async (tx) => {
    const villageId = overrides.villageId ?? (await createVillage(tx)).id;
    const known = overrides.villageId ? options.known : undefined;
    const village = known
      ? { townshipId: known.townshipId, countyId: known.countyId, county: { prefectureId: known.prefectureId } }
      : await villagePlace(tx, villageId);
    let campaignId = overrides.campaignId;
    let campaignEnd: Date | undefined = known?.campaignEndsOn;
    if (!campaignId) {
      const campaign = await campaignFor(tx, village.county.prefectureId);
      campaignId = campaign.id;
      campaignEnd = campaign.endsOn;
    } else if (!overrides.dueOn && !campaignEnd) {
      campaignEnd = (await tx.campaign.findUniqueOrThrow({ where: { id: campaignId }, select: { endsOn: true } })).endsOn;
    }

    const pledgerKind = overrides.pledgerKind ?? (overrides.departmentId ? "DEPARTMENT" : overrides.pledgerTownshipId ? "TOWNSHIP" : overrides.memberId !== undefined ? "MEMBER" : "BRANCH");
    let { memberId = null, pledgerTownshipId = null, departmentId = null } = overrides;
    if (pledgerKind === "MEMBER" && !memberId) memberId = (await createMember(tx, { villageId })).id;
    if (pledgerKind === "TOWNSHIP" && !pledgerTownshipId) pledgerTownshipId = village.townshipId;
    if (pledgerKind === "DEPARTMENT" && !departmentId) {
      departmentId = (await createDepartment(tx, { countyId: village.countyId })).id;
      await tx.departmentPairing.create({ data: { departmentId, villageId } });
    }

    const status: PledgeStatus = overrides.status ?? "DRAFT";
    const explanation = overrides.explanation !== undefined ? overrides.explanation : (DEFAULT_EXPLANATIONS[status] ?? null);
    const reviewComment =
      overrides.reviewComment !== undefined ? overrides.reviewComment : status === "RETURNED" ? "验收方式不具体，请写明由谁验收、看什么。" : null;
    const quantity = overrides.quantity !== undefined ? overrides.quantity : 3;
    const unit = overrides.unit !== undefined ? overrides.unit : "处";
    const progressCount = { IN_PROGRESS: 1, DONE: 2, PARTLY_DONE: 1, NOT_DONE: 0 }[status as string] ?? 0;
    const progress =
      options.progress ?? defaultProgress(quantity === null ? null : Number(quantity), unit, progressCount, status === "DONE");

    const planned = lifecycleEvents(
      status,
      { vagueFlags: (overrides.vagueFlags as string[] | undefined) ?? [], overrideReason: overrides.overrideReason ?? null, reviewComment, explanation },
      progress,
    );
    const times = eventTimes([{ type: "CREATED", payload: {}, actor: "author" }, ...planned], options.at, options.until);
    const createdAt = times[0]!;
    const publishedIndex = planned.findIndex((e) => e.type === "PUBLISHED");

    const pledge = await tx.pledge.create({
      data: {
        area: "DRINKING_WATER",
        action: "为村里修缮3处牲畜饮水点",
        placeOrBeneficiaries: "村东冬春草场3处饮水点",
        dueOn: campaignEnd ?? day("2026-12-31"),
        responsiblePerson: "村党支部书记",
        verification: "村民代表验收饮水点出水正常",
        createdById: options.actorId ?? null,
        ...overrides,
        quantity,
        unit,
        campaignId,
        villageId,
        townshipId: village.townshipId,
        countyId: village.countyId,
        pledgerKind,
        memberId,
        pledgerTownshipId,
        departmentId,
        status,
        explanation,
        reviewComment,
        publishedAt: overrides.publishedAt ?? (publishedIndex >= 0 ? times[publishedIndex + 1]! : null),
        createdAt: overrides.createdAt ?? createdAt,
        updatedAt: times[times.length - 1]!,
      },
    });

    const author = options.actorId ?? null;
    const reviewer = options.reviewerId ?? null;
    await appendPledgeEvent(tx, { pledgeId: pledge.id, type: "CREATED", payload: pledgeText(pledge), actorId: author, at: createdAt });
    for (const [i, event] of planned.entries()) {
      const at = times[i + 1]!;
      const actorId = event.actor === "reviewer" ? reviewer : author;
      if (event.progress !== undefined) {
        await addProgress(tx, { pledgeId: pledge.id, body: event.progress, createdById: author, createdAt: at });
      } else {
        await appendPledgeEvent(tx, { pledgeId: pledge.id, type: event.type, payload: event.payload, actorId, at });
      }
    }
    return pledge;
  });
}

async function addProgress(tx: Tx, data: { pledgeId: string; body: string; createdById: string | null; createdAt: Date }) {
  const update = await tx.progressUpdate.create({ data });
  await appendPledgeEvent(tx, {
    pledgeId: data.pledgeId,
    type: "PROGRESS",
    payload: { progressUpdateId: update.id, body: data.body },
    actorId: data.createdById,
    at: data.createdAt,
  });
  return update;
}

/** A progress update with its PROGRESS event; creates an IN_PROGRESS pledge when none is given. */
export async function createProgressUpdate(db: DbClient, overrides: Partial<Prisma.ProgressUpdateUncheckedCreateInput> = {}) {
  return inTransaction(db, async (tx) => {
    const pledgeId = overrides.pledgeId ?? (await createPledge(tx, { status: "IN_PROGRESS" })).id;
    return addProgress(tx, {
      pledgeId,
      body: overrides.body ?? "已完成2处饮水点的管道更换，剩余1处月底前完成。",
      createdById: overrides.createdById ?? null,
      createdAt: overrides.createdAt ? new Date(overrides.createdAt) : new Date(),
    });
  });
}

/** Sets the township's assessment of a pledge and appends the ASSESSED event. */
export async function assessPledge(db: DbClient, pledgeId: string, assessment: Assessment, options: { actorId?: string | null; at?: Date } = {}) {
  return inTransaction(db, async (tx) => {
    const pledge = await tx.pledge.update({ where: { id: pledgeId }, data: { assessment, version: { increment: 1 } } });
    await appendPledgeEvent(tx, { pledgeId, type: "ASSESSED", payload: { assessment }, actorId: options.actorId ?? null, at: options.at });
    return pledge;
  });
}

// ---------------------------------------------------------------------------------------------
// Evaluation

export type RoundOverrides = Partial<Prisma.EvaluationRoundUncheckedCreateInput> & {
  /** The pledges to evaluate; default: the village's finished (done, partly done, not done) pledges, or a new DONE one. */
  pledgeIds?: string[];
};

/**
 * An evaluation round with its pledges. Default: OPEN since an hour ago for a week, for
 * villagers and members. An OPEN or CLOSED round appends ROUND_OPENED to each pledge's chain
 * (and a CLOSED one ROUND_CLOSED) unless `appendEvents` is false.
 */
export async function createEvaluationRound(db: DbClient, overrides: RoundOverrides = {}, options: { appendEvents?: boolean; actorId?: string | null } = {}) {
  return inTransaction(db, async (tx) => {
    const { pledgeIds: givenPledgeIds, ...data } = overrides;
    let villageId = data.villageId;
    let pledgeIds = givenPledgeIds;
    if (!villageId) {
      if (pledgeIds?.length) {
        villageId = (await tx.pledge.findUniqueOrThrow({ where: { id: pledgeIds[0] }, select: { villageId: true } })).villageId;
      } else {
        const pledge = await createPledge(tx, { status: "DONE" });
        villageId = pledge.villageId;
        pledgeIds = [pledge.id];
      }
    }
    const campaignId = data.campaignId ?? (await campaignFor(tx, (await villagePlace(tx, villageId)).county.prefectureId)).id;
    if (!pledgeIds) {
      const finished = await tx.pledge.findMany({ where: { villageId, campaignId, status: { in: [...FINISHED_STATUSES] } }, select: { id: true }, orderBy: { createdAt: "asc" } });
      pledgeIds = finished.length ? finished.map((p) => p.id) : [(await createPledge(tx, { villageId, campaignId, status: "DONE" })).id];
    }

    const now = Date.now();
    const status = data.status ?? "OPEN";
    const opensAt = data.opensAt ? new Date(data.opensAt) : new Date(now - 3_600_000);
    const closesAt = data.closesAt ? new Date(data.closesAt) : new Date(opensAt.getTime() + 7 * DAY);
    const closedAt = data.closedAt !== undefined ? data.closedAt : status === "CLOSED" ? closesAt : null;
    const round = await tx.evaluationRound.create({
      data: {
        groups: ["VILLAGER", "MEMBER"],
        createdById: options.actorId ?? null,
        ...data,
        status,
        opensAt,
        closesAt,
        closedAt,
        villageId,
        campaignId,
        pledges: { createMany: { data: pledgeIds.map((pledgeId) => ({ pledgeId })) } },
      },
    });
    if (options.appendEvents ?? true) {
      for (const pledgeId of pledgeIds) {
        if (status === "SCHEDULED") continue;
        await appendPledgeEvent(tx, { pledgeId, type: "ROUND_OPENED", payload: { roundId: round.id }, actorId: options.actorId ?? null, at: opensAt });
        if (status === "CLOSED") {
          await appendPledgeEvent(tx, { pledgeId, type: "ROUND_CLOSED", payload: { roundId: round.id }, actorId: options.actorId ?? null, at: closedAt ? new Date(closedAt) : closesAt });
        }
      }
    }
    return round;
  });
}

/** Closes a round and appends ROUND_CLOSED to each of its pledges. */
export async function closeEvaluationRound(db: DbClient, roundId: string, options: { at?: Date; actorId?: string | null } = {}) {
  return inTransaction(db, async (tx) => {
    const at = options.at ?? new Date();
    const round = await tx.evaluationRound.update({
      where: { id: roundId },
      data: { status: "CLOSED", closedAt: at, version: { increment: 1 } },
      include: { pledges: { select: { pledgeId: true } } },
    });
    for (const { pledgeId } of round.pledges) {
      await appendPledgeEvent(tx, { pledgeId, type: "ROUND_CLOSED", payload: { roundId }, actorId: options.actorId ?? null, at });
    }
    return round;
  });
}

/**
 * A printed batch of one-time codes (only random hashes are stored, as no plaintext is needed);
 * the first `used` codes are marked USED.
 */
export async function createBallotBatch(db: DbClient, overrides: Partial<Prisma.BallotBatchUncheckedCreateInput> = {}, options: { used?: number; usedAt?: Date } = {}) {
  return inTransaction(db, async (tx) => {
    const roundId = overrides.roundId ?? (await createEvaluationRound(tx)).id;
    const count = overrides.count ?? 20;
    const batch = await tx.ballotBatch.create({ data: { group: "VILLAGER", ...overrides, roundId, count } });
    const used = Math.min(options.used ?? 0, count);
    await tx.ballotCode.createMany({
      data: Array.from({ length: count }, (_, i) => ({
        batchId: batch.id,
        roundId,
        codeHash: randomHex(64),
        status: i < used ? ("USED" as const) : ("ISSUED" as const),
        usedAt: i < used ? (options.usedAt ?? new Date()) : null,
      })),
    });
    return batch;
  });
}

export type BallotOverrides = Partial<Prisma.BallotUncheckedCreateInput> & {
  /** Default: a SATISFIED vote on every pledge of the round. */
  votes?: { pledgeId: string; rating: Rating; comment?: string | null }[];
};

/** One submitted ballot (default: a villager's, by code) with its votes. */
export async function createBallot(db: DbClient, overrides: BallotOverrides = {}) {
  const { votes: givenVotes, ...data } = overrides;
  const roundId = data.roundId ?? (await createEvaluationRound(db)).id;
  const votes: NonNullable<BallotOverrides["votes"]> =
    givenVotes ??
    (await db.evaluationRoundPledge.findMany({ where: { roundId }, select: { pledgeId: true } })).map((p) => ({ pledgeId: p.pledgeId, rating: "SATISFIED" as Rating }));
  return db.ballot.create({
    data: {
      group: "VILLAGER",
      channel: "CODE",
      ...data,
      roundId,
      votes: { createMany: { data: votes.map((v) => ({ pledgeId: v.pledgeId, rating: v.rating, comment: v.comment ?? null })) } },
    },
    include: { votes: true },
  });
}

/**
 * Many ballots of one round with their votes, in two statements (for the seed's mass meetings).
 * Returns the ballots without their votes.
 */
export async function createBallots(db: DbClient, roundId: string, ballots: Omit<BallotOverrides, "roundId">[]) {
  if (ballots.length === 0) return [];
  const created = await db.ballot.createManyAndReturn({
    data: ballots.map(({ votes: _votes, ...data }) => ({ group: "VILLAGER" as const, channel: "CODE" as const, ...data, roundId })),
    select: { id: true, group: true, channel: true, createdAt: true },
  });
  created.forEach((ballot, i) => {
    const given = ballots[i]!;
    if ((given.group && ballot.group !== given.group) || (given.createdAt && ballot.createdAt.getTime() !== new Date(given.createdAt).getTime())) {
      throw new Error("createBallots: rows came back out of order");
    }
  });
  await db.vote.createMany({
    data: ballots.flatMap((ballot, i) =>
      (ballot.votes ?? []).map((v) => ({ ballotId: created[i]!.id, pledgeId: v.pledgeId, rating: v.rating, comment: v.comment ?? null })),
    ),
  });
  return created;
}

export type TallyCounts = Record<Rating, number>;

/**
 * A paper tally from a mass meeting. Default: awaiting the second entry; pass status CONFIRMED
 * for a confirmed one (second counts equal to the first unless given), which appends
 * TALLY_ENTERED to the pledge's chain.
 */
export async function createPaperTally(
  db: DbClient,
  overrides: Partial<Omit<Prisma.PaperTallyUncheckedCreateInput, "firstCounts" | "secondCounts">> & { firstCounts?: TallyCounts; secondCounts?: TallyCounts | null } = {},
  options: { appendEvent?: boolean; at?: Date } = {},
) {
  return inTransaction(db, async (tx) => {
    let { roundId, pledgeId } = overrides;
    if (!roundId) {
      const round = await createEvaluationRound(tx, pledgeId ? { pledgeIds: [pledgeId] } : {});
      roundId = round.id;
    }
    pledgeId ??= (await tx.evaluationRoundPledge.findFirstOrThrow({ where: { roundId }, select: { pledgeId: true } })).pledgeId;
    const firstCounts = overrides.firstCounts ?? { SATISFIED: 30, BASICALLY_SATISFIED: 12, DISSATISFIED: 3, UNKNOWN: 2 };
    const status = overrides.status ?? "AWAITING_SECOND_ENTRY";
    const secondCounts = overrides.secondCounts !== undefined ? overrides.secondCounts : status === "AWAITING_SECOND_ENTRY" ? null : firstCounts;
    const attendees = overrides.attendees ?? Object.values(firstCounts).reduce((a, b) => a + b, 0);
    const tally = await tx.paperTally.create({
      data: {
        ...overrides,
        roundId,
        pledgeId,
        attendees,
        status,
        firstCounts,
        secondCounts: secondCounts ?? Prisma.DbNull,
      },
    });
    if (status === "CONFIRMED" && (options.appendEvent ?? true)) {
      await appendPledgeEvent(tx, {
        pledgeId,
        type: "TALLY_ENTERED",
        payload: { roundId, tallyId: tally.id, group: tally.group, attendees, counts: firstCounts },
        actorId: tally.secondById ?? tally.firstById ?? null,
        at: options.at,
      });
    }
    return tally;
  });
}

export async function createGoodPractice(db: DbClient, overrides: Partial<Prisma.GoodPracticeUncheckedCreateInput> = {}) {
  const villageId = overrides.villageId !== undefined ? overrides.villageId : (await createVillage(db)).id;
  return db.goodPractice.create({ data: { note: "党员承诺具体实在，群众看得见、摸得着。", ...overrides, villageId } });
}

// ---------------------------------------------------------------------------------------------
// A small tree for tests

export type TreeUser = { id: string; phone: string; name: string; role: Role };
export type TreeVillage = { id: string; slug: string; townshipId: string; countyId: string };
export type TreeTownship = { id: string; countyId: string; villages: [TreeVillage, TreeVillage] };
export type TreeDepartment = { id: string; countyId: string; pairedVillageId: string };
export type TreeCounty = { id: string; townships: [TreeTownship, TreeTownship]; department: TreeDepartment };
export type TreeUsers = {
  prefectureOrganiser: TreeUser;
  countyOrganiser: TreeUser;
  townshipOfficer: TreeUser;
  departmentOfficer: TreeUser;
  villageSecretary: TreeUser;
};

export type OrgTree = {
  /** Plaintext password of every user in the tree. */
  password: string;
  prefectureId: string;
  campaignId: string;
  /** Both counties: [0] is "the" county, [1] its sibling. */
  counties: [TreeCounty, TreeCounty];
  /** The first place of each level, where `users` sit. */
  county: TreeCounty;
  township: TreeTownship;
  village: TreeVillage;
  department: TreeDepartment;
  /** A sibling at each level: the second county; the second township and second village under the first parent; the second county's department. */
  siblingCounty: TreeCounty;
  siblingTownship: TreeTownship;
  siblingVillage: TreeVillage;
  siblingDepartment: TreeDepartment;
  /** One user per role at the first place of each level. */
  users: TreeUsers;
  /** One user per role at the sibling place (there is no sibling prefecture). */
  siblingUsers: Omit<TreeUsers, "prefectureOrganiser">;
};

/**
 * One prefecture with a current campaign, two counties of two townships of two villages each,
 * one department per county paired with the first village of its county, and one user per role
 * at the first place of each level plus one at the sibling place.
 */
export async function createOrgTree(db: DbClient): Promise<OrgTree> {
  const prefecture = await createPrefecture(db);
  const campaign = await createCampaign(db, { prefectureId: prefecture.id });
  const counties: TreeCounty[] = [];
  for (let c = 0; c < 2; c++) {
    const county = await createCounty(db, { prefectureId: prefecture.id });
    const townships: TreeTownship[] = [];
    for (let t = 0; t < 2; t++) {
      const township = await createTownship(db, { countyId: county.id });
      const villages: TreeVillage[] = [];
      for (let v = 0; v < 2; v++) {
        const village = await createVillage(db, { townshipId: township.id, countyId: county.id });
        villages.push({ id: village.id, slug: village.slug, townshipId: township.id, countyId: county.id });
      }
      townships.push({ id: township.id, countyId: county.id, villages: villages as [TreeVillage, TreeVillage] });
    }
    const firstVillageId = townships[0]!.villages[0].id;
    const department = await createDepartment(db, { countyId: county.id });
    await pairDepartment(db, { departmentId: department.id, villageId: firstVillageId });
    counties.push({
      id: county.id,
      townships: townships as [TreeTownship, TreeTownship],
      department: { id: department.id, countyId: county.id, pairedVillageId: firstVillageId },
    });
  }
  const [first, second] = counties as [TreeCounty, TreeCounty];
  const passwordHash = await testPasswordHash();
  const prefectureId = prefecture.id;

  async function user(role: Role, place: Partial<Prisma.UserUncheckedCreateInput>): Promise<TreeUser> {
    const created = await createUser(db, { role, passwordHash, prefectureId, ...place });
    return { id: created.id, phone: created.phone, name: created.name, role };
  }
  async function usersAt(county: TreeCounty, township: TreeTownship, village: TreeVillage, department: TreeDepartment) {
    return {
      countyOrganiser: await user("COUNTY_ORGANISER", { countyId: county.id }),
      townshipOfficer: await user("TOWNSHIP_OFFICER", { countyId: township.countyId, townshipId: township.id }),
      departmentOfficer: await user("DEPARTMENT_OFFICER", { countyId: department.countyId, departmentId: department.id }),
      villageSecretary: await user("VILLAGE_SECRETARY", { countyId: village.countyId, townshipId: village.townshipId, villageId: village.id }),
    };
  }

  const township = first.townships[0];
  const siblingTownship = first.townships[1];
  const village = township.villages[0];
  const siblingVillage = township.villages[1];
  const users: TreeUsers = {
    prefectureOrganiser: await user("PREFECTURE_ORGANISER", {}),
    ...(await usersAt(first, township, village, first.department)),
  };
  const siblingUsers = await usersAt(second, siblingTownship, siblingVillage, second.department);

  return {
    password: TEST_PASSWORD,
    prefectureId,
    campaignId: campaign.id,
    counties: [first, second],
    county: first,
    township,
    village,
    department: first.department,
    siblingCounty: second,
    siblingTownship,
    siblingVillage,
    siblingDepartment: second.department,
    users,
    siblingUsers,
  };
}
