import { createRequire as __pilotGateCreateRequire } from "node:module";
const require = __pilotGateCreateRequire(import.meta.url);
import {
  ISSUE_COMMAND_OPTIONS,
  stepText,
  syncIssuesIn,
  writesText
} from "./chunk-D2O7JD5B.js";
import "./chunk-M7KZ5GNS.js";
import {
  readManifest
} from "./chunk-4VAZZWA6.js";
import "./chunk-NPJITCEG.js";
import {
  HELP
} from "./chunk-5EA3RFOC.js";
import "./chunk-XEQG24DF.js";
import {
  ArgumentError,
  parseOrExplain
} from "./chunk-IYG7IW7E.js";
import {
  outreachTitle,
  parseAssignee,
  renderOutreachBody
} from "./chunk-SVY4FNVW.js";
import "./chunk-NFE4XZOK.js";
import "./chunk-IDXLIXZT.js";
import {
  isDryRun
} from "./chunk-4GTL7U6X.js";
import "./chunk-AN4NO4AL.js";
import "./chunk-KG6TQEDJ.js";
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
import {
  windowStart
} from "./chunk-XRWPT2AM.js";
import "./chunk-ZMO2NGHV.js";
import "./chunk-E3QZQHHB.js";
import "./chunk-VUTGOOYN.js";
import "./chunk-MSUCSWVI.js";
import "./chunk-TXBVCHSZ.js";

// cli/commands/pilot/outreach.ts
import { parseArgs } from "node:util";
var OPTIONS = {
  owner: { type: "string" },
  ...ISSUE_COMMAND_OPTIONS
};
async function runPilotOutreach(args, io) {
  let { values } = parseOrExplain(
    Object.keys(OPTIONS),
    () => parseArgs({ args, options: OPTIONS, strict: !0, allowPositionals: !1 })
  );
  if (values.help)
    return io.stdout.write(HELP.pilot), 0;
  let ownerText = values.owner?.trim() ?? "", owner = parseAssignee(ownerText);
  if (owner === void 0)
    throw new ArgumentError(
      ownerText === "" ? "--owner is required" : `--owner "${ownerText}" is neither a GitHub login nor a team`,
      "the sales owner who reaches out: a login (octocat) or a team (acme/sales)"
    );
  let { config } = await loadConfig(io.cwd, values.config), { manifest, path } = await readManifest(io.cwd, values.dir), shown = displayPath(io.cwd, path), unready = manifest.clients.flatMap((client) => [
    ...client.status !== "suggested" ? [`${client.name} is still under review (${client.status})`] : [],
    ...client.technical_contact?.trim() ? [] : [`${client.name} has no technical contact`],
    ...client.business_contact?.trim() ? [] : [`${client.name} has no business contact`]
  ]);
  if (manifest.clients.length === 0 && unready.push("it lists no client"), unready.length > 0)
    return io.stderr.write(
      safeText(
        `${unready.map((r) => `- ${r}`).join(`
`)}
pilot-gate: ${shown} is not final, so no client was contacted; run pilot-gate pilot finalize first.
`
      )
    ), 1;
  let start = windowStart(manifest), windowEnd = start ? new Date(start.getTime() + manifest.window.hours * 36e5).toISOString() : void 0, dryRun = isDryRun({ dryRun: values["dry-run"] }, config), label = config.pilot.outreach.label, { synced, repository } = await syncIssuesIn(
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
          windowEnd
        }),
        labels: [label],
        assignees: owner.kind === "user" ? [owner.login] : []
      }))
    },
    dryRun
  );
  return values.json ? (io.stdout.write(
    `${JSON.stringify({ version: 1, kind: "pilot-outreach", dry_run: dryRun, repository, owner: owner.kind === "user" ? owner.login : owner.slug, issues: synced }, null, 2)}
`
  ), 0) : (io.stdout.write(
    safeText(
      [
        ...synced.map((s) => `${stepText(s)}: outreach to ${s.client}`),
        `${synced.length} outreach issue(s) in ${repository} labelled ${label}: ${writesText(synced)}${owner.kind === "team" ? " (a team is mentioned, not assigned: GitHub assigns issues to people)" : ""}.`,
        ""
      ].join(`
`)
    )
  ), 0);
}
export {
  runPilotOutreach
};
