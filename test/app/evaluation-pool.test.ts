import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { EvaluationPool, MIN_WORKER_HEAP_MB } from "../../app/evaluation-pool.js";
import { defaultConfig } from "../../core/config/schema.js";
import { evaluateWithLabels } from "../../core/evaluate.js";
import { ADVERSARIAL_BODIES } from "../helpers/markdown-corpus.js";
import { snapshot, VALID_BODY } from "../helpers/pull-request.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** Workers load the engine through tsx here: a second or so each, so the budgets below are generous. */
const pools: EvaluationPool[] = [];
function pool(options: ConstructorParameters<typeof EvaluationPool>[0]): EvaluationPool {
  const created = new EvaluationPool(options);
  pools.push(created);
  return created;
}
afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()));
});

/** The costliest body of the corpus to judge (`npm run bench`): what a hostile PR sends. */
function hostileBody(): string {
  return ADVERSARIAL_BODIES["a\\n=\\n repeated (setext headings)"] as string;
}

describe("the evaluation pool", () => {
  it("judges a PR in a worker exactly as on the caller's thread, for every label set", async () => {
    const evaluator = pool({ size: 1, budgetMs: 30_000 });
    const pr = snapshot({ body: VALID_BODY, changedFiles: [] });
    const labelSets = [[], ["NO_MERGE"]];

    const verdicts = await evaluator.evaluate(pr, defaultConfig(), labelSets);

    expect(verdicts).toEqual(evaluateWithLabels(pr, defaultConfig(), labelSets));
    expect(verdicts.map((v) => v.status)).toEqual(["pass", "no_merge"]);
  });

  it("stops a PR over its budget with a blocking finding, and answers the next on a new worker", async () => {
    const evaluator = pool({ size: 1, budgetMs: 1 });
    const [stopped] = await evaluator.evaluate(snapshot({ body: hostileBody() }), defaultConfig(), [
      [],
    ]);
    expect(stopped?.status).toBe("no_merge");
    expect(stopped?.findings).toEqual([
      expect.objectContaining({
        ruleId: "pr-body",
        severity: "blocking",
        message: expect.stringMatching(
          /^Judging this PR took longer than 1 ms, so it was stopped and no rule was checked\./,
        ),
      }),
    ]);
    expect(stopped?.rules.filter((rule) => rule.status !== "skipped").map((r) => r.ruleId)).toEqual(
      ["pr-body"],
    );
    // The stopped worker is gone; the next PR gets a new one and an answer, not a stall.
    const [next] = await evaluator.evaluate(snapshot(), defaultConfig(), [[]]);
    expect(next?.status).toBe("no_merge");
  });

  it("keeps judging other PRs while a hostile one holds a worker", async () => {
    const evaluator = pool({ size: 2, budgetMs: 60_000 });
    // Both workers loaded first, so the order below is the judging's, not the start-up's.
    await Promise.all([
      evaluator.evaluate(snapshot(), defaultConfig(), [[]]),
      evaluator.evaluate(snapshot(), defaultConfig(), [[]]),
    ]);
    const finished: string[] = [];
    const hostile = evaluator
      .evaluate(snapshot({ body: `${hostileBody()}${hostileBody()}` }), defaultConfig(), [[]])
      .then(() => finished.push("hostile"));
    const ordinary = evaluator
      .evaluate(snapshot({ body: VALID_BODY }), defaultConfig(), [[]])
      .then(() => finished.push("ordinary"));
    await Promise.all([hostile, ordinary]);
    expect(finished).toEqual(["ordinary", "hostile"]);
  });

  it("answers a PR whose worker runs out of memory as unjudged", async () => {
    // A limit below the floor is raised to it: at 1 MB, Node 22 and later
    // abort the whole process while the worker starts.
    const evaluator = pool({ size: 1, budgetMs: 60_000, maxOldGenerationSizeMb: 1 });
    const [verdict] = await evaluator.evaluate(
      snapshot({ body: `${hostileBody()}${hostileBody()}` }),
      defaultConfig(),
      [[]],
    );
    expect(verdict?.status).toBe("no_merge");
    expect(verdict?.findings[0]?.message).toMatch(
      new RegExp(
        `^Judging this PR (needed more than ${MIN_WORKER_HEAP_MB} MB|failed|stopped its worker)`,
      ),
    );
  });

  it("holds the process open while a worker has a task, and lets it exit once idle", () => {
    // A process with nothing else to do: it must wait for the answer, then end by itself.
    const script = [
      'import { EvaluationPool } from "./app/evaluation-pool.ts";',
      'import { defaultConfig } from "./core/config/schema.ts";',
      "const pool = new EvaluationPool({ size: 1, budgetMs: 60_000 });",
      'const pr = { branch: "feature/S-1-x", base: "develop", title: "t", body: "", labels: [] };',
      "const [verdict] = await pool.evaluate(pr, defaultConfig(), [[]]);",
      "console.log(verdict.status);",
    ].join("\n");
    const run = spawnSync(
      process.execPath,
      ["--import", "tsx", "--input-type=module", "-e", script],
      {
        cwd: ROOT,
        encoding: "utf8",
        timeout: 60_000,
      },
    );
    expect(run.stderr).toBe("");
    expect({ status: run.status, signal: run.signal, stdout: run.stdout }).toEqual({
      status: 0,
      signal: null,
      stdout: "no_merge\n",
    });
  });

  it("answers what is still waiting as unjudged when it closes, and refuses new work", async () => {
    const evaluator = pool({ size: 1, budgetMs: 60_000 });
    const waiting = evaluator.evaluate(snapshot(), defaultConfig(), [[]]);
    await evaluator.close();
    const [verdict] = await waiting;
    expect(verdict?.findings[0]?.message).toMatch(/^the App is shutting down, so it was stopped/);
    await expect(evaluator.evaluate(snapshot(), defaultConfig(), [[]])).rejects.toThrow(/closed/);
  });
});
