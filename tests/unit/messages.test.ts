import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import zhCN from "@/messages/zh-CN.json";

type Tree = { [key: string]: string | Tree };

/** Every leaf of a message tree, as "section.key.sub" → text. */
function flatten(tree: Tree, prefix = ""): Map<string, unknown> {
  const leaves = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value && typeof value === "object") for (const [k, v] of flatten(value, path)) leaves.set(k, v);
    else leaves.set(path, value);
  }
  return leaves;
}

/** The ICU arguments a message expects ({name}, {days, plural, …}). */
function argumentsOf(message: string): string[] {
  return [...new Set([...message.matchAll(/\{\s*([A-Za-z_]\w*)\s*[,}]/g)].map((match) => match[1]!))].sort();
}

const catalogues = { "zh-CN": flatten(zhCN as Tree), en: flatten(en as Tree) };
const HAN = /\p{Script=Han}/u;

describe("message catalogues", () => {
  it("have exactly the same keys in Chinese and English (no page shows a raw key in one language)", () => {
    const zhKeys = [...catalogues["zh-CN"].keys()].sort();
    const enKeys = [...catalogues.en.keys()].sort();
    expect(zhKeys.filter((key) => !catalogues.en.has(key)), "in zh-CN only").toEqual([]);
    expect(enKeys.filter((key) => !catalogues["zh-CN"].has(key)), "in en only").toEqual([]);
    expect(zhKeys.length).toBeGreaterThan(0);
  });

  it.each(Object.keys(catalogues) as (keyof typeof catalogues)[])("%s has no empty or non-text messages", (locale) => {
    const bad = [...catalogues[locale]].filter(([, text]) => typeof text !== "string" || text.trim() === "").map(([key]) => key);
    expect(bad).toEqual([]);
  });

  it("fill in the same arguments in both languages", () => {
    const mismatched = [...catalogues["zh-CN"]]
      .filter(([key]) => catalogues.en.has(key))
      .filter(([key, text]) => argumentsOf(String(text)).join() !== argumentsOf(String(catalogues.en.get(key))).join())
      .map(([key]) => key);
    expect(mismatched).toEqual([]);
  });

  it.each(["landing", "auth"])("are really Chinese in zh-CN's %s section", (section) => {
    const untranslated = [...catalogues["zh-CN"]]
      .filter(([key]) => key.startsWith(`${section}.`))
      .filter(([, text]) => !HAN.test(String(text).replace(/\{[^}]*\}/g, "")))
      .map(([key]) => key);
    expect([...catalogues["zh-CN"].keys()].some((key) => key.startsWith(`${section}.`))).toBe(true);
    expect(untranslated).toEqual([]);
  });
});
