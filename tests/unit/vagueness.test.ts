import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  checkVagueness, diceSimilarity, FLAG_CODES, flagCodes, isFlagged, MAX_ACTION_CHARS, NEAR_COPY_THRESHOLD, normaliseForCopy,
  type FlagCode, type PledgeText, type VaguenessFlag,
} from "@/lib/pledges/vagueness";

/** Everything but the action filled in the way a careful secretary fills it in. */
const FILLED = {
  quantity: null,
  unit: null,
  placeOrBeneficiaries: "巴音村一社、二社",
  dueOn: "2026-10-31",
  responsiblePerson: "村支书才让",
  verification: "由村委会验收，受益户签字",
} satisfies Omit<PledgeText, "action">;

const pledge = (action: string, more: Partial<PledgeText> = {}): PledgeText => ({ ...FILLED, action, ...more });
const codes = (p: PledgeText, context?: Parameters<typeof checkVagueness>[1]) => flagCodes(checkVagueness(p, context));
const find = (flags: VaguenessFlag[], code: FlagCode) => flags.find((f) => f.code === code);

type Row = readonly [label: string, pledge: PledgeText, expected: readonly FlagCode[]];

// Hollow pledges in the style the source speech criticises ("过于空泛，不实在", "不着边际").
const HOLLOW: readonly Row[] = [
  ["village appearance", pledge("进一步加强村容村貌整治"), ["NO_NUMBER", "FILLER"]],
  ["getting rich", pledge("积极带领群众增收致富"), ["NO_NUMBER", "FILLER", "NO_BASELINE"]],
  ["serving the people", pledge("努力做好服务群众工作"), ["NO_NUMBER", "FILLER"]],
  ["income next year", pledge("力争明年收入有较大提高"), ["NO_NUMBER", "FILLER", "NO_BASELINE"]],
  ["vanguard role", pledge("切实发挥党员先锋模范作用"), ["NO_NUMBER", "FILLER"]],
  ["economy and income", pledge("积极带领群众发展经济，努力增加收入"), ["NO_NUMBER", "FILLER", "NO_BASELINE"]],
  ["village affairs", pledge("切实做好村务公开工作"), ["NO_NUMBER", "FILLER"]],
  ["drinking water", pledge("大力推进人畜饮水工程建设"), ["NO_NUMBER", "FILLER"]],
  ["service level", pledge("努力提高为民服务水平"), ["NO_NUMBER", "FILLER", "NO_BASELINE"]],
  ["hardship", pledge("积极帮助困难群众解决实际困难"), ["NO_NUMBER", "FILLER"]],
  ["industry", pledge("带头发展致富产业，促进群众增收"), ["NO_NUMBER", "FILLER", "NO_BASELINE"]],
  ["study", pledge("认真抓好党员学习教育，不断提高党员素质"), ["NO_NUMBER", "FILLER", "NO_BASELINE"]],
  ["village affairs, 狠抓", pledge("狠抓村务管理，确保村务公开及时"), ["NO_NUMBER", "FILLER"]],
  ["prominent problems", pledge("着力解决群众反映的突出问题"), ["NO_NUMBER", "FILLER"]],
  ["support", pledge("全力支持村里各项工作"), ["NO_NUMBER", "FILLER"]],
  ["campaign slogan", pledge("深入开展“学习党章、寻找差距、增强党性”主题实践活动"), ["NO_NUMBER", "FILLER"]],
  ["living conditions", pledge("逐步改善群众生产生活条件"), ["NO_NUMBER", "FILLER"]],
  ["grassland", pledge("有效遏制草场退化"), ["NO_NUMBER", "FILLER"]],
  ["a number does not redeem slogans", pledge("切实做好3项工作"), ["FILLER"]],
  ["进一步 with a quantity", pledge("进一步加强村容村貌整治", { quantity: 5, unit: "处" }), ["FILLER"]],
  ["a batch is not a number", pledge("解决一批群众反映强烈的问题"), ["NO_NUMBER"]],
  ["some is not a number", pledge("为困难户办若干件实事"), ["NO_NUMBER"]],
  ["raise income, no figures", pledge("提高人均收入"), ["NO_NUMBER", "FILLER", "NO_BASELINE"]],
  ["raise income to a target only", pledge("把人均收入提高到5000元"), ["NO_BASELINE"]],
  ["households' income, no figure", pledge("带动5户贫困户增收"), ["NO_BASELINE"]],
  ["a rate down, no figures", pledge("降低羔羊死亡率"), ["NO_NUMBER", "NO_BASELINE"]],
  ["less rubbish, no count", pledge("减少村内垃圾"), ["NO_NUMBER", "NO_BASELINE"]],
  ["doubling", pledge("全村养殖收入翻一番"), ["NO_BASELINE"]],
  ["a deadline is not a count", pledge("3个月内修好村道"), ["NO_NUMBER"]],
  ["a calendar date is not a count", pledge("2026年10月31日前修好村道"), ["NO_NUMBER"]],
  ["统一 is not a one", pledge("统一组织群众清扫村道"), ["NO_NUMBER"]],
  ["一把手 is not a one", pledge("一把手亲自抓村道清扫"), ["NO_NUMBER"]],
  ["千家万户 is not a count", pledge("走进千家万户宣讲惠农政策"), ["NO_NUMBER"]],
];

// Concrete pledges, like 天峻县's ("具体实在"): they must come out clean.
const CONCRETE: readonly Row[] = [
  ["water cellars", pledge("为全村12户缺水户修建水窖12口，10月底前完工，由村委会验收", { quantity: 12, unit: "口" }), []],
  ["Tibetan sheep", pledge("带动5户贫困户养殖藏系羊", { quantity: 5, unit: "户" }), []],
  ["labour export", pledge("组织12人赴格尔木务工", { quantity: 12, unit: "人" }), []],
  ["gravel road", pledge("修通2公里砂石路", { quantity: 2, unit: "公里" }), []],
  ["coal for the five-guarantee households", pledge("为3户五保户送冬季煤炭各1吨", { quantity: 3, unit: "户" }), []],
  ["income with a baseline", pledge("把人均收入从4200元提高到5000元"), []],
  ["income with the current figure", pledge("目前人均收入4200元，年底前提高到5000元"), []],
  ["rate from … to …", pledge("羔羊成活率由80%提高到90%"), []],
  ["rate in Chinese numerals", pledge("羔羊成活率由八成提高到九成"), []],
  ["compared with last year", pledge("人均收入比去年增加500元"), []],
  ["fewer rubbish points (a count, not a level)", pledge("减少村内垃圾堆放点5处"), []],
  ["filler beside a real count", pledge("积极带领5户贫困户养殖藏系羊"), []],
  ["Chinese numeral: kilometres", pledge("修通两公里砂石路"), []],
  ["Chinese numeral: tonnes", pledge("为五保户送煤三吨"), []],
  ["Chinese numeral: households", pledge("免费为八户村民维修农机具"), []],
  ["labour days", pledge("为缺劳力户义务帮工二十天"), []],
  ["quarterly disclosure", pledge("按季度公开村务财务，全年公开4次"), []],
  ["wolfberry", pledge("调整种植结构，新增枸杞种植100亩", { quantity: 100, unit: "亩" }), []],
  ["department funds", pledge("协调项目资金10万元支持村里修建人畜饮水设施", { quantity: 10, unit: "万元" }), []],
  ["full-width digits", pledge("为１２户牧户免费修补网围栏和畜棚门"), []],
  ["quantity typed as a string", pledge("为全村缺水户修建水窖", { quantity: "12", unit: "口" }), []],
  ["due date as a Date", pledge("剪毛季为4户缺劳力牧户义务剪羊毛", { quantity: 4, unit: "户", dueOn: new Date("2026-07-15T00:00:00Z") }), []],
  ["monthly visits", pledge("与2户困难户结对帮扶，每月上门1次", { quantity: 2, unit: "户" }), []],
];

// Missing or hollow fields around a concrete action.
const FIELDS: readonly Row[] = [
  ["no due date", pledge("修通2公里砂石路", { dueOn: null }), ["NO_DATE"]],
  ["due date only in the text", pledge("修通2公里砂石路，10月底前完工", { dueOn: "" }), ["NO_DATE"]],
  ["a due date that is no date", pledge("修通2公里砂石路", { dueOn: "下个月" }), ["NO_DATE"]],
  ["a day that does not exist", pledge("修通2公里砂石路", { dueOn: "2026-02-30" }), ["NO_DATE"]],
  ["a timestamp string", pledge("修通2公里砂石路", { dueOn: "2026-10-31T00:00:00.000Z" }), []],
  ["an invalid Date", pledge("修通2公里砂石路", { dueOn: new Date("not a date") }), ["NO_DATE"]],
  ["no verification", pledge("修通2公里砂石路", { verification: "" }), ["NO_VERIFICATION"]],
  ["a feeling as verification", pledge("修通2公里砂石路", { verification: "群众满意" }), ["NO_VERIFICATION"]],
  ["nobody in particular", pledge("为困难户拉运冬季饲草10车", { placeOrBeneficiaries: "广大群众" }), ["NO_PLACE"]],
  ["no place", pledge("修通2公里砂石路", { placeOrBeneficiaries: null }), ["NO_PLACE"]],
  ["nobody responsible", pledge("修通2公里砂石路", { responsiblePerson: "  " }), ["NO_RESPONSIBLE"]],
  ["a quantity without a unit", pledge("为全村缺水户修建水窖", { quantity: 12, unit: "" }), ["NO_UNIT"]],
  ["quantity 很多", pledge("为困难户拉运冬季饲草", { quantity: "很多" }), ["NO_NUMBER"]],
  ["quantity zero", pledge("为困难户拉运冬季饲草", { quantity: 0, unit: "车" }), ["NO_NUMBER"]],
  ["nothing at all", { action: "" }, ["NO_NUMBER", "NO_DATE", "NO_PLACE", "NO_RESPONSIBLE", "NO_VERIFICATION"]],
];

describe("checkVagueness: the table", () => {
  it("has at least 40 realistic pledges", () => {
    expect(HOLLOW.length + CONCRETE.length + FIELDS.length).toBeGreaterThanOrEqual(40);
  });

  it.each([...HOLLOW, ...CONCRETE, ...FIELDS])("%s", (_label, input, expected) => {
    expect(codes(input)).toEqual(expected);
  });
});

describe("checkVagueness: what each flag says", () => {
  it("names the filler words and gives the advice of the first one", () => {
    const filler = find(checkVagueness(pledge("加强村容村貌整治")), "FILLER");
    expect(filler).toEqual({ code: "FILLER", field: "action", phrase: "加强", suggestion: "把“加强”换成能数出来的事：修几处、带几户、培训几人" });
    const several = find(checkVagueness(pledge("进一步加强村容村貌整治")), "FILLER");
    expect(several?.phrase).toBe("进一步、加强");
    expect(several?.suggestion).toContain("进一步");
  });

  it("prefers the long stock phrase to the short word inside it", () => {
    expect(find(checkVagueness(pledge("切实发挥党员先锋模范作用")), "FILLER")?.phrase).toBe("切实、发挥、先锋模范作用");
  });

  it("asks for a baseline with an example", () => {
    const flag = find(checkVagueness(pledge("提高人均收入")), "NO_BASELINE");
    expect(flag).toMatchObject({ field: "action", phrase: "提高" });
    expect(flag?.suggestion).toContain("从4200元提高到5000元");
  });

  it("puts NO_NUMBER under the quantity and quotes a vague quantifier", () => {
    expect(find(checkVagueness(pledge("解决一批群众反映强烈的问题")), "NO_NUMBER")).toMatchObject({ field: "quantity", phrase: "一批" });
    expect(find(checkVagueness(pledge("为困难户拉运饲草", { quantity: "很多" })), "NO_NUMBER")?.suggestion).toContain("很多");
    expect(find(checkVagueness(pledge("修村道")), "NO_NUMBER")).toEqual({
      code: "NO_NUMBER", field: "quantity", suggestion: "写明数量：修几处、带几户、培训几人，例如“修建水窖12口”“组织12人赴格尔木务工”",
    });
  });

  it("points at a date written in the text when the date field is empty", () => {
    const flag = find(checkVagueness(pledge("修通2公里砂石路，10月底前完工", { dueOn: null })), "NO_DATE");
    expect(flag).toMatchObject({ field: "dueOn", phrase: "10月底前" });
    expect(flag?.suggestion).toContain("完成时限");
  });

  it("quotes hollow places and checks", () => {
    expect(find(checkVagueness(pledge("修通2公里砂石路", { placeOrBeneficiaries: "广大群众" })), "NO_PLACE")?.phrase).toBe("广大群众");
    expect(find(checkVagueness(pledge("修通2公里砂石路", { verification: "按时完成。" })), "NO_VERIFICATION")?.phrase).toBe("按时完成。");
  });

  it("gives every flag a field of the input and a Chinese suggestion", () => {
    const flags = checkVagueness({ action: "进一步加强村容村貌整治，努力提高收入", quantity: 3, unit: null }, { otherPledges: [{ action: "进一步加强村容村貌整治，努力提高收入。" }] });
    expect(flags.length).toBeGreaterThan(4);
    for (const flag of flags) {
      expect(["action", "quantity", "unit", "placeOrBeneficiaries", "dueOn", "responsiblePerson", "verification"]).toContain(flag.field);
      expect(flag.suggestion).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

describe("checkVagueness: over-long text", () => {
  const speech =
    "围绕建设社会主义新农村、新牧区的总体要求，进一步加强村容村貌整治，积极带领群众发展经济，努力增加农牧民收入，切实做好人畜饮水、村务公开、劳务输出、种植结构调整等各项工作，不断提高为民服务水平，充分发挥党支部的战斗堡垒作用和党员的先锋模范作用，确保整改工作取得实效，真正让群众满意";
  const manyDeeds =
    "为一社、二社12户缺水户修建水窖12口，为冬春草场修缮牲畜饮水点3处，为村主干道安装太阳能路灯20盏，清理村内垃圾堆放点6处并建垃圾池2座，组织12人赴格尔木务工，举办电焊、驾驶技能培训2期，为3户五保户送冬季煤炭各1吨，带动5户贫困户养殖藏系羊";

  it("flags a speech (洋洋数篇) for everything it is", () => {
    expect(codes(pledge(speech))).toEqual(["NO_NUMBER", "FILLER", "NO_BASELINE", "TOO_LONG"]);
    expect(find(checkVagueness(pledge(speech)), "TOO_LONG")?.suggestion).toContain(`${Array.from(speech).length}字`);
  });

  it("flags a list of real deeds only for its length: one pledge, one deed", () => {
    expect(codes(pledge(manyDeeds))).toEqual(["TOO_LONG"]);
  });

  it("allows exactly the limit", () => {
    const atLimit = "修通2公里砂石路" + "路".repeat(MAX_ACTION_CHARS - 8);
    expect(Array.from(atLimit).length).toBe(MAX_ACTION_CHARS);
    expect(codes(pledge(atLimit))).toEqual([]);
    expect(codes(pledge(atLimit + "路"))).toEqual(["TOO_LONG"]);
  });
});

describe("checkVagueness: near-copies of another member's pledge", () => {
  const others = [
    { id: "p-17", memberName: "马福海", action: "为2户五保户义务修缮房屋" },
    { id: "p-18", memberName: "卓玛", action: "组织6名妇女学习民族刺绣并帮助代销" },
    { id: "p-19", memberName: "多杰", action: "为村里义务拉运修路砂石，共10车" },
  ];

  it("reports the copied pledge, ignoring numbers, punctuation and spaces", () => {
    const flag = find(checkVagueness(pledge("为3户五保户义务修缮房屋", { quantity: 3, unit: "户" }), { otherPledges: others }), "NEAR_COPY");
    expect(flag).toMatchObject({ field: "action", similarTo: "p-17", phrase: "为2户五保户义务修缮房屋" });
    expect(flag?.suggestion).toContain("马福海的承诺");
    expect(codes(pledge("为村里义务拉运修路砂石 20 车"), { otherPledges: others })).toEqual(["NEAR_COPY"]);
  });

  it("picks the most similar of several copies", () => {
    const many = [{ id: "a", action: "为3户困难户代购生活用品" }, { id: "b", action: "为3户困难户代购生活用品并送货上门。" }];
    expect(find(checkVagueness(pledge("为5户困难户代购生活用品并送货上门"), { otherPledges: many }), "NEAR_COPY")?.similarTo).toBe("b");
  });

  it("does not flag different deeds or a pledge compared with itself", () => {
    expect(codes(pledge("带动5户贫困户养殖藏系羊"), { otherPledges: others })).toEqual([]);
    expect(codes(pledge("为2户五保户义务修缮房屋", { id: "p-17" }), { otherPledges: others })).toEqual([]);
  });

  it("names an anonymous pledge by its text", () => {
    const flag = find(checkVagueness(pledge("为12名留守儿童义务辅导作业"), { otherPledges: [{ action: "为3名留守儿童义务辅导寒假作业" }] }), "NEAR_COPY");
    expect(flag?.similarTo).toBe("为3名留守儿童义务辅导寒假作业");
    expect(flag?.suggestion).toContain("本村另一条承诺");
  });

  it("draws the line at a Dice coefficient of 0.8", () => {
    const at = ["为3户困难户代购生活用品并送货上门", "为5户困难户代购生活用品"] as const;
    const below = ["带动5户贫困户养殖藏系羊", "带动3户贫困户养殖藏系羊并提供种公羊"] as const;
    expect(diceSimilarity(normaliseForCopy(at[0]), normaliseForCopy(at[1]))).toBe(NEAR_COPY_THRESHOLD);
    expect(diceSimilarity(normaliseForCopy(below[0]), normaliseForCopy(below[1]))).toBeLessThan(NEAR_COPY_THRESHOLD);
    expect(codes(pledge(at[0]), { otherPledges: [{ action: at[1] }] })).toEqual(["NEAR_COPY"]);
    expect(codes(pledge(below[0]), { otherPledges: [{ action: below[1] }] })).toEqual([]);
  });

  it("computes the Dice coefficient on bigram multisets", () => {
    expect(diceSimilarity("night", "nacht")).toBe(0.25);
    expect(diceSimilarity("修村道", "修村道")).toBe(1);
    expect(diceSimilarity("修路", "挖渠")).toBe(0);
    expect(diceSimilarity("aaaa", "aa")).toBe(0.5);
    expect(normaliseForCopy("为 3 户五保户，义务修缮房屋！")).toBe("为户保户义务修缮房屋");
  });
});

describe("isFlagged and flagCodes", () => {
  it("are about whether anything fired, and in FLAG_CODES order", () => {
    expect(isFlagged([])).toBe(false);
    const flags = checkVagueness({ action: "进一步加强村容村貌整治" });
    expect(isFlagged(flags)).toBe(true);
    expect(flagCodes([...flags].reverse())).toEqual(["NO_NUMBER", "NO_DATE", "FILLER", "NO_PLACE", "NO_RESPONSIBLE", "NO_VERIFICATION"]);
    expect(FLAG_CODES).toContain("NO_NUMBER");
  });
});

describe("checkVagueness: properties", () => {
  const PIECES = ["进一步", "加强", "提高", "从", "到", "由", "4200元", "两公里", "五户", "12口", "，", "。", "10月底前", "群众", "收入", "修通", "砂石路", "一把手", "个月内", " ", "％", "１", "百分之三十", "翻一番"];
  const chineseLike = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(""));
  const anyText = fc.oneof(fc.string(), fc.string({ unit: "binary" }), chineseLike);
  const input = fc.record({
    action: anyText,
    quantity: fc.oneof(fc.constant(null), fc.double(), fc.integer(), anyText),
    unit: fc.option(anyText),
    placeOrBeneficiaries: fc.option(anyText),
    dueOn: fc.oneof(fc.constant(null), anyText, fc.date({ noInvalidDate: false })),
    responsiblePerson: fc.option(anyText),
    verification: fc.option(anyText),
  });
  const context = fc.record({ otherPledges: fc.array(fc.record({ id: fc.string(), action: anyText }), { maxLength: 5 }) });

  it("never throws, is deterministic and reports each code at most once, in order", () => {
    fc.assert(
      fc.property(input, context, (p, ctx) => {
        const first = checkVagueness(p, ctx);
        expect(checkVagueness(p, ctx)).toEqual(first);
        expect(first.map((f) => f.code)).toEqual(flagCodes(first));
      }),
      { numRuns: 500 },
    );
  });

  it("never says NO_NUMBER when a positive quantity is given", () => {
    fc.assert(
      fc.property(anyText, fc.integer({ min: 1, max: 100_000 }), (action, quantity) => {
        expect(codes({ ...FILLED, action, quantity, unit: "户" })).not.toContain("NO_NUMBER");
      }),
    );
  });

  it("is fast enough to run on every keystroke", () => {
    const typical = pledge("为全村12户缺水户修建水窖12口，10月底前完工，由村委会验收", { quantity: "12", unit: "口" });
    const village = { otherPledges: Array.from({ length: 30 }, (_, i) => ({ id: `p${i}`, action: `为${i + 1}户村民免费修剪枸杞树第${i}号` })) };
    const started = performance.now();
    for (let i = 0; i < 1000; i++) checkVagueness(typical, village);
    expect((performance.now() - started) / 1000).toBeLessThan(1); // ms per call
  });
});
