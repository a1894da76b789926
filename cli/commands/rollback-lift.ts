import { parseArgs } from "node:util";
import { UsageError } from "../../core/index.js";
import { parseReleaseTag, type SignatureCheck } from "../../core/release/index.js";
import { safeText } from "../../core/render/safe-text.js";
import type { CliIO } from "../../engine/io.js";
import { readRollbackPlan } from "../../engine/release/rollback.js";
import {
  type LiftOutcome,
  liftRollbackFreeze,
  readLiftSmoke,
} from "../../engine/release/rollback-lift.js";
import { GitHubApiError } from "../../github/errors.js";
import { ArgumentError, parseOrExplain } from "../args.js";
import { palette, useColor } from "../color.js";
import { HELP } from "../help.js";
import { repositoryConfig, tokenDeps } from "../repository-config.js";
import { publicKeys } from "./evidence.js";

const LIFT_OPTIONS = {
  repo: { type: "string" },
  from: { type: "string" },
  config: { type: "string" },
  "smoke-report": { type: "string" },
  incident: { type: "string" },
  key: { type: "string", multiple: true },
  "dry-run": { type: "boolean", default: false },
  json: { type: "boolean", default: false },
  help: { type: "boolean", short: "h", default: false },
} as const;

const LIFT_NEEDS = "Contents: Read and Issues: Read and write";

/**
 * `pilot-gate rollback lift`: closes the freeze issue of the rollback of
 * --from, with a receipt, only when the smoke report passed on the
 * rollback target's commit and the postmortem is linked. Exit 0 lifted (or
 * lifted already), 1 refused (each unmet condition named; nothing written)
 * or nothing to lift, 2 for a usage, input, config or token error.
 */
export async function runRollbackLift(args: string[], io: CliIO): Promise<number> {
  const { values } = parseOrExplain(Object.keys(LIFT_OPTIONS), () =>
    parseArgs({ args, options: LIFT_OPTIONS, strict: true, allowPositionals: false }),
  );
  if (values.help) {
    io.stdout.write(HELP.rollback);
    return 0;
  }
  const from = values.from?.trim() ?? "";
  if (parseReleaseTag(from) === undefined) {
    throw new ArgumentError(
      from === "" ? "lift needs --from" : `--from "${from}" is not a release tag`,
      "pass the release that was rolled back, as given to rollback run, e.g. --from v1.4.0",
    );
  }
  const reportPath = values["smoke-report"]?.trim() ?? "";
  if (reportPath === "") {
    throw new ArgumentError(
      "lift needs --smoke-report",
      "pass the JSON report of the smoke gate run on the rollback target, e.g. --smoke-report .pilot-gate/smoke-report.json",
    );
  }
  const incident = incidentOption(values.incident);
  // Read before any request: a missing or malformed report stops here, with nothing asked or written.
  const smoke = await readLiftSmoke(io.cwd, reportPath);
  const keys = await publicKeys(io, values.key ?? []);
  const dryRun = values["dry-run"];
  const { deps, now } = tokenDeps(
    io,
    { repo: values.repo, now: undefined, dryRun },
    {
      reads: "the freeze issue",
      hint: `export GITHUB_TOKEN=$(gh auth token), or a token with ${LIFT_NEEDS} on the repository`,
    },
  );
  const { config } = await repositoryConfig(deps, io, values.config, {
    needs: LIFT_NEEDS,
    nothing: "Nothing was lifted.",
  });
  const plan = await readRollbackPlan(deps.gh, config, { from, keys });
  let lift: LiftOutcome;
  try {
    lift =
      plan.action === "rollback"
        ? await liftRollbackFreeze(deps, config, plan, {
            smoke,
            incident,
            // The workflow's actor: who dispatched the lift. Outside a workflow, the token's owner.
            actor: io.env.GITHUB_ACTOR?.trim() || "the GITHUB_TOKEN's owner",
            now,
            dryRun,
          })
        : { status: "no-freeze", reason: `no rollback target: ${plan.reason}` };
  } catch (error) {
    if (!(error instanceof GitHubApiError)) throw error;
    // The receipt goes before the close, so a refusal leaves the freeze in place.
    throw new UsageError(
      `GitHub refused the lift: ${error.reason}. The token needs ${LIFT_NEEDS} on the repository. The freeze issue was not closed (a receipt may have been posted); fix the token and re-run.`,
    );
  }
  const code = lift.status === "lifted" || lift.status === "already-lifted" ? 0 : 1;
  if (values.json) {
    io.stdout.write(
      `${JSON.stringify({ version: 1, kind: "rollback-lift", plan, lift }, null, 2)}\n`,
    );
    return code;
  }
  const c = palette(useColor(io.stdout, io.env));
  const lines = [...liftLines(lift, c), signatureLine(plan.signatures)];
  io.stdout.write(safeText(`${lines.join("\n")}\n`));
  return code;
}

/** Whether the packs' signatures were checked, in one line. */
export function signatureLine(check: SignatureCheck): string {
  return check === "verified"
    ? "Signatures: checked with the evidence key(s) given; a pack not signed by one was passed over"
    : "Signatures: not checked (no --key given); pass the evidence public key with --key pub.pem to pass over unsigned or altered packs";
}

function incidentOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim().replace(/^#/, "");
  if (!/^[1-9]\d{0,9}$/.test(text)) {
    throw new ArgumentError(
      `--incident "${value}" is not an issue number`,
      "pass the incident issue's number, e.g. --incident 42",
    );
  }
  return Number(text);
}

function liftLines(lift: LiftOutcome, c: ReturnType<typeof palette>): string[] {
  switch (lift.status) {
    case "lifted":
      return lift.applied === "written"
        ? [
            // The link is left out: it is someone's text, and this line lands in a job summary.
            `${c.green("Lifted")}: closed freeze issue #${lift.issue} with a receipt (smoke report sha256 ${lift.digest})`,
          ]
        : [
            `Dry run: would post the receipt on freeze issue #${lift.issue} and close it; nothing was written`,
          ];
    case "already-lifted":
      return [`Already lifted: freeze issue #${lift.issue} is closed; nothing was written`];
    case "refused":
      return [
        `${c.red("Not lifted")}: freeze issue #${lift.issue} stays open; nothing was written. Unmet:`,
        ...lift.unmet.map((why) => `  - ${why}`),
      ];
    default:
      return [`${c.red("Nothing to lift")}: ${lift.reason}`];
  }
}
