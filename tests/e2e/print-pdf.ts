// Reads back what Chromium's page.pdf() wrote, enough to test a print view the way a person
// holding the paper would: how many pages, of what size, and what text is on each. Covers the
// PDFs Chromium (Skia) writes: plain object dictionaries, Flate-compressed streams, fonts with
// ToUnicode maps. Not a general PDF reader.
import { inflateSync } from "node:zlib";

type PdfObject = { dict: string; stream: Buffer | null };

export type PdfPage = { width: number; height: number; text: string };

export type PdfDocument = { title: string; pages: PdfPage[] };

function readObjects(pdf: Buffer): Map<number, PdfObject> {
  const source = pdf.toString("latin1");
  const objects = new Map<number, PdfObject>();
  const header = /(\d+) 0 obj\s*/g;
  for (let match = header.exec(source); match; match = header.exec(source)) {
    const start = match.index + match[0].length;
    const end = source.indexOf("endobj", start);
    const body = source.slice(start, end);
    const streamAt = body.search(/stream\r?\n/);
    if (streamAt < 0) {
      objects.set(Number(match[1]), { dict: body, stream: null });
      continue;
    }
    const dict = body.slice(0, streamAt);
    const dataStart = start + streamAt + body.slice(streamAt).indexOf("\n") + 1;
    const length = /\/Length (\d+)(?! \d+ R)/.exec(dict);
    const dataEnd = length ? dataStart + Number(length[1]) : source.indexOf("endstream", dataStart);
    const raw = pdf.subarray(dataStart, dataEnd);
    objects.set(Number(match[1]), { dict, stream: /\/FlateDecode/.test(dict) ? inflateSync(raw) : raw });
    header.lastIndex = dataEnd;
  }
  return objects;
}

function hexToBuffer(hex: string): Buffer {
  const clean = hex.replace(/\s+/g, "");
  return Buffer.from(clean.length % 2 ? `${clean}0` : clean, "hex");
}

/** A ToUnicode CMap: code (as hex) → text, and how many bytes a code takes. */
function readCMap(cmap: string): { bytes: number; map: Map<number, string> } {
  const map = new Map<number, string>();
  const utf16 = (hex: string) => hexToBuffer(hex).swap16().toString("utf16le");
  const range = /<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/.exec(cmap.slice(cmap.indexOf("begincodespacerange")));
  const bytes = range ? range[1]!.length / 2 : 1;
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, code, text] of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) map.set(parseInt(code!, 16), utf16(text!));
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, from, to, text] of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      const first = parseInt(from!, 16);
      const base = hexToBuffer(text!).swap16();
      for (let code = first; code <= parseInt(to!, 16); code++) {
        const unit = Buffer.from(base);
        unit.writeUInt16LE(unit.readUInt16LE(unit.length - 2) + (code - first), unit.length - 2);
        map.set(code, unit.toString("utf16le"));
      }
    }
  }
  return { bytes, map };
}

function decodeString(hex: string, font: { bytes: number; map: Map<number, string> } | undefined): string {
  if (!font) return "";
  const data = hexToBuffer(hex);
  let text = "";
  for (let i = 0; i + font.bytes <= data.length; i += font.bytes) text += font.map.get(data.readUIntBE(i, font.bytes)) ?? "";
  return text;
}

/** The text a content stream draws, in drawing order (hex-string text operators only, as Chromium writes them). */
function pageText(content: string, fonts: Map<string, { bytes: number; map: Map<number, string> }>): string {
  let font: { bytes: number; map: Map<number, string> } | undefined;
  let text = "";
  const tokens = /\/([A-Za-z0-9]+)\s+[\d.]+\s+Tf|\[((?:[^\]])*)\]\s*TJ|<([0-9A-Fa-f\s]*)>\s*Tj/g;
  for (const [, fontName, array, single] of content.matchAll(tokens)) {
    if (fontName) font = fonts.get(fontName);
    else if (array !== undefined) for (const [, hex] of array.matchAll(/<([0-9A-Fa-f\s]*)>/g)) text += decodeString(hex!, font);
    else if (single !== undefined) text += decodeString(single, font);
  }
  return text;
}

function ref(dict: string, key: string): number | null {
  const match = new RegExp(`/${key} (\\d+) 0 R`).exec(dict);
  return match ? Number(match[1]) : null;
}

/** Pages (in order), their size in points and their text, and the document's title. */
export function readPdf(pdf: Buffer): PdfDocument {
  const objects = readObjects(pdf);
  const cmaps = new Map<number, { bytes: number; map: Map<number, string> }>();
  const fontOf = (id: number) => {
    if (!cmaps.has(id)) {
      const toUnicode = ref(objects.get(id)?.dict ?? "", "ToUnicode");
      const stream = toUnicode === null ? null : objects.get(toUnicode)?.stream;
      cmaps.set(id, stream ? readCMap(stream.toString("latin1")) : { bytes: 1, map: new Map() });
    }
    return cmaps.get(id)!;
  };

  const pages: PdfPage[] = [];
  const walk = (id: number) => {
    const { dict } = objects.get(id)!;
    if (/\/Type \/Pages/.test(dict)) {
      for (const [, kid] of /\/Kids \[([^\]]*)\]/.exec(dict)![1]!.matchAll(/(\d+) 0 R/g)) walk(Number(kid));
      return;
    }
    const box = /\/MediaBox \[([^\]]+)\]/.exec(dict)![1]!.trim().split(/\s+/).map(Number);
    const fonts = new Map<string, { bytes: number; map: Map<number, string> }>();
    const fontDict = /\/Font <<([^>]*)>>/.exec(dict)?.[1] ?? "";
    for (const [, name, fontId] of fontDict.matchAll(/\/([A-Za-z0-9]+) (\d+) 0 R/g)) fonts.set(name!, fontOf(Number(fontId)));
    const contentIds = [...(/\/Contents \[?([^\]/>]*)/.exec(dict)?.[1] ?? "").matchAll(/(\d+) 0 R/g)].map((m) => Number(m[1]));
    const content = contentIds.map((contentId) => objects.get(contentId)?.stream?.toString("latin1") ?? "").join("\n");
    pages.push({ width: box[2]! - box[0]!, height: box[3]! - box[1]!, text: pageText(content, fonts) });
  };
  const catalog = [...objects.values()].find((object) => /\/Type \/Catalog/.test(object.dict))!;
  walk(ref(catalog.dict, "Pages")!);

  const info = /\/Info (\d+) 0 R/.exec(pdf.toString("latin1", pdf.length - 1024));
  const titleHex = info ? /\/Title <FEFF([0-9A-Fa-f]*)>/.exec(objects.get(Number(info[1]))?.dict ?? "")?.[1] : undefined;
  const title = titleHex ? hexToBuffer(titleHex).swap16().toString("utf16le") : "";
  return { title, pages };
}

/** A4 and A3 in points, as Chromium rounds them. */
export const PAPER = { A4: { width: 595, height: 842 }, A3: { width: 842, height: 1191 } } as const;

/**
 * Radicals that CJK fonts draw with the very glyph of an ideograph (⽉ and 月, ⼾ and 户, ⻘ and 青),
 * in pairs: radical, ideograph. Chromium writes the lower code point, the radical, into the PDF's
 * text map. Taken from the cmaps of Noto Sans/Serif CJK SC (the glyphs two code points share).
 */
const RADICAL_PAIRS =
  "⺂乛⺃乚⺅亻⺉刂⺋㔾⺎兀⺏尣⺐尢⺒巳⺓幺⺔彑⺕彐⺖忄⺘扌⺙攵⺛旡⺞歺⺟母⺠民⺡氵⺣灬⺤爫⺦丬⺨犭⺫罒⺭礻⺯糹⺰纟⺱罓⺲罒⺳㓁⺹耂⺺肀⺾艹⻁虎⻂衤⻃覀⻅见⻆角⻈讠⻉贝⻋车⻌辶⻐钅⻑長⻒镸⻓长⻔门⻖阝⻘青⻙韦⻚页⻛风⻜飞⻝食⻟飠⻠饣⻢马⻣骨⻤鬼" +
  "⻥鱼⻦鸟⻧卤⻨麦⻩黄⻪黾⻫斉⻬齐⻮齿⻯竜⻰龙⻱龜⻲亀⻳龟⼀一⼁丨⼂丶⼃丿⼄乙⼅亅⼆二⼇亠⼈人⼉儿⼊入⼋八⼌冂⼍冖⼎冫⼏几⼐凵⼑刀⼒力⼓勹⼔匕⼕匚⼖匸⼗十⼘卜⼙卩⼚厂⼛厶⼜又⼝口⼞囗⼟土⼠士⼡夂⼢夊⼣夕⼤大⼥女⼦子⼧宀⼨寸⼩小⼪尢⼫尸⼬屮⼭山" +
  "⼮巛⼯工⼰己⼱巾⼲干⼳幺⼴广⼵廴⼶廾⼷弋⼸弓⼺彡⼻彳⼼心⼽戈⼾户⼿手⽀支⽁攴⽂文⽃斗⽄斤⽅方⽆无⽇日⽈曰⽉月⽊木⽋欠⽌止⽍歹⽎殳⽏毋⽐比⽑毛⽒氏⽓气⽔水⽕火⽖爪⽗父⽘爻⽙爿⽚片⽛牙⽜牛⽝犬⽞玄⽟玉⽠瓜⽡瓦⽢甘⽣生⽤用⽥田⽦疋⽧疒⽨癶⽩白⽪皮" +
  "⽫皿⽬目⽭矛⽮矢⽯石⽰示⽱禸⽲禾⽳穴⽴立⽵竹⽶米⽷糸⽸缶⽹网⽺羊⽻羽⽼老⽽而⽾耒⽿耳⾀聿⾁肉⾂臣⾃自⾄至⾅臼⾆舌⾇舛⾈舟⾉艮⾊色⾋艸⾌虍⾍虫⾎血⾏行⾐衣⾑襾⾒見⾔言⾕谷⾖豆⾗豕⾘豸⾙貝⾚赤⾛走⾜足⾝身⾞車⾟辛⾠辰⾡辵⾢邑⾣酉⾤釆⾥里⾦金⾧長" +
  "⾨門⾩阜⾪隶⾫隹⾬雨⾭靑⾮非⾯面⾰革⾱韋⾲韭⾳音⾴頁⾵風⾶飛⾷食⾸首⾹香⾺馬⾼高⾽髟⾾鬥⾿鬯⿀鬲⿁鬼⿂魚⿃鳥⿄鹵⿅鹿⿆麥⿇麻⿈黃⿉黍⿊黑⿋黹⿌黽⿍鼎⿎鼓⿏鼠⿐鼻⿑齊⿒齒⿓龍⿕龠";

const RADICALS = [...RADICAL_PAIRS];
const IDEOGRAPH_OF = new Map(RADICALS.flatMap((char, i) => (i % 2 === 0 ? [[char, RADICALS[i + 1]!] as const] : [])));

/** PDF text as a reader sees it: radicals read as the ideographs they were drawn for, whitespace dropped. */
export function readableText(text: string): string {
  return [...text.replace(/\s+/g, "")].map((char) => IDEOGRAPH_OF.get(char) ?? char).join("");
}

/** Whether PDF text holds `expected`, whitespace aside. */
export function pdfHasText(text: string, expected: string): boolean {
  return readableText(text).includes(expected.replace(/\s+/g, ""));
}
