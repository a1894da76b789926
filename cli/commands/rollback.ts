import { tmpdir } from "node:os";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { parseReleaseTag } from "../../core/release/index.js";
import { safeText } from "../../core/render/safe-text.js";
import { SIGNING_KEY_ENV } from "../../engine/evidence/pack.js";
import type { CliIO } from "../../engine/io.js";
import { readRollbackPlan } from "../../engine/release/rollback.js";
import { runRollbackSteps } from "../../engine/release/rollback-run.js";
import { DEFAULT_EVIDENCE_BRANCH } from "../../github/git-data.js";
import { ArgumentError, parseOrExplain } from "../args.js";
import { palette, useColor } from "../color.js";
import { HELP } from "../help.js";
import { repositoryConfig, tokenDeps } from "../repository-config.js";
import { publicKeys } from "./evidence.js";
import { runRollbackLift, signatureLine } from "./rollback-lift.js";

const PLAN_OPTIONS = {
  repo: { type: "string" },
  from: { type: "string" },
  config: { type: "string" },
  key: { type: "string", multiple: true },
  json: { type: "boolean", default: false },
  help: { type: "boolean", short: "h", default: false },
} as const;

// plan never writes, so only run takes --dry-run and a key: plan refuses them as unknown.
const RUN_OPTIONS = {
  ...PLAN_OPTIONS,
  "dry-run": { type: "boolean", default: false },
  "sign-key-file": { type: "string", multiple: true },
} as const;

const PLAN_NEEDS = "Contents: Read";
const RUN_NEEDS = "Contents, Pull requests and Issues: Read and write";

/** The options of plan or run; plan is always a dry run. */
function readOptions(running: boolean, args: string[]) {
  if (running) {
    const { values } = parseOrExplain(Object.keys(RUN_OPTIONS), () =>
      parseArgs({ args, options: RUN_OPTIONS, strict: true, allowPositionals: false }),
    );
    return { values, dryRun: values["dry-run"], keyFiles: values["sign-key-file"] ?? [] };
  }
  const { values } = parseOrExplain(Object.keys(PLAN_OPTIONS), () =>
    parseArgs({ args, options: PLAN_OPTIONS, strict: true, allowPositionals: false }),
  );
  return { values, dryRun: true, keyFiles: [] };
}

/**
 * `pilot-gate rollback plan`: the last release whose evidence pack says GO
 * below the release to roll back, and the steps a rollback to it takes;
 * writes nothing. `rollback run` plans the same and makes its first three
 * steps, each once (freeze issue, incident pack, revert PR or deploy
 * branch; with --dry-run only planned). Exit 0 with a target, 1 when no
 * release qualifies, 2 for a usage, config or token error.
 */
export async function runRollback(args: string[], io: CliIO): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === undefined || sub === "--help" || sub === "-h" || sub === "help") {
    (sub === undefined ? io.stderr : io.stdout).write(HELP.rollback);
    return sub === undefined ? 2 : 0;
  }
  if (sub === "lift") return runRollbackLift(rest, io);
  if (sub !== "plan" && sub !== "run") {
    throw new ArgumentError(`unknown rollback command "${sub}"`, "use plan, run or lift");
  }
  const running = sub === "run";
  const { values, dryRun, keyFiles } = readOptions(running, rest);
  if (values.help) {
    io.stdout.write(HELP.rollback);
    return 0;
  }
  const from = values.from?.trim();
  if (from !== undefined && parseReleaseTag(from) === undefined) {
    throw new ArgumentError(
      `--from "${from}" is not a release tag`,
      "pass the release to roll back, vX.Y.Z or vX.Y.Z-rc.N, e.g. --from v1.4.0",
    );
  }
  // Read before any request: a key that is not an Ed25519 PEM key stops here.
  const keys = await publicKeys(io, values.key ?? []);
  const needs = running ? RUN_NEEDS : PLAN_NEEDS;
  const { deps, now } = tokenDeps(
    io,
    { repo: values.repo, now: undefined, dryRun, token: running ? "workflow" : "app" },
    {
      reads: "the release evidence",
      hint: `export GITHUB_TOKEN=$(gh auth token), or a token with ${needs} on the repository`,
    },
  );
  const { config } = await repositoryConfig(deps, io, values.config, {
    needs,
    nothing: running ? "Nothing was done." : "Nothing was planned.",
  });
  const plan = await readRollbackPlan(deps.gh, config, { from, keys });
  const fromEnv = io.env[SIGNING_KEY_ENV];
  const report =
    running && plan.action === "rollback"
      ? await runRollbackSteps(deps, config, plan, {
          now,
          dryRun,
          evidenceBranch: DEFAULT_EVIDENCE_BRANCH,
          // The pack is built in a temporary folder, so key files are resolved here.
          keys: [
            ...keyFiles.map((file) => ({ file: resolve(io.cwd, file) })),
            ...(fromEnv?.trim() ? [{ what: SIGNING_KEY_ENV, pem: fromEnv }] : []),
          ],
          temp: tmpdir(),
        })
      : undefined;
  if (values.json) {
    io.stdout.write(
      `${JSON.stringify({ version: 1, kind: running ? "rollback-run" : "rollback-plan", plan, ...(running ? { freeze: report?.freeze ?? null, evidence: report?.evidence ?? null, revert: report?.revert ?? null, steps: report?.steps ?? [], left: report?.left ?? [] } : {}) }, null, 2)}\n`,
    );
    return plan.action === "rollback" ? 0 : 1;
  }
  const c = palette(useColor(io.stdout, io.env));
  const skipped = plan.skipped.map((s) => `  passed over ${s.tag}: ${s.reason}`);
  const lines =
    plan.action === "rollback"
      ? [
          `${c.green("Roll back")} ${plan.from} to ${plan.target.tag} (${plan.target.sha}), the last release whose evidence says GO`,
          ...skipped,
          signatureLine(plan.signatures),
          ...(report === undefined
            ? [
                "Steps (nothing was done):",
                ...plan.steps.map((step, i) => `  ${i + 1}. ${step.id}: ${step.what}`),
              ]
            : [
                "Steps:",
                ...report.steps.map(
                  (step, i) => `  ${i + 1}. ${step.id} [${stepState(step)}]: ${step.what}`,
                ),
                "Left to do (rollback run does not make these):",
                ...report.left.map(
                  (step, i) => `  ${report.steps.length + i + 1}. ${step.id}: ${step.what}`,
                ),
              ]),
        ]
      : [
          `${c.red("No rollback target")}: ${plan.reason}`,
          ...skipped,
          signatureLine(plan.signatures),
        ];
  io.stdout.write(safeText(`${lines.join("\n")}\n`));
  return plan.action === "rollback" ? 0 : 1;
}

/** A step's state in one word: done now, would be done, found done before, or not done. */
function stepState(step: { applied: string; found: boolean }): string {
  if (step.applied === "written") return "done";
  if (step.applied === "planned") return "would do";
  return step.found ? "already done" : "not done";
}
