// The words of the demo seed: Haixi's places, and the problems, pledges, progress notes and
// explanations that villages in the source speech would write. prisma/seed.ts combines them.
import type { OpinionSource, ProblemArea } from "@/lib/generated/prisma/client";
import type { Rng } from "@/tests/factories";

// ---------------------------------------------------------------------------------------------
// Places. [name, isPastoral]; 天峻县 is the prefecture's one purely herding county.

type VillageSeed = readonly [name: string, isPastoral: boolean];
export type CountySeed = {
  name: string;
  townships: readonly { name: string; villages: readonly VillageSeed[] }[];
  departments: readonly string[];
};

export const HAIXI: readonly CountySeed[] = [
  {
    name: "德令哈市",
    departments: ["县农牧局", "县水利局"],
    townships: [
      { name: "柯鲁柯镇", villages: [["希望村", false], ["金原村", false], ["连湖村", false], ["安康村", false], ["乌兰干沟村", true]] },
      { name: "尕海镇", villages: [["尕海村", false], ["富源村", false], ["泉水村", false], ["陶斯图村", true]] },
      { name: "怀头他拉镇", villages: [["卡格图村", true], ["西滩村", false], ["哈拉郭勒村", true]] },
    ],
  },
  {
    name: "格尔木市",
    departments: ["县交通局", "县人社局"],
    townships: [
      { name: "郭勒木德镇", villages: [["盐桥村", false], ["宝库村", false], ["新华村", false], ["红柳村", false], ["中村", false]] },
      { name: "唐古拉山镇", villages: [["长江源村", true], ["拉智村", true], ["各拉丹东村", true]] },
      { name: "大格勒乡", villages: [["查那村", false], ["大格勒村", false], ["菜园村", false], ["察汗托洛海村", true]] },
    ],
  },
  {
    name: "乌兰县",
    departments: ["县农牧局", "县水利局"],
    townships: [
      { name: "希里沟镇", villages: [["东庄村", false], ["西庄村", false], ["河东村", false], ["卜浪沟村", false]] },
      { name: "茶卡镇", villages: [["茶卡村", false], ["巴音村", true], ["乌兰哈达村", true], ["莫河村", false]] },
      { name: "柯柯镇", villages: [["柯柯村", false], ["赛什克村", true], ["托海村", true]] },
      { name: "铜普镇", villages: [["察汗诺村", true], ["都兰河村", false], ["铜普村", false]] },
    ],
  },
  {
    name: "都兰县",
    departments: ["县农牧局", "县人社局"],
    townships: [
      { name: "察汗乌苏镇", villages: [["西新村", false], ["东山村", false], ["察汗乌苏村", false], ["下滩村", false], ["水文村", false]] },
      { name: "香日德镇", villages: [["香日德村", false], ["沟里村", true], ["上柴村", false], ["下柴村", false]] },
      { name: "宗加镇", villages: [["诺木洪村", false], ["乌图村", true], ["哈夏村", true]] },
    ],
  },
  {
    name: "天峻县",
    departments: ["县农牧局", "县交通局"],
    townships: [
      { name: "新源镇", villages: [["梅陇村", true], ["紫葵村", true], ["阳康村", true], ["快尔玛村", true]] },
      { name: "江河镇", villages: [["江河村", true], ["加木格尔村", true], ["尕日拉村", true]] },
      { name: "舟群乡", villages: [["舟群村", true], ["关角村", true], ["尕河村", true]] },
    ],
  },
];

/** Villages given a particular shape, so that oversight has something to find. */
export const VILLAGE_ROLES = {
  /** Weak link: no focus problem chosen. */
  noFocus: ["中村", "水文村", "托海村"],
  /** Weak link: a focus problem chosen but no plan written. */
  focusWithoutPlan: ["安康村", "拉智村", "尕河村"],
  /** Weak link: half the members have pledged nothing. */
  idleMembers: ["哈拉郭勒村", "下柴村"],
  /** Deadlines passed: a closed evaluation round with ballots and a paper tally. */
  closedRound: ["金原村", "尕海村", "盐桥村", "东庄村", "西新村", "梅陇村"],
  /** A closed round where every vote is 满意: the anomaly check should flag it. */
  unanimousRound: ["尕海村"],
  /** An evaluation round under way. */
  openRound: ["希望村"],
} as const;

// ---------------------------------------------------------------------------------------------
// Skills, matched to member pledges

export const PASTORAL_SKILLS: readonly (readonly [string, number])[] = [
  ["养殖", 6],
  ["兽医", 2],
  ["运输", 3],
  ["剪羊毛", 2],
  ["民族刺绣", 2],
  ["电焊", 1],
  ["经营商店", 1],
];
export const FARMING_SKILLS: readonly (readonly [string, number])[] = [
  ["种植", 4],
  ["种植枸杞", 4],
  ["养殖", 3],
  ["农机", 3],
  ["运输", 3],
  ["电焊", 2],
  ["泥瓦", 2],
  ["电工", 1],
  ["劳务经纪", 1],
  ["民族刺绣", 1],
  ["经营商店", 1],
];

// ---------------------------------------------------------------------------------------------
// Pledge templates

export type PlaceContext = { village: string; n: number; rng: Rng; names: (count: number) => string };

export type PledgeTemplate = {
  area: ProblemArea;
  unit: string;
  range: readonly [number, number];
  /** Quantities are multiples of this. */
  step?: number;
  action: (n: number) => string;
  place: (c: PlaceContext) => string;
  verification: string;
  /** true: herding villages only; false: farming villages only; unset: any. */
  pastoral?: boolean;
  /** The quantity is the village's number of households. */
  fromHouseholds?: boolean;
  /** The problems (by topic) this pledge can serve; a problem without a topic takes any pledge of its area. */
  topics?: readonly string[];
};

/** Whether a pledge made from this template can be filed against this problem. */
export function serves(template: PledgeTemplate, problem: { area: ProblemArea; topic?: string }): boolean {
  return template.area === problem.area && (problem.topic === undefined || (template.topics ?? []).includes(problem.topic));
}

const SHE = ["一社", "二社", "三社", "四社"];

export const BRANCH_TEMPLATES: readonly PledgeTemplate[] = [
  { area: "DRINKING_WATER", unit: "处", range: [2, 5], action: (n) => `为村里修缮${n}处牲畜饮水点`, place: (c) => `${c.village}冬春草场${c.n}处饮水点`, verification: "村民代表验收饮水点出水正常、冬季不冻", pastoral: true, topics: ["牲畜饮水"] },
  { area: "DRINKING_WATER", unit: "眼", range: [1, 2], action: (n) => `新打人畜饮水机井${n}眼`, place: (c) => `${c.village}${c.rng.pick(SHE)}居民点`, verification: "水质经县疾控中心检测合格并正常通水", topics: ["牲畜饮水", "自来水"] },
  { area: "DRINKING_WATER", unit: "米", range: [400, 1500], step: 100, action: (n) => `更换老化入户自来水管道${n}米`, place: (c) => `${c.village}${c.rng.pick(SHE)}、${c.rng.pick(SHE)}沿街${c.rng.int(20, 60)}户`, verification: "每户龙头出水正常，村民代表签字验收", pastoral: false, topics: ["自来水"] },
  { area: "DRINKING_WATER", unit: "座", range: [1, 2], action: (n) => `修建冬季防冻蓄水池${n}座`, place: (c) => `${c.village}冬季定居点`, verification: "入冬后蓄水池不冻、牧户可正常取水", pastoral: true, topics: ["牲畜饮水"] },
  { area: "VILLAGE_APPEARANCE", unit: "公里", range: [1, 5], action: (n) => `修通${n}公里砂石路`, place: (c) => `${c.village}至乡道连接段`, verification: "乡镇干部和村民代表实地验收，雨天车辆可通行", topics: ["道路"] },
  { area: "VILLAGE_APPEARANCE", unit: "处", range: [4, 10], action: (n) => `清理村内垃圾堆放点${n}处并建垃圾池`, place: (c) => `${c.village}主巷道及渠边${c.n}处`, verification: "垃圾点清理干净，垃圾池投入使用，乡镇检查验收", pastoral: false, topics: ["垃圾"] },
  { area: "VILLAGE_APPEARANCE", unit: "盏", range: [10, 40], action: (n) => `在村主干道安装太阳能路灯${n}盏`, place: (c) => `${c.village}主干道`, verification: "夜间全部亮灯，村民代表验收", topics: ["路灯"] },
  { area: "VILLAGE_APPEARANCE", unit: "米", range: [500, 2000], step: 100, action: (n) => `整修临街院墙${n}米`, place: (c) => `${c.village}主街两侧`, verification: "墙面完好、统一粉刷，村民代表验收", pastoral: false },
  { area: "INCOME", unit: "座", range: [4, 12], action: (n) => `新建标准化暖棚${n}座`, place: (c) => `${c.village}养殖户${c.n}户`, verification: "暖棚投入使用，入冬前存栏羊只进棚", topics: ["暖棚"] },
  { area: "INCOME", unit: "只", range: [10, 30], action: (n) => `引进优质种公羊${n}只改良羊群`, place: () => "全村养殖户", verification: "种公羊到村并登记造册，配种记录可查", topics: ["良种"] },
  { area: "INCOME", unit: "户", range: [15, 40], action: (n) => `成立养殖合作社，吸纳${n}户入社`, place: (c) => `${c.village}养殖户`, verification: "合作社完成登记，入社协议逐户签字", topics: ["良种"] },
  { area: "INCOME", unit: "亩", range: [100, 500], step: 50, action: (n) => `建设人工饲草地${n}亩`, place: (c) => `${c.village}冬春草场`, verification: "饲草地播种出苗，乡农牧站现场验收", pastoral: true, topics: ["饲草"] },
  { area: "POVERTY_RELIEF", unit: "户", range: [5, 15], action: (n) => `为${n}户贫困户落实产业扶持项目`, place: (c) => `贫困户${c.names(Math.min(c.n, 4))}等${c.n}户`, verification: "每户签订帮扶协议，项目资金到户" },
  { area: "POVERTY_RELIEF", unit: "户", range: [2, 6], action: (n) => `帮助${n}户困难户修缮危房`, place: (c) => `困难户${c.names(c.n)}`, verification: "修缮完工，户主签字，乡镇住建员验收" },
  { area: "POVERTY_RELIEF", unit: "户", range: [5, 12], action: (n) => `为${n}户贫困户每户发放能繁母羊5只`, place: (c) => `贫困户${c.names(Math.min(c.n, 4))}等${c.n}户`, verification: "母羊发放到户并登记耳标号", pastoral: true },
  { area: "PLANTING_STRUCTURE", unit: "亩", range: [50, 300], step: 10, action: (n) => `调整种植结构，新增枸杞种植${n}亩`, place: (c) => `${c.village}${c.rng.pick(SHE)}耕地`, verification: "苗木栽植成活率85%以上，乡农技站验收", pastoral: false },
  { area: "PLANTING_STRUCTURE", unit: "亩", range: [30, 120], step: 10, action: (n) => `示范种植藜麦${n}亩`, place: (c) => `${c.village}示范田`, verification: "按亩产统计，收获后村民代表现场测产", pastoral: false },
  { area: "PLANTING_STRUCTURE", unit: "亩", range: [200, 800], step: 50, action: (n) => `推广青稞良种${n}亩`, place: (c) => `${c.village}种植户`, verification: "良种发放登记到户，秋收测产", pastoral: false },
  { area: "LABOUR_EXPORT", unit: "人", range: [8, 30], action: (n) => `组织${n}人赴格尔木务工`, place: (c) => `${c.village}富余劳动力`, verification: "务工合同签订，人社所登记在册" },
  { area: "LABOUR_EXPORT", unit: "期", range: [1, 3], action: (n) => `举办电焊、驾驶技能培训${n}期`, place: (c) => `${c.village}青壮年${c.rng.int(20, 40)}人`, verification: "参训人员领取结业证书" },
  { area: "LABOUR_EXPORT", unit: "人", range: [20, 60], action: (n) => `组织${n}人参加枸杞采摘季节性务工`, place: (c) => `${c.village}留守妇女和富余劳动力`, verification: "务工人数和工资发放记录可查", pastoral: false },
  { area: "VILLAGE_AFFAIRS", unit: "次", range: [4, 4], action: () => "按季度公开村务财务，全年公开4次", place: (c) => `${c.village}村务公开栏`, verification: "每次公开拍照存档，乡镇纪检员核查" },
  { area: "VILLAGE_AFFAIRS", unit: "次", range: [3, 6], action: (n) => `召开村民代表会议${n}次审议集体资金使用`, place: (c) => `${c.village}村民代表`, verification: "会议记录和表决结果张榜公布" },
  { area: "WORK_STYLE", unit: "户", range: [60, 400], action: (n) => `村两委干部走访全村${n}户，登记群众诉求`, place: () => "全村农牧户", verification: "走访登记册逐户签字，诉求办理结果公示", fromHouseholds: true },
  { area: "WORK_STYLE", unit: "个", range: [3, 6], action: (n) => `村干部轮流到${n}个牧业点驻点服务`, place: (c) => `${c.village}夏季牧场${c.n}个牧业点`, verification: "驻点日志和牧户签字", pastoral: true },
  { area: "OTHER", unit: "只", range: [2000, 8000], step: 500, action: (n) => `为全村${n}只羊开展春秋两季防疫驱虫`, place: () => "全村牧户", verification: "防疫档案登记，乡畜牧站抽查", pastoral: true, topics: ["防疫"] },
  { area: "OTHER", unit: "人", range: [5, 15], action: (n) => `为${n}名留守老人每月上门探望`, place: (c) => `留守老人${c.names(Math.min(c.n, 4))}等${c.n}人`, verification: "探望记录由老人或家属签字", topics: ["留守"] },
];

export const MEMBER_TEMPLATES: Readonly<Record<string, readonly PledgeTemplate[]>> = {
  养殖: [
    { area: "INCOME", unit: "户", range: [2, 5], action: (n) => `带动${n}户贫困户养殖藏系羊`, place: (c) => `贫困户${c.names(c.n)}`, verification: "每户存栏增加，入户查看登记", topics: ["良种"] },
    { area: "INCOME", unit: "户", range: [3, 6], action: (n) => `向${n}户困难户免费传授冬季暖棚育羔技术`, place: (c) => `困难户${c.names(c.n)}`, verification: "羔羊成活率提高，户主签字", topics: ["暖棚"] },
    { area: "POVERTY_RELIEF", unit: "户", range: [2, 5], action: (n) => `无偿借给${n}户困难户种公羊配种`, place: (c) => `困难户${c.names(c.n)}`, verification: "配种记录和受益户签字" },
  ],
  运输: [
    { area: "POVERTY_RELIEF", unit: "户", range: [2, 6], action: (n) => `免费为${n}户孤寡老人拉运冬季饲草`, place: (c) => `孤寡老人${c.names(c.n)}`, verification: "老人签字确认饲草到家" },
    { area: "VILLAGE_APPEARANCE", unit: "车", range: [10, 30], action: (n) => `为村里义务拉运修路砂石${n}车`, place: (c) => `${c.village}砂石路工地`, verification: "村委会记录车次", topics: ["道路"] },
    { area: "OTHER", unit: "名", range: [3, 8], action: (n) => `免费接送${n}名学生往返乡寄宿学校`, place: (c) => `学生${c.names(Math.min(c.n, 3))}等${c.n}人`, verification: "家长签字，学校出勤记录", pastoral: true, topics: ["留守"] },
  ],
  农机: [
    { area: "PLANTING_STRUCTURE", unit: "亩", range: [20, 60], step: 5, action: (n) => `为缺劳力家庭免费机耕${n}亩`, place: (c) => `缺劳力户${c.names(c.rng.int(3, 5))}`, verification: "机耕面积由受益户签字确认" },
    { area: "INCOME", unit: "户", range: [5, 12], action: (n) => `免费为${n}户村民维修农机具`, place: (c) => `${c.village}种植户${c.n}户`, verification: "维修登记和户主签字" },
  ],
  电焊: [
    { area: "INCOME", unit: "户", range: [4, 10], action: (n) => `为${n}户牧户免费修补网围栏和畜棚门`, place: (c) => `${c.village}牧户${c.n}户`, verification: "修补完好，牧户签字确认", topics: ["暖棚"] },
    { area: "VILLAGE_APPEARANCE", unit: "个", range: [5, 15], action: (n) => `为村里焊接安装垃圾箱${n}个`, place: (c) => `${c.village}主巷道`, verification: "垃圾箱安装到位，村委会验收", topics: ["垃圾"] },
  ],
  种植枸杞: [
    { area: "PLANTING_STRUCTURE", unit: "户", range: [3, 8], action: (n) => `带动${n}户村民种植枸杞并全年指导修剪`, place: (c) => `村民${c.names(Math.min(c.n, 4))}等${c.n}户`, verification: "每户栽植到位，乡农技员抽查", pastoral: false },
    { area: "INCOME", unit: "户", range: [5, 15], action: (n) => `为${n}户村民免费修剪枸杞树`, place: (c) => `${c.village}枸杞种植户${c.n}户`, verification: "受益户签字确认", pastoral: false },
  ],
  民族刺绣: [
    { area: "INCOME", unit: "名", range: [5, 15], action: (n) => `组织${n}名妇女学习民族刺绣并帮助代销`, place: (c) => `${c.village}留守妇女${c.n}人`, verification: "学员名单和作品售出记录可查" },
  ],
  兽医: [
    { area: "OTHER", unit: "户", range: [15, 40], action: (n) => `为${n}户牧户的牲畜免费打防疫针`, place: (c) => `${c.village}牧户${c.n}户`, verification: "防疫登记册，牧户签字", topics: ["防疫"] },
    { area: "POVERTY_RELIEF", unit: "户", range: [3, 8], action: (n) => `为${n}户贫困户免费诊治病畜`, place: (c) => `贫困户${c.names(Math.min(c.n, 4))}等${c.n}户`, verification: "诊治记录和受益户签字" },
  ],
  种植: [
    { area: "PLANTING_STRUCTURE", unit: "户", range: [5, 10], action: (n) => `为${n}户村民示范推广青稞新品种`, place: (c) => `${c.village}种植户${c.n}户`, verification: "秋收测产对比，户主签字", pastoral: false },
    { area: "POVERTY_RELIEF", unit: "户", range: [3, 6], action: (n) => `帮助${n}户缺劳力家庭春耕播种`, place: (c) => `缺劳力户${c.names(c.n)}`, verification: "播种完成，户主签字", pastoral: false },
  ],
  劳务经纪: [
    { area: "LABOUR_EXPORT", unit: "人", range: [3, 10], action: (n) => `介绍${n}名村里青年到格尔木、德令哈务工`, place: (c) => `${c.village}青年${c.n}人`, verification: "务工合同和工资发放记录" },
  ],
  泥瓦: [
    { area: "POVERTY_RELIEF", unit: "户", range: [1, 3], action: (n) => `为${n}户五保户义务修缮房屋`, place: (c) => `五保户${c.names(c.n)}`, verification: "修缮完工，户主和村委会签字" },
    { area: "INCOME", unit: "户", range: [2, 5], action: (n) => `帮助${n}户村民砌筑畜棚`, place: (c) => `村民${c.names(c.n)}`, verification: "畜棚建成投入使用", topics: ["暖棚"] },
  ],
  电工: [
    { area: "VILLAGE_APPEARANCE", unit: "户", range: [8, 20], action: (n) => `为${n}户村民义务检修入户电路`, place: (c) => `${c.village}老旧房屋${c.n}户`, verification: "检修登记，户主签字" },
  ],
  经营商店: [
    { area: "POVERTY_RELIEF", unit: "户", range: [3, 6], action: (n) => `为${n}户困难户代购生活用品并送货上门`, place: (c) => `困难户${c.names(c.n)}`, verification: "送货记录，受益户签字" },
  ],
  剪羊毛: [
    { area: "POVERTY_RELIEF", unit: "户", range: [3, 6], action: (n) => `剪毛季为${n}户缺劳力牧户义务剪羊毛`, place: (c) => `缺劳力牧户${c.names(c.n)}`, verification: "剪毛只数登记，牧户签字", pastoral: true },
  ],
};

/** For members whose skills match no template, and to give variety. */
export const GENERAL_MEMBER_TEMPLATES: readonly PledgeTemplate[] = [
  { area: "POVERTY_RELIEF", unit: "户", range: [1, 3], action: (n) => `与${n}户困难户结对帮扶，每月上门1次`, place: (c) => `困难户${c.names(c.n)}`, verification: "帮扶记录由受助户签字" },
  { area: "VILLAGE_APPEARANCE", unit: "次", range: [10, 24], action: (n) => `义务清扫村道${n}次`, place: (c) => `${c.village}主巷道`, verification: "村委会登记，村民监督", topics: ["垃圾"] },
  { area: "OTHER", unit: "名", range: [2, 5], action: (n) => `为${n}名留守儿童义务辅导作业`, place: (c) => `留守儿童${c.names(c.n)}`, verification: "家长签字确认", topics: ["留守"] },
  { area: "WORK_STYLE", unit: "次", range: [4, 8], action: (n) => `到牧业点宣讲惠农政策${n}次`, place: (c) => `${c.village}各牧业点`, verification: "宣讲记录和参加人员签到", pastoral: true },
];

/** Support the township pledges upward, by the area of the focus problem it supports. */
export const TOWNSHIP_TEMPLATES: readonly PledgeTemplate[] = [
  { area: "DRINKING_WATER", unit: "万元", range: [5, 20], action: (n) => `协调项目资金${n}万元支持村里修建人畜饮水设施`, place: (c) => `${c.village}人畜饮水工程`, verification: "资金拨付到村，工程验收单可查", topics: ["牲畜饮水", "自来水"] },
  { area: "VILLAGE_APPEARANCE", unit: "公里", range: [2, 6], action: (n) => `将${n}公里通村道路纳入全镇道路建设计划`, place: (c) => `${c.village}通村道路`, verification: "列入镇年度计划并开工", topics: ["道路"] },
  { area: "INCOME", unit: "次", range: [4, 8], action: (n) => `派农牧技术员驻村指导${n}次`, place: (c) => `${c.village}养殖户`, verification: "驻村指导记录，养殖户签字", topics: ["良种", "暖棚", "饲草"] },
  { area: "LABOUR_EXPORT", unit: "个", range: [10, 30], action: (n) => `为村里争取劳务输出岗位${n}个`, place: (c) => `${c.village}富余劳动力`, verification: "岗位对接名单和上岗记录" },
  { area: "POVERTY_RELIEF", unit: "户", range: [5, 12], action: (n) => `为村里${n}户贫困户协调小额贴息贷款`, place: (c) => `${c.village}贫困户${c.n}户`, verification: "贷款发放到户，银行回单可查" },
  { area: "PLANTING_STRUCTURE", unit: "万株", range: [2, 6], action: (n) => `协调枸杞苗木${n}万株支持村里调整种植结构`, place: (c) => `${c.village}种植户`, verification: "苗木到村交接单，栽植后乡农技站验收" },
  { area: "VILLAGE_AFFAIRS", unit: "次", range: [4, 4], action: () => "派镇纪检员每季度到村监督村务公开，全年4次", place: (c) => `${c.village}村务公开栏`, verification: "监督记录和公开栏照片存档" },
  { area: "WORK_STYLE", unit: "天", range: [2, 4], action: (n) => `镇包村干部每月到村坐班${n}天`, place: (c) => `${c.village}党员活动室`, verification: "坐班登记和代办事项台账" },
  { area: "OTHER", unit: "次", range: [2, 4], action: (n) => `协调镇畜牧兽医站到村集中防疫${n}次`, place: (c) => `${c.village}牧户`, verification: "防疫档案和兽医站记录", topics: ["防疫"] },
  { area: "DRINKING_WATER", unit: "处", range: [2, 4], action: (n) => `协调资金为村里维修${n}处人畜饮水点`, place: (c) => `${c.village}饮水点`, verification: "维修后出水正常，村民代表验收", topics: ["牲畜饮水"] },
];

/** Support a paired county department pledges, by department. */
export const DEPARTMENT_TEMPLATES: Readonly<Record<string, readonly PledgeTemplate[]>> = {
  县农牧局: [
    { area: "INCOME", unit: "只", range: [20, 50], action: (n) => `为村里提供良种公羊${n}只`, place: (c) => `${c.village}养殖户`, verification: "良种羊交接单和耳标登记", topics: ["良种"] },
    { area: "INCOME", unit: "期", range: [2, 4], action: (n) => `在村里开展养殖技术培训${n}期`, place: (c) => `${c.village}养殖户`, verification: "培训签到表和现场照片", topics: ["良种", "暖棚", "饲草"] },
    { area: "OTHER", unit: "箱", range: [10, 30], action: (n) => `免费发放牲畜防疫驱虫药品${n}箱`, place: (c) => `${c.village}牧户`, verification: "药品发放登记，牧户签字", topics: ["防疫"] },
    { area: "PLANTING_STRUCTURE", unit: "公斤", range: [2000, 8000], step: 500, action: (n) => `为村里免费提供青稞良种${n}公斤`, place: (c) => `${c.village}种植户`, verification: "良种发放登记到户，秋收测产" },
    { area: "POVERTY_RELIEF", unit: "户", range: [5, 12], action: (n) => `为村里${n}户贫困户落实畜牧产业扶持项目`, place: (c) => `${c.village}贫困户${c.n}户`, verification: "项目资金和牲畜到户，逐户签字" },
  ],
  县水利局: [
    { area: "DRINKING_WATER", unit: "眼", range: [1, 3], action: (n) => `为村里打人畜饮水机井${n}眼`, place: (c) => `${c.village}居民点和冬春草场`, verification: "机井出水，水质检测合格", topics: ["牲畜饮水", "自来水"] },
    { area: "DRINKING_WATER", unit: "公里", range: [2, 6], action: (n) => `为村里铺设供水管网${n}公里`, place: (c) => `${c.village}居民点`, verification: "管网通水，村民代表验收", topics: ["自来水"] },
    { area: "PLANTING_STRUCTURE", unit: "亩", range: [100, 400], step: 50, action: (n) => `为村里新建节水灌溉${n}亩`, place: (c) => `${c.village}耕地`, verification: "滴灌设施通水试运行，水利局验收", pastoral: false },
  ],
  县交通局: [
    { area: "VILLAGE_APPEARANCE", unit: "公里", range: [2, 8], action: (n) => `为村里铺设砂石路${n}公里`, place: (c) => `${c.village}通村道路`, verification: "道路通车，交通局和村民代表联合验收", topics: ["道路"] },
    { area: "INCOME", unit: "公里", range: [3, 10], action: (n) => `为村里修通${n}公里牧道，方便牲畜出栏外运`, place: (c) => `${c.village}冬春草场至乡道`, verification: "牧道通车，拉运车辆可进出", pastoral: true, topics: ["良种"] },
  ],
  县人社局: [
    { area: "LABOUR_EXPORT", unit: "人", range: [10, 30], action: (n) => `组织村里${n}名村民参加免费技能培训`, place: (c) => `${c.village}富余劳动力`, verification: "培训结业证书和就业登记" },
    { area: "LABOUR_EXPORT", unit: "人", range: [5, 20], action: (n) => `推荐村里${n}人到园区企业务工`, place: (c) => `${c.village}青壮年`, verification: "劳动合同签订和社保登记" },
    { area: "POVERTY_RELIEF", unit: "个", range: [3, 8], action: (n) => `为村里贫困家庭开发公益性岗位${n}个`, place: (c) => `${c.village}贫困家庭`, verification: "岗位人员名单公示，工资按月发放" },
  ],
};

/** What the vagueness check is for: hollow pledges with no number and filler words. */
export const VAGUE_PLEDGES: readonly { area: ProblemArea; action: string; kind: "BRANCH" | "MEMBER" }[] = [
  { area: "VILLAGE_APPEARANCE", action: "进一步加强村容村貌整治", kind: "BRANCH" },
  { area: "INCOME", action: "积极带领群众发展经济，努力增加收入", kind: "BRANCH" },
  { area: "VILLAGE_AFFAIRS", action: "切实做好村务公开工作", kind: "BRANCH" },
  { area: "DRINKING_WATER", action: "大力推进人畜饮水工程建设", kind: "BRANCH" },
  { area: "WORK_STYLE", action: "努力提高为民服务水平", kind: "BRANCH" },
  { area: "POVERTY_RELIEF", action: "积极帮助困难群众解决实际困难", kind: "MEMBER" },
  { area: "INCOME", action: "带头发展致富产业，促进群众增收", kind: "MEMBER" },
  { area: "OTHER", action: "切实发挥党员先锋模范作用", kind: "MEMBER" },
];

// ---------------------------------------------------------------------------------------------
// Problems

export type ProblemSeed = {
  area: ProblemArea;
  title: string;
  description: string;
  opinions: readonly string[];
  focusReason: string;
  expectedResult: string;
  measures: string;
  timeline: string;
  pastoral?: boolean;
  topic?: string;
};

export const PROBLEMS: readonly ProblemSeed[] = [
  {
    area: "DRINKING_WATER",
    title: "冬春牲畜饮水难",
    topic: "牲畜饮水",
    description: "冬季河道封冻，牧户要赶着牲畜走几公里去饮水，牲畜掉膘严重，老饮水点年久失修。",
    opinions: ["冬天河面结冰，羊要赶到五六公里外去饮水。", "老饮水点的水泵坏了两年没人修。", "希望在冬春草场修几处不冻的饮水点。"],
    focusReason: "涉及全村牧户，征求意见时提得最多，入冬前就能见到成效",
    expectedResult: "冬春草场饮水点全部修好，牲畜就近饮水",
    measures: "一、摸清全村饮水点底数；二、申请镇里协调资金；三、党员分片包修；四、入冬前村民代表验收。",
    timeline: "4月摸底，6—9月施工，10月底前验收",
    pastoral: true,
  },
  {
    area: "DRINKING_WATER",
    title: "自来水管道老化，入户水压不足",
    topic: "自来水",
    description: "村里管道铺设已十多年，冬季常冻裂，地势高的农户经常停水。",
    opinions: ["一到冬天水管就冻裂，十天半月没水吃。", "村东头地势高，白天基本没水。", "管道漏水严重，希望统一更换。"],
    focusReason: "群众反映最强烈，直接关系吃水安全",
    expectedResult: "老化管道全部更换，全村正常供水",
    measures: "一、请县水利局勘测管网；二、争取人饮巩固提升项目；三、党员带头投工投劳；四、分段通水验收。",
    timeline: "4—5月勘测，6—9月更换，10月通水",
    pastoral: false,
  },
  {
    area: "VILLAGE_APPEARANCE",
    title: "通村道路坑洼，雨天出行难",
    topic: "道路",
    description: "村里到乡道的土路坑洼不平，雨雪天车辆进不来，农畜产品拉不出去。",
    opinions: ["下雨天路上全是泥，摩托车都骑不了。", "拉羊的车进不来，只能赶到乡上去卖。", "孩子上学要走好远的烂泥路。"],
    focusReason: "出行是全村最大的难处，修通后见效快",
    expectedResult: "通村砂石路全线贯通，雨天可通行",
    measures: "一、村民代表会议确定线路；二、争取县交通局项目；三、党员和群众投工投劳；四、分段验收。",
    timeline: "4月定线，5—9月施工，10月验收",
  },
  {
    area: "VILLAGE_APPEARANCE",
    title: "村内垃圾乱堆乱放",
    topic: "垃圾",
    description: "村内没有固定垃圾点，渠边、路边垃圾成堆，夏天气味大。",
    opinions: ["渠边垃圾堆了几年没人管。", "希望村里建几个垃圾池，定期清运。", "村里脏乱差，外面人来了都笑话。"],
    focusReason: "群众天天看得见，整治后村容村貌马上改观",
    expectedResult: "垃圾点全部清理，建成垃圾池并定期清运",
    measures: "一、党员分片包干清理；二、新建垃圾池；三、制定村规民约，每月评比。",
    timeline: "4—6月集中清理，7月起常态化保洁",
    pastoral: false,
  },
  {
    area: "VILLAGE_APPEARANCE",
    title: "村主干道夜间无路灯",
    topic: "路灯",
    description: "村主干道没有路灯，冬季天黑早，老人孩子出行不安全。",
    opinions: ["晚上路黑，去年有老人摔伤。", "希望主干道装几盏太阳能路灯。"],
    focusReason: "花钱不多、见效快，群众要求迫切",
    expectedResult: "主干道全部安装太阳能路灯并正常亮灯",
    measures: "一、确定安装点位；二、申请项目资金；三、安装后由党员包片维护。",
    timeline: "5月定点，7—8月安装",
  },
  {
    area: "INCOME",
    title: "牧民增收渠道单一，畜群品种退化",
    topic: "良种",
    description: "牧户收入主要靠卖羊，羊群多年近亲繁殖，个体小、出栏价低。",
    opinions: ["羊越养越小，卖不上价。", "希望村里统一引进好种羊。", "想搞合作社，但没人牵头。"],
    focusReason: "增加牧民收入是群众最关心的事，良种改良当年就能见效",
    expectedResult: "引进良种改良羊群，成立合作社带动增收",
    measures: "一、争取县农牧局良种项目；二、党员养殖大户带头；三、成立合作社统一销售。",
    timeline: "4—5月引种，6月成立合作社，全年跟踪",
    pastoral: true,
  },
  {
    area: "INCOME",
    title: "养殖规模小，缺少暖棚",
    topic: "暖棚",
    description: "多数养殖户没有标准暖棚，冬季羔羊死亡率高。",
    opinions: ["冬天羔羊冻死不少。", "建暖棚缺钱，希望有补贴。"],
    focusReason: "暖棚建起来冬季就能减少损失，群众看得见",
    expectedResult: "新建标准化暖棚，冬季羔羊成活率明显提高",
    measures: "一、统计需建暖棚的农户；二、争取项目补助；三、党员帮助施工。",
    timeline: "5—9月建设，10月底前投入使用",
  },
  {
    area: "INCOME",
    title: "冬春饲草料短缺",
    topic: "饲草",
    description: "草场退化，冬春季节饲草不够，牧户要高价外购草料。",
    opinions: ["冬天买草太贵了。", "希望种一些人工饲草地。"],
    focusReason: "冬春缺草年年发生，种草当年可收",
    expectedResult: "建成人工饲草地，冬春饲草自给率提高",
    measures: "一、选定地块；二、申请草种补助；三、党员带头种植管护。",
    timeline: "5月播种，9月收割",
    pastoral: true,
  },
  {
    area: "LABOUR_EXPORT",
    title: "富余劳动力外出务工缺组织、缺技能",
    description: "年轻人外出打工多靠自己找门路，没有技能，收入低、不稳定。",
    opinions: ["出去打工没人带，工钱也要不回来。", "希望办电焊、驾驶培训。", "格尔木有活，但不知道怎么联系。"],
    focusReason: "劳务输出是增收最快的办法",
    expectedResult: "有组织输出务工，参训人员掌握一门技能",
    measures: "一、摸清富余劳动力底数；二、与县人社局对接培训；三、党员劳务经纪人带队。",
    timeline: "3—4月摸底，4—6月培训，全年组织输出",
  },
  {
    area: "PLANTING_STRUCTURE",
    title: "种植结构单一，青稞小麦效益低",
    description: "村里多年只种青稞、小麦，每亩收入低，枸杞等经济作物种得少。",
    opinions: ["种粮食一年忙到头剩不下钱。", "邻村种枸杞挣了钱，我们也想种。"],
    focusReason: "调整种植结构是增收的长远路子，当年栽植次年见效",
    expectedResult: "新增枸杞等经济作物种植面积",
    measures: "一、党员示范带动；二、统一采购苗木；三、请乡农技站全程指导。",
    timeline: "4月栽植，全年管护",
    pastoral: false,
  },
  {
    area: "POVERTY_RELIEF",
    title: "部分贫困户帮扶措施不落地",
    description: "有的贫困户帮扶项目只有计划，资金和牲畜迟迟没到户。",
    opinions: ["说好的扶贫羊到现在还没发。", "帮扶干部一年来不了两次。"],
    focusReason: "关系贫困户切身利益，群众盯得紧",
    expectedResult: "贫困户帮扶项目全部落实到户",
    measures: "一、逐户核对帮扶台账；二、党员一对一结对；三、项目资金公示到户。",
    timeline: "4月核对，5—10月落实",
  },
  {
    area: "VILLAGE_AFFAIRS",
    title: "村务财务公开不及时",
    description: "村务公开栏长期不更新，群众对集体资金使用有疑问。",
    opinions: ["公开栏上贴的还是前年的账。", "草场补贴怎么分的，群众不清楚。"],
    focusReason: "群众意见大，公开后马上能消除疑虑",
    expectedResult: "村务财务按季度公开，群众疑问有答复",
    measures: "一、按季度公开；二、村民代表会议审议大额支出；三、镇纪委监督。",
    timeline: "每季度末公开",
  },
  {
    area: "WORK_STYLE",
    title: "村干部联系群众少，群众办事跑腿多",
    description: "村干部很少入户，居住分散的牧户一年难见一次村干部，群众办事要跑到镇上。",
    opinions: ["村干部一年到我家来不了一次。", "办个证明要跑到镇上去，来回一整天。", "有事找村干部，电话常常打不通。"],
    focusReason: "转变作风群众看得见，也是先进性教育的要求",
    expectedResult: "村干部定期入户、到牧业点服务，群众办事不出村",
    measures: "一、村干部分片包户、轮流驻点；二、代办服务登记；三、群众评议干部作风。",
    timeline: "全年；6—9月夏季牧场驻点",
  },
  {
    area: "OTHER",
    title: "牲畜疫病防治不到位",
    topic: "防疫",
    description: "村里没有专职防疫员，春秋防疫常有遗漏，去年发生过羊痘。",
    opinions: ["去年羊痘死了好几十只。", "防疫针打不到偏远牧户家。"],
    focusReason: "一旦发生疫病损失大，防疫能看得见成效",
    expectedResult: "春秋两季防疫全覆盖，不发生重大疫病",
    measures: "一、党员兽医包片；二、建立防疫档案；三、乡畜牧站抽查。",
    timeline: "4月、10月两季集中防疫",
    pastoral: true,
  },
  {
    area: "OTHER",
    title: "留守老人、儿童缺少照料",
    topic: "留守",
    description: "青壮年外出务工后，留守老人和儿童无人照看。",
    opinions: ["儿女都在外面，老人生病没人管。", "孩子放学没人辅导作业。"],
    focusReason: "群众牵挂，党员就近就能做",
    expectedResult: "留守老人、儿童都有党员结对照看",
    measures: "一、摸清留守人员名单；二、党员一对一结对；三、每月上门记录。",
    timeline: "全年",
  },
];

/** Opinions that are heard but set aside, with the reason. */
export const SET_ASIDE_OPINIONS: readonly { body: string; reason: string }[] = [
  { body: "希望把通往县城的国道拓宽。", reason: "属于省级交通规划事项，已转交镇政府反映。" },
  { body: "希望村里建一个大型超市。", reason: "不属于村级整改范围，已向群众解释。" },
  { body: "要求把草场补贴标准提高一倍。", reason: "补贴标准由国家政策确定，已向群众做政策解释。" },
];

/** Opinions left on the public board, awaiting the secretary. */
export const BOARD_OPINIONS: readonly string[] = [
  "看了公开栏，希望把饮水点的完工时间写清楚。",
  "砂石路修到一半停了，什么时候接着修？",
  "承诺书上的受益户名单能不能贴出来？",
  "路灯装好了，但有三盏晚上不亮。",
  "建议夏季牧场也设一个意见箱。",
  "合作社分红的账目希望公开。",
];

export const OPINION_SOURCES: readonly (readonly [OpinionSource, number])[] = [
  ["MASS_MEETING", 4],
  ["DOOR_TO_DOOR", 4],
  ["MEMBER", 2],
  ["SUGGESTION_BOX", 2],
];

// ---------------------------------------------------------------------------------------------
// Follow-through words

export const PROGRESS_NOTES = ["村民代表到现场查看", "照片已存档", "材料已全部到位", "受天气影响进度稍慢", "镇干部到现场检查", "受益户已签字确认"];

export const RETURN_COMMENTS_VAGUE = "承诺空泛，没有数量和具体对象，请写明为谁办、办几件、怎样算办成。";
export const RETURN_COMMENTS = [
  "验收方式不具体，请写明由谁验收、看什么。",
  "受益户名单请写全。",
  "数量与村里实际不符，请核实后重新提交。",
  "与支部承诺重复，请结合本人特长另作承诺。",
];

export const PARTLY_DONE_REASONS = ["入冬后冻土无法施工", "项目资金只到位一部分", "承诺人转场放牧时间长", "材料运输受阻", "部分受益户外出未能落实"];
export const PARTLY_DONE_REMEDIES = ["计划明年5月前补齐", "已列入明年整改计划", "已向镇党委报告并调整时限", "剩余部分由支部安排其他党员接续完成"];

export const NOT_DONE_EXPLANATIONS = [
  "上级项目未批复，资金没有到位，未能开工。支部已向镇党委说明，列入明年计划。",
  "承诺人因病住院三个月，无法履行，向群众致歉，病愈后补办。",
  "原定地点与草场承包范围冲突，经村民代表会议决定暂缓实施。",
  "合作伙伴企业中途退出，务工岗位没有落实，支部正在另找门路。",
];

export const WITHDRAWN_REASONS = [
  "该项目已由县交通局统一实施，为避免重复，经支部会议研究撤回。",
  "承诺人长期外出务工，无法履行，改由其他党员承担，经支部会议研究撤回。",
  "经村民代表会议讨论，该事项群众需求不大，撤回后另作承诺。",
];

export const OVERDUE_EXPLANATIONS = [
  "受雨季影响工期推迟，预计12月中旬完成。",
  "材料未按时到货，已协调供货，月底前完成。",
  "转场期间牧户分散，改在冬季定居点集中办理，12月底前完成。",
  "施工队冬季停工，已与镇里协调，明年开春第一时间完成。",
];

export const TOWNSHIP_TITLES = ["镇党委副书记", "镇长", "镇组织委员", "镇农牧综合服务中心主任"];
export const DEPARTMENT_TITLES = ["副局长", "股长", "驻村工作队队长"];

export const GOOD_PRACTICES: readonly { village: string; note: string; pledgeOfVillage?: boolean }[] = [
  { village: "希望村", note: "德令哈市“五个一”活动：生产一带一、生活一帮一、村风一促一、村容一包一、村务一推一，党员承诺与之一一对应。" },
  { village: "东庄村", note: "乌兰县按村制定经济发展规划，把整改重点放在发展生产、增加农民收入上。" },
  { village: "梅陇村", note: "天峻县纯牧业村克服牧户居住分散的困难，党员和支部的承诺事项具体实在，逐项有人验收。" },
  { village: "西新村", note: "都兰县西新村在增加农民收入上想办法：党员带头种枸杞，组织采摘季务工。", pledgeOfVillage: true },
  { village: "盐桥村", note: "格尔木市盐桥村把群众的积极性带动起来，群众参与评议，承诺兑现情况张榜公布。", pledgeOfVillage: true },
];
