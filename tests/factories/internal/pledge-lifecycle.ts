// The events that lead a new pledge to a given status, and when each happened (not re-exported:
// createPledge writes them).
import type { PledgeEventType, PledgeStatus, Prisma } from "@/lib/generated/prisma/client";
import { DAY } from "../dates";

export type PlannedEvent = { type: PledgeEventType; payload: Prisma.InputJsonObject; progress?: string; actor: "author" | "reviewer" };

export function defaultProgress(quantity: number | null, unit: string | null, count: number, finished: boolean): string[] {
  return Array.from({ length: count }, (_, i) => {
    const last = finished && i === count - 1;
    if (quantity === null || unit === null) return last ? "已全部完成，群众代表已查看。" : "正在推进，已落实一部分。";
    if (last) return `计划${quantity}${unit}已全部完成，照片已存档。`;
    const done = Math.max(1, Math.floor((quantity * (i + 1)) / (count + 1)));
    return `已完成${done}${unit}（计划${quantity}${unit}），其余正在推进。`;
  });
}

export function lifecycleEvents(status: PledgeStatus, pledge: { vagueFlags: string[]; overrideReason: string | null; reviewComment: string | null; explanation: string | null }, progress: string[]): PlannedEvent[] {
  const events: PlannedEvent[] = [];
  if (status === "DRAFT") return events;
  events.push({ type: "SUBMITTED", payload: { vagueFlags: pledge.vagueFlags }, actor: "author" });
  if (status === "SUBMITTED") return events;
  if (status === "RETURNED") {
    events.push({ type: "RETURNED", payload: { comment: pledge.reviewComment ?? "" }, actor: "reviewer" });
    return events;
  }
  events.push({ type: "APPROVED", payload: { overrideReason: pledge.overrideReason }, actor: "reviewer" });
  if (status === "APPROVED") return events;
  events.push({ type: "PUBLISHED", payload: { textVersion: 1 }, actor: "reviewer" });
  if (status === "PUBLISHED") {
    if (pledge.explanation) events.push({ type: "EXPLAINED", payload: { explanation: pledge.explanation }, actor: "author" });
    return events;
  }
  let current: PledgeStatus = "PUBLISHED";
  if (progress.length > 0) {
    events.push({ type: "STATUS_CHANGED", payload: { from: current, to: "IN_PROGRESS" }, actor: "author" });
    current = "IN_PROGRESS";
    for (const body of progress) events.push({ type: "PROGRESS", payload: { body }, progress: body, actor: "author" });
  }
  switch (status) {
    case "IN_PROGRESS":
      if (current !== "IN_PROGRESS") events.push({ type: "STATUS_CHANGED", payload: { from: current, to: "IN_PROGRESS" }, actor: "author" });
      if (pledge.explanation) events.push({ type: "EXPLAINED", payload: { explanation: pledge.explanation }, actor: "author" });
      break;
    case "DONE":
      events.push({ type: "STATUS_CHANGED", payload: { from: current, to: "DONE" }, actor: "author" });
      break;
    case "PARTLY_DONE":
    case "NOT_DONE":
      events.push({ type: "STATUS_CHANGED", payload: { from: current, to: status }, actor: "author" });
      events.push({ type: "EXPLAINED", payload: { explanation: pledge.explanation ?? "" }, actor: "author" });
      break;
    case "WITHDRAWN":
      events.push({ type: "WITHDRAWN", payload: { from: current, reason: pledge.explanation ?? "" }, actor: "author" });
      break;
  }
  return events;
}

export const DEFAULT_EXPLANATIONS: Partial<Record<PledgeStatus, string>> = {
  PARTLY_DONE: "已完成一部分，其余因入冬后冻土无法施工，计划明年5月前补齐。",
  NOT_DONE: "上级项目未批复，资金没有到位，未能开工。支部已向镇党委说明，列入明年计划。",
  WITHDRAWN: "承诺人长期外出务工，无法履行，经支部会议研究撤回，改由其他党员承担。",
};

/** Moments for the events: review steps a day or so apart, later events spread up to `until`. */
export function eventTimes(events: PlannedEvent[], at: Date | undefined, until: Date | undefined): Date[] {
  if (!at) {
    const base = Date.now() - (events.length + 1) * 1000;
    return events.map((_, i) => new Date(base + (i + 1) * 1000));
  }
  const reviewSteps: Partial<Record<PledgeEventType, number>> = { SUBMITTED: 1, RETURNED: 3, APPROVED: 3, PUBLISHED: 4 };
  const times: Date[] = [];
  const laterIndexes: number[] = [];
  let lastReview = at.getTime();
  events.forEach((event, i) => {
    const step = reviewSteps[event.type];
    if (i === 0) times[i] = at;
    else if (step !== undefined && laterIndexes.length === 0) {
      times[i] = new Date(at.getTime() + step * DAY + i * 3_600_000);
      lastReview = times[i]!.getTime();
    } else laterIndexes.push(i);
  });
  if (laterIndexes.length > 0) {
    const from = lastReview + 3 * DAY;
    const to = Math.max(until?.getTime() ?? from + laterIndexes.length * 5 * DAY, from);
    laterIndexes.forEach((eventIndex, k) => {
      const share = laterIndexes.length === 1 ? 1 : k / (laterIndexes.length - 1);
      times[eventIndex] = new Date(from + Math.floor((to - from) * share));
    });
  }
  // Strictly increasing, whatever the inputs.
  let previous = at.getTime() - 60_000;
  return times.map((time) => {
    const t = Math.max(time.getTime(), previous + 60_000);
    previous = t;
    return new Date(t);
  });
}
