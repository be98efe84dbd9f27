// Realistic names (Han, Hui, Tibetan and Mongolian, as in Haixi).
import { factoryRng } from "./internal/streams";
import type { Rng } from "./random";

const HAN_SURNAMES = ["王", "李", "张", "刘", "陈", "杨", "赵", "周", "吴", "孙", "朱", "胡", "郭", "何", "高", "罗", "梁", "谢", "宋", "唐", "冯", "祁", "汪", "鲁", "辛", "蔡"];
const HAN_GIVEN = ["建国", "永福", "红梅", "立新", "秀英", "德福", "桂兰", "海军", "国庆", "玉兰", "志强", "春花", "文明", "建华", "长青", "金山", "德明", "占魁", "秀兰", "兴旺", "成林", "玉梅", "生财", "有才", "明德", "晓燕", "海燕", "振邦", "守业", "得胜", "发祥", "凤英", "淑珍", "军", "强", "勇", "平", "霞", "涛"];
const HUI_SURNAMES = ["马", "韩", "冶", "喇", "沙", "苏", "海"];
const HUI_GIVEN = ["福海", "忠", "尕布", "德清", "有福", "秀芳", "成祥", "国良", "哈三", "麦燕", "玉芳", "学礼", "明虎", "正清"];
const TIBETAN_FIRST = ["才让", "扎西", "索南", "仁青", "旦正", "公保", "桑杰", "更藏", "南加", "完德", "拉毛", "德吉", "卓玛", "昂秀", "尖措", "多杰", "贡保", "尕藏"];
const TIBETAN_SECOND = ["多杰", "才让", "加措", "东智", "吉", "措", "卓玛", "太", "本", "当周", "扎西", "草", "旦增", "闹日"];
const MONGOLIAN = ["巴特尔", "那仁格日勒", "其木格", "乌力吉", "苏和", "宝音", "额尔德尼", "斯琴", "图雅", "达来", "布和", "巴图", "孟和", "朝鲁", "哈斯", "萨仁", "敖特根", "阿拉坦", "吉日嘎拉", "格日乐图", "乌兰", "其其格", "那顺", "额日和木"];

export type NameStyle = "han" | "hui" | "tibetan" | "mongolian";

export function personName(rng: Rng = factoryRng(), style?: NameStyle): string {
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
