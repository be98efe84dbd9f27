// Pledge templates for branches, members, townships and departments, the skills that members'
// pledges are matched to, and the hollow pledges the vagueness check is for.
import type { ProblemArea } from "@/lib/generated/prisma/client";
import type { Rng } from "@/tests/factories";

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

/** Whether a template or problem belongs in a herding (isPastoral) or a farming village. */
export function fits(template: { pastoral?: boolean }, isPastoral: boolean) {
  return template.pastoral === undefined || template.pastoral === isPastoral;
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
