import { join } from "node:path";
import { parseArgs } from "node:util";
import {
  type Assignee,
  parseAssignee,
  renderReviewBody,
  reviewTitle,
} from "../../../core/gates/pilot/issues.js";
import { applyResolution } from "../../../core/gates/pilot/review.js";
import { isUnderReview, ROSTER_FILE, renderRoster } from "../../../core/gates/pilot/roster.js";
import { safeText } from "../../../core/render/safe-text.js";
import { loadConfig } from "../../../engine/config/checkout.js";
import { displayPath } from "../../../engine/io.js";
import { isDryRun } from "../../../engine/options.js";
import { ArgumentError, parseOrExplain, timeOption } from "../../args.js";
import { HELP } from "../../help.js";
import type { ClockedIO } from "../readiness.js";
import { ISSUE_COMMAND_OPTIONS, stepText, syncIssuesIn, writesText } from "./github.js";
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
  dir: { type: "string", default: "." },
  now: { type: "string" },
  json: { type: "boolean", default: false },
  help: { type: "boolean", short: "h", default: false },
} as const;

/**
 * `pilot-gate pilot review --reviewer <who>`: one review issue per
 * candidate under review (REVISAR_*) scoring at least --min-score, found
 * again by its marker and updated rather than duplicated; the issue numbers
 * are recorded in the roster. `pilot review resolve` records a decision.
 * Exit 0 done, 2 usage, config or GitHub error.
 */
export async function runPilotReview(args: string[], io: ClockedIO): Promise<number> {
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
async function resolve(args: string[], io: ClockedIO): Promise<number> {
  const { values } = parseOrExplain(Object.keys(RESOLVE_OPTIONS), () =>
    parseArgs({ args, options: RESOLVE_OPTIONS, strict: true, allowPositionals: false }),
  );
  if (values.help) {
    io.stdout.write(HELP.pilot);
    return 0;
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
