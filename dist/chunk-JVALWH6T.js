import { createRequire as __pilotGateCreateRequire } from "node:module";
const require = __pilotGateCreateRequire(import.meta.url);
import {
  ISSUE_COMMAND_OPTIONS,
  parseAssignee,
  renderReviewBody,
  reviewTitle,
  stepText,
  syncIssuesIn,
  writesText
} from "./chunk-2NMEPWPB.js";
import "./chunk-NSX4HOON.js";
import {
  ROSTER_FILE,
  findCandidate,
  isUnderReview,
  readManifest,
  readRoster,
  renderRoster,
  replaceFile,
  runFolder
} from "./chunk-DZG2N2AE.js";
import "./chunk-Y7OWBX3Y.js";
import {
  HELP
} from "./chunk-MYW64MZF.js";
import "./chunk-XEQG24DF.js";
import {
  ArgumentError,
  parseOrExplain,
  timeOption
} from "./chunk-IYG7IW7E.js";
import "./chunk-DP3LUILY.js";
import {
  isDryRun
} from "./chunk-J7EXTX67.js";
import "./chunk-R2AMOFB3.js";
import "./chunk-PUKTEUKC.js";
import "./chunk-UTKOLN76.js";
import "./chunk-F5MFOMUO.js";
import {
  loadConfig
} from "./chunk-KMDGGVVW.js";
import {
  displayPath
} from "./chunk-DHR4YBZ7.js";
import {
  safeText
} from "./chunk-EYTOIYXU.js";
import "./chunk-GFMFSFFO.js";
import "./chunk-ZMO2NGHV.js";
import {
  UsageError
} from "./chunk-E3QZQHHB.js";
import "./chunk-IDLGL5PL.js";
import "./chunk-LFSF5ETV.js";
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
        ...resolution.issue !== void 0 ? { issue: resolution.issue } : {}
      }
    ]
  };
  return {
    ...roster,
    candidates: roster.candidates.map((c) => c.id === candidate.id ? updated : c)
  };
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
  dir: { type: "string", default: "." },
  now: { type: "string" },
  json: { type: "boolean", default: !1 },
  help: { type: "boolean", short: "h", default: !1 }
};
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
          roster: shownRoster
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
