// The numbers and words of a planned pledge: its quantity, its progress notes, and why a partly
// done one fell short.
import type { Rng } from "@/tests/factories";
import * as words from "./data";
import type { PledgeTemplate } from "./data";

export function quantityFor(rng: Rng, template: PledgeTemplate, households: number): number {
  if (template.fromHouseholds) return households;
  const step = template.step ?? 1;
  return rng.int(Math.ceil(template.range[0] / step), Math.floor(template.range[1] / step)) * step;
}

export function progressBodies(rng: Rng, n: number | null, unit: string | null, count: number, done: boolean): string[] {
  return Array.from({ length: count }, (_, i) => {
    const note = rng.pick(words.PROGRESS_NOTES);
    if (done && i === count - 1) {
      return n === null ? `已全部完成，${note}。` : `计划${n}${unit}已全部完成，${rng.pick(["已组织验收", "受益户已签字确认", "照片已存档"])}。`;
    }
    if (n === null) return `正在推进，${note}。`;
    const k = Math.floor((n * (i + 1)) / (count + 1));
    if (k < 1 || k >= n) return `已开工，正在推进，${note}。`;
    return `已完成${k}${unit}（计划${n}${unit}），${note}。`;
  });
}

export function partlyExplanation(rng: Rng, n: number | null, unit: string | null): string {
  const reason = rng.pick(words.PARTLY_DONE_REASONS);
  const remedy = rng.pick(words.PARTLY_DONE_REMEDIES);
  if (n === null || n < 2) return `主体已完成，其余部分因${reason}未能按期完成，${remedy}。`;
  const k = Math.min(n - 1, Math.max(1, Math.floor(n * (0.4 + rng.float() * 0.4))));
  return `已完成${k}${unit}，其余${n - k}${unit}因${reason}未能按期完成，${remedy}。`;
}
