// The server's memory, sampled from /proc (Linux): the resident set of the next-server process and
// all its descendants, summed. PostgreSQL runs beside it (a child of the `npm start` wrapper, not of
// Next) and is sampled apart, for information. The CPU time each used between start and stop says
// where the machine's cores went (the load generator's own is process.cpuUsage()).
import { readdirSync, readFileSync } from "node:fs";

type Proc = { pid: number; ppid: number; comm: string; cmdline: string };

function processes(): Proc[] {
  const list: Proc[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // "pid (comm) state ppid …": comm may hold spaces and parentheses, so split after the last ")".
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const close = stat.lastIndexOf(")");
      const ppid = Number(stat.slice(close + 2).split(" ")[1]);
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, "utf8").replaceAll("\0", " ");
      list.push({ pid: Number(entry), ppid, comm: stat.slice(stat.indexOf("(") + 1, close), cmdline });
    } catch {
      // the process ended while being read
    }
  }
  return list;
}

function descendants(all: Proc[], root: number): number[] {
  const found = [root];
  for (let i = 0; i < found.length; i++) for (const proc of all) if (proc.ppid === found[i]) found.push(proc.pid);
  return found;
}

/**
 * Seconds of CPU a process used, its ended children's included (clock ticks of 1/100 s on Linux);
 * or, given `thread`, that one thread's own (JavaScript runs on the main thread, whose id is the pid).
 */
function cpuSeconds(pid: number, thread?: number): number {
  try {
    const stat = readFileSync(thread ? `/proc/${pid}/task/${thread}/stat` : `/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (thread ? [11, 12] : [11, 12, 13, 14]).reduce((sum, i) => sum + Number(fields[i]), 0) / 100;
  } catch {
    return 0;
  }
}

function rssBytes(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Whether a process is the app's server: server/main.ts names itself next-server. */
const isNext = (proc: Proc) => proc.comm.startsWith("next-server") || proc.cmdline.startsWith("next-server");

function findServer(all: Proc[], root: number): Proc {
  const tree = descendants(all, root);
  const server = all.find((proc) => tree.includes(proc.pid) && isNext(proc));
  if (!server) throw new Error(`No next-server process under process ${root}`);
  return server;
}

/** The pid of the app's server process under `root` (the `npm start` wrapper). */
export function serverPid(root: number): number {
  return findServer(processes(), root).pid;
}

export class MemorySampler {
  peakNext = 0;
  peakPostgres = 0;
  lastNext = 0;
  /** CPU seconds between start() and stop(): next-server's tree and its main thread, PostgreSQL's processes, this process. */
  cpu = { next: 0, nextMain: 0, postgres: 0, generator: 0 };
  private cpuAt = { next: 0, nextMain: 0, postgres: 0 };
  private cpuFrom = { next: 0, nextMain: 0, postgres: 0 };
  private generatorFrom = process.cpuUsage();
  private timer: NodeJS.Timeout | undefined;

  /** `root`: the process that started Next and PostgreSQL (the `npm start` wrapper). */
  constructor(private readonly root: number) {}

  /** One sample now; throws when no next-server process is found under the root. */
  sample(): { next: number; postgres: number } {
    const all = processes();
    const tree = descendants(all, this.root);
    const next = findServer(all, this.root);
    const nextTree = descendants(all, next.pid);
    const postgresPids = all.filter((proc) => tree.includes(proc.pid) && !nextTree.includes(proc.pid) && proc.comm === "postgres").map((proc) => proc.pid);
    const sample = { next: nextTree.reduce((sum, pid) => sum + rssBytes(pid), 0), postgres: postgresPids.reduce((sum, pid) => sum + rssBytes(pid), 0) };
    this.cpuAt = {
      next: nextTree.reduce((sum, pid) => sum + cpuSeconds(pid), 0),
      nextMain: cpuSeconds(next.pid, next.pid),
      postgres: postgresPids.reduce((sum, pid) => sum + cpuSeconds(pid), 0),
    };
    this.lastNext = sample.next;
    this.peakNext = Math.max(this.peakNext, sample.next);
    this.peakPostgres = Math.max(this.peakPostgres, sample.postgres);
    return sample;
  }

  /** Samples every `ms` from now on, the peaks and the CPU times starting afresh. */
  start(ms: number) {
    this.peakNext = 0;
    this.peakPostgres = 0;
    this.sample();
    this.cpuFrom = this.cpuAt;
    this.generatorFrom = process.cpuUsage();
    this.timer = setInterval(() => {
      try {
        this.sample();
      } catch {
        // the server went away: the run reports it
      }
    }, ms);
  }

  stop() {
    clearInterval(this.timer);
    this.sample();
    const generator = process.cpuUsage(this.generatorFrom);
    this.cpu = {
      next: this.cpuAt.next - this.cpuFrom.next,
      nextMain: this.cpuAt.nextMain - this.cpuFrom.nextMain,
      postgres: this.cpuAt.postgres - this.cpuFrom.postgres,
      generator: (generator.user + generator.system) / 1e6,
    };
  }
}
