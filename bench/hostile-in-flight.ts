/**
 * Times from arrival to handled of ordinary PR events while a hostile PR (a body built to
 * be slow to judge) keeps being edited, against the same replay with no
 * hostile PR: with the App's worker pool, and with judging on the event
 * loop for comparison. Printed by `npm run bench`.
 */
import type { Probot } from "probot";
import { ADVERSARIAL_BODIES } from "../test/helpers/markdown-corpus.js";
import { VALID_TEMPLATE_BODY } from "../test/helpers/pull-request.js";
import { FakeGitHub, loadApp, percentile, pullRequestPayload } from "./app-events.js";

/** The corpus's costliest shape to judge (`npm run bench`'s body section). */
const HOSTILE = ADVERSARIAL_BODIES["lists nested 20 deep per line"] as string;
const HOSTILE_PR = 9_999;

let delivery = 0;
function receive(probot: Probot, payload: unknown): Promise<void> {
  return probot.receive({
    id: `h-${++delivery}`,
    name: "pull_request",
    payload,
  } as Parameters<Probot["receive"]>[0]);
}

/** Ordinary events arrive this far apart, so a phase lasts long enough for hostile edits to overlap it. */
const ARRIVAL_MS = 10;

/**
 * Ordinary events: an opened and an edited per PR, from `first` on, each
 * arriving `ARRIVAL_MS` after the one before. Their times run from when each
 * was due to arrive to when it was handled, so time the event loop spent
 * blocked before an event could start counts against it, as it does for a
 * webhook waiting on a busy server.
 */
async function ordinary(probot: Probot, github: FakeGitHub, first: number, prs: number) {
  const times: number[] = [];
  const start = performance.now();
  let n = 0;
  for (let pr = first; pr < first + prs; pr++) {
    const head = `${pr.toString(16).padStart(8, "0")}${"0".repeat(32)}`;
    for (const action of ["opened", "edited"]) {
      const due = start + n++ * ARRIVAL_MS;
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - performance.now())));
      const payload = pullRequestPayload(pr, action, { body: VALID_TEMPLATE_BODY, head });
      github.setPull(pr, payload.pull_request);
      await receive(probot, payload);
      times.push(performance.now() - due);
    }
  }
  return times.sort((a, b) => a - b);
}

/** Edits the hostile PR, one event after another, until `stop` says so; how many were judged. */
async function hostileEdits(probot: Probot, github: FakeGitHub, stop: { now: boolean }) {
  let judged = 0;
  const head = "f".repeat(40);
  while (!stop.now) {
    const payload = pullRequestPayload(HOSTILE_PR, "edited", {
      body: `${HOSTILE.slice(0, -String(judged).length)}${judged}`,
      head,
    });
    github.setPull(HOSTILE_PR, payload.pull_request);
    await receive(probot, payload);
    judged++;
    // The next edit arrives as a webhook does, in a task of its own: the
    // stand-in answers in microtasks, which would otherwise starve the rest.
    await new Promise((resolve) => setImmediate(resolve));
  }
  return judged;
}

async function measure(workers: number, prs: number): Promise<string[]> {
  const github = new FakeGitHub();
  const probot = await loadApp(github, { evaluationWorkers: workers });
  // Warm up: workers started, code compiled, config cached.
  await ordinary(probot, github, 1, 10);
  const quiet = await ordinary(probot, github, 100, prs);
  const stop = { now: false };
  const hostile = hostileEdits(probot, github, stop);
  const busy = await ordinary(probot, github, 1_000, prs);
  stop.now = true;
  const judged = await hostile;
  const where = workers > 0 ? `${workers} worker(s)` : "the event loop";
  const fmt = (times: number[]) =>
    `p50 ${percentile(times, 50).toFixed(1)} ms, p99 ${percentile(times, 99).toFixed(1)} ms, max ${(times.at(-1) ?? 0).toFixed(1)} ms`;
  return [
    `  judged on ${where}:`,
    `    ordinary events, no hostile PR:        ${fmt(quiet)}`,
    `    ordinary events, hostile PR in flight: ${fmt(busy)} (${judged} hostile edits judged meanwhile)`,
  ];
}

/** Runs both measurements; `prs` ordinary PRs (2 events each) per phase. */
export async function benchHostileInFlight(prs = 100): Promise<string[]> {
  return [
    "",
    `Time from arrival to handled of ordinary PR events (one every ${ARRIVAL_MS} ms) while a hostile PR (${HOSTILE.length.toLocaleString("en-US")} chars of the costliest shape) is edited again and again:`,
    ...(await measure(2, prs)),
    ...(await measure(0, prs)),
  ];
}
