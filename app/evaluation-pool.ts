import { Worker } from "node:worker_threads";
import type { Config } from "../core/config/schema.js";
import { unjudgedVerdict } from "../core/evaluate.js";
import type { PullRequestSnapshot, Verdict } from "../core/types.js";
import type { Evaluator } from "../engine/verdict/evaluator.js";
import type { EvaluationTask } from "./evaluation-worker.js";

export interface PoolOptions {
  /** Workers, each judging one PR at a time. */
  size: number;
  /** Longest one evaluation may take on its worker before it is stopped. */
  budgetMs: number;
  /**
   * Heap limits of each worker (Node's `resourceLimits`). The young
   * generation is larger than Node's default: about half of a hostile
   * body's time is garbage collection, which a larger one roughly halves.
   */
  maxOldGenerationSizeMb?: number;
  maxYoungGenerationSizeMb?: number;
}

interface Pending {
  task: EvaluationTask;
  resolve: (verdicts: Verdict[]) => void;
}

interface Slot {
  worker: Worker;
  /** The worker has loaded and said so: a task's budget runs from then. */
  ready: boolean;
  busy: Pending | undefined;
  timer: NodeJS.Timeout | undefined;
}

/**
 * The App's evaluations, off its event loop. Each PR is judged on a worker
 * thread within `budgetMs`; one that takes longer (or runs out of memory, or
 * kills its worker) gets `unjudgedVerdict`, a blocking finding that says
 * why, and its worker is replaced. Other PRs keep being judged on the other
 * workers meanwhile. Tasks wait in order for a free worker. Workers start on
 * first use, and keep the process alive only while they hold a task.
 */
/** The smallest old-generation heap a worker gets, whatever the options say. */
export const MIN_WORKER_HEAP_MB = 8;

export class EvaluationPool implements Evaluator {
  readonly #options: Required<PoolOptions>;
  readonly #slots: Slot[] = [];
  readonly #queue: Pending[] = [];
  #nextId = 1;
  #closed = false;

  constructor(options: PoolOptions) {
    const merged = { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 64, ...options };
    // Below a few MB, Node 22 and later cannot even deserialize a worker's
    // start-up snapshot, and that is a fatal out-of-memory of the whole
    // process, not a worker error the pool could answer: the App would die.
    merged.maxOldGenerationSizeMb = Math.max(merged.maxOldGenerationSizeMb, MIN_WORKER_HEAP_MB);
    this.#options = merged;
  }

  evaluate(
    snapshot: PullRequestSnapshot,
    config: Config,
    labelSets: readonly (readonly string[])[],
  ): Promise<Verdict[]> {
    if (this.#closed) return Promise.reject(new Error("the evaluation pool is closed"));
    const task: EvaluationTask = {
      id: this.#nextId++,
      snapshot,
      config,
      labelSets: labelSets.map((labels) => [...labels]),
    };
    return new Promise((resolve) => {
      this.#queue.push({ task, resolve });
      this.#dispatch();
    });
  }

  /** Stops every worker; pending evaluations are answered as unjudged. */
  async close(): Promise<void> {
    this.#closed = true;
    for (const pending of this.#queue.splice(0)) {
      pending.resolve(this.#unjudged(pending.task, "the App is shutting down"));
    }
    await Promise.all(
      this.#slots.splice(0).map(async (slot) => {
        this.#finish(slot, "the App is shutting down");
        await slot.worker.terminate();
      }),
    );
  }

  #dispatch(): void {
    while (this.#queue.length > 0) {
      const slot = this.#slots.find((candidate) => !candidate.busy) ?? this.#spawn();
      if (!slot) return;
      const pending = this.#queue.shift() as Pending;
      slot.busy = pending;
      // A worker with a task holds the process open until it answers; an idle one does not.
      slot.worker.ref();
      if (slot.ready) this.#startClock(slot);
      slot.worker.postMessage(pending.task);
    }
  }

  #startClock(slot: Slot): void {
    slot.timer = setTimeout(() => {
      this.#replace(
        slot,
        `Judging this PR took longer than ${this.#options.budgetMs.toLocaleString("en-US")} ms`,
      );
    }, this.#options.budgetMs);
  }

  /** A new worker while the pool has room, else `undefined`. */
  #spawn(): Slot | undefined {
    if (this.#slots.length >= this.#options.size) return undefined;
    const [entry, how] = workerEntry();
    const worker = new Worker(entry, {
      ...how,
      resourceLimits: {
        maxOldGenerationSizeMb: this.#options.maxOldGenerationSizeMb,
        maxYoungGenerationSizeMb: this.#options.maxYoungGenerationSizeMb,
      },
    });
    const slot: Slot = { worker, ready: false, busy: undefined, timer: undefined };
    worker.on("message", (message: { id: number; verdicts: Verdict[] } | { ready: true }) => {
      if ("ready" in message) {
        slot.ready = true;
        if (slot.busy && !slot.timer) this.#startClock(slot);
        return;
      }
      if (slot.busy?.task.id !== message.id) return;
      const { resolve } = slot.busy;
      this.#release(slot);
      resolve(message.verdicts);
      this.#dispatch();
    });
    worker.on("error", (error: Error) => {
      const memory = (error as { code?: string }).code === "ERR_WORKER_OUT_OF_MEMORY";
      this.#replace(
        slot,
        memory
          ? `Judging this PR needed more than ${this.#options.maxOldGenerationSizeMb} MB`
          : `Judging this PR failed (${error.message})`,
      );
    });
    worker.on("exit", () => this.#replace(slot, "Judging this PR stopped its worker"));
    // After the listeners: listening for messages would hold the process open again.
    worker.unref();
    this.#slots.push(slot);
    return slot;
  }

  /** Answers the slot's task as unjudged for `why`, drops the worker and dispatches again. */
  #replace(slot: Slot, why: string): void {
    const index = this.#slots.indexOf(slot);
    if (index === -1) return;
    this.#slots.splice(index, 1);
    this.#finish(slot, why);
    slot.worker.removeAllListeners();
    void slot.worker.terminate();
    if (!this.#closed) this.#dispatch();
  }

  #finish(slot: Slot, why: string): void {
    const pending = slot.busy;
    this.#release(slot);
    pending?.resolve(this.#unjudged(pending.task, why));
  }

  #release(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = undefined;
    slot.busy = undefined;
    slot.worker.unref();
  }

  #unjudged(task: EvaluationTask, why: string): Verdict[] {
    return task.labelSets.map(() => unjudgedVerdict(why));
  }
}

/**
 * The worker's file: the bundle's sibling `evaluation-worker.js` in dist/,
 * or, when the App runs from source (tests, the bench), the TypeScript
 * source loaded through tsx's loader, registered in the worker itself
 * (loader flags of the parent do not reach worker threads).
 */
function workerEntry(): [URL | string, { eval?: boolean }] {
  const here = import.meta.url;
  if (!here.endsWith(".ts")) return [new URL("./evaluation-worker.js", here), {}];
  const source = new URL("./evaluation-worker.ts", here).href;
  return [
    `import("tsx/esm/api").then(({ register }) => { register(); return import(${JSON.stringify(source)}); });`,
    { eval: true },
  ];
}
