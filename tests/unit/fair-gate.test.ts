import { describe, expect, it } from "vitest";
import { FairGate } from "@/server/fair-gate";

/** A gate on a clock the test moves: each scheduled batch runs when the test says, after its pause. */
function harness(busyPerSecond: number, busy: () => boolean) {
  let now = 0;
  const pending: { at: number; run: () => void }[] = [];
  const gate = new FairGate({ budgetMs: 1_000, busyPerSecond, busy }, () => now, (run, ms) => pending.push({ at: now + ms, run }));
  const sent: number[] = [];
  /** Runs the batches due within `ms`, in order; returns how many hits went out. */
  const advance = (ms: number) => {
    const until = now + ms;
    for (let next = pending.sort((a, b) => a.at - b.at)[0]; next && next.at <= until; next = pending.sort((a, b) => a.at - b.at)[0]) {
      pending.shift();
      now = Math.max(now, next.at);
      next.run();
    }
    now = until;
    return sent.length;
  };
  const ask = (count: number) => {
    for (let i = 0; i < count; i += 1) gate.run(() => sent.push(sent.length));
  };
  return { gate, ask, advance, sent };
}

describe("fair gate", () => {
  it("sends every hit at once, in order, while nothing else is in progress", () => {
    const { ask, advance, sent } = harness(100, () => false);
    ask(500);
    expect(advance(0)).toBe(500);
    expect(sent).toEqual([...sent].sort((a, b) => a - b));
  });

  it("paces hits to their rate while requests that need the database are in progress, and catches up after", () => {
    let busy = true;
    const { gate, ask, advance } = harness(100, () => busy);
    ask(300);
    // 100 a second: about 100 in the first second, about 200 after two, never all at once.
    const afterOne = advance(1_000);
    expect(afterOne).toBeGreaterThanOrEqual(95);
    expect(afterOne).toBeLessThanOrEqual(105);
    const afterTwo = advance(1_000);
    expect(afterTwo).toBeGreaterThanOrEqual(195);
    expect(afterTwo).toBeLessThanOrEqual(205);
    busy = false;
    expect(advance(10)).toBe(300);
    expect(gate.waiting).toBe(0);
  });
});
