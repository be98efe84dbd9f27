// What the load measures, per kind of request: the time of every request until its answer (or until
// it was given up), and every answer that was not the one a villager or secretary should get (a
// wrong status, a refusal page, a timeout, a dropped connection) as an error.

export const KINDS = [
  { kind: "board", label: "board page       GET /v/<slug>", write: false },
  { kind: "pledge", label: "pledge page      GET /v/<slug>/p/<id>", write: false },
  { kind: "boardJson", label: "open data        GET /v/<slug>/board.json", write: false },
  { kind: "ballotOpen", label: "ballot page      GET /ballot?code=…", write: false },
  { kind: "ballotSubmit", label: "ballot submitted POST /ballot (no JS)", write: true },
  { kind: "pledgeCreate", label: "draft created    POST /village/pledges/new", write: true },
  { kind: "pledgeEdit", label: "draft edited     POST /village/pledges/<id>/edit", write: true },
] as const;

export type Kind = (typeof KINDS)[number]["kind"];

/** good: expected answers; rate: good answers per second; p50/p99/max over every request that ended (answered, or given up). */
export type KindSummary = { good: number; rate: number; p50: number; p99: number; max: number; errors: number; firstError?: string };

export function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : 0;
}

export class Recorder {
  private readonly times = new Map<Kind, number[]>();
  private readonly errors = new Map<Kind, number>();
  private readonly firstErrors = new Map<Kind, string>();

  /**
   * A request that ended after `ms`: answered, or given up (a timeout counts at the time waited, so
   * requests never answered weigh in the percentiles). `problem` says what was wrong, if anything.
   */
  ended(kind: Kind, ms: number, problem?: string) {
    const times = this.times.get(kind) ?? [];
    times.push(ms);
    this.times.set(kind, times);
    if (problem) {
      this.errors.set(kind, (this.errors.get(kind) ?? 0) + 1);
      if (!this.firstErrors.has(kind)) this.firstErrors.set(kind, problem.slice(0, 300));
    }
  }

  summary(kind: Kind, seconds: number): KindSummary {
    const times = [...(this.times.get(kind) ?? [])].sort((a, b) => a - b);
    const errors = this.errors.get(kind) ?? 0;
    return {
      good: times.length - errors,
      rate: (times.length - errors) / seconds,
      p50: percentile(times, 50),
      p99: percentile(times, 99),
      max: times.at(-1) ?? 0,
      errors,
      firstError: this.firstErrors.get(kind),
    };
  }
}
