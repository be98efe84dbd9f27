// Follow-through words: progress notes, review comments, explanations, the titles of those who
// pledge upward, and the good practice the prefecture picks out.

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
