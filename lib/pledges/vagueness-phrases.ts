// Word lists for the vagueness check (lib/pledges/vagueness.ts). Pure data, safe on the client.
// The style they target is the one the source speech criticises: pledges "过于空泛、不实在",
// "洋洋数篇，但具体内容不多", member pledges "不着边际".

/** The advice shown with each flag when no phrase of the pledge gives a more specific one. */
export const FLAG_ADVICE = {
  NO_NUMBER: "写明数量：修几处、带几户、培训几人，例如“修建水窖12口”“组织12人赴格尔木务工”",
  NO_UNIT: "数量后写上单位：户、人、处、公里、亩、只、次……",
  NO_DATE: "写明哪天前办完，例如“10月31日前完工”；日期要在整改期内",
  NO_BASELINE: "写明现在是多少、要达到多少，例如“把人均收入从4200元提高到5000元”",
  NEAR_COPY: "按自己的特长和能力，承诺一件不同的实事",
  NO_PLACE: "写明在哪里、为谁办：哪个社、哪几户、哪些人，例如“贫困户才让、卓玛等5户”",
  NO_RESPONSIBLE: "写明由谁负责，例如“党员多杰”或“村委会主任马福海”",
  NO_VERIFICATION: "写明怎样算办成：谁来验收、看什么，例如“由村委会验收，受益户签字”",
} as const;

/**
 * Filler phrases (套话): attitude and intensity words that promise nothing countable, and stock
 * phrases whose object cannot be counted. Each maps to the concrete advice shown under the field;
 * `null` means the default advice. Longer phrases win over the shorter ones they contain.
 */
export const FILLER_PHRASES: Readonly<Record<string, string | null>> = {
  加强: null,
  进一步: "删去“进一步”，直接写这次要办的那件事和数量，例如“清理垃圾堆放点6处”",
  积极: "“积极”是态度不是承诺：删去它，写清为谁办、办几件、哪天前办完",
  努力: "“努力”是态度不是承诺：删去它，写清为谁办、办几件、哪天前办完",
  认真: "“认真”是态度不是承诺：删去它，写清为谁办、办几件、哪天前办完",
  切实: "“切实”是态度不是承诺：删去它，写清为谁办、办几件、哪天前办完",
  全力: "“全力”是态度不是承诺：删去它，写清为谁办、办几件、哪天前办完",
  尽力: "“尽力”是态度不是承诺：写能保证办到的事和数量",
  大力: "“大力”看不出力气花在哪：写清修几处、建几座、带几户",
  着力: "“着力”看不出力气花在哪：写清修几处、建几座、带几户",
  狠抓: "“狠抓”看不出抓什么：写清修几处、建几座、带几户",
  扎实: "“扎实”是态度不是承诺：写清为谁办、办几件、哪天前办完",
  深入: "“深入”量不出来：写清到几个牧业点、走访几户、开几次会",
  做好: "写明“做好”具体指什么：办几件、为哪几户、怎样算办成",
  抓好: "写明“抓好”具体指什么：办几件、为哪几户、怎样算办成",
  搞好: "写明“搞好”具体指什么：办几件、为哪几户、怎样算办成",
  提高: "写明从多少提高到多少，例如“把人均收入从4200元提高到5000元”",
  提升: "写明从多少提升到多少，例如“把羔羊成活率从80%提高到90%”",
  力争: "“力争”不算承诺：写能保证办到的数，例如“带动5户贫困户养殖藏系羊”",
  争取: "“争取”不算承诺：写能保证办到的数，例如“组织12人赴格尔木务工”",
  确保: "“确保”什么要写出来：办几件、为哪几户、哪天前办完",
  推动: "写明推动的是哪件事：修几公里路、建几座暖棚、组织几人务工",
  推进: "写明推进的是哪件事：修几公里路、建几座暖棚、组织几人务工",
  促进: "写明靠哪件事促进：修几公里路、建几座暖棚、组织几人务工",
  加大: "“加大力度”看不见：写清多修几处、多带几户、多培训几人",
  不断: "“不断”没有终点：写明到哪一天、做到多少",
  逐步: "“逐步”没有终点：写明到哪一天、做到多少",
  持续: "“持续”没有终点：写明到哪一天、做到多少",
  有效: "写明效果怎么量：几户受益、几处完工",
  全面: "“全面”量不出来：写清哪几户、哪几处、多少人",
  充分: "“充分”量不出来：写一件群众看得见的事，例如“为3户五保户送冬季煤炭各1吨”",
  发挥: "“发挥作用”看不见：写一件群众看得见的事，例如“为3户五保户送冬季煤炭各1吨”",
  先锋模范作用: "“先锋模范作用”看不见：按自己的特长写一件实事，例如“为3户五保户送冬季煤炭各1吨”",
  带头作用: "“带头作用”看不见：按自己的特长写一件实事，例如“带动5户贫困户养殖藏系羊”",
  战斗堡垒作用: "“战斗堡垒作用”看不见：写支部要办的实事，例如“为全村12户缺水户修建水窖12口”",
  服务水平: "“服务水平”量不出来：写清走访几户、代办几件、坐班几天",
  为民服务: "“为民服务”量不出来：写清走访几户、代办几件、坐班几天",
  服务群众: "“服务群众”量不出来：写清走访几户、代办几件、坐班几天",
  增收致富: "写明带几户、做什么产业，例如“带动5户贫困户养殖藏系羊”",
  实事好事: "写明是哪件实事：为谁办、办几件，例如“为3户五保户送冬季煤炭各1吨”",
  较大: "“较大”是多少？写出具体数字，例如“从4200元提高到5000元”",
  明显: "“明显”是多少？写出具体数字，例如“从4200元提高到5000元”",
  显著: "“显著”是多少？写出具体数字，例如“从4200元提高到5000元”",
};

/** The advice for a filler phrase without its own entry. `{}` stands for the phrase. */
export const DEFAULT_FILLER_ADVICE = "把“{}”换成能数出来的事：修几处、带几户、培训几人";

/** Words that stand in for a number without being one ("解决一批问题", quantity "很多"). */
export const VAGUE_QUANTIFIERS: readonly string[] = [
  "若干", "一些", "一批", "许多", "很多", "大量", "部分", "多项", "多次", "多户", "更多", "一定数量", "有关", "相关", "等等", "适当",
];

/** Change verbs: a pledge that raises or lowers something must say from what to what. */
export const CHANGE_VERBS: readonly string[] = [
  "提高", "提升", "增加", "增收", "增长", "增产", "增效", "翻番", "翻一番", "翻两番", "减少", "降低", "下降", "压缩", "缩小", "扩大",
];

/**
 * Nouns of a level (income, a rate, a yield): changing one needs a baseline even when the pledge
 * has a number. Changing a count of things ("减少垃圾堆放点5处") does not.
 */
export const LEVEL_WORDS: readonly string[] = [
  "收入", "增收", "翻番", "翻一番", "翻两番", "水平", "率", "产量", "亩产", "人均", "户均", "比例", "比重", "效益", "收益", "价格", "满意度",
];

/**
 * Measure words that make a Chinese numeral a count ("修通两公里", "带动五户"). Time words are not
 * here: "两年", "三个月" say how long, not how much (see `DURATION_WORDS`).
 */
export const MEASURE_WORDS: readonly string[] = [
  "公里", "千米", "平方米", "平方", "立方米", "立方", "公顷", "公斤", "万元", "人次", "户次",
  "户", "口", "处", "人", "名", "位", "米", "亩", "头", "只", "匹", "峰", "羽", "次", "场", "期", "座", "条", "间", "套",
  "台", "辆", "吨", "元", "块", "件", "眼", "盏", "车", "箱", "斤", "株", "棵", "项", "所", "家", "张", "份", "本", "袋",
  "组", "支", "根", "床", "双", "顶", "栋", "幢", "班", "趟", "轮", "遍", "倍", "番", "成", "届", "节", "顿", "包", "桶",
  "捆", "部", "片", "群", "圈", "栏", "窖", "孔", "枚", "棚", "井", "个",
];

/** Units of time: a number with one counts ("坐班2天") unless it is a deadline ("3天内"). */
export const DURATION_WORDS: readonly string[] = ["个星期", "个月", "小时", "星期", "天", "周"];

/** Set phrases that contain a numeral and a measure word but are not counts. */
export const NUMERAL_IDIOMS: readonly string[] = [
  "一把手", "一条龙", "一次性", "一揽子", "一盘棋", "一条心", "一个样", "一张蓝图", "一班人", "一部分", "一个都不能少", "一个也不能少",
  "三个代表", "四个全面", "五个一", "四周",
];

/** Beneficiaries that name nobody in particular. */
export const HOLLOW_PLACES: readonly string[] = [
  "群众", "广大群众", "全体群众", "人民群众", "困难群众", "有关群众", "相关群众", "村民", "广大村民", "全体村民",
  "党员群众", "广大党员群众", "农牧民群众", "广大农牧民", "广大农牧民群众", "有关人员", "相关人员", "全社会", "大家",
];

/** Checks that check nothing: "怎样算办成" answered with a feeling or a tautology. */
export const HOLLOW_VERIFICATIONS: readonly string[] = [
  "群众满意", "让群众满意", "群众认可", "满意", "完成", "已完成", "按时完成", "完成任务", "落实到位", "见成效", "取得成效",
  "取得实效", "有成效", "效果好", "好", "无", "待定", "略",
];
