// Haixi's places as the demo draws them, and the villages given a particular shape.
// [name, isPastoral]; 天峻县 is the prefecture's one purely herding county.

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
