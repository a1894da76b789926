import { relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { GitHubMock, REPO_PATH, useGitHubMock } from "./helpers/github.js";
import { PR_NUMBER, pullRequestEvent } from "./helpers/payloads.js";
import { createTestApp } from "./helpers/probot.js";

useGitHubMock();

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
/** Source folders: the stack is read only within the product, not the tests or dependencies. */
const SOURCE = /^(app|engine|core|github|actions|cli)\//;

/**
 * The repository source files a stack passes through, outermost call first,
 * consecutive frames of one file collapsed into one entry. Frames of
 * node_modules, `node:` internals and the tests are left out.
 */
function sourceRuns(stack: string): string[] {
  const files: string[] = [];
  for (const line of stack.split("\n").slice(1)) {
    const match = /\(?((?:file:\/\/)?\/[^():]+):\d+:\d+\)?\s*$/.exec(line);
    if (!match?.[1]) continue;
    const path = match[1].startsWith("file://") ? fileURLToPath(match[1]) : match[1];
    const file = relative(ROOT, path).split(sep).join("/");
    if (file.includes("node_modules/") || !SOURCE.test(file)) continue;
    files.push(file);
  }
  const runs: string[] = [];
  for (const file of files.toReversed()) if (runs.at(-1) !== file) runs.push(file);
  return runs;
}

/** Files entered more than once: a file seen in two separate runs. */
function reentered(runs: readonly string[]): string[] {
  return [...new Set(runs.filter((file, i) => runs.indexOf(file) !== i))];
}

describe("the path of a pull_request.opened event to its check run", () => {
  let limit: number;
  beforeEach(() => {
    limit = Error.stackTraceLimit;
    Error.stackTraceLimit = Number.POSITIVE_INFINITY;
  });
  afterEach(() => {
    Error.stackTraceLimit = limit;
  });

  /**
   * The stack is taken where the request leaves for GitHub (nock answers
   * from a timer, which keeps no stack of the caller): Node keeps the frames
   * of every `await` up to the event's start in the per-PR queue, whose
   * `.then` is where the async chain begins.
   */
  it("reaches the check run write through at most 6 source files, none entered twice", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.config(null);
    gh.files(PR_NUMBER, ["src/login.ts"]);
    gh.createCheckRun();
    let stack = "";
    const intercepted = globalThis.fetch;
    globalThis.fetch = (input, init) => {
      const url = input instanceof Request ? input.url : String(input);
      if (init?.method === "POST" && url.endsWith(`${REPO_PATH}/check-runs`)) {
        stack = new Error("check run write").stack ?? "";
      }
      return intercepted(input, init);
    };

    await app.receive("pull_request", pullRequestEvent("opened"));

    // The path ends at the client's write: below it is the transport every
    // request shares (github/octokit.ts's retry and throttle, the request
    // deadline), not a step of this event.
    const all = sourceRuns(stack);
    const runs = all.slice(0, all.indexOf("github/client.ts") + 1);
    expect(
      all.slice(runs.length).every((file) => file.startsWith("github/")),
      all.join(" > "),
    ).toBe(true);
    expect(runs.length, `path: ${runs.join(" > ")}`).toBeGreaterThan(0);
    expect(reentered(runs), `path: ${runs.join(" > ")}`).toEqual([]);
    expect(runs.length, `path: ${runs.join(" > ")}`).toBeLessThanOrEqual(6);
    // The write leaves through the executor, the one code that calls the client's writes.
    expect(runs.slice(-2)).toEqual(["engine/execute.ts", "github/client.ts"]);
  });
});

describe("sourceRuns", () => {
  it("keeps source files in call order, collapses runs, and drops dependencies and node frames", () => {
    const stack = [
      "Error: x",
      `    at write (${ROOT}github/client.ts:10:5)`,
      `    at nock (${ROOT}node_modules/nock/lib/x.js:1:1)`,
      `    at async apply (${ROOT}engine/verdict/apply-plan.ts:3:1)`,
      `    at async publish (${ROOT}engine/verdict/publish-verdict.ts:5:1)`,
      `    at async judge (file://${ROOT}engine/verdict/publish-verdict.ts:7:1)`,
      "    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)",
      `    at async handle (${ROOT}app/handlers/pull-request.ts:2:1)`,
      `    at async test (${ROOT}test/app/event-path.test.ts:2:1)`,
    ].join("\n");
    const runs = sourceRuns(stack);
    expect(runs).toEqual([
      "app/handlers/pull-request.ts",
      "engine/verdict/publish-verdict.ts",
      "engine/verdict/apply-plan.ts",
      "github/client.ts",
    ]);
    expect(reentered(["a.ts", "b.ts", "a.ts"])).toEqual(["a.ts"]);
  });
});
