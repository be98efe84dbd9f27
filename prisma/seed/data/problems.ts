// The problems villages raise, with the opinions behind them, and the opinions heard otherwise.
import type { OpinionSource, ProblemArea } from "@/lib/generated/prisma/client";

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
