import { createHash } from "node:crypto";
import { stat } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { parseActivityCsv } from "../../../core/gates/pilot/activity.js";
import { recommendRoster } from "../../../core/gates/pilot/recommend.js";
import { ROSTER_FILE, type Roster, renderRoster } from "../../../core/gates/pilot/roster.js";
import { formatConfigIssues, UsageError } from "../../../core/index.js";
import { ACTIVITY_LIMIT } from "../../../core/limits.js";
import { safeText } from "../../../core/render/safe-text.js";
import { loadConfig } from "../../../engine/config/checkout.js";
import type { CliIO } from "../../../engine/io.js";
import { displayPath, readTextFile } from "../../../engine/io.js";
import { ArgumentError, parseOrExplain, timeOption } from "../../args.js";
import { HELP } from "../../help.js";
import { replaceFile, runFolder } from "./run-folder.js";

const OPTIONS = {
  activity: { type: "string" },
  run: { type: "string" },
  dir: { type: "string", default: "." },
  config: { type: "string" },
  now: { type: "string" },
  force: { type: "boolean", default: false },
  json: { type: "boolean", default: false },
  help: { type: "boolean", short: "h", default: false },
} as const;

/**
 * `pilot-gate pilot recommend --activity <csv>`: reads the activity export,
 * classifies each account (see recommendRoster) and writes `roster.json`
 * into the run folder. Exit 0 written, 1 the export has problems (each at
 * its line:column; nothing written), 2 usage or config error.
 */
export async function runPilotRecommend(args: string[], io: CliIO): Promise<number> {
  const { values } = parseOrExplain(Object.keys(OPTIONS), () =>
    parseArgs({ args, options: OPTIONS, strict: true, allowPositionals: false }),
  );
  if (values.help) {
    io.stdout.write(HELP.pilot);
    return 0;
  }
  if (values.activity === undefined) {
    throw new ArgumentError(
      "--activity is required",
      "pass the activity export, e.g. --activity exports/activity.csv",
    );
  }
  const { config, description } = await loadConfig(io.cwd, values.config);
  const folder = await runFolder(io.cwd, { run: values.run, dir: values.dir });
  const target = join(folder, ROSTER_FILE);
  const shownTarget = displayPath(io.cwd, target);
  if (!values.force && (await stat(target).catch(() => undefined))) {
    throw new UsageError(
      `${shownTarget} exists; nothing was written. Pass --force to replace it (the reviewers' receipts in it are lost), or --run <another folder>.`,
    );
  }
  const text = await readTextFile(io.cwd, values.activity, "", ACTIVITY_LIMIT);
  const now = timeOption("--now", values.now) ?? io.now?.() ?? new Date();
  const parsed = parseActivityCsv(text, config.pilot.recommend, now);
  if (!parsed.ok) {
    const n = parsed.issues.length + parsed.unlisted;
    const problems = `${values.activity} has ${n} problem${n === 1 ? "" : "s"}; nothing was written. Fix the export (or pilot.recommend in ${description}) and re-run.`;
    if (values.json) {
      io.stdout.write(
        `${JSON.stringify({ version: 1, kind: "pilot-recommend", outcome: "invalid", activity: values.activity, issues: parsed.issues, unlisted: parsed.unlisted }, null, 2)}\n`,
      );
    }
    io.stderr.write(
      safeText(
        `${formatConfigIssues(values.activity, parsed.issues, parsed.unlisted)}\npilot-gate: ${problems}\n`,
      ),
    );
    return 1;
  }
  const roster = recommendRoster(parsed.accounts, config.pilot.recommend, now, {
    file: values.activity,
    sha256: createHash("sha256").update(text).digest("hex"),
  });
  await replaceFile(target, renderRoster(roster));
  if (values.json) {
    io.stdout.write(
      `${JSON.stringify({ version: 1, kind: "pilot-recommend", outcome: "written", roster: shownTarget, counts: counts(roster), candidates: roster.candidates, excluded: roster.excluded }, null, 2)}\n`,
    );
  } else {
    io.stdout.write(safeText(renderText(roster, shownTarget)));
  }
  return 0;
}

function counts(roster: Roster): Record<string, number> {
  const by: Record<string, number> = {
    SUGERIDO: 0,
    REVISAR_CONTATO: 0,
    REVISAR_PERFIL: 0,
    excluded: roster.excluded.length,
  };
  for (const candidate of roster.candidates) by[candidate.class] = (by[candidate.class] ?? 0) + 1;
  return by;
}

function renderText(roster: Roster, shown: string): string {
  const lines = roster.candidates.map(
    (c) =>
      `${c.class.padEnd(15)} ${String(c.score).padStart(3)}  ${c.id} ${c.name}: ${c.reasons.slice(1).join("; ") || c.reasons[0]}`,
  );
  const out = roster.excluded.map(
    (e) => `excluded        -    ${e.id} ${e.name}: ${e.reasons.join("; ")}`,
  );
  const n = counts(roster);
  return [
    ...lines,
    ...out,
    `wrote ${shown}: ${n.SUGERIDO} SUGERIDO, ${n.REVISAR_CONTATO} REVISAR_CONTATO, ${n.REVISAR_PERFIL} REVISAR_PERFIL, ${n.excluded} excluded of ${roster.source.accounts} account(s).`,
    "Next: pilot-gate pilot review --reviewer <team> opens a review issue per REVISAR_* candidate; pilot-gate pilot finalize writes pilot.yml.",
    "",
  ].join("\n");
}
