// Timing helpers of npm run bench:scale: warm-up runs, then timed runs one after another.

export type Timing = { runs: number; median: number; p95: number; min: number; max: number };

/** Nearest-rank percentile of sorted samples (p95 of 20 runs is the 19th). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** Times `work`; `before` (untimed) runs ahead of each call, warm-ups included. */
export async function timeRuns(work: () => Promise<unknown>, options: { warmup: number; runs: number; before?: () => Promise<unknown> }): Promise<Timing> {
  for (let i = 0; i < options.warmup; i++) {
    await options.before?.();
    await work();
  }
  const samples: number[] = [];
  for (let i = 0; i < options.runs; i++) {
    await options.before?.();
    const started = performance.now();
    await work();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return { runs: samples.length, median: percentile(samples, 50), p95: percentile(samples, 95), min: samples[0]!, max: samples[samples.length - 1]! };
}

export const ms = (value: number) => `${value.toFixed(value < 10 ? 1 : 0)} ms`;
export const seconds = (startedAt: number) => `${((performance.now() - startedAt) / 1000).toFixed(1)} s`;
