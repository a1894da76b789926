import { createRequire as __pilotGateCreateRequire } from "node:module";
const require = __pilotGateCreateRequire(import.meta.url);
import {
  ISSUE_COMMAND_OPTIONS,
  explainGitHub,
  pilotGitHub,
  stepText,
  syncIssuesIn,
  writesText
} from "./chunk-D2O7JD5B.js";
import "./chunk-M7KZ5GNS.js";
import {
  readManifest,
  readRoster,
  replaceFile,
  runFolder
} from "./chunk-4VAZZWA6.js";
import "./chunk-NPJITCEG.js";
import {
  HELP
} from "./chunk-5EA3RFOC.js";
import "./chunk-XEQG24DF.js";
import {
  ArgumentError,
  parseOrExplain,
  timeOption
} from "./chunk-IYG7IW7E.js";
import {
  readReviewRecord
} from "./chunk-DCTLDB44.js";
import {
  parseAssignee,
  readPilotIssueMarker,
  renderReviewBody,
  reviewTitle
} from "./chunk-SVY4FNVW.js";
import {
  ROSTER_FILE,
  findCandidate,
  isUnderReview,
  renderRoster
} from "./chunk-NFE4XZOK.js";
import "./chunk-IDXLIXZT.js";
import {
  isDryRun
} from "./chunk-4GTL7U6X.js";
import "./chunk-AN4NO4AL.js";
import {
  appIdOf
} from "./chunk-LBUZFIWL.js";
import "./chunk-KG6TQEDJ.js";
import "./chunk-HQDJENAB.js";
import "./chunk-GY54ZMGU.js";
import "./chunk-PPUIZ7VU.js";
import "./chunk-T2NOWLVF.js";
import {
  loadConfig
} from "./chunk-4YV5M6XR.js";
import {
  displayPath
} from "./chunk-SSP7UEET.js";
import {
  safeText
} from "./chunk-EYTOIYXU.js";
import "./chunk-XRWPT2AM.js";
import "./chunk-ZMO2NGHV.js";
import {
  UsageError
} from "./chunk-E3QZQHHB.js";
import "./chunk-VUTGOOYN.js";
import "./chunk-MSUCSWVI.js";
import "./chunk-TXBVCHSZ.js";

// cli/commands/pilot/review.ts
import { join } from "node:path";
import { parseArgs } from "node:util";

// core/gates/pilot/review.ts
function applyResolution(roster, resolution) {
  let candidate = findCandidate(roster, resolution.client);
  if (!isUnderReview(candidate.class))
    throw new UsageError(
      `${candidate.id} is ${candidate.class}, not under review; only REVISAR_CONTATO and REVISAR_PERFIL candidates are decided (its receipts: ${candidate.receipts.length})`
    );
  let technical = resolution.technicalContact?.trim() || candidate.technical_contact, business = resolution.businessContact?.trim() || candidate.business_contact;
  if (resolution.decision === "accept") {
    let missing = [
      ...technical ? [] : ["--technical-contact"],
      ...business ? [] : ["--business-contact"]
    ];
    if (missing.length > 0)
      throw new UsageError(
        `${candidate.id} cannot be accepted without both contacts; pass ${missing.join(" and ")} "<name and email>" with the decision`
      );
  }
  let to = resolution.decision === "accept" ? "SUGERIDO" : "DESCARTADO", updated = {
    ...candidate,
    class: to,
    technical_contact: technical,
    business_contact: business,
    receipts: [
      ...candidate.receipts,
      {
        decision: resolution.decision,
        by: resolution.by,
        at: resolution.at,
        reason: resolution.reason,
        from: candidate.class,
        to,
        ...resolution.issue !== void 0 ? { issue: resolution.issue } : {},
        ...resolution.receipt !== void 0 ? { receipt: resolution.receipt } : {}
      }
    ]
  };
  return {
    ...roster,
    candidates: roster.candidates.map((c) => c.id === candidate.id ? updated : c)
  };
}
function applyReviewRecords(roster, records) {
  let current = roster, results = [];
  for (let record of records) {
    let base = { client: record.client, issue: record.issue, receipt: record.receipt }, candidate = current.candidates.find((c) => c.id === record.client);
    if (candidate?.receipts.some((r) => r.receipt === record.receipt)) {
      results.push({ ...base, status: "unchanged", detail: "already in the roster" });
      continue;
    }
    try {
      current = applyResolution(current, {
        client: record.client,
        decision: record.decision,
        by: record.actor,
        reason: record.reason,
        at: record.at,
        issue: record.issue,
        receipt: record.receipt
      });
      let after = current.candidates.find((c) => c.id === record.client);
      results.push({
        ...base,
        status: "applied",
        detail: `${candidate?.class} -> ${after?.class} (${record.decision} by ${record.actor})`
      });
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      results.push({ ...base, status: "refused", detail: error.message });
    }
  }
  return { roster: current, results };
}
function rosterBranch(pilot) {
  return `pilot-gate/roster-${pilot.replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^[.-]+|[.-]+$/g, "").replace(/\.{2,}/g, ".").slice(0, 64) || "pilot"}`;
}

// engine/pilot/review-receipts.ts
async function readReviewReceipts(deps, request) {
  let issues = (await deps.gh.listAllIssues(request.label)).flatMap((issue) => {
    let marker = readPilotIssueMarker("pilot-review", issue.body);
    return marker?.pilot === request.pilot ? [{ issue, client: marker.client }] : [];
  }).sort((a, b) => a.issue.number - b.issue.number), found = [];
  for (let { issue, client } of issues) {
    let ignored = 0, record;
    for (let comment of await deps.gh.listComments(issue.number)) {
      let read = readReviewRecord(comment.body);
      if (!read) continue;
      if (!(request.appId === void 0 ? comment.author.type === "Bot" : comment.author.type === "Bot" && comment.appId === request.appId)) {
        ignored++;
        continue;
      }
      read.outcome === "done" && read.issue === issue.number && read.pilot === request.pilot && read.client === client && record === void 0 && (record = read);
    }
    found.push({ issue: issue.number, client, state: issue.state, record, ignored });
  }
  return found;
}

// cli/commands/pilot/review.ts
var OPTIONS = {
  reviewer: { type: "string" },
  "min-score": { type: "string" },
  run: { type: "string" },
  ...ISSUE_COMMAND_OPTIONS
}, RESOLVE_OPTIONS = {
  client: { type: "string" },
  decision: { type: "string" },
  by: { type: "string" },
  reason: { type: "string" },
  "technical-contact": { type: "string" },
  "business-contact": { type: "string" },
  issue: { type: "string" },
  run: { type: "string" },
  now: { type: "string" },
  "from-issues": { type: "boolean", default: !1 },
  repo: ISSUE_COMMAND_OPTIONS.repo,
  dir: ISSUE_COMMAND_OPTIONS.dir,
  config: ISSUE_COMMAND_OPTIONS.config,
  json: ISSUE_COMMAND_OPTIONS.json,
  help: ISSUE_COMMAND_OPTIONS.help
}, BY_HAND = [
  "client",
  "decision",
  "by",
  "reason",
  "technical-contact",
  "business-contact",
  "issue"
];
async function runPilotReview(args, io) {
  if (args[0] === "resolve") return resolve(args.slice(1), io);
  let { values } = parseOrExplain(
    Object.keys(OPTIONS),
    () => parseArgs({ args, options: OPTIONS, strict: !0, allowPositionals: !1 })
  );
  if (values.help)
    return io.stdout.write(HELP.pilot), 0;
  let reviewer = who("--reviewer", values.reviewer), { config } = await loadConfig(io.cwd, values.config), minScore = score(values["min-score"]) ?? config.pilot.recommend.min_score, folder = await runFolder(io.cwd, { run: values.run, dir: values.dir }), { manifest } = await readManifest(io.cwd, values.dir), { roster, path } = await readRoster(io.cwd, folder), shownRoster = displayPath(io.cwd, path), underReview = roster.candidates.filter((c) => isUnderReview(c.class)), reviewed = underReview.filter((c) => c.score >= minScore), below = underReview.filter((c) => c.score < minScore), dryRun = isDryRun({ dryRun: values["dry-run"] }, config), label = config.pilot.review.label, { synced, repository } = await syncIssuesIn(
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
          label
        }),
        labels: [label],
        assignees: reviewer.kind === "user" ? [reviewer.login] : []
      }))
    },
    dryRun
  ), numbers = new Map(
    synced.flatMap(
      (s) => s.number !== void 0 && (s.made || s.action !== "create") ? [[s.client, s.number]] : []
    )
  ), recorded = roster.candidates.some(
    (c) => numbers.has(c.id) && c.review_issue !== numbers.get(c.id)
  );
  if (recorded && await replaceFile(
    path,
    renderRoster({
      ...roster,
      candidates: roster.candidates.map((c) => {
        let number = numbers.get(c.id);
        return number === void 0 ? c : { ...c, review_issue: number };
      })
    })
  ), values.json)
    return io.stdout.write(
      `${JSON.stringify({ version: 1, kind: "pilot-review", dry_run: dryRun, repository, min_score: minScore, issues: synced.map((s) => ({ ...s, class: reviewed.find((c) => c.id === s.client)?.class })), below_min_score: below.map((c) => c.id) }, null, 2)}
`
    ), 0;
  let lines = synced.map((s) => {
    let candidate = reviewed.find((c) => c.id === s.client);
    return `${stepText(s)}: ${s.client} ${candidate?.name} (${candidate?.class}, score ${candidate?.score})`;
  });
  for (let c of below)
    lines.push(
      `not reviewed: ${c.id} ${c.name} (${c.class}, score ${c.score} below --min-score ${minScore}): it stays out of the pilot`
    );
  return lines.push(
    `${reviewed.length} review issue(s) in ${repository} labelled ${label}: ${writesText(synced)}${recorded ? `; their numbers recorded in ${shownRoster}` : ""}.`
  ), io.stdout.write(safeText(`${lines.join(`
`)}
`)), 0;
}
async function resolve(args, io) {
  let { values } = parseOrExplain(
    Object.keys(RESOLVE_OPTIONS),
    () => parseArgs({ args, options: RESOLVE_OPTIONS, strict: !0, allowPositionals: !1 })
  );
  if (values.help)
    return io.stdout.write(HELP.pilot), 0;
  if (values["from-issues"]) {
    let given = BY_HAND.filter((option) => values[option] !== void 0);
    if (given.length > 0)
      throw new ArgumentError(
        `--from-issues reads each decision from the review issues, so ${given.map((o) => `--${o}`).join(", ")} cannot be given with it`,
        "drop them, or record one decision by hand without --from-issues"
      );
    return fromIssues(values, io);
  }
  if (values.repo !== void 0)
    throw new ArgumentError(
      "--repo only goes with --from-issues",
      "a decision recorded by hand reads no repository; drop --repo, or add --from-issues"
    );
  let client = required("--client", values.client, "the candidate's id, e.g. --client DELTA-04"), decision = values.decision;
  if (decision !== "accept" && decision !== "reject")
    throw new ArgumentError(
      decision === void 0 ? "--decision is required" : `--decision "${decision}" is not one`,
      "use --decision accept or --decision reject"
    );
  let by = who("--by", values.by);
  if (by.kind !== "user")
    throw new ArgumentError(
      "--by names a team",
      "a receipt names the person who decided: --by <login>"
    );
  let reason = required(
    "--reason",
    values.reason,
    'say why, e.g. --reason "demo account approved by sales"'
  ), issue = values.issue === void 0 ? void 0 : Number(values.issue);
  if (issue !== void 0 && !(Number.isInteger(issue) && issue > 0))
    throw new ArgumentError(`--issue "${values.issue}" is not an issue number`, "e.g. --issue 12");
  let now = timeOption("--now", values.now) ?? io.now?.() ?? /* @__PURE__ */ new Date(), folder = await runFolder(io.cwd, { run: values.run, dir: values.dir }), { roster, path } = await readRoster(io.cwd, folder), before = roster.candidates.find((c) => c.id === client), updated = applyResolution(roster, {
    client,
    decision,
    by: by.login,
    reason,
    at: now.toISOString(),
    ...values["technical-contact"] !== void 0 ? { technicalContact: values["technical-contact"] } : {},
    ...values["business-contact"] !== void 0 ? { businessContact: values["business-contact"] } : {},
    ...issue ?? before?.review_issue ? { issue: issue ?? before?.review_issue } : {}
  });
  await replaceFile(path, renderRoster(updated));
  let receipt = updated.candidates.find((c) => c.id === client)?.receipts.at(-1);
  return values.json ? io.stdout.write(
    `${JSON.stringify({ version: 1, kind: "pilot-review-resolve", roster: displayPath(io.cwd, path), client, receipt }, null, 2)}
`
  ) : io.stdout.write(
    safeText(
      `${client}: ${receipt?.from} -> ${receipt?.to} (${decision} by ${by.login} at ${receipt?.at}: ${reason}); receipt recorded in ${displayPath(io.cwd, join(folder, ROSTER_FILE))}.
`
    )
  ), 0;
}
async function fromIssues(values, io) {
  let { config } = await loadConfig(io.cwd, values.config), folder = await runFolder(io.cwd, { run: values.run, dir: values.dir }), { manifest } = await readManifest(io.cwd, values.dir), { roster, path } = await readRoster(io.cwd, folder), shownRoster = displayPath(io.cwd, path), { deps, repository } = pilotGitHub(io, values.repo), appId = appIdOf(config, io.env), found = await explainGitHub(
    `read the review issues in ${repository}`,
    () => readReviewReceipts(deps, { label: config.pilot.review.label, pilot: manifest.name, appId })
  ), decided = found.flatMap((issue) => issue.record ? [issue.record] : []), { roster: updated, results } = applyReviewRecords(roster, decided), changed = results.some((result) => result.status === "applied");
  changed && await replaceFile(path, renderRoster(updated));
  let undecided = found.filter((issue) => !issue.record), ignored = found.reduce((sum, issue) => sum + issue.ignored, 0), refused = results.filter((result) => result.status === "refused");
  if (values.json)
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
            state: issue.state
          })),
          ignored_receipts: ignored,
          receipts_from: appId === void 0 ? "any-bot" : { app_id: appId }
        },
        null,
        2
      )}
`
    );
  else {
    let lines = results.map(
      (r) => `#${r.issue} ${r.client}: ${r.status} (${r.detail}; receipt ${r.receipt})`
    );
    for (let issue of undecided)
      lines.push(
        `#${issue.issue} ${issue.client}: undecided (${issue.state}, no receipt from the App)`
      );
    ignored > 0 && lines.push(
      `${ignored} receipt(s) typed by a person or posted by another app ignored: only the App's count`
    ), appId === void 0 && lines.push(
      "receipts by any bot were trusted: set protection.app_id in the config (or APP_ID) to trust only the App's"
    ), lines.push(
      `${found.length} review issue(s) of pilot ${manifest.name} in ${repository}: ${results.filter((r) => r.status === "applied").length} decision(s) applied, ${results.filter((r) => r.status === "unchanged").length} already in the roster, ${refused.length} refused; ${shownRoster} ${changed ? "updated" : "unchanged"}.`
    ), io.stdout.write(safeText(`${lines.join(`
`)}
`));
  }
  return refused.length > 0 ? 1 : 0;
}
function required(option, value, hint) {
  if (value === void 0 || value.trim() === "")
    throw new ArgumentError(`${option} is required`, hint);
  return value.trim();
}
function who(option, value) {
  let text = required(option, value, `${option} <login> or ${option} <org>/<team>`), parsed = parseAssignee(text);
  if (parsed === void 0)
    throw new ArgumentError(
      `${option} "${text}" is neither a GitHub login nor a team`,
      "expected a login (octocat) or a team (acme/pilot-reviewers)"
    );
  return parsed;
}
function score(value) {
  if (value === void 0) return;
  let n = Number(value);
  if (!/^\d{1,3}$/.test(value) || n > 100)
    throw new ArgumentError(
      `--min-score "${value}" is not a score`,
      "a whole number from 0 to 100"
    );
  return n;
}
export {
  runPilotReview
};
