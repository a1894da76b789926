import { join } from "node:path";
import { parseArgs } from "node:util";
import {
  type Assignee,
  parseAssignee,
  renderReviewBody,
  reviewTitle,
} from "../../../core/gates/pilot/issues.js";
import {
  applyResolution,
  applyReviewRecords,
  rosterBranch,
} from "../../../core/gates/pilot/review.js";
import { isUnderReview, ROSTER_FILE, renderRoster } from "../../../core/gates/pilot/roster.js";
import { safeText } from "../../../core/render/safe-text.js";
import { loadConfig } from "../../../engine/config/checkout.js";
import type { CliIO } from "../../../engine/io.js";
import { displayPath } from "../../../engine/io.js";
import { isDryRun } from "../../../engine/options.js";
import { readReviewReceipts } from "../../../engine/pilot/review-receipts.js";
import { appIdOf } from "../../../engine/readiness/github-state.js";
import { ArgumentError, parseOrExplain, timeOption } from "../../args.js";
import { HELP } from "../../help.js";
import {
  explainGitHub,
  ISSUE_COMMAND_OPTIONS,
  pilotGitHub,
  stepText,
  syncIssuesIn,
  writesText,
} from "./github.js";
import { readManifest, readRoster, replaceFile, runFolder } from "./run-folder.js";

const OPTIONS = {
  reviewer: { type: "string" },
  "min-score": { type: "string" },
  run: { type: "string" },
  ...ISSUE_COMMAND_OPTIONS,
} as const;

const RESOLVE_OPTIONS = {
  client: { type: "string" },
  decision: { type: "string" },
  by: { type: "string" },
  reason: { type: "string" },
  "technical-contact": { type: "string" },
  "business-contact": { type: "string" },
  issue: { type: "string" },
  run: { type: "string" },
  now: { type: "string" },
  "from-issues": { type: "boolean", default: false },
  repo: ISSUE_COMMAND_OPTIONS.repo,
  dir: ISSUE_COMMAND_OPTIONS.dir,
  config: ISSUE_COMMAND_OPTIONS.config,
  json: ISSUE_COMMAND_OPTIONS.json,
  help: ISSUE_COMMAND_OPTIONS.help,
} as const;

/** The options that name one decision by hand, which --from-issues reads from the issues instead. */
const BY_HAND = [
  "client",
  "decision",
  "by",
  "reason",
  "technical-contact",
  "business-contact",
  "issue",
] as const;

/**
 * `pilot-gate pilot review --reviewer <who>`: one review issue per
 * candidate under review (REVISAR_*) scoring at least --min-score, found
 * again by its marker and updated rather than duplicated; the issue numbers
 * are recorded in the roster. `pilot review resolve` records a decision.
 * Exit 0 done, 2 usage, config or GitHub error.
 */
export async function runPilotReview(args: string[], io: CliIO): Promise<number> {
  if (args[0] === "resolve") return resolve(args.slice(1), io);
  const { values } = parseOrExplain(Object.keys(OPTIONS), () =>
    parseArgs({ args, options: OPTIONS, strict: true, allowPositionals: false }),
  );
  if (values.help) {
    io.stdout.write(HELP.pilot);
    return 0;
  }
  const reviewer = who("--reviewer", values.reviewer);
  const { config } = await loadConfig(io.cwd, values.config);
  const minScore = score(values["min-score"]) ?? config.pilot.recommend.min_score;
  const folder = await runFolder(io.cwd, { run: values.run, dir: values.dir });
  const { manifest } = await readManifest(io.cwd, values.dir);
  const { roster, path } = await readRoster(io.cwd, folder);
  const shownRoster = displayPath(io.cwd, path);
  const underReview = roster.candidates.filter((c) => isUnderReview(c.class));
  const reviewed = underReview.filter((c) => c.score >= minScore);
  const below = underReview.filter((c) => c.score < minScore);
  const dryRun = isDryRun({ dryRun: values["dry-run"] }, config);
  const label = config.pilot.review.label;
  const { synced, repository } = await syncIssuesIn(
    io,
    values.repo,
    {
      kind: "pilot-review",
      pilot: manifest.name,
      label,
      issues: reviewed.map((candidate) => ({
        client: candidate.id,
        title: reviewTitle(manifest.name, candidate),
        body: renderReviewBody(manifest.name, candidate, {
          reviewer,
          minScore,
          roster: shownRoster,
          label,
        }),
        labels: [label],
        assignees: reviewer.kind === "user" ? [reviewer.login] : [],
      })),
    },
    dryRun,
  );
  // Only issues that exist, opened now or before: a dry run opens none.
  const numbers = new Map(
    synced.flatMap((s) =>
      s.number !== undefined && (s.made || s.action !== "create") ? [[s.client, s.number]] : [],
    ),
  );
  const recorded = roster.candidates.some(
    (c) => numbers.has(c.id) && c.review_issue !== numbers.get(c.id),
  );
  if (recorded) {
    await replaceFile(
      path,
      renderRoster({
        ...roster,
        candidates: roster.candidates.map((c) => {
          const number = numbers.get(c.id);
          return number === undefined ? c : { ...c, review_issue: number };
        }),
      }),
    );
  }
  if (values.json) {
    io.stdout.write(
      `${JSON.stringify({ version: 1, kind: "pilot-review", dry_run: dryRun, repository, min_score: minScore, issues: synced.map((s) => ({ ...s, class: reviewed.find((c) => c.id === s.client)?.class })), below_min_score: below.map((c) => c.id) }, null, 2)}\n`,
    );
    return 0;
  }
  const lines = synced.map((s) => {
    const candidate = reviewed.find((c) => c.id === s.client);
    return `${stepText(s)}: ${s.client} ${candidate?.name} (${candidate?.class}, score ${candidate?.score})`;
  });
  for (const c of below) {
    lines.push(
      `not reviewed: ${c.id} ${c.name} (${c.class}, score ${c.score} below --min-score ${minScore}): it stays out of the pilot`,
    );
  }
  lines.push(
    `${reviewed.length} review issue(s) in ${repository} labelled ${label}: ${writesText(synced)}${recorded ? `; their numbers recorded in ${shownRoster}` : ""}.`,
  );
  io.stdout.write(safeText(`${lines.join("\n")}\n`));
  return 0;
}

/** `pilot review resolve`: applies a reviewer's decision to the roster, with its receipt. */
async function resolve(args: string[], io: CliIO): Promise<number> {
  const { values } = parseOrExplain(Object.keys(RESOLVE_OPTIONS), () =>
    parseArgs({ args, options: RESOLVE_OPTIONS, strict: true, allowPositionals: false }),
  );
  if (values.help) {
    io.stdout.write(HELP.pilot);
    return 0;
  }
  if (values["from-issues"]) {
    const given = BY_HAND.filter((option) => values[option] !== undefined);
    if (given.length > 0) {
      throw new ArgumentError(
        `--from-issues reads each decision from the review issues, so ${given.map((o) => `--${o}`).join(", ")} cannot be given with it`,
        "drop them, or record one decision by hand without --from-issues",
      );
    }
    return fromIssues(values, io);
  }
  if (values.repo !== undefined) {
    throw new ArgumentError(
      "--repo only goes with --from-issues",
      "a decision recorded by hand reads no repository; drop --repo, or add --from-issues",
    );
  }
  const client = required("--client", values.client, "the candidate's id, e.g. --client DELTA-04");
  const decision = values.decision;
  if (decision !== "accept" && decision !== "reject") {
    throw new ArgumentError(
      decision === undefined ? "--decision is required" : `--decision "${decision}" is not one`,
      "use --decision accept or --decision reject",
    );
  }
  const by = who("--by", values.by);
  if (by.kind !== "user") {
    throw new ArgumentError(
      "--by names a team",
      "a receipt names the person who decided: --by <login>",
    );
  }
  const reason = required(
    "--reason",
    values.reason,
    'say why, e.g. --reason "demo account approved by sales"',
  );
  const issue = values.issue === undefined ? undefined : Number(values.issue);
  if (issue !== undefined && !(Number.isInteger(issue) && issue > 0)) {
    throw new ArgumentError(`--issue "${values.issue}" is not an issue number`, "e.g. --issue 12");
  }
  const now = timeOption("--now", values.now) ?? io.now?.() ?? new Date();
  const folder = await runFolder(io.cwd, { run: values.run, dir: values.dir });
  const { roster, path } = await readRoster(io.cwd, folder);
  const before = roster.candidates.find((c) => c.id === client);
  const updated = applyResolution(roster, {
    client,
    decision,
    by: by.login,
    reason,
    at: now.toISOString(),
    ...(values["technical-contact"] !== undefined
      ? { technicalContact: values["technical-contact"] }
      : {}),
    ...(values["business-contact"] !== undefined
      ? { businessContact: values["business-contact"] }
      : {}),
    ...((issue ?? before?.review_issue) ? { issue: issue ?? before?.review_issue } : {}),
  });
  await replaceFile(path, renderRoster(updated));
  const after = updated.candidates.find((c) => c.id === client);
  const receipt = after?.receipts.at(-1);
  if (values.json) {
    io.stdout.write(
      `${JSON.stringify({ version: 1, kind: "pilot-review-resolve", roster: displayPath(io.cwd, path), client, receipt }, null, 2)}\n`,
    );
  } else {
    io.stdout.write(
      safeText(
        `${client}: ${receipt?.from} -> ${receipt?.to} (${decision} by ${by.login} at ${receipt?.at}: ${reason}); receipt recorded in ${displayPath(io.cwd, join(folder, ROSTER_FILE))}.\n`,
      ),
    );
  }
  return 0;
}

/**
 * `pilot review resolve --from-issues`: applies the decision receipts the
 * App wrote on the pilot's review issues to the roster (see
 * `readReviewReceipts`, `applyReviewRecords`). A receipt already applied
 * leaves the roster as it is. Exit 0 when every receipt found is applied
 * or already was, 1 when one could not be (the others are still written),
 * 2 on a usage, config or GitHub error.
 */
async function fromIssues(
  values: { run?: string; dir: string; repo?: string; config?: string; json: boolean },
  io: CliIO,
): Promise<number> {
  const { config } = await loadConfig(io.cwd, values.config);
  const folder = await runFolder(io.cwd, { run: values.run, dir: values.dir });
  const { manifest } = await readManifest(io.cwd, values.dir);
  const { roster, path } = await readRoster(io.cwd, folder);
  const shownRoster = displayPath(io.cwd, path);
  const { deps, repository } = pilotGitHub(io, values.repo);
  // The App's id (config, else APP_ID, as the other commands take it): only
  // its receipts count. Unknown, any bot's do, and the report says so.
  const appId = appIdOf(config, io.env);
  const found = await explainGitHub(`read the review issues in ${repository}`, () =>
    readReviewReceipts(deps, { label: config.pilot.review.label, pilot: manifest.name, appId }),
  );
  const decided = found.flatMap((issue) => (issue.record ? [issue.record] : []));
  const { roster: updated, results } = applyReviewRecords(roster, decided);
  const changed = results.some((result) => result.status === "applied");
  // A local file, reviewed in the PR the roster workflow opens: no dry run is needed to see it.
  if (changed) await replaceFile(path, renderRoster(updated));
  const undecided = found.filter((issue) => !issue.record);
  const ignored = found.reduce((sum, issue) => sum + issue.ignored, 0);
  const refused = results.filter((result) => result.status === "refused");
  if (values.json) {
    io.stdout.write(
      `${JSON.stringify(
        {
          version: 1,
          kind: "pilot-review-resolve-issues",
          repository,
          pilot: manifest.name,
          branch: rosterBranch(manifest.name),
          roster: shownRoster,
          changed,
          results,
          undecided: undecided.map((issue) => ({
            issue: issue.issue,
            client: issue.client,
            state: issue.state,
          })),
          ignored_receipts: ignored,
          receipts_from: appId === undefined ? "any-bot" : { app_id: appId },
        },
        null,
        2,
      )}\n`,
    );
  } else {
    const lines = results.map(
      (r) => `#${r.issue} ${r.client}: ${r.status} (${r.detail}; receipt ${r.receipt})`,
    );
    for (const issue of undecided) {
      lines.push(
        `#${issue.issue} ${issue.client}: undecided (${issue.state}, no receipt from the App)`,
      );
    }
    if (ignored > 0) {
      lines.push(
        `${ignored} receipt(s) typed by a person or posted by another app ignored: only the App's count`,
      );
    }
    if (appId === undefined) {
      lines.push(
        "receipts by any bot were trusted: set protection.app_id in the config (or APP_ID) to trust only the App's",
      );
    }
    lines.push(
      `${found.length} review issue(s) of pilot ${manifest.name} in ${repository}: ${results.filter((r) => r.status === "applied").length} decision(s) applied, ${results.filter((r) => r.status === "unchanged").length} already in the roster, ${refused.length} refused; ${shownRoster} ${changed ? "updated" : "unchanged"}.`,
    );
    io.stdout.write(safeText(`${lines.join("\n")}\n`));
  }
  return refused.length > 0 ? 1 : 0;
}

function required(option: string, value: string | undefined, hint: string): string {
  if (value === undefined || value.trim() === "")
    throw new ArgumentError(`${option} is required`, hint);
  return value.trim();
}

function who(option: string, value: string | undefined): Assignee {
  const text = required(option, value, `${option} <login> or ${option} <org>/<team>`);
  const parsed = parseAssignee(text);
  if (parsed === undefined) {
    throw new ArgumentError(
      `${option} "${text}" is neither a GitHub login nor a team`,
      `expected a login (octocat) or a team (acme/pilot-reviewers)`,
    );
  }
  return parsed;
}

function score(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d{1,3}$/.test(value) || n > 100) {
    throw new ArgumentError(
      `--min-score "${value}" is not a score`,
      "a whole number from 0 to 100",
    );
  }
  return n;
}
