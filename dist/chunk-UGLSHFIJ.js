import { createRequire as __pilotGateCreateRequire } from "node:module";
const require = __pilotGateCreateRequire(import.meta.url);
import {
  repositoryConfig,
  tokenDeps
} from "./chunk-NSX4HOON.js";
import {
  palette,
  useColor
} from "./chunk-T2LBRVU5.js";
import "./chunk-Y7OWBX3Y.js";
import {
  HELP
} from "./chunk-MYW64MZF.js";
import "./chunk-XEQG24DF.js";
import {
  ArgumentError,
  parseOrExplain
} from "./chunk-IYG7IW7E.js";
import {
  tripTrigger
} from "./chunk-POWFND3X.js";
import "./chunk-WU3AO6UX.js";
import "./chunk-DP3LUILY.js";
import "./chunk-J7EXTX67.js";
import {
  DEFAULT_EVIDENCE_BRANCH,
  EVIDENCE_ROOT
} from "./chunk-R2AMOFB3.js";
import "./chunk-UTKOLN76.js";
import "./chunk-F5MFOMUO.js";
import "./chunk-KMDGGVVW.js";
import "./chunk-DHR4YBZ7.js";
import {
  safeText
} from "./chunk-EYTOIYXU.js";
import {
  parseReleaseTag,
  planRollback,
  readFreezeRecord,
  rollbackCandidates
} from "./chunk-GFMFSFFO.js";
import "./chunk-ZMO2NGHV.js";
import {
  UsageError
} from "./chunk-E3QZQHHB.js";
import {
  codeSpan,
  inertText
} from "./chunk-IDLGL5PL.js";
import {
  ROLLBACK_MAX_PACKS
} from "./chunk-LFSF5ETV.js";
import "./chunk-TXBVCHSZ.js";

// cli/commands/rollback.ts
import { parseArgs } from "node:util";

// engine/release/rollback.ts
async function readRollbackPlan(gh, config, options) {
  let branch = options.evidenceBranch ?? DEFAULT_EVIDENCE_BRANCH, folder = `${EVIDENCE_ROOT}/release`, listing = await gh.listFolder(folder, branch);
  if (listing.kind === "file")
    throw new UsageError(
      `${folder} on ${branch} is a file, not the folder of release packs; restore the evidence branch from its history`
    );
  let { from, candidates } = rollbackCandidates(
    listing.kind === "folder" ? listing.entries : [],
    options.from
  ), base = { from, freezeLabel: config.incidents.freeze_label, evidenceBranch: branch }, packs = [];
  for (let tag of candidates.slice(0, ROLLBACK_MAX_PACKS)) {
    let read = await gh.getRawFile(`${folder}/${tag}/statement.json`, branch);
    packs.push({ tag, statement: read.kind === "found" ? read.text : void 0 });
    let plan = planRollback({ ...base, packs });
    if (plan.action === "rollback") return plan;
  }
  return planRollback({ ...base, packs, unread: candidates.length - packs.length });
}
var FREEZE_LOOKBACK_MS = 2160 * 60 * 6e4;
async function openRollbackFreeze(deps, config, plan, now, dryRun) {
  if (!config.incidents.enabled)
    throw new UsageError(
      "incidents.enabled is off in the config, so a freeze issue would freeze no merges; nothing was opened. Set incidents: { enabled: true } in .github/pilot-gate.yml and re-run, or freeze by hand."
    );
  let { from, target } = plan, evidence = `rollback:${from}`, open = (await deps.gh.listOpenIssues(config.incidents.freeze_label)).find((item) => {
    let record = readFreezeRecord(item.body);
    return !item.isPull && record?.trigger === "rollback" && record.evidence === evidence;
  });
  return open ? { status: "already-frozen", issue: open.number } : tripTrigger(
    deps,
    config,
    {
      trigger: "rollback",
      reason: `rolling back ${from} to ${target.tag}`,
      evidence,
      details: [
        `Release rolled back: ${codeSpan(from)}`,
        `Target: ${codeSpan(target.tag)}, commit ${codeSpan(target.sha)}, the last release whose evidence says GO`,
        ...plan.steps.slice(1).map((step) => `${step.id}: ${inertText(step.what)}`)
      ],
      since: new Date(now.getTime() - FREEZE_LOOKBACK_MS).toISOString()
    },
    now,
    dryRun
  );
}

// cli/commands/rollback.ts
var PLAN_OPTIONS = {
  repo: { type: "string" },
  from: { type: "string" },
  config: { type: "string" },
  json: { type: "boolean", default: !1 },
  help: { type: "boolean", short: "h", default: !1 }
}, RUN_OPTIONS = { ...PLAN_OPTIONS, "dry-run": { type: "boolean", default: !1 } }, PLAN_NEEDS = "Contents: Read", RUN_NEEDS = "Contents: Read and Issues: Read and write";
function readOptions(running, args) {
  if (running) {
    let { values: values2 } = parseOrExplain(
      Object.keys(RUN_OPTIONS),
      () => parseArgs({ args, options: RUN_OPTIONS, strict: !0, allowPositionals: !1 })
    );
    return { values: values2, dryRun: values2["dry-run"] };
  }
  let { values } = parseOrExplain(
    Object.keys(PLAN_OPTIONS),
    () => parseArgs({ args, options: PLAN_OPTIONS, strict: !0, allowPositionals: !1 })
  );
  return { values, dryRun: !0 };
}
async function runRollback(args, io) {
  let [sub, ...rest] = args;
  if (sub === void 0 || sub === "--help" || sub === "-h" || sub === "help")
    return (sub === void 0 ? io.stderr : io.stdout).write(HELP.rollback), sub === void 0 ? 2 : 0;
  if (sub !== "plan" && sub !== "run")
    throw new ArgumentError(`unknown rollback command "${sub}"`, "use plan or run");
  let running = sub === "run", { values, dryRun } = readOptions(running, rest);
  if (values.help)
    return io.stdout.write(HELP.rollback), 0;
  let from = values.from?.trim();
  if (from !== void 0 && parseReleaseTag(from) === void 0)
    throw new ArgumentError(
      `--from "${from}" is not a release tag`,
      "pass the release to roll back, vX.Y.Z or vX.Y.Z-rc.N, e.g. --from v1.4.0"
    );
  let needs = running ? RUN_NEEDS : PLAN_NEEDS, { deps, now } = tokenDeps(
    io,
    { repo: values.repo, now: void 0, dryRun },
    {
      reads: "the release evidence",
      hint: `export GITHUB_TOKEN=$(gh auth token), or a token with ${needs} on the repository`
    }
  ), { config } = await repositoryConfig(deps, io, values.config, {
    needs,
    nothing: running ? "Nothing was done." : "Nothing was planned."
  }), plan = await readRollbackPlan(deps.gh, config, { from }), freeze = running && plan.action === "rollback" ? await openRollbackFreeze(deps, config, plan, now, dryRun) : void 0;
  if (values.json)
    return io.stdout.write(
      `${JSON.stringify({ version: 1, kind: running ? "rollback-run" : "rollback-plan", plan, ...running ? { freeze: freeze ?? null } : {} }, null, 2)}
`
    ), plan.action === "rollback" ? 0 : 1;
  let c = palette(useColor(io.stdout, io.env)), skipped = plan.skipped.map((s) => `  passed over ${s.tag}: ${s.reason}`), lines = plan.action === "rollback" ? [
    `${c.green("Roll back")} ${plan.from} to ${plan.target.tag} (${plan.target.sha}), the last release whose evidence says GO`,
    ...skipped,
    ...freeze === void 0 ? ["Steps (nothing was done):"] : [
      freezeLine(freeze),
      "Steps (rollback run does the freeze only; the rest is by hand):"
    ],
    ...plan.steps.map((step, i) => `  ${i + 1}. ${step.id}: ${step.what}`)
  ] : [`${c.red("No rollback target")}: ${plan.reason}`, ...skipped];
  return io.stdout.write(safeText(`${lines.join(`
`)}
`)), plan.action === "rollback" ? 0 : 1;
}
function freezeLine(outcome) {
  switch (outcome.status) {
    case "tripped":
      return outcome.applied === "written" ? `Frozen: opened freeze issue #${outcome.issue} (receipt ${outcome.receipt})` : "Dry run: would open the freeze issue; nothing was written";
    case "already-frozen":
      return `Already frozen: freeze issue #${outcome.issue} covers this rollback; nothing was opened`;
    default:
      return `Not frozen: ${outcome.status}`;
  }
}
export {
  runRollback
};
