import { parseArgs } from "node:util";
import {
  outreachTitle,
  parseAssignee,
  renderOutreachBody,
} from "../../../core/gates/pilot/issues.js";
import { windowStart } from "../../../core/gates/pilot/manifest.js";
import { safeText } from "../../../core/render/safe-text.js";
import { loadConfig } from "../../../engine/config/checkout.js";
import type { CliIO } from "../../../engine/io.js";
import { displayPath } from "../../../engine/io.js";
import { isDryRun } from "../../../engine/options.js";
import { ArgumentError, parseOrExplain } from "../../args.js";
import { HELP } from "../../help.js";
import { ISSUE_COMMAND_OPTIONS, stepText, syncIssuesIn, writesText } from "./github.js";
import { readManifest } from "./run-folder.js";

const OPTIONS = {
  owner: { type: "string" },
  ...ISSUE_COMMAND_OPTIONS,
} as const;

/**
 * `pilot-gate pilot outreach --owner <who>`: one outreach issue per client
 * of pilot.yml (assigned to the owner when a person, mentioning it when a
 * team), with its contacts, the window and the script as a task list;
 * found again by its marker and updated, never duplicated. Refuses a
 * manifest with a client missing a contact or under review. Exit 0 done,
 * 1 refused, 2 usage, config or GitHub error.
 */
export async function runPilotOutreach(args: string[], io: CliIO): Promise<number> {
  const { values } = parseOrExplain(Object.keys(OPTIONS), () =>
    parseArgs({ args, options: OPTIONS, strict: true, allowPositionals: false }),
  );
  if (values.help) {
    io.stdout.write(HELP.pilot);
    return 0;
  }
  const ownerText = values.owner?.trim() ?? "";
  const owner = parseAssignee(ownerText);
  if (owner === undefined) {
    throw new ArgumentError(
      ownerText === ""
        ? "--owner is required"
        : `--owner "${ownerText}" is neither a GitHub login nor a team`,
      "the sales owner who reaches out: a login (octocat) or a team (acme/sales)",
    );
  }
  const { config } = await loadConfig(io.cwd, values.config);
  const { manifest, path } = await readManifest(io.cwd, values.dir);
  const shown = displayPath(io.cwd, path);
  const unready = manifest.clients.flatMap((client) => [
    ...(client.status !== "suggested"
      ? [`${client.name} is still under review (${client.status})`]
      : []),
    ...(!client.technical_contact?.trim() ? [`${client.name} has no technical contact`] : []),
    ...(!client.business_contact?.trim() ? [`${client.name} has no business contact`] : []),
  ]);
  if (manifest.clients.length === 0) unready.push("it lists no client");
  if (unready.length > 0) {
    io.stderr.write(
      safeText(
        `${unready.map((r) => `- ${r}`).join("\n")}\npilot-gate: ${shown} is not final, so no client was contacted; run pilot-gate pilot finalize first.\n`,
      ),
    );
    return 1;
  }
  const start = windowStart(manifest);
  const windowEnd = start
    ? new Date(start.getTime() + manifest.window.hours * 3_600_000).toISOString()
    : undefined;
  const dryRun = isDryRun({ dryRun: values["dry-run"] }, config);
  const label = config.pilot.outreach.label;
  const { synced, repository } = await syncIssuesIn(
    io,
    values.repo,
    {
      kind: "pilot-outreach",
      pilot: manifest.name,
      label,
      issues: manifest.clients.map((client) => ({
        client: client.id ?? client.name,
        title: outreachTitle(manifest, client),
        body: renderOutreachBody(manifest, client, {
          owner,
          script: config.pilot.script,
          windowEnd,
        }),
        labels: [label],
        assignees: owner.kind === "user" ? [owner.login] : [],
      })),
    },
    dryRun,
  );
  if (values.json) {
    io.stdout.write(
      `${JSON.stringify({ version: 1, kind: "pilot-outreach", dry_run: dryRun, repository, owner: owner.kind === "user" ? owner.login : owner.slug, issues: synced }, null, 2)}\n`,
    );
    return 0;
  }
  io.stdout.write(
    safeText(
      [
        ...synced.map((s) => `${stepText(s)}: outreach to ${s.client}`),
        `${synced.length} outreach issue(s) in ${repository} labelled ${label}: ${writesText(synced)}${owner.kind === "team" ? ` (a team is mentioned, not assigned: GitHub assigns issues to people)` : ""}.`,
        "",
      ].join("\n"),
    ),
  );
  return 0;
}
