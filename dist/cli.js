#!/usr/bin/env node
import { createRequire as __pilotGateCreateRequire } from "node:module";
const require = __pilotGateCreateRequire(import.meta.url);
import {
  checkP0Trigger,
  escalateIncident,
  sweepBlocked
} from "./chunk-BKEDNEZ6.js";
import {
  createState,
  failureReason,
  loadRepoConfig
} from "./chunk-TNDH5PNI.js";
import {
  runEvidence
} from "./chunk-SULGA2YF.js";
import {
  appIdOf,
  gatherGitHubState,
  offlineGitHubState,
  readInputFiles
} from "./chunk-2JKCZTD7.js";
import "./chunk-X42DHHZ6.js";
import {
  GitHubClient,
  readProtection,
  writeProtection
} from "./chunk-T35VDJUG.js";
import {
  createTokenOctokit
} from "./chunk-SL3MGJSX.js";
import {
  GitHubApiError,
  statusOf
} from "./chunk-EDG6QXFM.js";
import {
  extendsNote,
  findPrTemplate,
  loadConfig,
  readConfigFile,
  renderText,
  safeText
} from "./chunk-KXL4W6GP.js";
import {
  runSmoke
} from "./chunk-KFRJAHPH.js";
import {
  ArgumentError,
  COMMANDS,
  HELP,
  USAGE,
  closest,
  mainHelp,
  parseOrExplain,
  splitList
} from "./chunk-WIRLYRXJ.js";
import {
  displayPath,
  errorCode,
  palette,
  readAll,
  readTextFile,
  runGit,
  useColor
} from "./chunk-ITIELYBV.js";
import {
  CONFIG_PATH,
  ConfigError,
  EnvironmentFileError,
  PILOT_MANIFEST_PATH,
  PILOT_NAME,
  RELEASE_KINDS,
  UsageError,
  applyOutcomes,
  decideRelease,
  defaultConfig,
  desiredProtection,
  evaluateParity,
  evaluateReadiness,
  isIsoDate,
  parseConfig,
  parseEnvironment,
  parseReleaseTag,
  pilotRunFolder,
  planProtection,
  protectionExitCode,
  readinessReportProblems,
  readinessReportSchema,
  renderJson,
  renderParityText,
  renderPilotTemplate,
  renderProtectionText,
  renderReadinessText,
  require_dist
} from "./chunk-WEAOCHKA.js";
import {
  DEFAULT_PR_TEMPLATE,
  DEFAULT_SECTIONS,
  ENVIRONMENT_LIMIT,
  REPORT_LIMIT,
  SEVERITIES,
  __toESM,
  evaluatePullRequest,
  pathsToCheck
} from "./chunk-UFSBJTVR.js";

// cli/commands/check.ts
import { parseArgs } from "node:util";

// cli/changed-files.ts
function parseChangedFiles(text) {
  let files = text.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== "");
  return [...new Set(files)];
}
function changedFilesFromGit(io2, base) {
  let unknown = {
    files: void 0,
    source: `unknown (pass --changed-files or fetch ${base})`
  }, git = (args) => (io2.git ?? runGit)(args, io2.cwd, io2.env), baseRef = [`origin/${base}`, base].find((ref) => {
    if (ref.startsWith("-")) return !1;
    try {
      return git(["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]).trim() !== "";
    } catch {
      return !1;
    }
  });
  if (baseRef === void 0) return unknown;
  try {
    let mergeBase = git(["merge-base", baseRef, "HEAD"]).trim();
    if (mergeBase === "") return unknown;
    let output = git(["diff", "--name-only", "--no-renames", "-z", mergeBase, "HEAD", "--"]);
    return { files: [...new Set(output.split("\0").filter((path) => path !== ""))], source: `git diff ${baseRef}...HEAD` };
  } catch {
    return unknown;
  }
}

// cli/checkout-paths.ts
import { stat } from "node:fs/promises";
import { resolve, sep } from "node:path";
async function checkoutPaths(cwd, paths) {
  let root = resolve(cwd), exists2 = {}, unreadable = [];
  return await Promise.all(
    paths.map(async (path) => {
      let full = resolve(root, path);
      if (!full.startsWith(`${root}${sep}`)) {
        exists2[path] = !1;
        return;
      }
      try {
        await stat(full), exists2[path] = !0;
      } catch (error) {
        let code = errorCode(error);
        code === "ENOENT" || code === "ENOTDIR" ? exists2[path] = !1 : unreadable.push(`${path} (${code ?? "unreadable"})`);
      }
    })
  ), unreadable.length > 0 ? { exists: exists2, unchecked: `the checkout could not be read at ${unreadable.join(", ")}` } : { exists: exists2 };
}

// cli/commands/check.ts
var OPTIONS = {
  "body-file": { type: "string" },
  "changed-files": { type: "string" },
  branch: { type: "string" },
  base: { type: "string", default: "main" },
  title: { type: "string", default: "" },
  labels: { type: "string", multiple: !0 },
  config: { type: "string" },
  json: { type: "boolean", default: !1 },
  help: { type: "boolean", short: "h", default: !1 }
};
async function runCheck(args, io2) {
  let { values } = parseOrExplain(
    Object.keys(OPTIONS),
    () => parseArgs({ args, options: OPTIONS, strict: !0, allowPositionals: !1 })
  );
  if (values.help)
    return io2.stdout.write(HELP.check), 0;
  let bodyFile = values["body-file"];
  if (bodyFile === void 0 || bodyFile === "")
    throw new ArgumentError(
      "--body-file is required",
      "save the PR body to a file and pass its path, or pass --body-file - to read it from standard input"
    );
  let filesFile = values["changed-files"];
  if (filesFile === "")
    throw new ArgumentError(
      "--changed-files needs a path",
      "pass a file with one changed path per line, or leave the option out to ask git"
    );
  if (bodyFile === "-" && filesFile === "-")
    throw new ArgumentError(
      "--body-file - and --changed-files - cannot both read standard input",
      "save one of them to a file and pass its path"
    );
  let loaded = await loadConfig(io2.cwd, values.config);
  loaded.config._extends !== void 0 && io2.stderr.write(
    `note: ${safeText(extendsNote(loaded.file ?? loaded.description, loaded.config._extends))}
`
  );
  let branch = values.branch ?? currentBranch(io2), body = bodyFile === "-" ? await readStdin(io2, "--body-file", "the PR body") : await readTextFile(io2.cwd, bodyFile), changes = await changedFiles(io2, filesFile, values.base), template = await findPrTemplate(io2.cwd), snapshot = {
    branch,
    base: values.base,
    title: values.title,
    body,
    labels: splitList(values.labels),
    ...changes.files !== void 0 ? { changedFiles: changes.files } : {},
    roleMembers: configuredMembers(loaded.config),
    ...template ? { template: template.text } : {}
  }, verdict = evaluatePullRequest(snapshot, loaded.config), wanted = pathsToCheck(verdict);
  if (wanted.length > 0) {
    let headPaths = await checkoutPaths(io2.cwd, wanted);
    verdict = evaluatePullRequest({ ...snapshot, headPaths }, loaded.config);
  }
  if (noteUnseenApprovals(verdict, loaded.config, io2), values.json)
    io2.stdout.write(renderJson(verdict));
  else {
    let color = useColor(io2.stdout, io2.env), c = palette(color), bodyName = bodyFile === "-" ? "stdin" : displayPath(io2.cwd, bodyFile);
    io2.stdout.write(
      [
        `${c.bold(safeText(branch))} → ${c.bold(safeText(values.base))}`,
        c.dim(`body:     ${bodyName}`),
        c.dim(`changes:  ${changesLine(changes)}`),
        c.dim(`config:   ${loaded.description}`),
        c.dim(
          `template: ${template ? template.path : "built-in only (no pull_request_template.md)"}`
        ),
        "",
        renderText(verdict, { color, body, bodyName })
      ].join(`
`)
    );
  }
  return verdict.status === "pass" ? 0 : 1;
}
async function readStdin(io2, option, what) {
  if (io2.stdin === void 0) throw new UsageError(`${option} - needs ${what} on standard input`);
  return typeof io2.stdin != "string" && io2.stdin.isTTY && io2.stderr.write(`Reading ${what} from standard input; end it with Ctrl-D.
`), readAll(io2.stdin);
}
async function changedFiles(io2, filesFile, base) {
  if (filesFile === void 0) return changedFilesFromGit(io2, base);
  let text = filesFile === "-" ? await readStdin(io2, "--changed-files", "the changed files") : await readTextFile(io2.cwd, filesFile), name = filesFile === "-" ? "stdin" : displayPath(io2.cwd, filesFile);
  return { files: parseChangedFiles(text), source: `from ${name}` };
}
function changesLine(changes) {
  if (changes.files === void 0) return safeText(changes.source);
  let n = changes.files.length;
  return `${n} file${n === 1 ? "" : "s"} (${safeText(changes.source)})`;
}
function configuredMembers(config) {
  return Object.fromEntries(
    Object.entries(config.roles).map(([role, holders]) => [role, [...holders?.users ?? []]])
  );
}
function noteUnseenApprovals(verdict, config, io2) {
  if (!verdict.findings.some(
    (f) => f.ruleId === "governance-files" && f.severity === "blocking"
  )) return;
  let approvers = config.rules["governance-files"].approvers, teams = approvers.some((role) => (config.roles[role]?.teams.length ?? 0) > 0), unblock = approvers.length > 0 ? ` On GitHub, an approving review from a holder of ${approvers.join(" or ")} unblocks it.` : "";
  io2.stderr.write(
    `note: the CLI cannot see the PR's reviews${teams ? " or the members of teams" : ""}, so governance-files blocks here whether or not the change is approved.${unblock}
`
  );
}
function currentBranch(io2) {
  let git = io2.git ?? runGit, name;
  try {
    name = git(["rev-parse", "--abbrev-ref", "HEAD"], io2.cwd, io2.env).trim();
  } catch {
    try {
      name = git(["symbolic-ref", "--short", "HEAD"], io2.cwd, io2.env).trim();
    } catch {
      name = "";
    }
  }
  if (name === "")
    throw new ArgumentError(
      "cannot tell the current branch (not a git repository, or git is not installed)",
      "pass the head branch with --branch <name>"
    );
  if (name === "HEAD")
    throw new ArgumentError(
      "HEAD is detached, so there is no current branch to judge",
      "pass the head branch with --branch <name>"
    );
  return name;
}

// cli/commands/config.ts
var import_yaml = __toESM(require_dist(), 1);
import { parseArgs as parseArgs2 } from "node:util";
var SUBCOMMANDS = ["validate", "print"], OPTIONS2 = {
  help: { type: "boolean", short: "h", default: !1 }
};
async function runConfig(args, io2) {
  let { values, positionals } = parseOrExplain(
    Object.keys(OPTIONS2),
    () => parseArgs2({ args, options: OPTIONS2, strict: !0, allowPositionals: !0 })
  );
  if (values.help)
    return io2.stdout.write(HELP.config), 0;
  let [sub, path, ...extra] = positionals;
  if (sub === void 0)
    throw new ArgumentError("config needs a subcommand: validate or print");
  if (extra.length > 0) throw new ArgumentError(`unexpected argument "${extra[0]}"`);
  if (sub === "validate") return validate(path ?? CONFIG_PATH, path === void 0, io2);
  if (sub === "print") return print(path, io2);
  let near = closest(sub, SUBCOMMANDS);
  throw new ArgumentError(
    `unknown config subcommand "${sub}"`,
    near ? `did you mean "pilot-gate config ${near}"?` : void 0
  );
}
async function validate(path, isDefault, io2) {
  let c = palette(useColor(io2.stdout, io2.env));
  try {
    let text = await readConfigFile(
      io2.cwd,
      path,
      isDefault ? '. Create it with "pilot-gate init", or pass the file: pilot-gate config validate <path>' : ""
    ), config = parseConfig(text, path);
    config._extends !== void 0 && io2.stderr.write(`note: ${safeText(extendsNote(path, config._extends))}
`);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    let n = error.problemCount;
    return io2.stderr.write(`${error.message}
`), io2.stderr.write(`${c.red("✖")} ${path}: ${n} problem${n === 1 ? "" : "s"}
`), 2;
  }
  return io2.stdout.write(`${c.green("✔")} ${path} is valid
`), 0;
}
async function print(path, io2) {
  let loaded = await loadConfig(io2.cwd, path);
  return io2.stdout.write(
    `# pilot-gate config from ${loaded.description}, every default filled in
${(0, import_yaml.stringify)(loaded.config, { lineWidth: 0 })}`
  ), 0;
}

// cli/commands/demo.ts
import { parseArgs as parseArgs3 } from "node:util";

// cli/examples/bad-branch-name.md
var bad_branch_name_default = `## Story ID

S-PC-07

## Definition of Ready

- [x] Acceptance criteria agreed with the PO
- [x] Dependencies identified and unblocked
- [x] Test scenarios defined

## Definition of Done

- [x] Code reviewed
- [x] Tests added or updated, and green
- [x] Smoke suite green
- [x] Docs and runbook updated where needed

## Residual risks

| Risk                                         | Severity | Status   | Owner  |
| -------------------------------------------- | -------- | -------- | ------ |
| Reset emails land in spam for some providers | low      | accepted | @carla |

## Evidence

- [CI run](https://github.com/acme/shop/actions/runs/1234567891)
- [Email preview](evidence/story/S-PC-07/reset-email.png)

## Runbook impact

Not applicable: no new service or job; the email goes through the existing mailer.
`;

// cli/examples/codeowners-change.md
var codeowners_change_default = `## Story ID

S-PC-10

## Definition of Ready

- [x] Acceptance criteria agreed with the PO
- [x] Dependencies identified and unblocked
- [x] N/A: ownership change only, no behaviour to test

## Definition of Done

- [x] Code reviewed
- [x] N/A: no code changes, only who reviews them
- [x] Smoke suite green
- [x] Docs and runbook updated where needed

## Residual risks

No residual risks.

## Evidence

- [Payments team charter, naming it owner of checkout](https://github.com/acme/shop/wiki/Payments-team)
- [CODEOWNERS syntax check](https://github.com/acme/shop/actions/runs/1234567999)

## Runbook impact

[Checkout runbook: who to page](docs/runbooks/checkout.md#who-to-page) now names the payments team.
`;

// cli/examples/no-merge-label.md
var no_merge_label_default = `## Story ID

S-PC-08

## Definition of Ready

- [x] Acceptance criteria agreed with the PO
- [x] Dependencies identified and unblocked
- [x] Test scenarios defined

## Definition of Done

- [x] Code reviewed
- [x] Tests added or updated, and green
- [x] Smoke suite green
- [x] Docs and runbook updated where needed

## Residual risks

| Risk                                     | Severity | Status | Owner |
| ---------------------------------------- | -------- | ------ | ----- |
| Banner wording not yet approved by legal | medium   | open   | @erin |

## Evidence

- [CI run](https://github.com/acme/shop/actions/runs/1234567894)
- [Banner screenshot](evidence/story/S-PC-08/pricing-banner.png)

## Runbook impact

Not applicable: static content behind an existing feature flag.
`;

// cli/examples/open-critical-risk.md
var open_critical_risk_default = `## Story ID

S-PC-04

## Definition of Ready

- [x] Acceptance criteria agreed with the PO
- [x] Dependencies identified and unblocked
- [x] Test scenarios defined

## Definition of Done

- [x] Code reviewed
- [x] Tests added or updated, and green
- [x] Smoke suite green
- [x] Docs and runbook updated where needed

## Residual risks

| Risk                                                         | Severity | Status   | Owner  |
| ------------------------------------------------------------ | -------- | -------- | ------ |
| Card numbers reach the debug log when the acquirer times out | critical | open     | @bruno |
| Refunds not yet tested against the real acquirer             | high     | open     |        |
| Wallet button layout on small screens                        | low      | accepted | @dani  |

## Evidence

- [CI run](https://github.com/acme/shop/actions/runs/1234567892)
- [Sandbox payment test log](evidence/story/S-PC-04/sandbox-payments.md)

## Runbook impact

[Payments runbook](docs/runbooks/payments.md) gains a section on acquirer outages.
`;

// cli/examples/ready-feature.md
var ready_feature_default = `## Story ID

S-PC-01

## Definition of Ready

- [x] Acceptance criteria agreed with the PO
- [x] Dependencies identified and unblocked
- [x] Test scenarios defined

## Definition of Done

- [x] Code reviewed
- [x] Tests added or updated, and green
- [x] Smoke suite green
- [x] Docs and runbook updated where needed

## Residual risks

| Risk                                           | Severity | Status    | Owner |
| ---------------------------------------------- | -------- | --------- | ----- |
| Login rate limit tuned on staging traffic only | medium   | mitigated | @ana  |

## Evidence

- [CI run with the new login tests](https://github.com/acme/shop/actions/runs/1234567890)
- [Screenshots of the login page](evidence/story/S-PC-01/login-page.png)

## Runbook impact

Not applicable: the login page adds no service, job or alert to operate.
`;

// cli/examples/ready-hotfix.md
var ready_hotfix_default = `## Story ID

INC-42

## Definition of Ready

- [x] Acceptance criteria agreed with the PO
- [x] N/A: incident fix, no dependencies to unblock
- [x] Test scenarios defined

## Definition of Done

- [x] Code reviewed
- [x] Tests added or updated, and green
- [x] Smoke suite green
- [x] Docs and runbook updated where needed

## Residual risks

No residual risks.

## Evidence

- [Incident timeline](https://github.com/acme/shop/issues/42)
- [Load test of the checkout with the new timeout](evidence/incident/INC-42/load-test.md)

## Runbook impact

[Checkout runbook: payment provider timeouts](docs/runbooks/checkout.md#payment-provider-timeouts) now says to raise the timeout, not to restart the service.
`;

// cli/examples/story-mismatch.md
var story_mismatch_default = `## Story ID

S-PC-09

## Definition of Ready

- [x] Acceptance criteria agreed with the PO
- [x] Dependencies identified and unblocked
- [x] Test scenarios defined

## Definition of Done

- [x] Code reviewed
- [x] Tests added or updated, and green
- [x] Smoke suite green
- [x] Docs and runbook updated where needed

## Residual risks

No residual risks.

## Evidence

- [CI run](https://github.com/acme/shop/actions/runs/1234567893)
- [Filter screenshots](evidence/story/S-PC-06/search-filters.png)

## Runbook impact

Not applicable: the filters run in the browser on results the search service already returns.
`;

// cli/examples/unchecked-dod.md
var unchecked_dod_default = `## Story ID

S-PC-05

## Definition of Ready

- [x] Acceptance criteria agreed with the PO
- [x] Dependencies identified and unblocked
- [x] Test scenarios defined

## Definition of Done

- [x] Code reviewed
- [x] Tests added or updated, and green
- [ ] Smoke suite green
- [x] Docs and runbook updated where needed

## Residual risks

No residual risks.

## Evidence

TBD

## Runbook impact

Not applicable: read-only page over existing order data.
`;

// cli/examples.ts
var EXAMPLES = [
  {
    name: "A ready feature PR",
    shows: "Every section filled in, every box ticked, the one risk mitigated, evidence linked.",
    snapshot: {
      branch: "feature/S-PC-01-login-page",
      base: "develop",
      title: "S-PC-01: Login page",
      body: ready_feature_default,
      changedFiles: [
        "src/login/LoginPage.tsx",
        "src/login/LoginPage.module.css",
        "src/login/useLogin.ts",
        "test/login.spec.ts",
        "evidence/story/S-PC-01/login-page.png"
      ],
      labels: ["frontend"]
    },
    expect: "pass"
  },
  {
    name: "A ready hotfix",
    shows: "Hotfix branches carry the incident id; an item that does not apply says N/A and why.",
    snapshot: {
      branch: "hotfix/INC-42-checkout-timeout",
      base: "main",
      title: "INC-42: Raise the payment provider timeout at checkout",
      body: ready_hotfix_default,
      changedFiles: [
        "src/checkout/paymentClient.ts",
        "test/checkout/payment-timeout.spec.ts",
        "docs/runbooks/checkout.md",
        "evidence/incident/INC-42/load-test.md"
      ],
      labels: ["incident"]
    },
    expect: "pass"
  },
  {
    name: "A branch name without a story id",
    shows: "The branch cannot be traced to a story; pilot-gate suggests a name from the PR.",
    snapshot: {
      branch: "feature/password-reset",
      base: "develop",
      title: "S-PC-07: Password reset email",
      body: bad_branch_name_default,
      changedFiles: [
        "src/auth/passwordReset.ts",
        "src/emails/ResetPasswordEmail.tsx",
        "test/auth/password-reset.spec.ts",
        "evidence/story/S-PC-07/reset-email.png"
      ],
      labels: []
    },
    expect: "no_merge",
    blockedBy: ["branch-name"]
  },
  {
    name: "The PR template, unedited",
    shows: "Sections left as the template has them count as not filled in.",
    snapshot: {
      branch: "feature/S-PC-03-cart-badge",
      base: "develop",
      title: "S-PC-03: Cart badge",
      body: DEFAULT_PR_TEMPLATE,
      changedFiles: ["src/cart/CartBadge.tsx", "test/cart/cart-badge.spec.ts"],
      labels: []
    },
    expect: "no_merge",
    blockedBy: ["pr-checklist"]
  },
  {
    name: "An open critical risk",
    shows: "An open critical risk blocks, and so does an open high risk that nobody owns.",
    snapshot: {
      branch: "feature/S-PC-04-card-payments",
      base: "develop",
      title: "S-PC-04: Card payments",
      body: open_critical_risk_default,
      changedFiles: [
        "src/payments/cardPayment.ts",
        "src/payments/acquirerClient.ts",
        "src/payments/refunds.ts",
        "test/payments/card-payment.spec.ts",
        "docs/runbooks/payments.md",
        "evidence/story/S-PC-04/sandbox-payments.md"
      ],
      labels: ["payments"]
    },
    expect: "no_merge",
    blockedBy: ["residual-risks"]
  },
  {
    name: "An unticked Definition of Done and no evidence",
    shows: "Every DoD item is ticked or marked N/A, and evidence is a link, not TBD.",
    snapshot: {
      branch: "feature/S-PC-05-order-history",
      base: "develop",
      title: "S-PC-05: Order history page",
      body: unchecked_dod_default,
      changedFiles: [
        "src/orders/OrderHistoryPage.tsx",
        "src/orders/useOrders.ts",
        "test/orders/order-history.spec.ts"
      ],
      labels: []
    },
    expect: "no_merge",
    blockedBy: ["pr-checklist"]
  },
  {
    name: "A Story ID that disagrees with the branch",
    shows: "The body says S-PC-09 but the branch says S-PC-06: one of them is wrong.",
    snapshot: {
      branch: "feature/S-PC-06-search-filters",
      base: "develop",
      title: "S-PC-06: Search filters",
      body: story_mismatch_default,
      changedFiles: [
        "src/search/SearchFilters.tsx",
        "src/search/filterResults.ts",
        "test/search/filters.spec.ts",
        "evidence/story/S-PC-06/search-filters.png"
      ],
      labels: []
    },
    expect: "no_merge",
    blockedBy: ["pr-checklist"]
  },
  {
    name: "A PR labelled NO_MERGE",
    shows: "The label blocks the merge whatever else the PR says, until someone removes it.",
    snapshot: {
      branch: "feature/S-PC-08-pricing-banner",
      base: "develop",
      title: "S-PC-08: New pricing banner",
      body: no_merge_label_default,
      changedFiles: [
        "src/marketing/PricingBanner.tsx",
        "src/marketing/banner-copy.json",
        "evidence/story/S-PC-08/pricing-banner.png"
      ],
      labels: ["NO_MERGE", "marketing"]
    },
    expect: "no_merge",
    blockedBy: ["no-merge-label"]
  },
  {
    name: "A CODEOWNERS change without PO/PM approval",
    shows: "Changing who owns the code needs a PO or PM to approve it; the default config names neither yet.",
    snapshot: {
      branch: "feature/S-PC-10-checkout-owners",
      base: "develop",
      title: "S-PC-10: Payments team owns the checkout",
      body: codeowners_change_default,
      labels: [],
      changedFiles: [".github/CODEOWNERS", "docs/runbooks/checkout.md"]
    },
    expect: "no_merge",
    blockedBy: ["governance-files"]
  }
];

// cli/commands/demo.ts
var OPTIONS3 = {
  help: { type: "boolean", short: "h", default: !1 }
}, STATUS_NAME = { pass: "ready to merge", no_merge: "NO_MERGE" }, FILES_SHOWN = 3;
function fileList(files) {
  if (files.length === 0) return "none";
  let shown = files.slice(0, FILES_SHOWN).join(", ");
  return files.length > FILES_SHOWN ? `${shown} and ${files.length - FILES_SHOWN} more` : shown;
}
function judgeExample(example, config = defaultConfig()) {
  let files = example.snapshot.changedFiles ?? [], headPaths = example.snapshot.headPaths ?? {
    exists: Object.fromEntries(files.map((file) => [file, !0]))
  }, verdict = evaluatePullRequest({ ...example.snapshot, headPaths }, config);
  if (verdict.status !== example.expect)
    return {
      verdict,
      problem: `This example expects ${STATUS_NAME[example.expect]}, but got ${STATUS_NAME[verdict.status]}.`
    };
  let failing = new Set(verdict.rules.filter((r) => r.status === "fail").map((r) => r.ruleId)), missing = (example.blockedBy ?? []).filter((id) => !failing.has(id));
  return missing.length > 0 ? {
    verdict,
    problem: `This example should be blocked by ${missing.join(", ")}, but ${missing.length === 1 ? "that rule" : "those rules"} found nothing blocking.`
  } : { verdict, problem: void 0 };
}
async function runDemo(args, io2, examples = EXAMPLES) {
  let { values } = parseOrExplain(
    Object.keys(OPTIONS3),
    () => parseArgs3({ args, options: OPTIONS3, strict: !0, allowPositionals: !1 })
  );
  if (values.help)
    return io2.stdout.write(HELP.demo), 0;
  let color = useColor(io2.stdout, io2.env), c = palette(color), config = defaultConfig(), out = [
    c.bold(
      `pilot-gate demo: ${examples.length} example pull requests, judged with the default rules`
    ),
    c.dim("(the verdicts the pilot-gate check would give them on GitHub)")
  ], wrong = [];
  return examples.forEach((example, index) => {
    let { snapshot } = example, { verdict, problem } = judgeExample(example, config), heading = `${index + 1}/${examples.length} ${example.name}`;
    out.push("", c.bold(`── ${heading} ${"─".repeat(Math.max(3, 72 - heading.length))}`));
    let labels = snapshot.labels.length > 0 ? `   labels: ${snapshot.labels.join(", ")}` : "";
    out.push(
      `   ${c.cyan(snapshot.branch)} → ${c.cyan(snapshot.base)}   "${snapshot.title}"${labels}`
    ), snapshot.changedFiles !== void 0 && out.push(c.dim(`   files: ${fileList(snapshot.changedFiles)}`)), out.push(c.dim(`   ${example.shows}`), ""), out.push(
      renderText(verdict, {
        color,
        body: snapshot.body,
        indent: "   ",
        showRules: !1
      }).trimEnd()
    ), problem && (wrong.push(index + 1), out.push("", c.red(`   ✖ ${problem}`)));
  }), out.push(""), wrong.length === 0 && out.push(c.green(`✔ All ${examples.length} examples got the verdict they expect.`)), out.push(
    `Your own PR: ${c.bold("pilot-gate check --body-file pr.md --base main")} (see --help); set up a repository: ${c.bold("pilot-gate init")}`
  ), io2.stdout.write(`${out.join(`
`)}
`), wrong.length > 0 ? (io2.stderr.write(
    `pilot-gate demo: ${wrong.length} of ${examples.length} examples did not get the verdict they expect (${wrong.map((n) => `#${n}`).join(", ")}). The rules in this build and the examples disagree; this is a pilot-gate bug.
`
  ), 1) : 0;
}

// cli/commands/incidents.ts
import { parseArgs as parseArgs4 } from "node:util";

// app/incidents/sweep.ts
async function sweepIncidents(deps, config, now, { dryRun }) {
  let requestsBefore = deps.gh.requests, dry = dryRun || deps.state.options.dryRun || config.check.dry_run, report2 = {
    version: 1,
    kind: "incidents-sweep",
    repository: `${deps.repo.owner}/${deps.repo.repo}`,
    at: now.toISOString(),
    enabled: config.incidents.enabled,
    dryRun: dry,
    incidents: [],
    blocked: { items: [], escalated: 0 },
    trigger: null,
    errors: [],
    escalated: 0,
    requests: 0
  };
  if (!config.incidents.enabled)
    return deps.log.info(`incidents.enabled is off in ${CONFIG_PATH}: nothing was swept`), report2;
  let issues = await openIncidents(deps, config, report2.errors), permissions = /* @__PURE__ */ new Map();
  for (let issue of issues)
    try {
      let result = await escalateIncident(deps, config, issue, now, {
        dryRun: dry,
        permissions
      });
      report2.incidents.push(result), result.escalation && report2.escalated++;
    } catch (error) {
      let reason2 = failureReason(error);
      deps.log.warn({ err: error, number: issue.number }, `#${issue.number}: ${reason2}`), report2.errors.push({ part: "sla", number: issue.number, url: issue.html_url, reason: reason2 });
    }
  let blocked = await sweepBlocked(deps, config, now, { dryRun: dry });
  report2.blocked = { items: blocked.items, escalated: blocked.escalated };
  for (let error of blocked.errors)
    report2.errors.push({
      part: "blocked",
      ...error.number === void 0 ? { label: config.incidents.blocked.label } : {},
      ...error
    });
  try {
    report2.trigger = await checkP0Trigger(deps, config, now, dry);
  } catch (error) {
    let reason2 = failureReason(error);
    deps.log.warn({ err: error }, `trigger ${config.incidents.p0_trigger.id}: ${reason2}`), report2.errors.push({ part: "trigger", reason: reason2 });
  }
  return report2.requests = deps.gh.requests - requestsBefore, report2;
}
async function openIncidents(deps, config, errors) {
  let labels = /* @__PURE__ */ new Map();
  for (let severity of SEVERITIES)
    for (let label of config.incidents.severity_labels[severity])
      labels.has(label.toLowerCase()) || labels.set(label.toLowerCase(), label);
  let found = /* @__PURE__ */ new Map();
  for (let label of labels.values())
    try {
      for (let item of await deps.gh.listOpenIssues(label))
        !item.isPull && !found.has(item.number) && found.set(item.number, item);
    } catch (error) {
      let reason2 = failureReason(error);
      deps.log.warn({ err: error, label }, `listing the incidents labelled ${label}: ${reason2}`), errors.push({ part: "sla", label, reason: reason2 });
    }
  return [...found.values()];
}

// cli/version.ts
function cliVersion() {
  return "0.1.0";
}

// cli/github.ts
var NO_REPOSITORY = {
  message: "no repository given",
  hint: "pass --repo owner/name (GITHUB_REPOSITORY is used when set)"
};
function repositoryOf(value, missing = NO_REPOSITORY) {
  if (value === void 0 || value.trim() === "")
    throw new ArgumentError(missing.message, missing.hint);
  let [owner, repo, ...rest] = value.trim().split("/");
  if (!owner || !repo || rest.length > 0)
    throw new ArgumentError(`--repo "${value}" is not a repository`, "expected format owner/name");
  return { owner, repo };
}
function cliOctokit(io2, token) {
  return createTokenOctokit({
    token,
    baseUrl: (io2.env.GITHUB_API_URL ?? "").trim() || "https://api.github.com",
    userAgent: `pilot-gate-cli/${cliVersion()}`,
    log: { debug() {
    }, info() {
    }, warn() {
    }, error() {
    } },
    retries: io2.env.PILOT_GATE_NO_RETRY !== "1"
  });
}

// cli/commands/incidents.ts
var OPTIONS4 = {
  repo: { type: "string" },
  config: { type: "string" },
  now: { type: "string" },
  "dry-run": { type: "boolean", default: !1 },
  json: { type: "boolean", default: !1 },
  help: { type: "boolean", short: "h", default: !1 }
}, TOKEN_NEEDS = "Issues: Read and write and Contents: Read";
async function runIncidents(args, io2) {
  let { values, positionals } = parseOrExplain(
    Object.keys(OPTIONS4),
    () => parseArgs4({ args, options: OPTIONS4, strict: !0, allowPositionals: !0 })
  );
  if (values.help)
    return io2.stdout.write(HELP.incidents), 0;
  let [action, ...extra] = positionals;
  if (action !== "sweep")
    throw new ArgumentError(
      action === void 0 ? "say sweep" : `unknown subcommand "${action}"`,
      "expected sweep; add --dry-run to write nothing"
    );
  if (extra.length > 0) throw new ArgumentError(`unexpected argument "${extra[0]}"`);
  let repository = repositoryOf(values.repo ?? io2.env.GITHUB_REPOSITORY), now = nowOf(values.now), token = (io2.env.GITHUB_TOKEN ?? "").trim();
  if (token === "")
    throw new ArgumentError(
      "GITHUB_TOKEN is not set, so the repository's incidents cannot be read",
      `export GITHUB_TOKEN=$(gh auth token), or a token with ${TOKEN_NEEDS} on the repository (read-only is enough with --dry-run)`
    );
  let dryRun = values["dry-run"], octokit = cliOctokit(io2, token), deps = {
    gh: new GitHubClient(octokit, repository),
    // Nothing outlives one sweep, so nothing is cached for long.
    state: createState({
      dryRun,
      configCacheSeconds: 0,
      now: () => now,
      checkRunButtons: !1,
      freshPulls: "always"
    }),
    log: stderrLog(io2),
    // The sweep expands no teams, so whether the owner is an organisation does not matter.
    repo: { ...repository, defaultBranch: "", ownerIsOrg: !1 }
  };
  deps.state.appSlug = "";
  let { config, description } = await configOf(deps, io2, values.config), report2 = await sweepIncidents(deps, config, now, { dryRun });
  if (values.json)
    io2.stdout.write(`${JSON.stringify(report2, null, 2)}
`);
  else {
    let c = palette(useColor(io2.stdout, io2.env));
    io2.stdout.write(
      safeText(`config:    ${description}
${renderSweep(report2, config, c, description)}`)
    );
  }
  return report2.errors.length > 0 ? 1 : 0;
}
async function configOf(deps, io2, path) {
  if (path !== void 0) {
    let loaded = await loadConfig(io2.cwd, path);
    return { config: loaded.config, description: loaded.description };
  }
  let where = `${deps.repo.owner}/${deps.repo.repo}`;
  try {
    deps.repo.defaultBranch = await deps.gh.getDefaultBranch();
    let loaded = await loadRepoConfig(deps);
    if (!loaded.ok) throw loaded.error;
    let on = `on ${deps.repo.defaultBranch} of ${where}`, own = loaded.fromFile && loaded.files.join() === `${where}:${CONFIG_PATH}`;
    return {
      config: loaded.config,
      description: own ? `${CONFIG_PATH} ${on}` : loaded.fromFile ? loaded.files.join(" → ") : `defaults (no ${CONFIG_PATH} ${on}, nor in ${deps.repo.owner}/.github)`
    };
  } catch (error) {
    throw error instanceof GitHubApiError ? new UsageError(
      `cannot read the config of ${where}: ${error.reason}. The token needs ${TOKEN_NEEDS} on the repository; --config <path> reads a local file instead. Nothing was swept.`
    ) : error;
  }
}
function nowOf(value) {
  if (value === void 0) return /* @__PURE__ */ new Date();
  let time = Date.parse(value);
  if (Number.isNaN(time))
    throw new ArgumentError(
      `--now "${value}" is not a time`,
      "expected ISO 8601, e.g. --now 2026-06-03T10:15:00Z"
    );
  return new Date(time);
}
function stderrLog(io2) {
  let line = (level) => (first, message) => {
    let text = typeof first == "string" ? first : message ?? JSON.stringify(first);
    io2.stderr.write(safeText(`pilot-gate: ${level}${text}
`));
  }, quiet = () => {
  };
  return {
    debug: io2.env.PILOT_GATE_DEBUG ? line("debug: ") : quiet,
    info: line(""),
    warn: line("warning: "),
    error: line("error: ")
  };
}
function clockText(result, c) {
  return result.clocks.map((clock) => clock.state === "breached" ? `${clock.clock} ${c.red("breached")} (${clock.overdueBy} min ${clock.metAt ? "late" : "overdue"})` : `${clock.clock} ${clock.state === "met" ? c.green("met") : "running"}`).join(", ");
}
function incidentLine(result, config, c) {
  let chain = config.incidents.escalation.length, step = result.escalation, outcome = step ? `${result.dryRun ? "would escalate" : c.yellow("escalated")} to ${step.name} (level ${step.level} of ${chain})` : result.timeline === "skipped" ? "nothing due (timeline not read: no clock could call for a new level)" : "nothing due";
  return `#${result.number} ${result.severity.padEnd(8)} ${clockText(result, c)}: ${outcome}`;
}
function writeText(write, dryRun) {
  let [did, would] = (() => {
    switch (write.kind) {
      case "create-comment":
        return ["commented", "would comment"];
      case "update-comment":
        return ["updated its comment", "would update its comment"];
      case "add-label":
        return [`added ${write.label}`, `would add ${write.label}`];
      case "remove-label":
        return [`removed ${write.label}`, `would remove ${write.label}`];
    }
  })();
  return dryRun ? would : did;
}
function blockedLine(item, config, c) {
  let { check, escalation } = item, fields = check.unreadable ? `${c.red("body not read")} (${check.unreadable})` : check.missing.length > 0 ? `missing ${check.missing.join(", ")}` : "all fields stated", writes = check.writes.map((write) => writeText(write, check.dryRun)), since = escalation.blockedSince ? `blocked since ${escalation.blockedSince}, ` : "", outcome = {
    "not-blocked": "not blocked",
    "already-escalated": "escalated before",
    "within-cycle": "within one cycle",
    "unknown-since": "since unknown (no event adding the label), not escalated",
    escalated: `${escalation.dryRun ? "would escalate" : c.yellow("escalated")} to ${config.incidents.escalation[0]?.name} (${escalation.label})`
  }[escalation.status];
  return `#${check.number} blocked  ${fields}${writes.length > 0 ? ` (${writes.join(", ")})` : ""}; ${since}${outcome}`;
}
function triggerLine(trigger, config, dryRun, c) {
  let { id, days } = config.incidents.p0_trigger, listed = trigger.incidents.map((number) => `#${number}`).join(", ") || "none", within = `critical incidents within ${days} days: ${listed}`;
  switch (trigger.status) {
    case "not-tripped":
      return `trigger ${id}: not tripped (${within})`;
    case "already-frozen":
      return `trigger ${id}: tripped (${within}), frozen before by #${trigger.issue}`;
    case "tripped":
      return dryRun ? `trigger ${id}: ${c.red("tripped")} (${within}): would open a freeze issue` : `trigger ${id}: ${c.red("tripped")} (${within}): froze merges with #${trigger.issue} (receipt ${trigger.receipt})`;
  }
}
function errorLine(error, c) {
  return error.part === "trigger" ? `trigger ${c.red("could not be checked")}: ${error.reason}` : error.number !== void 0 ? `#${error.number} ${c.red("could not be checked")}: ${error.reason}` : `label ${error.label}: ${c.red("could not be listed")}: ${error.reason}`;
}
var plural = (count, noun) => `${count} ${noun}${count === 1 ? "" : "s"}`;
function renderSweep(report2, config, c, description) {
  if (!report2.enabled)
    return `incidents.enabled is off in ${description}: nothing was swept. Set incidents: enabled: true to run the SLA clocks, the blocked-item checks and the repeated-P0 trigger.
`;
  let lines = [
    ...report2.incidents.map((result) => incidentLine(result, config, c)),
    ...report2.blocked.items.map((item) => blockedLine(item, config, c)),
    ...report2.trigger ? [triggerLine(report2.trigger, config, report2.dryRun, c)] : [],
    ...report2.errors.map((error) => errorLine(error, c))
  ], would = report2.dryRun ? "would be escalated" : "escalated", failed = report2.errors.length, parts = [
    `${plural(report2.escalated, "incident")} ${would}`,
    ...report2.blocked.escalated > 0 ? [`${plural(report2.blocked.escalated, "blocked item")} ${would}`] : [],
    ...report2.trigger?.status === "tripped" ? [`trigger ${report2.dryRun ? "would freeze" : "froze"} merges`] : [],
    ...failed > 0 ? [`${failed} could not be checked`] : []
  ], checked = `${plural(report2.incidents.length, "open incident")} and ${plural(report2.blocked.items.length, "blocked item")}`, summary = `${report2.dryRun ? "Dry run, nothing was written: c" : "C"}hecked ${checked} in ${report2.repository}: ${parts.join(", ")} (${report2.requests} requests).`;
  return `${[...lines, summary].join(`
`)}
`;
}

// cli/commands/init.ts
import { mkdir, stat as stat2, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { parseArgs as parseArgs5 } from "node:util";

// cli/init-config.ts
var import_yaml2 = __toESM(require_dist(), 1);
function initConfigText(config = defaultConfig()) {
  let r = config.rules, bn = r["branch-name"], pc = r["pr-checklist"], rr = r["residual-risks"], nm = r["no-merge-label"], gf = r["governance-files"], builtIns = Object.entries(DEFAULT_SECTIONS).map(([id, s]) => `#   ${id}: "${s.title}" (also: ${s.aliases.join(", ")})`).join(`
`);
  return `# pilot-gate configuration: ${CONFIG_PATH}
#
# Every setting below is at its default, so this file changes nothing until you
# edit it; delete any key you do not change. Check it with
# \`pilot-gate config validate\` and see the result with \`pilot-gate config print\`.
#
# Every rule takes:
#   enabled:  false turns the rule off (it shows as skipped).
#   severity: blocking makes its findings NO_MERGE; warning reports them
#             without blocking, the usual first step when adopting a rule.
#
# Regexes are written in single quotes; inside them only ' needs escaping, as ''.

# Inherit settings from another config, read from its repository's default
# branch: repo or owner/repo (that repository's ${CONFIG_PATH}), or
# owner/repo:path/to/file.yml. This file's settings win; mappings merge key by
# key, and a list here replaces the inherited one. The GitHub App and the
# pull-request Action follow it; the CLI and the other Actions read this file
# alone. A repository without this file gets its organisation's, from the
# .github repository. For example, to share the organisation's:
# _extends: .github

ids:
  # What a story or incident id looks like (regex, no anchors):
  # S-PC-01, RB-M06-001, INC-42.
  pattern: ${quote(config.ids.pattern)}

# How PR body sections are recognised: by id, a heading title and aliases.
# Headings match loosely (case, accents, punctuation and emoji do not matter).
# Entries here are merged over the built-in sections:
${builtIns}
# For example, to accept another heading and add a section of your own:
#   sections:
#     evidence:
#       aliases: [Proof]
#     rollback_plan:
#       title: Rollback plan
${field("sections", config.sections, "")}

# Roles, such as po and pm: GitHub users and/or teams (slugs of this
# repository's organisation). The GitHub App reads them from the default
# branch, so a PR cannot grant itself a role. For example:
#   roles:
#     po:
#       users: [alice]
#     pm:
#       teams: [product-managers]
${field("roles", config.roles, "")}

# The check run the GitHub App and the Action post on each PR.
check:
  # Name branch protection requires.
${field("name", config.check.name, "  ")}
  # Draft PRs: report (real verdict, no label), enforce (label too), or skip.
${field("drafts", config.check.drafts, "  ")}
  # Log the planned check runs and label changes instead of making them.
${field("dry_run", config.check.dry_run, "  ")}

# Who may accept a blocking finding with a PR comment
#   /pilot-gate override <rule> reason: <text>
# Each override and each refusal is recorded as a receipt in the check summary.
overrides:
  # Lowest repository permission that may override: write, maintain or admin.
${field("permission", config.overrides.permission, "  ")}
  # Roles whose holders may override whatever their permission.
${field("roles", config.overrides.roles, "  ")}
  # Keep overrides after a new push (off: an override covers one commit).
${field("carry_over", config.overrides.carry_over, "  ")}
  # Rules a PR's author may not override on their own PR.
${field("not_by_author", config.overrides.not_by_author, "  ")}

rules:
  # The head branch is named after a story or incident.
  branch-name:
${field("enabled", bn.enabled, "    ")}
${field("severity", bn.severity, "    ")}
    # Allowed branch names, first match wins. {story} and {id} match ids.pattern,
    # {slug} is lowercase kebab-case. An entry can also limit which base
    # branches it may target:
    #   - pattern: hotfix/{id}-{slug}
    #     bases: [main]
${field("patterns", bn.patterns, "    ")}
    # Globs of branches the rule skips, e.g. bots' branches.
${field("exempt", bn.exempt, "    ")}

  # The PR body fills every required section of the template.
  pr-checklist:
${field("enabled", pc.enabled, "    ")}
${field("severity", pc.severity, "    ")}
    # Section ids that must be present and filled in (not left as in the template).
${field("required_sections", pc.required_sections, "    ")}
    # Sections whose task items (- [ ]) must all be ticked; an item that does
    # not apply is ticked with its text replaced by "N/A: <reason>".
${field("task_sections", pc.task_sections, "    ")}
    # Placeholder text that does not count as content, as regexes tested
    # against each trimmed line: <angle brackets>, TBD/TODO, ..., ---, [text]().
    placeholders:
${pc.placeholders.map((p) => `      - ${quote(p)}`).join(`
`)}
    # The Story ID section must name the same id as the branch.
${field("story_matches_branch", pc.story_matches_branch, "    ")}

  # Residual risks: severity critical, high, medium or low; status open,
  # mitigated, accepted or closed.
  residual-risks:
${field("enabled", rr.enabled, "    ")}
${field("severity", rr.severity, "    ")}
    # Section id that holds the risk table or list.
${field("section", rr.section, "    ")}
    # Severities that block the merge while the risk is open.
${field("block_open", rr.block_open, "    ")}
    # Severities that block while the risk is open and has no owner.
${field("require_owner", rr.require_owner, "    ")}

  # A label on the PR that blocks the merge, whoever put it there.
  no-merge-label:
${field("enabled", nm.enabled, "    ")}
${field("severity", nm.severity, "    ")}
    # The label (compared without regard to case).
${field("label", nm.label, "    ")}

  # Ownership and threshold files need an approving review from a role holder.
  # While no approver role has a holder (and while the default branch has no
  # config, as for the PR that adds this file), an approval from someone with
  # maintain or admin permission counts instead.
  governance-files:
${field("enabled", gf.enabled, "    ")}
${field("severity", gf.severity, "    ")}
    # Globs of governance files; add your thresholds file here.
${field("paths", gf.paths, "    ")}
    # Roles (see roles above) whose approval unblocks a change to these files.
${field("approvers", gf.approvers, "    ")}
    # Only approvals on the latest pushed commit count.
${field("fresh_approval", gf.fresh_approval, "    ")}

  # No merges into frozen branches while a critical incident or a freeze issue
  # is open (runs when incidents.enabled is on; settings under incidents:).
  incident-freeze:
${field("enabled", r["incident-freeze"].enabled, "    ")}
${field("severity", r["incident-freeze"].severity, "    ")}

  # At most incidents.wip_limit open, non-draft PRs per wave (runs when
  # incidents.enabled is on).
  wip-limit:
${field("enabled", r["wip-limit"].enabled, "    ")}
${field("severity", r["wip-limit"].severity, "    ")}

# Environment parity: pilot-gate parity production.yml staging.yml
parity:
  # Facets compared; values is added whenever keys lists a path.
${field("facets", config.parity.facets, "  ")}
  # Extra dotted key paths under each environment's values:, e.g. [db.pool_size].
${field("keys", config.parity.keys, "  ")}
  # One-way rules, e.g. { flag: search_v2, when: production, requires: staging }:
  # a flag on in production must be on in staging.
${field("one_way", config.parity.one_way, "  ")}
  # Declared differences: { facet, key, environment, owner, reason, expires: YYYY-MM-DD };
  # drift again the day after expires.
${field("expected", config.parity.expected, "  ")}

# The go/no-go: pilot-gate readiness --sha <sha> ...
readiness:
  # The pilot manifest (pilot-gate pilot start writes one).
${field("manifest", config.readiness.manifest, "  ")}
  # Check runs that must have succeeded on the exact commit.
${field("required_checks", config.readiness.required_checks, "  ")}
  # Branches whose protection must be Applied.
${field("protected_branches", config.readiness.protected_branches, "  ")}
  # Open issues with any of these labels count as incidents.
  incident_labels:
${commented(config.readiness.incident_labels, "    ", {
    p0: "P0 incidents (multi-tenant, or any the team rates P0).",
    tenant_isolation: "Tenant isolation incidents.",
    core_flow: "Blocked core flows (leads, pipeline, proposals, support tickets).",
    auth: "Authentication regressions."
  })}
  # Tags of failed smoke scenarios that count as blocked core flows or auth regressions.
  smoke_tags:
${commented(config.readiness.smoke_tags, "    ", {
    core_flow: "A failed scenario with this tag is a blocked core flow.",
    auth: "A failed scenario with this tag is an auth regression.",
    tenant_isolation: "A failed scenario with this tag is a tenant isolation failure."
  })}
  # Milestone and sign-off documents: every checklist item ticked, every row
  # of a table with a Status column done, its Evidence paths present. A path,
  # or { file, section } to read only under the headings of that name (all of
  # them: one per phase). None listed: not checked, so never GO unless
  # criteria sets milestones to advisory or off.
${field("milestones", config.readiness.milestones, "  ")}
  thresholds:
${commented(config.readiness.thresholds, "    ", {
    success_rate: "Lowest smoke success rate (passed / executed).",
    max_p0_incidents: "Most open P0 incidents allowed.",
    max_core_flow_blockers: "Most blocked core flows allowed.",
    max_auth_regressions: "Most auth regressions allowed.",
    max_tenant_isolation_incidents: "Most open tenant isolation incidents allowed.",
    min_clients: "Fewest active pilot clients.",
    max_clients: "Most active pilot clients.",
    min_window_hours: "Shortest observation window, in hours."
  })}
  # Per-criterion level: blocking, waivable, advisory or off, e.g. { branch-protection: waivable }.
  # A criterion with no input is not checked, which blocks unless advisory or off.
${field("criteria", config.readiness.criteria, "  ")}
  # Waivers of waivable criteria: { criterion, by, reason, until: YYYY-MM-DD }.
${field("waivers", config.readiness.waivers, "  ")}
  # Public keys the GitHub App trusts (PEM files on the default branch, e.g.
  # .github/pilot-gate/evidence.pub.pem from openssl pkey -in key.pem -pubout).
  # It posts a readiness report pushed to pilot-evidence as the
  # pilot-gate/readiness check only from a pack signed by one of them that
  # verifies; with none listed, that check fails.
${field("evidence_keys", config.readiness.evidence_keys, "  ")}

# Branch protection as code: pilot-gate protection plan|sync --repo owner/name
protection:
  # This App's id, which required-check is pinned to (or pass --app-id / APP_ID).
  # app_id: 123456
${commented(config.protection, "  ", {
    mode: "classic (branch protection) or rulesets (one ruleset named pilot-gate).",
    drift: "The App on a hand edit: enforce (re-apply it) or report (open an issue).",
    branches: "Branches to protect.",
    required_checks: "The team's CI checks, besides check.name: a name, or { context, app_id }.",
    strict: "Branches must be up to date before merging.",
    required_approving_reviews: "Approving reviews a PR needs (0-6).",
    dismiss_stale_reviews: "Dismiss approvals when new commits are pushed.",
    require_code_owner_reviews: "Require a code owner's review.",
    enforce_admins: "Bind administrators too (no bypass).",
    block_force_pushes: "Forbid force pushes.",
    block_deletions: "Forbid deleting the branch.",
    require_linear_history: "Forbid merge commits.",
    require_conversation_resolution: "Require resolved conversations before merging."
  })}

# The risk protocol: incidents are issues with a severity label. While a
# critical incident is open, PRs into the freeze branches fail required-check
# (only its wave's PRs when it has a wave label); a PR from a hotfix branch that
# references the incident (#N or its id) is exempt. An open issue with the
# freeze label freezes the same way: how a team freezes by hand. The GitHub App
# also escalates breached SLA clocks, opens a freeze for repeated critical
# incidents (p0_trigger), escalates PRs that keep failing and checks blocked
# items, as their issues and PRs change; it has no timer, so run
# \`pilot-gate incidents sweep\` on a schedule to catch breaches between events.
incidents:
  # Read incidents, freezes and open PRs on every PR event (off by default).
${field("enabled", config.incidents.enabled, "  ")}
  # Labels that make an issue an incident (any one of them, any case).
  severity_labels:
${commented(config.incidents.severity_labels, "    ", {
    critical: "Critical (P0): freezes merges.",
    high: "High (P1).",
    medium: "Medium (P2)."
  })}
  # Prefix of the wave label, e.g. wave:O-02 on incidents and PRs.
${field("wave_label_prefix", config.incidents.wave_label_prefix, "  ")}
  # A PR without a wave label: a regex tried on its branch, then its title,
  # whose first capture group is the wave, e.g. '^\\w+/([A-Z]+-[0-9]+)-'.
  # null: waves come from labels only.
${field("wave_from_story", config.incidents.wave_from_story, "  ")}
  # Labels that say what kind of incident it is.
${field("kind_labels", config.incidents.kind_labels, "  ")}
  # Base branches (globs) frozen while a critical incident is open.
${field("freeze_branches", config.incidents.freeze_branches, "  ")}
  # Head branches (globs) exempt when the PR references the incident.
${field("hotfix_branches", config.incidents.hotfix_branches, "  ")}
  # While an open issue carries this label, merges are frozen as for a critical incident.
${field("freeze_label", config.incidents.freeze_label, "  ")}
  # Labels that stop the containment clock.
${field("contained_labels", config.incidents.contained_labels, "  ")}
  # Labels that stop the recovery clock (closing the issue stops it too).
${field("recovered_labels", config.incidents.recovered_labels, "  ")}
  # SLA targets in minutes from opening: ack (first comment or assignment by a
  # maintainer), contain, recover; null: no such clock. Clocks listed under
  # business count business minutes (see business_hours).
  sla:
${commented(config.incidents.sla, "    ", {
    critical: "5 min to acknowledge, 15 to contain, 60 to recover.",
    high: "15 min to acknowledge, 60 to contain, 72 h to fix.",
    medium: "4 business hours to acknowledge, 14 days to fix."
  })}
  # When business-minute clocks run (no public holidays).
  business_hours:
${commented(config.incidents.business_hours, "    ", {
    timezone: "IANA time zone, e.g. Europe/Paris.",
    start: "First business hour (0-23).",
    end: "Hour business ends (1-24).",
    days: "Business days."
  })}
  # Escalation chain, first level first: { name, mention: [@user, @org/team] }.
  # Each breached clock escalates one level and adds the label escalation:<name>.
${field("escalation", config.incidents.escalation, "  ")}
  # Lowest permission whose comment on or assignment of an incident acknowledges it.
${field("maintainer_permission", config.incidents.maintainer_permission, "  ")}
  # Lowest permission that may /pilot-gate freeze and /pilot-gate unfreeze (and clear a trigger).
${field("freeze_permission", config.incidents.freeze_permission, "  ")}
  # Failing required-check evaluations in a row on one PR that open an escalation issue.
${field("consecutive_failures", config.incidents.consecutive_failures, "  ")}
  # This many critical incidents opened within days trip the trigger id, which
  # freezes until a maintainer clears it.
  p0_trigger:
${commented(config.incidents.p0_trigger, "    ", {
    count: "Critical incidents...",
    days: "...opened within this many days...",
    id: "...trip this trigger."
  })}
  # Issues and PRs labeled blocked must state every field.
  blocked:
${commented(config.incidents.blocked, "    ", {
    label: "The label that marks an item blocked.",
    needs_info_label: "Added, with one comment listing them, when fields are missing.",
    fields: "Fields to state: issue-form headings or two-column table rows.",
    cycle_days: "Blocked longer than this many days is escalated.",
    escalated_label: "Records that escalation (its own label, apart from the SLA levels)."
  })}
  # Most open, non-draft PRs per wave; the next one fails wip-limit.
${field("wip_limit", config.incidents.wip_limit, "  ")}
`;
}
function commented(values, indent, comments) {
  return Object.keys(values).map((key) => `${indent}# ${comments[key]}
${field(key, values[key], indent)}`).join(`
`);
}
function field(key, value, indent) {
  return (0, import_yaml2.stringify)({ [key]: value }, { lineWidth: 0 }).trimEnd().split(`
`).map((line) => indent + line).join(`
`);
}
function quote(text) {
  return `'${text.replaceAll("'", "''")}'`;
}

// cli/commands/init.ts
var TEMPLATE_PATH = ".github/pull_request_template.md", OPTIONS5 = {
  force: { type: "boolean", default: !1 },
  help: { type: "boolean", short: "h", default: !1 }
};
async function runInit(args, io2) {
  let { values } = parseOrExplain(
    Object.keys(OPTIONS5),
    () => parseArgs5({ args, options: OPTIONS5, strict: !0, allowPositionals: !1 })
  );
  if (values.help)
    return io2.stdout.write(HELP.init), 0;
  let files = [
    { path: TEMPLATE_PATH, text: DEFAULT_PR_TEMPLATE },
    { path: CONFIG_PATH, text: initConfigText() }
  ], existing = [];
  for (let file of files)
    await exists(join(io2.cwd, file.path)) && existing.push(file.path);
  if (existing.length > 0 && !values.force)
    throw new UsageError(
      `${existing.join(" and ")} already exist${existing.length === 1 ? "s" : ""}; nothing was written. Run "pilot-gate init --force" to overwrite.`
    );
  let c = palette(useColor(io2.stdout, io2.env));
  for (let file of files) {
    let target = join(io2.cwd, file.path);
    try {
      await mkdir(dirname(target), { recursive: !0 });
    } catch (error) {
      throw new UsageError(`cannot write ${file.path}: ${writeReason(error, "mkdir")}`);
    }
    try {
      await writeFile(target, file.text, { flag: values.force ? "w" : "wx" });
    } catch (error) {
      throw new UsageError(`cannot write ${file.path}: ${writeReason(error, "write")}`);
    }
    let verb = existing.includes(file.path) ? "overwrote" : "created";
    io2.stdout.write(`${c.green("✔")} ${verb} ${file.path}
`);
  }
  return io2.stdout.write(
    `
Next: commit both files. Fill in the template on your next PR, then judge it before
pushing: pilot-gate check --body-file pr.md --base main
`
  ), 0;
}
function writeReason(error, step) {
  let code = errorCode(error);
  return code === "EACCES" || code === "EPERM" || code === "EROFS" ? "permission denied" : code === "ENOTDIR" || code === "EEXIST" && step === "mkdir" ? "a file is in the way of its folder" : code === "EEXIST" ? "it was created while init was running; nothing was overwritten" : code === "EISDIR" ? "it is a directory" : error.message;
}
async function exists(path) {
  try {
    return await stat2(path), !0;
  } catch (error) {
    if (errorCode(error) === "ENOENT" || errorCode(error) === "ENOTDIR") return !1;
    throw error;
  }
}

// cli/commands/parity.ts
import { mkdir as mkdir2, writeFile as writeFile2 } from "node:fs/promises";
import { dirname as dirname2, resolve as resolve2 } from "node:path";
import { parseArgs as parseArgs6 } from "node:util";
var OPTIONS6 = {
  config: { type: "string" },
  today: { type: "string" },
  report: { type: "string" },
  json: { type: "boolean", default: !1 },
  help: { type: "boolean", short: "h", default: !1 }
}, EXIT = { pass: 0, drift: 1, error: 2 };
async function runParity(args, io2) {
  let { values, positionals } = parseOrExplain(
    Object.keys(OPTIONS6),
    () => parseArgs6({ args, options: OPTIONS6, strict: !0, allowPositionals: !0 })
  );
  if (values.help)
    return io2.stdout.write(HELP.parity), 0;
  if (positionals.length < 2)
    throw new ArgumentError(
      positionals.length === 0 ? "no environment files given" : "parity needs at least two environment files",
      "pass the reference first, then each environment to compare with it, e.g. pilot-gate parity production.yml staging.yml"
    );
  let today = values.today ?? (/* @__PURE__ */ new Date()).toISOString().slice(0, 10);
  if (!isIsoDate(today))
    throw new ArgumentError(
      `--today "${today}" is not a date`,
      "write it YYYY-MM-DD, e.g. --today 2026-05-01"
    );
  if (values.report === "")
    throw new ArgumentError("--report needs a path", "e.g. --report parity-report.json");
  let loaded = await loadConfig(io2.cwd, values.config), inputs = [];
  for (let file of positionals) inputs.push(await readEnvironment(io2.cwd, file));
  let report2 = evaluateParity(inputs, { config: loaded.config.parity, today });
  if (values.report !== void 0 && await writeReport(io2, values.report, report2), values.json)
    io2.stdout.write(`${JSON.stringify(report2, null, 2)}
`);
  else {
    let c = palette(useColor(io2.stdout, io2.env));
    io2.stdout.write(
      [
        c.dim(`reference: ${safeText(positionals[0] ?? "")}`),
        c.dim(`config:    ${loaded.description}`),
        c.dim(`today:     ${today}`),
        "",
        safeText(renderParityText(report2, c))
      ].join(`
`)
    );
  }
  return report2.status === "error" && io2.stderr.write(
    `pilot-gate: parity could not compare every input, so nothing is reported as in parity. Fix the problems above and re-run.
`
  ), EXIT[report2.status];
}
async function readEnvironment(cwd, file) {
  try {
    let text = await readTextFile(cwd, file, "", ENVIRONMENT_LIMIT);
    return { file, environment: parseEnvironment(text, file) };
  } catch (error) {
    if (error instanceof EnvironmentFileError || error instanceof UsageError)
      return { file, error: error.message };
    throw error;
  }
}
async function writeReport(io2, path, report2) {
  let target = resolve2(io2.cwd, path);
  try {
    await mkdir2(dirname2(target), { recursive: !0 }), await writeFile2(target, `${JSON.stringify(report2, null, 2)}
`);
  } catch (error) {
    throw new UsageError(
      `cannot write the report to ${path}: ${errorCode(error) ?? error.message}`
    );
  }
}

// cli/commands/pilot.ts
import { mkdir as mkdir3, writeFile as writeFile3 } from "node:fs/promises";
import { join as join2, resolve as resolve3 } from "node:path";
import { parseArgs as parseArgs7 } from "node:util";
var OPTIONS7 = {
  name: { type: "string" },
  dir: { type: "string", default: "." },
  help: { type: "boolean", short: "h", default: !1 }
};
async function runPilot(args, io2) {
  let [sub, ...rest] = args;
  if (sub === "--help" || sub === "-h" || sub === void 0)
    return (sub === void 0 ? io2.stderr : io2.stdout).write(HELP.pilot), sub === void 0 ? 2 : 0;
  if (sub !== "start")
    throw new ArgumentError(
      `unknown pilot command "${sub}"`,
      "the only one is: pilot-gate pilot start --name <name>"
    );
  let { values } = parseOrExplain(
    Object.keys(OPTIONS7),
    () => parseArgs7({ args: rest, options: OPTIONS7, strict: !0, allowPositionals: !1 })
  );
  if (values.help)
    return io2.stdout.write(HELP.pilot), 0;
  let name = values.name ?? "";
  if (!PILOT_NAME.test(name))
    throw new ArgumentError(
      name === "" ? "--name is required" : `--name "${name}" cannot be a folder name`,
      "use letters, digits, '-', '_' or '.', e.g. --name m6-pilot"
    );
  let now = io2.now?.() ?? /* @__PURE__ */ new Date(), dir = resolve3(io2.cwd, values.dir), manifest = join2(dir, PILOT_MANIFEST_PATH), folder = join2(dir, pilotRunFolder(name, now));
  await mkdir3(dir, { recursive: !0 });
  try {
    await writeFile3(manifest, renderPilotTemplate(name, now), { flag: "wx" });
  } catch (error) {
    throw errorCode(error) === "EEXIST" ? new UsageError(
      `${displayPath(io2.cwd, manifest)} exists; nothing was written. Edit it, or move it away to start a new pilot.`
    ) : new UsageError(
      `cannot write ${displayPath(io2.cwd, manifest)}: ${error.message}`
    );
  }
  return await mkdir3(folder, { recursive: !0 }), await writeFile3(join2(folder, ".gitkeep"), "", { flag: "a" }), io2.stdout.write(
    [
      `wrote ${displayPath(io2.cwd, manifest)} (3 placeholder clients, 48 h window from today)`,
      `created ${displayPath(io2.cwd, folder)}/ for this session's reports`,
      "",
      "Next: fill in the clients and their contacts, then",
      `  pilot-gate readiness --sha <commit> --manifest ${displayPath(io2.cwd, manifest)} --smoke <smoke.json> --parity <parity.json> --repo owner/name`,
      ""
    ].join(`
`)
  ), 0;
}

// cli/commands/protection.ts
import { parseArgs as parseArgs8 } from "node:util";
var OPTIONS8 = {
  repo: { type: "string" },
  config: { type: "string" },
  "app-id": { type: "string" },
  json: { type: "boolean", default: !1 },
  help: { type: "boolean", short: "h", default: !1 }
}, SUBCOMMANDS2 = ["plan", "sync"];
async function runProtection(args, io2) {
  let { values, positionals } = parseOrExplain(
    Object.keys(OPTIONS8),
    () => parseArgs8({ args, options: OPTIONS8, strict: !0, allowPositionals: !0 })
  );
  if (values.help)
    return io2.stdout.write(HELP.protection), 0;
  let [action, ...extra] = positionals;
  if (action !== "plan" && action !== "sync")
    throw new ArgumentError(
      action === void 0 ? "say plan or sync" : `unknown subcommand "${action}"`,
      `expected one of ${SUBCOMMANDS2.join(", ")}; plan writes nothing`
    );
  if (extra.length > 0) throw new ArgumentError(`unexpected argument "${extra[0]}"`);
  let repository = repositoryOf(values.repo ?? io2.env.GITHUB_REPOSITORY), token = (io2.env.GITHUB_TOKEN ?? "").trim();
  if (token === "")
    throw new ArgumentError(
      "GITHUB_TOKEN is not set, so the repository's protection cannot be read",
      "export GITHUB_TOKEN=$(gh auth token), or a fine-grained token with Administration: Read (plan) or Read and write (sync) on the repository"
    );
  let loaded = await loadConfig(io2.cwd, values.config), appId = appIdOf2(values["app-id"], loaded.config.protection.app_id, io2.env.APP_ID), desired = desiredProtection(loaded.config.protection, loaded.config.check.name, appId), octokit = cliOctokit(io2, token), actual = await readProtection(octokit, repository, desired), plan = planProtection(desired, actual), report2 = action === "sync" ? applyOutcomes(plan, desired, await writeProtection(octokit, repository, plan)) : plan;
  return values.json ? io2.stdout.write(`${JSON.stringify(report2, null, 2)}
`) : io2.stdout.write(`config:    ${loaded.description}
${renderProtectionText(report2)}`), protectionExitCode(report2);
}
function appIdOf2(flag, configured, env) {
  let raw = flag ?? (configured !== void 0 ? String(configured) : void 0) ?? env, source = flag !== void 0 ? "--app-id" : configured !== void 0 ? "protection.app_id" : "APP_ID";
  if (raw === void 0 || raw.trim() === "")
    throw new ArgumentError(
      "the App's id is unknown, so required-check cannot be pinned to it",
      "pass --app-id <id> (the App's settings page shows it under About), or set protection.app_id in the config"
    );
  let id = Number(raw.trim());
  if (!Number.isInteger(id) || id <= 0)
    throw new ArgumentError(
      `${source} "${raw}" is not an App id`,
      "expected a positive integer, e.g. --app-id 123456"
    );
  return id;
}

// cli/commands/readiness.ts
import { writeFile as writeFile4 } from "node:fs/promises";
import { resolve as resolve4 } from "node:path";
import { parseArgs as parseArgs9 } from "node:util";
var OPTIONS9 = {
  sha: { type: "string" },
  smoke: { type: "string" },
  parity: { type: "string" },
  manifest: { type: "string" },
  repo: { type: "string" },
  offline: { type: "boolean", default: !1 },
  config: { type: "string" },
  report: { type: "string" },
  json: { type: "boolean", default: !1 },
  help: { type: "boolean", short: "h", default: !1 }
};
async function runReadiness(args, io2) {
  let { values } = parseOrExplain(
    Object.keys(OPTIONS9),
    () => parseArgs9({ args, options: OPTIONS9, strict: !0, allowPositionals: !1 })
  );
  if (values.help)
    return io2.stdout.write(HELP.readiness), 0;
  let sha = (values.sha ?? "").trim();
  if (!/^[0-9a-f]{7,40}$/i.test(sha))
    throw new ArgumentError(
      sha === "" ? "--sha is required" : `--sha "${sha}" is not a commit SHA`,
      "pass the commit to judge, e.g. --sha $(git rev-parse HEAD)"
    );
  let repository = values.offline ? void 0 : repositoryOf(values.repo ?? io2.env.GITHUB_REPOSITORY, {
    message: "no repository to read GitHub state from",
    hint: "pass --repo owner/name (and set GITHUB_TOKEN), or --offline to judge without GitHub"
  }), token = (io2.env.GITHUB_TOKEN ?? "").trim();
  if (repository && token === "")
    throw new ArgumentError(
      "GITHUB_TOKEN is not set, so GitHub state cannot be read",
      "export GITHUB_TOKEN (gh auth token prints one), or pass --offline to judge without GitHub (its criteria then fail closed)"
    );
  let loaded = await loadConfig(io2.cwd, values.config), config = loaded.config.readiness, appId = appIdOf(loaded.config, io2.env), files = await readInputFiles(
    io2.cwd,
    { smoke: values.smoke, parity: values.parity, manifest: values.manifest },
    config
  ), github = repository ? await gatherGitHubState(cliOctokit(io2, token), repository, sha, loaded.config, appId) : offlineGitHubState("offline (--offline): pass --repo owner/name and set GITHUB_TOKEN"), now = io2.now?.() ?? /* @__PURE__ */ new Date(), report2 = evaluateReadiness(
    {
      sha,
      ...files.smoke ? { smoke: files.smoke } : {},
      ...files.parity ? { parity: files.parity } : {},
      ...files.manifest ? { manifest: files.manifest } : {},
      github,
      milestones: files.milestones
    },
    config,
    now
  ), json = `${JSON.stringify(report2, null, 2)}
`;
  if (values.report !== void 0)
    try {
      await writeFile4(resolve4(io2.cwd, values.report), json);
    } catch (error) {
      throw new UsageError(
        `cannot write the report to ${values.report}: ${error.message}`
      );
    }
  return values.json ? io2.stdout.write(json) : io2.stdout.write(
    [
      `config:    ${loaded.description}`,
      ...files.sources,
      `github:    ${repository ? `${repository.owner}/${repository.repo}` : "offline"}`,
      "",
      renderReadinessText(report2)
    ].join(`
`)
  ), report2.verdict === "GO" ? 0 : 1;
}

// cli/commands/release.ts
import { parseArgs as parseArgs10 } from "node:util";

// app/github/release.ts
var RELEASE_BODY_LIMIT = 125e3, ReleaseError = class extends Error {
  name = "ReleaseError";
  status;
  refused;
  constructor(message, options) {
    super(message, { cause: options.cause }), this.status = options.status, this.refused = options.refused ?? !1;
  }
}, SHA_PATTERN = /^[0-9a-f]{40}$|^[0-9a-f]{64}$/, TAG_PATTERN = /^(?!.*\.\.)(?!.*\/\/)(?!.*@\{)(?![./-])[A-Za-z0-9._/+-]+(?<![./]|\.lock)$/;
function reason(error) {
  let message = error?.message;
  return typeof message == "string" ? message : String(error);
}
function nextStep(status, where) {
  return status === 404 ? `the repository ${where} does not exist or the token cannot see it` : status === 403 ? "the token may not write to the repository; grant contents: write (permissions: contents: write in the workflow)" : status === void 0 ? "GitHub could not be reached; re-run" : "re-run; if it persists, check GitHub's status";
}
function truncateReleaseBody(body) {
  if (body.length <= RELEASE_BODY_LIMIT) return { body, truncated: !1 };
  let note = `

---
_These notes were ${body.length.toLocaleString("en-US")} characters, over GitHub's ${RELEASE_BODY_LIMIT.toLocaleString("en-US")}-character limit, and were truncated here; the full readiness report is in the evidence pack._
`, cut = RELEASE_BODY_LIMIT - note.length, code = body.charCodeAt(cut - 1);
  return code >= 55296 && code <= 56319 && cut--, { body: `${body.slice(0, cut)}${note}`, truncated: !0 };
}
async function publishRelease(octokit, repository, options) {
  let { owner, repo } = repository, { tag, sha } = options, where = `${owner}/${repo}`;
  if (!TAG_PATTERN.test(tag))
    throw new ReleaseError(`"${tag}" is not a valid tag name; nothing was created`, {});
  if (!SHA_PATTERN.test(sha))
    throw new ReleaseError(
      `"${sha}" is not a full commit id; resolve the ref first (git rev-parse); nothing was created`,
      {}
    );
  if (options.message.trim() === "")
    throw new ReleaseError("the tag message is empty; nothing was created", {});
  let { body, truncated } = truncateReleaseBody(options.body);
  if (options.dryRun)
    return {
      tag,
      sha,
      dryRun: !0,
      tagObjectSha: void 0,
      releaseId: void 0,
      releaseUrl: void 0,
      body,
      truncated,
      requests: 0
    };
  let tagObject;
  try {
    let { data } = await octokit.request("POST /repos/{owner}/{repo}/git/tags", {
      owner,
      repo,
      tag,
      message: options.message,
      object: sha,
      type: "commit",
      ...options.tagger ? { tagger: options.tagger } : {}
    });
    tagObject = data;
  } catch (error) {
    let status = statusOf(error);
    throw new ReleaseError(
      `could not create the tag object ${tag} on ${sha} in ${where} (${status ?? "no answer"}: ${reason(error)}): ${status === 422 ? `GitHub does not know the commit ${sha}; push it, or check --sha` : nextStep(status, where)}; nothing was created`,
      { status, cause: error }
    );
  }
  try {
    await octokit.request("POST /repos/{owner}/{repo}/git/refs", {
      owner,
      repo,
      ref: `refs/tags/${tag}`,
      sha: tagObject.sha
    });
  } catch (error) {
    let status = statusOf(error);
    throw status === 422 && /already exists/i.test(reason(error)) ? new ReleaseError(
      `the tag ${tag} already exists in ${where}; a release tag is never moved or reused, so nothing was overwritten and no release was created. Release the next version.`,
      { status, refused: !0, cause: error }
    ) : new ReleaseError(
      `could not create the ref refs/tags/${tag} in ${where} (${status ?? "no answer"}: ${reason(error)}): ${nextStep(status, where)}; no tag and no release were created`,
      { status, cause: error }
    );
  }
  try {
    let { data } = await octokit.request("POST /repos/{owner}/{repo}/releases", {
      owner,
      repo,
      tag_name: tag,
      name: options.name,
      body,
      prerelease: options.prerelease
    }), release = data;
    return {
      tag,
      sha,
      dryRun: !1,
      tagObjectSha: tagObject.sha,
      releaseId: release.id,
      releaseUrl: release.html_url,
      body,
      truncated,
      requests: 3
    };
  } catch (error) {
    let status = statusOf(error);
    throw new ReleaseError(
      `the tag ${tag} was created on ${sha} in ${where}, but the release was not (${status ?? "no answer"}: ${reason(error)}); the tag stays. Create the release for the existing tag: gh release create ${tag} --repo ${where} --verify-tag --notes-file <notes>${options.prerelease ? " --prerelease" : ""} (re-running publish refuses, because the tag now exists)`,
      { status, cause: error }
    );
  }
}

// cli/commands/release.ts
var DECIDE_OPTIONS = {
  version: { type: "string" },
  kind: { type: "string" },
  sha: { type: "string" },
  readiness: { type: "string" },
  json: { type: "boolean", default: !1 },
  help: { type: "boolean", short: "h", default: !1 }
}, PUBLISH_OPTIONS = {
  repo: { type: "string" },
  tag: { type: "string" },
  sha: { type: "string" },
  kind: { type: "string" },
  "notes-file": { type: "string" },
  message: { type: "string" },
  "dry-run": { type: "boolean", default: !1 },
  json: { type: "boolean", default: !1 },
  help: { type: "boolean", short: "h", default: !1 }
};
async function runRelease(args, io2) {
  let [sub, ...rest] = args;
  if (sub === void 0 || sub === "--help" || sub === "-h" || sub === "help")
    return (sub === void 0 ? io2.stderr : io2.stdout).write(HELP.release), sub === void 0 ? 2 : 0;
  if (sub === "publish") return runPublish(rest, io2);
  if (sub !== "decide")
    throw new ArgumentError(`unknown release command "${sub}"`, "use decide or publish");
  let { values } = parseOrExplain(
    Object.keys(DECIDE_OPTIONS),
    () => parseArgs10({ args: rest, options: DECIDE_OPTIONS, strict: !0, allowPositionals: !1 })
  );
  if (values.help)
    return io2.stdout.write(HELP.release), 0;
  let kind = values.kind;
  if (!kind || !RELEASE_KINDS.includes(kind))
    throw new ArgumentError(
      kind ? `--kind "${kind}" is not a release kind` : "--kind is required",
      "use --kind rc or --kind ga"
    );
  for (let name of ["version", "sha", "readiness"])
    if (!values[name])
      throw new ArgumentError(
        `--${name} is required`,
        "e.g. pilot-gate release decide --version v1.2.0 --kind ga --sha $(git rev-parse HEAD) --readiness readiness.json"
      );
  let reportPath = values.readiness, text = await readTextFile(io2.cwd, reportPath, " (--readiness)", REPORT_LIMIT), json;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new UsageError(
      `--readiness ${reportPath} is not JSON (${error.message}); pass the report pilot-gate readiness --report wrote`
    );
  }
  let parsed = readinessReportSchema.safeParse(json);
  if (!parsed.success) {
    let issue = parsed.error.issues[0];
    throw new UsageError(
      `--readiness ${reportPath} is not a readiness report (${issue?.path.join(".") || "top level"}: ${issue?.message}); nothing was decided. Pass the report pilot-gate readiness --report wrote (schemas/readiness-report.schema.json).`
    );
  }
  let problems = readinessReportProblems(parsed.data, io2.now?.() ?? /* @__PURE__ */ new Date());
  if (problems.length > 0)
    throw new UsageError(
      `--readiness ${reportPath} cannot be used, nothing was decided: ${problems.join("; ")}. Regenerate it with pilot-gate readiness --report on the commit to tag.`
    );
  let tags;
  try {
    tags = (io2.git ?? runGit)(["tag", "--list"], io2.cwd, io2.env).split(`
`).map((t) => t.trim()).filter((t) => t !== "");
  } catch (error) {
    throw new UsageError(
      `cannot list the tags with git tag --list (${error.message.split(`
`)[0]}); nothing was decided. Run in a clone with its tags (actions/checkout with fetch-depth: 0, or git fetch --tags).`
    );
  }
  let report2 = parsed.data, decision = decideRelease({
    version: values.version,
    kind,
    sha: values.sha.trim(),
    readinessVerdict: report2.verdict,
    readinessSha: report2.sha,
    blockers: report2.blockers,
    existingTags: tags
  });
  if (values.json)
    io2.stdout.write(
      `${JSON.stringify({ version: 1, kind: "release-decision", decision, readiness: { verdict: report2.verdict, sha: report2.sha, blockers: report2.blockers, warnings: report2.warnings } }, null, 2)}
`
    );
  else {
    let c = palette(useColor(io2.stdout, io2.env)), lines = decision.action === "tag" ? [
      `${c.green("Tag")} ${decision.tag} on ${decision.sha}`,
      `  previous  ${decision.previous ?? `none: first ${decision.kind} release`}`,
      `  message   ${decision.message}`
    ] : [
      `${c.red("Refused")} ${decision.tag ?? "(no version)"}: nothing may be tagged`,
      ...decision.reasons.map((r) => `  - ${r}`)
    ];
    io2.stdout.write(safeText(`${lines.join(`
`)}
`));
  }
  return decision.action === "tag" ? 0 : 1;
}
async function runPublish(args, io2) {
  let { values } = parseOrExplain(
    Object.keys(PUBLISH_OPTIONS),
    () => parseArgs10({ args, options: PUBLISH_OPTIONS, strict: !0, allowPositionals: !1 })
  );
  if (values.help)
    return io2.stdout.write(HELP.release), 0;
  let example = "e.g. pilot-gate release publish --repo acme/app --tag v1.2.0 --kind ga --sha $(git rev-parse HEAD) --notes-file notes.md";
  for (let name of ["repo", "tag", "sha", "kind", "notes-file"])
    if (!values[name]?.trim()) throw new ArgumentError(`--${name} is required`, example);
  let kind = values.kind;
  if (!RELEASE_KINDS.includes(kind))
    throw new ArgumentError(`--kind "${kind}" is not a release kind`, "use --kind rc or --kind ga");
  let tag = values.tag.trim(), version = parseReleaseTag(tag);
  if (!version || version.kind !== kind)
    throw new ArgumentError(
      `--tag "${tag}" is not ${kind === "ga" ? "a ga" : "an rc"} release tag`,
      kind === "ga" ? "a ga tag is vX.Y.Z, e.g. v1.4.0" : "an rc tag is vX.Y.Z-rc.N, e.g. v1.4.0-rc.1"
    );
  let sha = values.sha.trim();
  if (!/^[0-9a-f]{40}$|^[0-9a-f]{64}$/.test(sha))
    throw new ArgumentError(
      `--sha "${sha}" is not a full commit id`,
      "resolve the ref first: --sha $(git rev-parse HEAD)"
    );
  let { owner, repo } = repositoryOf(values.repo), notes = await readTextFile(io2.cwd, values["notes-file"], " (--notes-file)"), dryRun = values["dry-run"], token = (io2.env.GITHUB_TOKEN ?? "").trim();
  if (token === "" && !dryRun)
    throw new ArgumentError(
      "GITHUB_TOKEN is not set, so nothing can be published",
      "export GITHUB_TOKEN (gh auth token prints one; in a workflow, github.token with contents: write), or pass --dry-run"
    );
  let message = values.message?.trim() || `${tag} (${kind === "ga" ? "release" : "release candidate"}) on ${sha}`, octokit = cliOctokit(io2, token), c = palette(useColor(io2.stdout, io2.env)), where = `${owner}/${repo}`, result;
  try {
    result = await publishRelease(
      octokit,
      { owner, repo },
      { tag, sha, message, name: tag, body: notes, prerelease: kind === "rc", dryRun }
    );
  } catch (error) {
    if (!(error instanceof ReleaseError)) throw error;
    if (values.json && io2.stdout.write(
      `${JSON.stringify({ version: 1, kind: "release-publish", repository: where, tag, sha, outcome: error.refused ? "refused" : "failed", status: error.status ?? null, error: error.message }, null, 2)}
`
    ), !error.refused) throw new UsageError(error.message);
    return values.json || io2.stdout.write(safeText(`${c.red("Refused")} ${error.message}
`)), 1;
  }
  if (values.json)
    return io2.stdout.write(
      `${JSON.stringify(
        {
          version: 1,
          kind: "release-publish",
          repository: where,
          tag,
          sha,
          outcome: result.dryRun ? "dry-run" : "published",
          prerelease: kind === "rc",
          tag_object: result.tagObjectSha ?? null,
          release_id: result.releaseId ?? null,
          release_url: result.releaseUrl ?? null,
          truncated: result.truncated,
          requests: result.requests
        },
        null,
        2
      )}
`
    ), 0;
  let release = `GitHub release ${tag}${kind === "rc" ? " (prerelease)" : ""}`, lines = result.dryRun ? [
    `${c.green("Dry run")}: nothing was created in ${where}`,
    `  would tag     ${tag} on ${sha} (annotated: ${message})`,
    `  would create  ${release}, notes ${result.body.length} characters${result.truncated ? " (truncated)" : ""}`
  ] : [
    `${c.green("Published")} ${tag} on ${sha} in ${where}`,
    `  tag object  ${result.tagObjectSha}`,
    `  release     ${result.releaseUrl}${kind === "rc" ? " (prerelease)" : ""}`,
    ...result.truncated ? ["  notes       truncated to GitHub's 125,000-character limit"] : []
  ];
  return io2.stdout.write(safeText(`${lines.join(`
`)}
`)), 0;
}

// cli/main.ts
var RUN = {
  check: runCheck,
  config: runConfig,
  demo: runDemo,
  init: runInit,
  parity: runParity,
  smoke: runSmoke,
  readiness: runReadiness,
  pilot: runPilot,
  protection: runProtection,
  evidence: runEvidence,
  release: runRelease,
  incidents: runIncidents
};
async function main(argv2, io2) {
  let command = "main";
  try {
    let [first, ...rest] = argv2;
    if (first === void 0)
      return io2.stderr.write(mainHelp(cliVersion())), 2;
    if (first === "--help" || first === "-h" || first === "help") {
      let topic = rest[0];
      return io2.stdout.write(
        topic && isCommand(topic) && first === "help" ? HELP[topic] : mainHelp(cliVersion())
      ), 0;
    }
    if (first === "--version" || first === "-v" || first === "-V")
      return io2.stdout.write(`${cliVersion()}
`), 0;
    if (first.startsWith("-"))
      throw new ArgumentError(
        `unknown option ${first}`,
        "options go after the command, e.g. pilot-gate check --json"
      );
    if (!isCommand(first)) {
      let near = closest(first, COMMANDS);
      throw new ArgumentError(
        `unknown command "${first}"`,
        near ? `did you mean "pilot-gate ${near}"?` : void 0
      );
    }
    return command = first, await RUN[command](rest, io2);
  } catch (error) {
    return report(error, command, io2);
  }
}
function isCommand(name) {
  return COMMANDS.includes(name);
}
function report(error, command, io2) {
  if (error instanceof ConfigError) {
    let n = error.issues.length;
    return io2.stderr.write(
      `${error.message}
pilot-gate: ${error.file} has ${n} problem${n === 1 ? "" : "s"}; nothing was judged. Fix ${n === 1 ? "it" : "them"} and re-run (pilot-gate config validate ${error.file} checks the file alone).
`
    ), 2;
  }
  if (error instanceof ArgumentError) {
    let help = command === "main" ? "pilot-gate --help" : `pilot-gate ${command} --help`;
    return io2.stderr.write(
      [
        `pilot-gate: ${error.message}${error.hint ? `; ${error.hint}` : ""}`,
        `usage: ${USAGE[command]}`,
        `Run "${help}" for more.`,
        ""
      ].join(`
`)
    ), 2;
  }
  if (error instanceof UsageError)
    return io2.stderr.write(`pilot-gate: ${error.message}
`), 2;
  let message = error instanceof Error ? error.message : String(error);
  return io2.stderr.write(
    `pilot-gate: unexpected error: ${message}
Nothing was judged. This is a pilot-gate bug; please report it. Set PILOT_GATE_DEBUG=1 to see where it happened.
`
  ), io2.env.PILOT_GATE_DEBUG && error instanceof Error && error.stack && io2.stderr.write(`${error.stack}
`), 2;
}

// cli/bin.ts
function processInputs() {
  return {
    argv: process.argv.slice(2),
    io: {
      cwd: process.cwd(),
      env: process.env,
      stdout: process.stdout,
      stderr: process.stderr,
      // Lazy: only `--body-file -` and `--changed-files -` touch stdin.
      get stdin() {
        return process.stdin;
      }
    }
  };
}
process.stdout.on("error", (error) => {
  throw error.code === "EPIPE" && process.exit(process.exitCode ?? 0), error;
});
var { argv, io } = processInputs();
process.exitCode = await main(argv, io);
