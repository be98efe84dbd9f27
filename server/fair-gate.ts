// Pacing for the cheap answers (the front cache's hits) while the server has work that changes
// the record. Node handles every request that arrived in one event-loop turn before it reads the
// database's replies again, and a crowd of readers asking back to back takes the CPU from the
// ballots and drafts that wait for the database several times each: they slowed to a few a second
// under bench:load. Through the gate, hits go out first come, first served, in batches of at most
// `budgetMs`; while requests handed to Next are in progress (`busy`), at most `busyPerSecond` of
// them a second, so those requests get the CPU first. With nothing else in progress, hits go out
// as fast as they come. Readers wait a little longer under load; nobody waits without end.

export type FairGateOptions = { budgetMs: number; busyPerSecond: number; busy: () => boolean };

export class FairGate {
  private queue: (() => void)[] = [];
  private scheduled = false;
  /** Hits that may go out now while busy (a token bucket holding at most a tenth of a second's worth). */
  private tokens = 0;
  private refilledAt = 0;

  constructor(
    private readonly options: FairGateOptions,
    private readonly now: () => number = () => performance.now(),
    private readonly later: (run: () => void, ms: number) => void = (run, ms) => (ms >= 1 ? setTimeout(run, ms) : setImmediate(run)),
  ) {}

  get waiting() {
    return this.queue.length;
  }

  /** Runs `task` in this batch, or in a later one. */
  run(task: () => void): void {
    this.queue.push(task);
    this.schedule(0);
  }

  private schedule(pauseMs: number) {
    if (this.scheduled) return;
    this.scheduled = true;
    this.later(this.drain, pauseMs);
  }

  private drain = () => {
    this.scheduled = false;
    const started = this.now();
    const busy = this.options.busy();
    if (busy) {
      const perMs = this.options.busyPerSecond / 1000;
      this.tokens = Math.min(this.options.busyPerSecond / 10, this.tokens + (started - this.refilledAt) * perMs);
      this.refilledAt = started;
      if (this.tokens < 1) return this.schedule((1 - this.tokens) / perMs);
    } else {
      this.refilledAt = started;
    }
    let index = 0;
    // At least one task per batch, so a budget smaller than one task still makes progress.
    do {
      const task = this.queue[index++]!;
      if (busy) this.tokens -= 1;
      try {
        task();
      } catch (error) {
        console.error(error);
      }
    } while (index < this.queue.length && this.now() - started < this.options.budgetMs && (!busy || this.tokens >= 1));
    this.queue = this.queue.slice(index);
    if (this.queue.length) this.schedule(0);
  };
}
