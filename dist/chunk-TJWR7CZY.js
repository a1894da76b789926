import { createRequire as __pilotGateCreateRequire } from "node:module";
const require = __pilotGateCreateRequire(import.meta.url);
import {
  cliOctokit,
  repositoryOf
} from "./chunk-NPJITCEG.js";
import {
  HELP
} from "./chunk-5EA3RFOC.js";
import "./chunk-XEQG24DF.js";
import {
  ArgumentError,
  parseOrExplain
} from "./chunk-IYG7IW7E.js";
import {
  readInputFiles
} from "./chunk-FQKWXTYH.js";
import {
  appIdOf,
  gatherGitHubState,
  offlineGitHubState
} from "./chunk-LBUZFIWL.js";
import "./chunk-KG6TQEDJ.js";
import "./chunk-HQDJENAB.js";
import "./chunk-GY54ZMGU.js";
import "./chunk-PPUIZ7VU.js";
import {
  GitHubClient
} from "./chunk-T2NOWLVF.js";
import {
  loadConfig
} from "./chunk-4YV5M6XR.js";
import "./chunk-SSP7UEET.js";
import "./chunk-EYTOIYXU.js";
import {
  evaluateReadiness,
  renderReadinessText
} from "./chunk-XRWPT2AM.js";
import "./chunk-ZMO2NGHV.js";
import {
  UsageError
} from "./chunk-E3QZQHHB.js";
import "./chunk-VUTGOOYN.js";
import "./chunk-MSUCSWVI.js";
import "./chunk-TXBVCHSZ.js";

// cli/commands/readiness.ts
import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
var OPTIONS = {
  sha: { type: "string" },
  smoke: { type: "string" },
  parity: { type: "string" },
  manifest: { type: "string" },
  records: { type: "string" },
  "records-root": { type: "string" },
  repo: { type: "string" },
  offline: { type: "boolean", default: !1 },
  config: { type: "string" },
  report: { type: "string" },
  json: { type: "boolean", default: !1 },
  help: { type: "boolean", short: "h", default: !1 }
};
async function runReadiness(args, io) {
  let { values } = parseOrExplain(
    Object.keys(OPTIONS),
    () => parseArgs({ args, options: OPTIONS, strict: !0, allowPositionals: !1 })
  );
  if (values.help)
    return io.stdout.write(HELP.readiness), 0;
  let sha = (values.sha ?? "").trim();
  if (!/^[0-9a-f]{7,40}$/i.test(sha))
    throw new ArgumentError(
      sha === "" ? "--sha is required" : `--sha "${sha}" is not a commit SHA`,
      "pass the commit to judge, e.g. --sha $(git rev-parse HEAD)"
    );
  let repository = values.offline ? void 0 : repositoryOf(values.repo ?? io.env.GITHUB_REPOSITORY, {
    message: "no repository to read GitHub state from",
    hint: "pass --repo owner/name (and set GITHUB_TOKEN), or --offline to judge without GitHub"
  }), token = (io.env.GITHUB_TOKEN ?? "").trim();
  if (repository && token === "")
    throw new ArgumentError(
      "GITHUB_TOKEN is not set, so GitHub state cannot be read",
      "export GITHUB_TOKEN (gh auth token prints one), or pass --offline to judge without GitHub (its criteria then fail closed)"
    );
  let loaded = await loadConfig(io.cwd, values.config), config = loaded.config.readiness, appId = appIdOf(loaded.config, io.env), files = await readInputFiles(
    io.cwd,
    {
      smoke: values.smoke,
      parity: values.parity,
      manifest: values.manifest,
      records: values.records,
      recordsRoot: values["records-root"]
    },
    config,
    loaded.config.pilot
  ), github = repository ? await gatherGitHubState(
    new GitHubClient(cliOctokit(io, token), repository),
    sha,
    loaded.config,
    appId
  ) : offlineGitHubState("offline (--offline): pass --repo owner/name and set GITHUB_TOKEN"), now = io.now?.() ?? /* @__PURE__ */ new Date(), report = evaluateReadiness(
    {
      sha,
      ...files.smoke ? { smoke: files.smoke } : {},
      ...files.parity ? { parity: files.parity } : {},
      ...files.manifest ? { manifest: files.manifest } : {},
      ...files.records ? { records: files.records } : {},
      github,
      milestones: files.milestones
    },
    config,
    now
  ), json = `${JSON.stringify(report, null, 2)}
`;
  if (values.report !== void 0)
    try {
      await writeFile(resolve(io.cwd, values.report), json);
    } catch (error) {
      throw new UsageError(
        `cannot write the report to ${values.report}: ${error.message}`
      );
    }
  return values.json ? io.stdout.write(json) : io.stdout.write(
    [
      `config:    ${loaded.description}`,
      ...files.sources,
      `github:    ${repository ? `${repository.owner}/${repository.repo}` : "offline"}`,
      "",
      renderReadinessText(report)
    ].join(`
`)
  ), report.verdict === "GO" ? 0 : 1;
}
export {
  runReadiness
};
