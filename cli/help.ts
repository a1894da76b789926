import { CONFIG_PATH } from "../core/config/path.js";
import { ROLLBACK_MAX_PACKS } from "../core/limits.js";

export const COMMANDS = [
  "check",
  "config",
  "demo",
  "init",
  "smoke",
  "parity",
  "readiness",
  "pilot",
  "protection",
  "evidence",
  "release",
  "rollback",
  "incidents",
  "cycle",
  "site",
  "doctor",
] as const;
export type CommandName = (typeof COMMANDS)[number];

/** The one-line usage of each command, shown with every usage error. */
export const USAGE: Record<CommandName | "main", string> = {
  main: "pilot-gate <command> [options]",
  check:
    "pilot-gate check --body-file <path|-> [--changed-files <path|->] [--branch <name>] [--base <name>] [--title <text>] [--labels <a,b>] [--config <path>] [--json]",
  config: "pilot-gate config <validate|print> [path]",
  demo: "pilot-gate demo",
  init: "pilot-gate init [--force]",
  parity:
    "pilot-gate parity [<env-file> <env-file> [more...]] [--config <path>] [--today YYYY-MM-DD] [--report <path>] [--json]",
  readiness:
    "pilot-gate readiness --sha <sha> [--smoke <report.json>] [--parity <report.json>] [--manifest <pilot.yml>] [--records <records.jsonl> | --records-root <dir>] [--repo owner/name | --offline] [--config <path>] [--report <path>] [--json]",
  pilot:
    "pilot-gate pilot <start|recommend|review|finalize|outreach|record> [options] (pilot-gate pilot --help lists each one's options)",
  protection:
    "pilot-gate protection <plan|sync> [--repo owner/name] [--config <path>] [--app-id <id>] [--json]",
  evidence:
    "pilot-gate evidence pack --scope <scope> --id <id> --commit <sha> [--report <file>]... [--file <path>]... [--root <dir>] [--sign-key-file <pem>]... [--json] | pilot-gate evidence verify <pack-dir> [--key <pub.pem>]... [--require-signature] [--json]",
  release:
    "pilot-gate release decide --version <vX.Y.Z[-rc.N]> --kind <rc|ga> --sha <sha> --readiness <report.json> [--json] | pilot-gate release publish --repo owner/name --tag <tag> --sha <sha> --kind <rc|ga> --notes-file <path> [--message <text>] [--dry-run] [--json]",
  rollback:
    "pilot-gate rollback <plan|run> [--repo owner/name] [--from <tag>] [--key <pub.pem>]... [--config <path>] [--dry-run] [--sign-key-file <pem>]... [--json]\n       pilot-gate rollback lift --from <tag> --smoke-report <file> [--incident <number>] [--key <pub.pem>]... [--repo owner/name] [--config <path>] [--dry-run] [--json]",
  smoke:
    'pilot-gate smoke [--run "<command>"]... [--junit <glob>...] [--suite <name>]... [--config <path>] [--report <path>] [--sha <commit>] [--json]',
  cycle:
    "pilot-gate cycle status [--repo owner/name] [--config <path>] [--now <time>] [--json | --markdown]",
  incidents:
    "pilot-gate incidents sweep|restore-report <file> [--repo owner/name] [--config <path>] [--now <time>] [--dry-run] [--json]",
  site: "pilot-gate site build --from <evidence checkout> --out <dir> [--key <pub.pem>]... [--config <path>] [--require-signature] [--json]",
  doctor: "pilot-gate doctor [--repo owner/name] [--config <path>] [--app-id <id>] [--json]",
};

export function mainHelp(version: string): string {
  return `pilot-gate ${version}: judges a pull request against your launch rules (branch
name, PR checklist, residual risks, governance files, the NO_MERGE label), and
runs the smoke, parity and readiness gates of a pilot launch.

Usage: ${USAGE.main}

Commands:
  check             Judge a PR from its branch, base and body.
  config validate   Check ${CONFIG_PATH}; errors come with line:column.
  config print      Print the config with every default filled in, as YAML.
  demo              Judge a few bundled example PRs to see what the rules catch.
  init              Write a PR template and a commented ${CONFIG_PATH}.
  parity            Compare environment descriptions (flags, policy, API) for drift.
  smoke             Run smoke commands and judge their JUnit reports.
  readiness         GO/NO-GO on one commit: smoke, parity, pilot, GitHub state.
  pilot start       Write a pilot manifest (pilot.yml) and the session's run folder.
  pilot recommend   Classify the accounts of an activity export into the pilot's roster.
  pilot review      Open a review issue per client under review; resolve records a decision.
  pilot finalize    Write the chosen clients (3-5) and the window (>= 48 h) into pilot.yml.
  pilot outreach    Open an outreach issue per client, with contacts, window and script.
  pilot record      Record a client's run of a scenario of the pilot's script.
  protection plan   Compare branch protection with protection: in the config.
  protection sync   Write the protection that differs (one write per branch).
  evidence pack     Pack reports and files into a hash-chained, signed evidence pack.
  evidence verify   Check a pack and its chain offline: files, statement, signature.
  release decide    May this version be tagged on this commit? (semver, tags, GO)
  release publish   Create the annotated tag and the GitHub release (API, no push).
  rollback plan     The last release whose evidence says GO, and the rollback steps to it.
  rollback run      The same plan, then freeze, incident pack and revert PR, each once.
  rollback lift     Close that freeze issue once smoke is green on the target and a postmortem is linked.
  incidents sweep   Escalate overdue incidents and blocked items; check the P0 trigger.
  cycle status      Each cycle's exit criteria met or not; each story done, pending, blocked.
  site build        A static readiness site (verdict, trends, releases) from verified evidence.
  doctor            Preflight: config, token, protection, labels, forms, workflows, keys.

Options:
  -h, --help        Show help; \`pilot-gate <command> --help\` for a command.
  -v, --version     Print the version.

Exit codes: 0 pass (ready to merge, GO), 1 the gate failed (NO_MERGE, drift,
NO-GO), 2 usage, config or unreadable input.
Colour: only on a terminal; NO_COLOR=1 turns it off, FORCE_COLOR=1 forces it.

Start with: pilot-gate demo
`;
}

export const HELP: Record<CommandName, string> = {
  check: `Judge a pull request the way the pilot-gate check on GitHub does.

Usage: ${USAGE.check}

Options:
  --body-file <path>  The PR body (Markdown). \`-\` reads it from standard input.
  --changed-files <path>
                      The files the PR changes, one repository path per line;
                      \`-\` reads them from standard input (not with
                      --body-file -). Default: from git, see below.
  --branch <name>     Head branch. Default: the current git branch in this directory.
  --base <name>       Branch the PR targets. Default: main.
  --title <text>      PR title; used to suggest a branch name. Default: empty.
  --labels <a,b>      PR labels, comma-separated; may be repeated.
  --config <path>     Config file. Default: ${CONFIG_PATH} if it exists, else the
                      built-in defaults (the output says which).
  --json              Print the verdict as JSON (format version 1) and nothing else.
  -h, --help          Show this help.

The repository's PR template (.github/pull_request_template.md, or in the root
or docs/; the name in any case, .md, .txt or none) is read when present:
sections left exactly as in it count as unfilled, and every Definition of
Ready/Done item in it must be in the body, ticked or as N/A: <reason>.

Repository paths the Evidence section cites must exist in the checkout (the
current directory is taken as the repository root).

Without --changed-files, git lists them: the files changed between HEAD and
where it left the base branch (git merge-base origin/<base> HEAD, or <base>
when origin/<base> is not fetched), as GitHub lists a PR's files. When git
cannot tell (not a repository, or the base branch not fetched), governance
files are not checked and the output says so.

The CLI cannot see reviews: a change to a governance file (CODEOWNERS,
.github/pilot-gate.yml) blocks here even when a PO/PM approved it on GitHub.

Exit codes: 0 pass (ready to merge, GO), 1 the gate failed (NO_MERGE, drift,
NO-GO), 2 usage, config or unreadable input.

Examples:
  pilot-gate check --branch feature/S-PC-01-login-page --base develop --body-file pr.md
  gh pr view 42 --json body -q .body | pilot-gate check --body-file - --base develop
  gh pr diff 42 --name-only | pilot-gate check --changed-files - --body-file pr.md
`,
  config: `Check or show the pilot-gate config.

Usage: ${USAGE.config}

Commands:
  validate [path]   Report every problem in the config with its line and column.
                    Exit 0 when valid, 2 otherwise. Default path: ${CONFIG_PATH}.
  print [path]      Print the config as pilot-gate sees it, every default filled
                    in, as YAML. Without a path: ${CONFIG_PATH} if it exists,
                    else the built-in defaults.

A file with _extends is read alone: the CLI reads local files, not the
repository or organisation config it names, and says so. The App and the
pull-request Action follow _extends (and the organisation's .github
repository when a repository has no config).
`,
  demo: `Judge a handful of bundled example PRs and show the verdicts: what passes,
what blocks a merge and how each finding says to fix it.

Usage: ${USAGE.demo}

Exits 0 when every example gets the verdict it expects, 1 otherwise, so the
demo doubles as a smoke test of the installed engine.
`,
  init: `Set up a repository: write .github/pull_request_template.md (the PR template
the rules expect) and ${CONFIG_PATH} (every setting at its default, with
comments saying what each does).

Usage: ${USAGE.init}

Options:
  --force           Overwrite the files if they exist. Without it, init writes
                    nothing when either file exists.
  -h, --help        Show this help.
`,
  smoke: `Run the smoke tests and judge their JUnit XML reports: every scenario with
its suite, tags, result, duration and error; failures first, then flaky ones.

Usage: ${USAGE.smoke}

Options:
  --run <command>     A smoke command, run through the shell in this directory
                      before the reports are read; may be repeated (each runs,
                      in order, even after one fails). Its output goes to
                      stderr. Leave it out to judge reports that already exist.
  --junit <glob>      JUnit XML files to read, relative to this directory, e.g.
                      'reports/**/*.xml' (quote it so the shell leaves it
                      alone); may be repeated. Each glob must match a file.
                      node_modules and .git are never searched. Left out:
                      smoke.junit of the config, with its smoke.commands and
                      smoke.suites (--run and --suite still win).
  --suite <name>      A suite that must have executed scenarios, e.g. --suite
                      core --suite ui; may be repeated. A scenario is in a
                      suite named by its <testsuite>, an enclosing one, a
                      \`suite\` property, its name's first "X > " segment or
                      its test file's name up to the first dot.
  --config <path>     Config whose smoke: key is used when --junit is left
                      out. Default: ${CONFIG_PATH} if it exists.
  --report <path>     Where to write the JSON report (schemas/smoke-report.schema.json).
                      Default: .pilot-gate/smoke-report.json.
  --sha <commit>      The full id of the commit being tested, recorded in the
                      report: readiness and rollback lift refuse a report of
                      another commit. Left out: the report records none.
  --json              Print the JSON report instead of text.
  -h, --help          Show this help.

The gate fails when a command exits non-zero, no test was executed (zero
tests is never a pass), a scenario failed or errored, a --suite has no
executed scenario, or a report predates the run. Flaky scenarios (passed
on a rerun: Surefire's flakyFailure) are listed but do not fail it; tests
that failed every rerun (rerunFailure) do. Tags come from a \`tags\`
property and from [tag] or @tag in a test name.

Exit codes: 0 pass, 1 the gate failed, 2 usage error or an unreadable input
(a glob matching nothing, an empty or malformed JUnit file, reported with
file:line:column). The report is written in every case but a usage error.

Examples:
  pilot-gate smoke --run "npm run smoke:runtime" --junit 'reports/*.xml' --suite core --suite ui
  pilot-gate smoke --junit 'examples/smoke/passing/*.xml'
  pilot-gate smoke                # smoke.commands, smoke.junit, smoke.suites of the config
`,
  parity: `Compare environment descriptions facet by facet (feature flags, policy
bundle revision/digest, OpenAPI version/digest, and the keys parity.keys
lists) and report each key as match, drift, expected, not_checked or error.

Usage: ${USAGE.parity}

The first file is the reference (e.g. production); every other file is
compared with it. With no file given, the config's parity.environments
lists them, in the same order. Files are YAML or JSON (schemas/parity-environment.schema.json):
  name: staging
  feature_flags: { new_checkout: true, pricing_banner: variant-b }
  policy_bundle: { revision: r42, digest: "sha256:..." }
  openapi:       { version: 3.4.1, digest: "sha256:..." }
  values:        { db.pool_size: 20 }   # compared only when parity.keys lists them

Options:
  --config <path>     Config whose parity: key holds the rules (facets, keys,
                      one_way, expected) and the files when none is given. Default: ${CONFIG_PATH} if it exists,
                      else the defaults (compare flags, policy bundle, OpenAPI).
  --today <date>      The date (YYYY-MM-DD) expected differences' expiry dates
                      are compared with. Default: today (UTC).
  --report <path>     Also write the JSON report (schemas/parity-report.schema.json).
  --json              Print the JSON report instead of text.
  -h, --help          Show this help.

A declared expected difference counts as drift again the day after its
expires date. A one-way rule (flag X, when production, requires staging)
only fails when X is on in production and not on in staging.

Exit codes: 0 in parity, 1 drift, 2 usage error or an input that cannot be
read (a missing file, or one that does not parse: file:line:column).

Examples:
  pilot-gate parity examples/parity/production.yml examples/parity/staging.yml
  pilot-gate parity prod.yml staging.yml dev.json --report parity.json
  pilot-gate parity --report parity.json   # the files parity.environments lists
`,
  readiness: `The go/no-go on one commit: judges the smoke and parity reports, the pilot
manifest and its scenario records, the milestone checklists and GitHub's state
(required checks on the commit, branch protection, open incident issues) against readiness in
${CONFIG_PATH} (the playbook's thresholds by default).

Usage: ${USAGE.readiness}

Options:
  --sha <sha>         The commit to judge (required).
  --smoke <path>      The smoke gate's JSON report (pilot-gate smoke --report).
  --parity <path>     The parity gate's JSON report (pilot-gate parity --report).
  --manifest <path>   The pilot manifest. Default: readiness.manifest (pilot.yml)
                      when it exists.
  --records <path>    The pilot's scenario records (pilot-gate pilot record). Default:
                      records.jsonl of the manifest's latest run folder
                      (pilots/<name>/<date>/ beside it), when it exists. The
                      success rate and blocked core flows come from them.
  --records-root <dir> A checkout of the evidence branch (pilot-evidence), where
                      pilot record --commit commits the records at the run
                      folder's path; its records.jsonl is read when it has
                      one, else the checkout's. Not with --records.
  --repo owner/name   Read GitHub state with GITHUB_TOKEN. Default: GITHUB_REPOSITORY.
  --offline           Do not read GitHub: its criteria are not checked, which
                      keeps GO from being reached unless they are advisory or off.
  --config <path>     Config file. Default: ${CONFIG_PATH} if it exists.
  --report <path>     Also write the JSON report (schemas/readiness-report.schema.json).
  --json              Print the JSON report instead of text.
  -h, --help          Show this help.

A missing input never passes: a criterion with no input (no smoke report, no
document under readiness.milestones) is not checked, and keeps GO from being
reached unless readiness.criteria makes it advisory or off. Each criterion is
blocking (the default), waivable (a current waiver in readiness.waivers lifts a
failure), advisory (reported only) or off (not judged).

Milestone and sign-off documents (readiness.milestones) are read under every
heading of the section named (one per phase), or whole: every checklist item
must be ticked, and every row of a table with a Status column done (done,
signed, passed, ok, ✅, concluído, assinado...), its Evidence paths present.

Exit codes: 0 GO, 1 NO-GO, 2 usage error or an unreadable input.

Examples:
  pilot-gate readiness --sha $(git rev-parse HEAD) --smoke smoke.json --parity parity.json --repo acme/app
  pilot-gate readiness --offline --config examples/readiness/offline.yml --sha 0123abc \\
    --smoke examples/readiness/go/smoke.json --parity examples/readiness/go/parity.json \\
    --manifest examples/readiness/go/pilot.yml
`,
  pilot: `Run a pilot: choose its clients, then record what they did. Each step writes into
the pilot's run folder pilots/<name>/<date>/ (the latest one of pilot.yml's name
under --dir, or --run).

Usage:
  pilot-gate pilot start --name <name> [--dir <path>]
  pilot-gate pilot recommend --activity <csv> [options]
  pilot-gate pilot review --reviewer <login|org/team> [--min-score <n>] [options]
  pilot-gate pilot review resolve --client <id> --decision <accept|reject> --by <login> --reason <text> [options]
  pilot-gate pilot review resolve --from-issues [--repo owner/name] [options]
  pilot-gate pilot finalize --window-start <time> [--window-hours <h>] [--clients <id,...>] [options]
  pilot-gate pilot outreach --owner <login|org/team> [options]
  pilot-gate pilot record --client <name> --scenario <name> --result pass|fail [options]
  pilot-gate pilot record --from-issue <event.json> [options]

start writes the pilot manifest template (pilot.yml: three placeholder
clients, a 48 h window from today) and creates the run folder. Readiness
blocks until the clients and contacts are complete. Never overwrites an
existing pilot.yml.
  --name <name>     The pilot's name (letters, digits, - _ .).
  --dir <path>      Where pilot.yml and pilots/ are. Default: this directory.

recommend reads an activity export (CSV, one row per client account; the
columns and rules are pilot.recommend in ${CONFIG_PATH}) and writes
roster.json into the run folder: each account active in both service and
sales within pilot.recommend.active_within_days is a candidate, classed
  SUGERIDO          invite now;
  REVISAR_CONTATO   confirm the missing business (or technical) contact first;
  REVISAR_PERFIL    a demo or homolog account, or a score (0-100) below
                    pilot.recommend.min_score: decide whether it may join;
with its score and reasons; the others are listed as excluded, with why.
The separator (, ; tab |) is read from the header line; a UTF-8 BOM and
quoted values holding separators or newlines are fine.
  --activity <csv>  The activity export (required).
  --run <dir>       The run folder to write roster.json into.
  --config <path>   Config file. Default: ${CONFIG_PATH} if it exists.
  --now <time>      The instant activity dates are judged at (ISO 8601). Default: now.
  --force           Replace an existing roster.json (its review receipts are lost).
  --json            Print the report (version, counts, candidates) as JSON.

Exit codes: 0 written, 1 the export has problems (each printed as
file:line:column; nothing is written), 2 usage or config error.

review opens one issue per candidate under review (REVISAR_*) scoring at
least --min-score (default pilot.recommend.min_score), labelled
pilot.review.label, with the fields of .github/ISSUE_TEMPLATE/pilot-review.yml,
assigned to a --reviewer login or mentioning a team; an issue opened before
(found by a hidden marker, open or closed) is updated, never duplicated, and
the issue numbers are recorded in the roster. Candidates below the minimum
are listed as not reviewed.
  --reviewer <who>      A login (octocat) or a team (acme/pilot-reviewers).
  --min-score <n>       0 to 100.
  --repo owner/name     Default: GITHUB_REPOSITORY. Needs GITHUB_TOKEN with
                        Issues: Read and write (Read with --dry-run).
  --dry-run             Write nothing; print what would be opened or updated
                        (check.dry_run in the config does the same).
review resolve records a reviewer's decision in the roster with a receipt
(who, when, why, the class before and after, the review issue): accept makes
the client SUGERIDO (a client missing a contact needs it given, with
--technical-contact or --business-contact), reject makes it DESCARTADO.
  --issue <n>           The review issue (default: the one review opened).
  --now <time>          The receipt's time. Default: now.
review resolve --from-issues applies the decisions taken on the review
issues instead (\`/pilot-gate accept|reject <reason>\`, or the issue closed
with pilot.review.label:accepted or :rejected): only the App's receipts
count, a receipt already in the roster changes nothing, and one the roster
cannot take (e.g. an accept missing a contact) is reported; exit 1 then,
the others still applied. --repo as for review; the roster is written (review
the change in git, or in the PR the pilot-roster workflow opens).

finalize writes the clients (--clients, else every SUGERIDO candidate) and
the window into pilot.yml (its comments kept), or refuses, naming each thing
to settle, unless there are readiness.thresholds.min_clients to max_clients
(3-5) of them, all SUGERIDO with both contacts, and the window is at least
min_window_hours (48) long.
  --window-start <time> When observation starts (ISO 8601).
  --window-hours <h>    How long. Default: 48.
  --clients <id,...>    The candidates to take, when not every SUGERIDO one.

outreach opens one issue per client of pilot.yml, labelled
pilot.outreach.label, assigned to an --owner login (a team is mentioned:
GitHub assigns issues to people only), with the contacts, the window and
the script (pilot.script) as a task list. Run again, it updates the issues
it opened (found by a hidden marker), never duplicates them. It refuses a
pilot.yml with a client under review or missing a contact.

record appends one record (time, client, scenario, result, error) to the run
folder's records.jsonl, sealed with its sha256 digest and chained to the line
before, so an edited or removed line fails readiness. Readiness computes the
success rate and the blocked core flows from these records.
  --client <name>   A client of pilot.yml, as named there (required).
  --scenario <name> A scenario of pilot.script in ${CONFIG_PATH}, as written or as
                    its key, e.g. create-a-lead (required).
  --result <r>      pass or fail (required).
  --error <text>    What went wrong: required with fail, refused with pass, at
                    most 2 KiB (name logs and screenshots rather than pasting them).
  --at <time>       When it ran (ISO 8601 with Z or an offset). Default: now.
  --run <dir>       The run folder to record into.
  --config <path>   Config file. Default: ${CONFIG_PATH} if it exists.
  --commit          Commit the record through the evidence path instead: append it
                    to the run folder's path on the evidence branch with
                    GITHUB_TOKEN (contents: write), the file's chain verified
                    first; a branch moved meanwhile is read again and the record
                    re-sealed onto it. Run from the repository root.
  --branch <name>   The evidence branch. Default: pilot-evidence.
  --repo owner/name The repository. Default: GITHUB_REPOSITORY (with --from-issue,
                    the event's).
  --dry-run         With --commit or --from-issue: read and write nothing, say
                    what would be done.
  --from-issue <f>  The pilot-scenario workflow's step: read an issues event
                    payload (GITHUB_EVENT_PATH), and record the Pilot scenario
                    result form's run as --commit does, once per issue. An
                    author without write access, or a form with problems, gets
                    a comment saying why (exit 1); otherwise a receipt with the
                    record's digest, and the issue is closed.
  --json            Print the file and the record written as JSON.

Every subcommand takes --run <dir>, --dir <path>, --config <path> and --json
where they apply. Exit codes: 0 done, 1 refused (finalize, outreach,
record --from-issue: nothing written), 2 usage, config or GitHub error (it says what the token needs;
issues opened before a failure are found again when re-run).

Examples:
  pilot-gate pilot start --name m6-pilot
  pilot-gate pilot recommend --activity examples/pilot/activity.csv --now 2026-06-01T00:00:00Z
  pilot-gate pilot review --reviewer acme/pilot-reviewers --min-score 60 --repo acme/app
  pilot-gate pilot review resolve --client DELTA-04 --decision accept --by octocat \\
    --reason "sales confirmed the contact" --business-contact "Bia <bia@delta.example>"
  pilot-gate pilot finalize --window-start 2026-06-02T09:00:00Z --window-hours 48
  pilot-gate pilot outreach --owner sales-lead --repo acme/app --dry-run
  pilot-gate pilot record --client "Acme Logistics" --scenario create-a-lead --result pass
  pilot-gate pilot record --client "Acme Logistics" --scenario query-the-proposal \\
    --result fail --error "proposal search returned 500" --at 2026-06-02T14:30:00Z
  pilot-gate pilot record --client "Acme Logistics" --scenario create-a-lead --result pass --commit
`,
  protection: `Branch protection as code: compare each branch listed in protection: in
${CONFIG_PATH} with what GitHub has (classic branch protection and
rulesets, whichever protects it), field by field; sync writes what differs.

Usage: ${USAGE.protection}

Commands:
  plan                The diff and a status per branch; writes nothing.
  sync                Plan, then write: one PUT per drifted or missing branch
                      (protection.mode: classic), or create/update the one
                      ruleset named pilot-gate (protection.mode: rulesets).

Options:
  --repo owner/name   The repository. Default: GITHUB_REPOSITORY.
  --config <path>     Config file. Default: ${CONFIG_PATH} if it exists, else
                      the defaults (main and develop, 1 review, required-check).
  --app-id <id>       The App id required-check is pinned to. Default:
                      protection.app_id, else APP_ID.
  --json              Print the report (schemas/protection-status.schema.json).
  -h, --help          Show this help.

Needs GITHUB_TOKEN with Administration: Read (plan) or Read and write (sync).
Status per branch: Applied, Drifted, Missing (not protected, or the branch
does not exist), Unavailable (the plan has no protection for private
repositories), PermissionNeeded, Error. Each branch also gets the OpenSSF
Scorecard Branch-Protection tier (0-5) and score (of 10) its protection reaches.

Exit codes: 0 every branch Applied, 1 drift or missing, 2 usage error or
GitHub could not be read or written.

Examples:
  GITHUB_TOKEN=$(gh auth token) pilot-gate protection plan --repo acme/app --app-id 123456
  pilot-gate protection sync --repo acme/app --json
`,
  evidence: `Evidence packs: the reports, JUnit files and logs behind a decision, with a
manifest of their SHA-256 digests, an in-toto statement and an Ed25519 DSSE
signature, each pack chained to the previous one of its scope by digest.

Usage:
  pilot-gate evidence pack --scope <scope> --id <id> --commit <sha> [options]
  pilot-gate evidence verify <pack-dir> [--key <pub.pem>]... [--require-signature] [--json]

A pack is the folder <root>/<scope>/<id>/: reports/ and files/ (copies of the
inputs), manifest.json, statement.json and, when signed, statement.dsse.json
(schemas/evidence-*.schema.json). JSON digests use RFC 8785 canonical form.

pack options:
  --scope <scope>         story, wave, release, pilot or incident.
  --id <id>               The pack's name, e.g. S-PC-01 (letters, digits, . _ -).
  --commit <sha>          The full commit id the evidence is about.
  --report <file>         A pilot-gate JSON report (smoke, parity, readiness); its
                          gate and result go into the statement. May be repeated.
  --file <path>           Any other file or folder (JUnit, logs); may be repeated.
  --root <dir>            The evidence root. Default: evidence.
  --sign-key-file <pem>   An Ed25519 private key (PEM) to sign with; may be
                          repeated. PILOT_GATE_SIGNING_KEY, when set, holds one more.
  --config <path>         Record the digest of this pilot-gate config.
  --created-at <time>     The pack's time (ISO 8601). Default: now.
  --json                  Print the result as JSON.

The pack chains to the scope's latest pack (by createdAt). It is built in a
temporary folder and renamed into place; an existing pack is never
overwritten, and a failed pack leaves nothing behind.

verify options:
  --key <pub.pem>         An Ed25519 public key to check signatures with; may be
                          repeated. Giving one requires a valid signature by a
                          given key: an unsigned pack then fails, as with
                          --require-signature.
  --require-signature     Fail an unsigned pack, or one whose signature was not
                          checked with --key. Without it and without --key, both
                          pass with a warning.
  --json                  Print the report (schemas/evidence-verify-report.schema.json).

verify checks that the pack sits in the folder of its manifest's scope and id
(<root>/<scope>/<id>/: a pack copied into another pack's folder fails), every
file digest (tampered, truncated, missing, extra files, names that are not
UTF-8), the statement's subjects and manifest digest, the signatures, and the
chain back to the scope's first pack, and names each problem. manifest.json,
statement.json and statement.dsse.json must be I-JSON (RFC 7493: UTF-8, no
duplicate keys), each file listed once. It needs no network.

Exit codes: pack 0 written, 2 usage error or unreadable input (nothing written);
verify 0 intact, 1 verification failed, 2 usage error or unreadable input.

Examples:
  openssl genpkey -algorithm ed25519 -out key.pem && openssl pkey -in key.pem -pubout -out pub.pem
  pilot-gate evidence pack --scope story --id S-PC-01 --commit $(git rev-parse HEAD) \\
    --report smoke.json --file reports/ --sign-key-file key.pem
  pilot-gate evidence verify evidence/story/S-PC-01 --key pub.pem --require-signature
`,
  release: `Decide whether a release may be tagged (the release workflow's gate), and publish it.

Usage: ${USAGE.release}

Options:
  --version <v>       The version to tag: vX.Y.Z for ga, vX.Y.Z-rc.N for rc (the v
                      may be left out).
  --kind <rc|ga>      A release candidate or a general-availability release.
  --sha <sha>         The full commit id to tag (resolve a ref with git rev-parse).
  --readiness <path>  The readiness report on that commit (pilot-gate readiness
                      --report); a NO-GO, or a report on another commit, refuses.
  --json              Print the decision as JSON.

Refuses, with every reason, when the version does not match its kind, is not
above the last release of that kind (semver order: rc.10 > rc.9 > ... and
v1.2.0-rc.N < v1.2.0), already exists, or readiness is NO-GO (the blockers
are listed). Stops with exit 2 on input that contradicts itself: an rc below
the last ga release (the highest vX.Y.Z tag; an rc comes before its ga), a
readiness report whose verdict disagrees with its blockers (GO with blockers,
NO-GO with none), or whose evaluated_at is more than 5 minutes in the future.
The tags are read with git tag --list, so run it in a clone with its tags. It
only decides; nothing is tagged.

Exit codes: 0 may be tagged, 1 refused, 2 usage error, unreadable or
inconsistent input.

publish creates the annotated tag on --sha, its refs/tags/<tag> ref and the
GitHub release (a prerelease for rc) through the API: 3 requests with
GITHUB_TOKEN (contents: write), none with --dry-run. An existing tag is never
moved: it refuses and nothing is overwritten. Notes past GitHub's
125,000-character limit are truncated with a note. --message sets the tag's
message (default "<tag> (release) on <sha>").
Exit codes: 0 published (or the dry run), 1 refused (the tag exists), 2 usage
error, unreadable notes or a GitHub failure (it says what was created).

Examples:
  pilot-gate release decide --version v1.2.0-rc.1 --kind rc --sha $(git rev-parse HEAD) \\
    --readiness readiness.json
  GITHUB_TOKEN=$(gh auth token) pilot-gate release publish --repo acme/app --tag v1.2.0-rc.1 \\
    --kind rc --sha $(git rev-parse HEAD) --notes-file notes.md --dry-run
`,
  rollback: `Plan a rollback: the last release whose evidence says GO, and the steps to it;
run makes the first three, lift the last once smoke is green on the target.

Usage: ${USAGE.rollback}

Options:
  --repo <owner/name>     The repository (default GITHUB_REPOSITORY).
  --from <tag>            The release to roll back (default the newest release pack).
  --config <path>         A local config instead of the repository's.
  --key <pub.pem>         The evidence public key (Ed25519 PEM; may be repeated):
                          a pack whose statement.json is not signed by one of
                          them (statement.dsse.json) is passed over.
  --dry-run               run and lift: read everything and say what each step
                          would do, writing nothing.
  --sign-key-file <pem>   run only: sign the incident pack with this Ed25519 key
                          (repeatable; or the PEM in PILOT_GATE_SIGNING_KEY).
  --smoke-report <file>   lift: the smoke gate's JSON report, run on the
                          rollback target's commit (the action's sha input or
                          pilot-gate smoke --sha records it).
  --incident <number>     lift: the incident issue, where the postmortem link
                          may also be.
  --json                  Print the plan (and for run each step, for lift the
                          lift) as JSON.

The target is the newest release below --from whose evidence pack
(evidence/release/<tag>/statement.json on the pilot-evidence branch, which
the release workflow commits only on GO) records a readiness verdict of GO,
with the commit it names. Packs that are missing, unreadable or not GO are
passed over with the reason; at most ${ROLLBACK_MAX_PACKS} are read. Tags and release
notes are not trusted: either can be made or edited by hand. With --key, a
pack must also be signed by one of the keys (unsigned, altered or signed by
another key: passed over, never taken as GO); without one the plan says
signatures were not checked. plan reads
with GITHUB_TOKEN (Contents: Read) and writes nothing.

run makes three steps, each once; a second run finds each one done and
writes nothing more:
  1. freeze: the freeze issue (labelled incidents.freeze_label, so merges
     stop while it is open), found again by its marker whoever opened it
     (open, or closed in the last 90 days: a run after the lift freezes
     nothing). Needs incidents.enabled (otherwise the label would freeze
     nothing, and it refuses).
  2. preserve-evidence: an incident pack, evidence/incident/rollback-<from>
     on pilot-evidence, chained and signed like any pack: the freeze issue,
     the release rolled back and the target (tag, commit), the check runs on
     the rolled-back commit that did not succeed (a list that cannot be
     read whole is recorded as not read), and the commands to reproduce
     (git checkout <commit>, then smoke.commands). Packs are never
     overwritten.
  3. revert, as rollback.mode says: revert-pr (default) opens a PR to the
     default branch from pilot-gate/rollback-<from>, whose one commit has
     the target's tree on the default branch's head; a branch already there
     with another tree is refused, never forced. deploy-ref moves the
     branch rollback.deploy_ref to the target commit.
Each step says whether it was done now, would be done (--dry-run) or was
already done. Left to do: re-run the smoke gate on the target's commit (the
rollback workflow's smoke job; a PR opened with a workflow's GITHUB_TOKEN
starts no workflow runs), then lift.
GITHUB_TOKEN needs contents: write, pull-requests: write and issues: write
(in a workflow: permissions: contents: write, pull-requests: write,
issues: write); a revert that changes .github/workflows/ also needs
Workflows: Read and write, which a workflow's GITHUB_TOKEN cannot have.

lift closes the freeze issue run opened (found by its marker) only when the
smoke report passed, ran at least one scenario and records the target's
commit, and a "Postmortem: https://..." line is in the freeze issue's body
or in a comment on it (or on --incident, body or comment) by someone with
write access (author association OWNER, MEMBER or COLLABORATOR). It first
comments a receipt (who: GITHUB_ACTOR, when, the report's sha256, the
link), then closes the issue; an issue already closed is left alone. When a
condition is unmet it writes nothing and names each one.

Exit codes: 0 a target was found (lift: lifted, or lifted already), 1 none
qualifies (lift: a condition is unmet, or there is no freeze issue), 2
usage, input, config or token error (run: or a step GitHub refused; the
steps before it stand; re-run).

Example:
  GITHUB_TOKEN=$(gh auth token) pilot-gate rollback plan --repo acme/app --from v1.4.0
  GITHUB_TOKEN=$(gh auth token) pilot-gate rollback run --repo acme/app --from v1.4.0 --dry-run
  GITHUB_TOKEN=$(gh auth token) pilot-gate rollback lift --repo acme/app --from v1.4.0 \\
    --smoke-report .pilot-gate/smoke-report.json --incident 42 --dry-run
`,
  site: `The readiness site: static HTML built from the evidence branch, for GitHub
Pages or any folder. No script, nothing fetched from elsewhere; works offline.

Usage: ${USAGE.site}

Options:
  --from <dir>            A checkout of the evidence branch (packs under
                          evidence/<scope>/<id>/), e.g. from
                          git worktree add evidence-checkout pilot-evidence.
  --out <dir>             Where to write the site: a new or empty folder, or a
                          site built before (replaced whole).
  --key <pub.pem>         An Ed25519 public key packs must be signed with; may be
                          repeated. An unsigned pack then fails verification.
  --config <path>         Also take the keys of readiness.evidence_keys in this
                          config (the keys the App trusts), as with --key.
  --require-signature     Fail unsigned packs even without --key.
  --json                  Print what was built as JSON.

Every pack is verified as pilot-gate evidence verify does (files, statement,
signature, chain) before anything in it is read. A pack that fails is shown as
failed, with why, and feeds no verdict, figure or trend.

Pages: index.html (current readiness verdict and criteria, the last GO/NO-GO
per release with its evidence digest), trends.html (scenario success rate per
day and per scenario against the threshold, smoke pass rate per suite,
incidents opened and closed by severity, SLA breaches, protection tier per
branch), summary.html (the pilot summary), and a page per release and pilot run.

Exit codes: 0 built (failed packs are shown on the site and listed on stderr),
2 usage error or unreadable input (nothing replaced).

Example:
  git worktree add evidence-checkout pilot-evidence
  pilot-gate site build --from evidence-checkout --out site
`,
  incidents: `SLA clocks and escalation for incidents: open issues with a severity label
(incidents.severity_labels in ${CONFIG_PATH}). Each incident runs three
clocks from when it was opened: ack (a comment or an assignment by someone
with incidents.maintainer_permission or higher), contain (a contained label)
and recover (a recovered label, or closing it), with targets per severity in
incidents.sla. Each breached clock escalates one level along the chain of
the incident's severity (incidents.escalation.critical, .high or .medium):
one comment mentioning that level's people, then the
label escalation:<name>, so a sweep run again escalates nothing new.

The sweep also checks what the App checks on events, for items no event
touched: every open item labelled incidents.blocked.label (the fields it
must state, and escalation once it has been blocked longer than one cycle),
the repeated-P0 trigger (incidents.p0_trigger) and the critical-replay
trigger (incidents.triggers.replay), each opening a freeze issue (once)
when tripped.

Usage: ${USAGE.incidents}

Commands:
  sweep               Check every open incident and blocked item, escalate
                      those due, and check the repeated-P0 and critical-replay
                      triggers.
  restore-report <file>
                      Judge a restore drill's JSON report against
                      incidents.triggers.restore (RPO/RTO): outside them, open
                      the trigger's freeze issue, once per drill. A report
                      missing a field is refused (exit 1), never passed.

Options:
  --repo owner/name   The repository. Default: GITHUB_REPOSITORY.
  --config <path>     A local config file. Default: ${CONFIG_PATH} on the
                      repository's default branch, read through the API as
                      the App reads it (the defaults when it has none).
  --now <time>        The instant the clocks are read at (ISO 8601). Default: now.
  --dry-run           Write nothing; print the escalations that are due.
                      check.dry_run in the config does the same.
  --json              Print the report as JSON.
  -h, --help          Show this help.

Needs GITHUB_TOKEN with Issues: Read and write (Read with --dry-run) and
Contents: Read. Nothing is swept while incidents.enabled is off. The timeline
of an incident is read only when an escalation could be due. Bots never
acknowledge an incident.

Exit codes: 0 the sweep completed (escalations made or not), 1 some incident,
blocked item or the trigger could not be checked (the rest was), 2 usage,
config or token error.

Examples:
  GITHUB_TOKEN=$(gh auth token) pilot-gate incidents sweep --repo acme/app --dry-run
  pilot-gate incidents restore-report restore-drill.json --repo acme/app
  pilot-gate incidents sweep --repo acme/app --json
`,
  cycle: `Cycle exit gates: the cycles declared under cycles: in ${CONFIG_PATH}, each
with a window, its stories (or a wave) and exit criteria from a fixed
vocabulary: stories_merged_green (every story's PR merged with
required-check green), evidence_published (evidence/story/<id>/ on the
evidence branch), no_open_critical (no open critical incident) and
report_passed: <name> (the newest reports/<name>.json in an evidence pack
says PASS, evaluated within the window). A PR carries a story when its
branch (rules.branch-name.patterns) or its title names the id. Whatever
cannot be read, or is read only in part, counts as not met. Writes
nothing; the App posts the same as the pilot-gate/cycle check on the
default branch.

Usage: ${USAGE.cycle}

Commands:
  status              Each cycle's criteria met or not, with links, and each
                      story done, pending or blocked.

Options:
  --repo owner/name   The repository. Default: GITHUB_REPOSITORY.
  --config <path>     A local config file. Default: ${CONFIG_PATH} on the
                      repository's default branch, read through the API as
                      the App reads it.
  --now <time>        The instant cycles are judged at (ISO 8601). Default: now.
  --json              Print the report as JSON.
  --markdown          Print the report as Markdown (for a job summary).
  -h, --help          Show this help.

Needs GITHUB_TOKEN with Pull requests: Read, Checks: Read, Issues: Read and
Contents: Read.
The App's required-check is told from a workflow's by the App's id:
protection.app_id in the config, else APP_ID; without either, merged
stories' checks are unknown.

Exit codes: 0 every started cycle met its exit criteria, 1 one has not,
2 usage, config or token error.

Examples:
  GITHUB_TOKEN=$(gh auth token) pilot-gate cycle status --repo acme/app
  pilot-gate cycle status --repo acme/app --markdown >> "$GITHUB_STEP_SUMMARY"
`,
  doctor: `Preflight of a repository before a pilot, run in its checkout: one line per
check, with the fix when it fails.

  config          ${CONFIG_PATH} (or --config) is valid.
  token           GITHUB_TOKEN reads the repository as an admin.
  protection      Branch protection is Applied (as pilot-gate protection plan).
  labels          NO_MERGE and, with incidents.enabled, the severity, freeze,
                  blocked and needs-info labels exist.
  issue-forms     With incidents.enabled, forms open incidents and blocked items.
  workflows       .github/workflows has workflows, every action pinned by SHA.
  secrets         Every secret the workflows read is set (names only).
  signing-keys    readiness.evidence_keys are Ed25519 public keys in the checkout.
  pilot-manifest  readiness.manifest (pilot.yml) exists and is valid.

A check that needs what an earlier one lacks (a valid config, a token) is
skipped, never passed.

Usage: ${USAGE.doctor}

Options:
  --repo owner/name   The repository. Default: GITHUB_REPOSITORY.
  --config <path>     The config file. Default: ${CONFIG_PATH} in this directory.
  --app-id <id>       The App id required-check is pinned to. Default:
                      protection.app_id, else APP_ID.
  --json              Print the checks as JSON.
  -h, --help          Show this help.

Needs GITHUB_TOKEN of an admin (or a fine-grained token with Administration,
Issues, Metadata and Secrets: Read). Writes nothing.

Exit codes: 0 every check passed (or was skipped), 1 a check failed, 2 usage.

Examples:
  GITHUB_TOKEN=$(gh auth token) pilot-gate doctor --repo acme/app --app-id 123456
`,
};
