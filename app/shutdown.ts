import { drainHandlers, handlersInFlight, unfinishedHandlers } from "./observe.js";

/**
 * How long closing the worker pool and Redis may take after the handlers
 * are done or cut off. With the default deadline (25 s) the whole shutdown
 * stays inside Kubernetes' 30 s grace period, after which it sends SIGKILL.
 */
export const CLOSE_TIMEOUT_MS = 2_000;

/** The signals Docker, Kubernetes and a terminal send to stop the App. */
export const SHUTDOWN_SIGNALS: readonly NodeJS.Signals[] = ["SIGTERM", "SIGINT"];

interface ShutdownLog {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
  error(fields: object, message: string): void;
}

/**
 * What the App started and opened, for a shutdown to stop and close: the
 * App (app/index.ts) adds its reconcile schedule, worker pool and Redis
 * clients as it makes them.
 */
export class ShutdownHooks {
  readonly #atSignal: (() => void)[] = [];
  readonly #closers: { name: string; close: () => unknown }[] = [];

  /** `stop` runs as soon as the signal arrives: no new work (a scheduled pass) starts. */
  stopAtSignal(stop: () => void): void {
    this.#atSignal.push(stop);
  }

  /** `close` runs once the handlers are done or cut off, in the order added. */
  closeAfterHandlers(name: string, close: () => unknown): void {
    this.#closers.push({ name, close });
  }

  stopAll(): void {
    for (const stop of this.#atSignal.splice(0)) stop();
  }

  /** Runs every closer, each within `timeoutMs`; one that fails or hangs is logged, not fatal. */
  async closeAll(log: ShutdownLog, timeoutMs = CLOSE_TIMEOUT_MS): Promise<void> {
    for (const { name, close } of this.#closers.splice(0)) {
      const outcome = await within(Promise.resolve().then(close), timeoutMs);
      if (outcome === "timeout") {
        log.warn({ closer: name }, `shutdown: ${name} did not close within ${timeoutMs} ms`);
      } else if (outcome instanceof Error) {
        log.error({ err: outcome, closer: name }, `shutdown: closing ${name} failed`);
      }
    }
  }
}

/** `promise`'s outcome ("done", or the error it rejected with), or "timeout" after `ms`. */
async function within(promise: Promise<unknown>, ms: number): Promise<"done" | "timeout" | Error> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      promise.then(
        () => "done" as const,
        (error: unknown) => (error instanceof Error ? error : new Error(String(error))),
      ),
      new Promise<"timeout">((resolve) => {
        timer = setTimeout(() => resolve("timeout"), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

export interface ShutdownOptions {
  /** Probot's server: `stop()` closes the listening socket and resolves once its connections end. */
  server: { stop(): Promise<void> };
  hooks: ShutdownHooks;
  /** How long in-flight handlers may run on (`PILOT_GATE_SHUTDOWN_MS`). */
  deadlineMs: number;
  log: () => ShutdownLog;
  exit?: (code: number) => void;
}

/**
 * Installs the App's SIGTERM and SIGINT handling in place of Probot's (which
 * exits as soon as the listening socket closes, while Probot's webhook
 * middleware has already answered 202 to a delivery whose handler runs on
 * after 9 s). On the first signal: stop accepting connections, let the
 * handlers in flight finish until `deadlineMs`, close what the App opened,
 * exit 0. A handler still running at the deadline is cut off and named in
 * the log; it leaves nothing half-written on a PR, because check runs are
 * only ever written completed (github/client.ts), and the PR is judged
 * again on its next event or re-run. A second signal exits at once, with 1.
 *
 * `probotListeners`: the SIGINT listeners Probot's `run` added, removed here.
 */
export function handleShutdown(
  options: ShutdownOptions,
  probotListeners: readonly NodeJS.SignalsListener[] = [],
): void {
  const exit = options.exit ?? ((code: number) => process.exit(code));
  for (const listener of probotListeners) process.off("SIGINT", listener);
  let stopping = false;
  const shutdown = async (signal: string, log: ShutdownLog): Promise<void> => {
    log.info(
      { signal, inFlight: handlersInFlight(), deadlineMs: options.deadlineMs },
      `${signal}: no longer accepting connections; waiting up to ${options.deadlineMs} ms for ${handlersInFlight()} handler(s) in flight`,
    );
    const started = Date.now();
    const stopped = within(options.server.stop(), options.deadlineMs);
    options.hooks.stopAll();
    const drained = await drainHandlers(options.deadlineMs);
    if (!drained) {
      const unfinished = unfinishedHandlers();
      log.warn(
        { unfinished },
        `shutdown deadline of ${options.deadlineMs} ms passed; cut off ${unfinished.length} unfinished handler(s): ${unfinished.join("; ")}. Each is judged again on its PR's next event or re-run.`,
      );
    }
    // Responses of handlers that finished in time may still be on their way out.
    await within(stopped, Math.max(0, options.deadlineMs - (Date.now() - started)));
    await options.hooks.closeAll(log);
    log.info({ signal, drained }, "shutdown complete");
    exit(0);
  };
  const onSignal = (signal: NodeJS.Signals) => {
    const log = options.log();
    if (stopping) {
      log.warn({ signal }, `${signal} again: exiting now without waiting`);
      exit(1);
      return;
    }
    stopping = true;
    shutdown(signal, log).catch((error: unknown) => {
      log.error({ err: error }, "shutdown failed");
      exit(1);
    });
  };
  for (const signal of SHUTDOWN_SIGNALS) process.on(signal, onSignal);
}
