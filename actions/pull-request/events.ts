import { readFile } from "node:fs/promises";
import type { RepoContext } from "../../engine/event.js";
import type { PullRequestPayload } from "../../github/webhooks.js";
import { InputError } from "./inputs.js";

/**
 * The events the action judges, with the activity types the App handles for
 * each (test/actions/events.test.ts checks they are the App's). The PR
 * events carry the PR, so judging one costs no request to read it.
 * `pull_request_target` carries the same payload: the gate reads the PR
 * through the API and never runs its code, so the base repository's token
 * (writable for fork PRs too) is safe to use there.
 */
export const SUPPORTED_EVENTS = {
  pull_request: [
    "opened",
    "edited",
    "synchronize",
    "reopened",
    "ready_for_review",
    "labeled",
    "unlabeled",
  ],
  pull_request_target: [
    "opened",
    "edited",
    "synchronize",
    "reopened",
    "ready_for_review",
    "labeled",
    "unlabeled",
  ],
  pull_request_review: ["submitted", "dismissed"],
  merge_group: ["checks_requested"],
} as const satisfies Record<string, readonly string[]>;

export type SupportedEventName = keyof typeof SUPPORTED_EVENTS;

/** What the workflow's event asks the action to do. */
export type GateEvent =
  | { kind: "pull_request"; name: string; payload: PullRequestPayload; repo: RepoContext }
  | {
      kind: "merge_group";
      name: string;
      group: { head_sha: string; head_ref: string };
      repo: RepoContext;
    }
  /** A supported event with an activity type the gate does not judge (e.g. `closed`). */
  | { kind: "skip"; name: string; why: string };

/** The workflow ran on an event the gate cannot judge; the message says what to trigger on. */
export class UnsupportedEventError extends InputError {
  constructor(eventName: string) {
    super(
      `pilot-gate judges pull requests, and this workflow ran on "${eventName}". Trigger it on ${describeEvents()}, e.g.\n\non:\n  pull_request:\n    types: [${SUPPORTED_EVENTS.pull_request.join(", ")}]\n  pull_request_review:\n    types: [${SUPPORTED_EVENTS.pull_request_review.join(", ")}]\n  merge_group:`,
    );
  }
}

function describeEvents(): string {
  return Object.entries(SUPPORTED_EVENTS)
    .map(([name, types]) => `${name} (${types.join(", ")})`)
    .join(", ");
}

// biome-ignore lint/suspicious/noExplicitAny: a webhook payload read from disk, narrowed field by field below.
type Json = any;

/** Reads the event's payload and says what to judge. */
export async function readEvent(
  eventName: string,
  eventPath: string,
  repository: { owner: string; repo: string },
): Promise<GateEvent> {
  if (!(eventName in SUPPORTED_EVENTS)) throw new UnsupportedEventError(eventName);
  let payload: Json;
  try {
    payload = JSON.parse(await readFile(eventPath, "utf8"));
  } catch (error) {
    throw new InputError(
      `Could not read the ${eventName} event's payload from GITHUB_EVENT_PATH (${eventPath}): ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const types: readonly string[] = SUPPORTED_EVENTS[eventName as SupportedEventName];
  const action = String(payload?.action ?? "");
  if (!types.includes(action)) {
    return {
      kind: "skip",
      name: `${eventName}.${action}`,
      why: `pilot-gate does not judge ${eventName}.${action} (only ${types.join(", ")}); the check from the PR's last judged event stands`,
    };
  }
  const name = `${eventName}.${action}`;
  const repo = repoContextOf(payload, repository);
  if (eventName === "merge_group") {
    const group = payload.merge_group;
    if (typeof group?.head_sha !== "string" || typeof group?.head_ref !== "string") {
      throw new InputError(
        `The ${name} payload has no merge_group head: is it a merge_group event?`,
      );
    }
    return { kind: "merge_group", name, group, repo };
  }
  if (typeof payload.pull_request?.head?.sha !== "string") {
    throw new InputError(`The ${name} payload has no pull_request: is it a ${eventName} event?`);
  }
  return { kind: "pull_request", name, payload: payload as PullRequestPayload, repo };
}

/**
 * The repository as the runner names it (GITHUB_REPOSITORY), with what only
 * the payload knows: its default branch (where the config is read) and
 * whether its owner is an organisation (teams).
 */
function repoContextOf(payload: Json, repository: { owner: string; repo: string }): RepoContext {
  const defaultBranch = payload?.repository?.default_branch;
  if (typeof defaultBranch !== "string" || defaultBranch === "") {
    throw new InputError(
      "The event's payload names no repository default branch, where pilot-gate reads .github/pilot-gate.yml.",
    );
  }
  return {
    owner: repository.owner,
    repo: repository.repo,
    defaultBranch,
    ownerIsOrg: payload.repository.owner?.type === "Organization",
  };
}

/** The fork a PR comes from, when it is not the repository itself. */
export function forkOf(event: GateEvent): string | undefined {
  if (event.kind !== "pull_request") return undefined;
  const pull = event.payload.pull_request as Json;
  const head = pull?.head?.repo?.full_name;
  const base = pull?.base?.repo?.full_name;
  return typeof head === "string" && typeof base === "string" && head !== base ? head : undefined;
}
