import { AsyncLocalStorage } from "node:async_hooks";
import type { Context } from "probot";
import { onGitHubResponse } from "../github/octokit.js";
import { handlerDuration, verdicts, webhookEvents } from "./metrics.js";

/** What one event's handling came to, filled in as it runs. */
interface EventRecord {
  requests: number;
  verdict: string | undefined;
  failed: boolean;
}

const current = new AsyncLocalStorage<EventRecord>();
/** Each running handler, with what it is handling, as a cut-off shutdown names it. */
const inFlight = new Map<Promise<void>, string>();

onGitHubResponse(() => {
  const record = current.getStore();
  if (record) record.requests += 1;
});

/** The guard (app/handlers/guard.ts) reports the verdict it reached for the event being handled. */
export function noteVerdict(conclusion: string | undefined): void {
  const record = current.getStore();
  if (!record || conclusion === undefined) return;
  record.verdict = conclusion;
  verdicts.inc({ conclusion });
}

/** The guard reports that the event failed (and a "could not evaluate" check was posted instead). */
export function noteFailure(): void {
  const record = current.getStore();
  if (record) record.failed = true;
}

/** The PR (or issue) an event is about, from its payload. */
function subjectOf(payload: Record<string, unknown>): number | undefined {
  const numbered = (value: unknown) =>
    typeof value === "object" &&
    value !== null &&
    typeof (value as { number?: unknown }).number === "number"
      ? (value as { number: number }).number
      : undefined;
  const checkRun = payload.check_run as { pull_requests?: unknown[] } | undefined;
  return (
    numbered(payload.pull_request) ??
    numbered(payload.issue) ??
    numbered(checkRun?.pull_requests?.[0])
  );
}

/**
 * `handler`, observed: counted and timed in /metrics, held in the set of
 * in-flight handlers that a graceful shutdown waits for, and summed up in
 * one log line per event (delivery, repository, PR, verdict, requests,
 * duration).
 */
export function observed<C extends Context>(handler: (context: C) => Promise<void>) {
  return (context: C): Promise<void> => {
    const payload = context.payload as Record<string, unknown>;
    const event = `${context.name}${typeof payload.action === "string" ? `.${payload.action}` : ""}`;
    const record: EventRecord = { requests: 0, verdict: undefined, failed: false };
    const started = performance.now();
    const repository = payload.repository as { full_name?: string } | undefined;
    const pr = subjectOf(payload);
    const run = current.run(record, async () => {
      let outcome = "failed";
      try {
        await handler(context);
        outcome = record.failed ? "failed" : "handled";
      } finally {
        const seconds = (performance.now() - started) / 1_000;
        webhookEvents.inc({ event, outcome });
        handlerDuration.observe({ event }, seconds);
        context.log.info(
          {
            event,
            delivery: context.id,
            repo: repository?.full_name,
            pr,
            verdict: record.verdict,
            outcome,
            requests: record.requests,
            durationMs: Math.round(seconds * 1_000),
          },
          `${event} ${outcome}`,
        );
      }
    });
    const subject = repository?.full_name
      ? `, ${repository.full_name}${pr === undefined ? "" : `#${pr}`}`
      : "";
    inFlight.set(run, `${event} (delivery ${context.id}${subject})`);
    void run.then(
      () => inFlight.delete(run),
      () => inFlight.delete(run),
    );
    return run;
  };
}

/** How many handlers are running now. */
export function handlersInFlight(): number {
  return inFlight.size;
}

/** What each running handler is handling: event, delivery id, repository and PR. */
export function unfinishedHandlers(): string[] {
  return [...inFlight.values()];
}

/**
 * Resolves once every handler running now (and any started meanwhile) has
 * finished, or after `deadlineMs`: true when they all finished.
 */
export async function drainHandlers(deadlineMs: number): Promise<boolean> {
  const deadline = Date.now() + deadlineMs;
  while (inFlight.size > 0) {
    const left = deadline - Date.now();
    if (left <= 0) return false;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      Promise.allSettled([...inFlight.keys()]),
      new Promise((resolve) => {
        timer = setTimeout(resolve, left);
      }),
    ]);
    clearTimeout(timer);
  }
  return true;
}
