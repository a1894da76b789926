import { createRequire as __pilotGateCreateRequire } from "node:module";
const require = __pilotGateCreateRequire(import.meta.url);
import {
  repositoryConfig,
  tokenDeps
} from "./chunk-M7KZ5GNS.js";
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
  evaluateCycles,
  gatherCycleInputs,
  renderCyclesMarkdown,
  renderCyclesText
} from "./chunk-6R5YYCMH.js";
import "./chunk-IDXLIXZT.js";
import "./chunk-AN4NO4AL.js";
import {
  appIdOf
} from "./chunk-LBUZFIWL.js";
import "./chunk-HQDJENAB.js";
import "./chunk-PPUIZ7VU.js";
import "./chunk-T2NOWLVF.js";
import "./chunk-4YV5M6XR.js";
import "./chunk-SSP7UEET.js";
import {
  safeText
} from "./chunk-EYTOIYXU.js";
import "./chunk-XRWPT2AM.js";
import "./chunk-ZMO2NGHV.js";
import "./chunk-E3QZQHHB.js";
import {
  JOB_SUMMARY_BYTES
} from "./chunk-VUTGOOYN.js";
import "./chunk-MSUCSWVI.js";
import "./chunk-TXBVCHSZ.js";

// cli/commands/cycle.ts
import { parseArgs } from "node:util";
var OPTIONS = {
  repo: { type: "string" },
  config: { type: "string" },
  now: { type: "string" },
  json: { type: "boolean", default: !1 },
  markdown: { type: "boolean", default: !1 },
  help: { type: "boolean", short: "h", default: !1 }
}, TOKEN_NEEDS = "Pull requests: Read, Checks: Read, Issues: Read and Contents: Read";
async function runCycle(args, io) {
  let { values, positionals } = parseOrExplain(
    Object.keys(OPTIONS),
    () => parseArgs({ args, options: OPTIONS, strict: !0, allowPositionals: !0 })
  );
  if (values.help)
    return io.stdout.write(HELP.cycle), 0;
  let [action, ...extra] = positionals;
  if (action !== "status")
    throw new ArgumentError(
      action === void 0 ? "say status" : `unknown subcommand "${action}"`,
      "expected pilot-gate cycle status"
    );
  if (extra.length > 0) throw new ArgumentError(`unexpected argument "${extra[0]}"`);
  if (values.json && values.markdown)
    throw new ArgumentError("--json and --markdown both given", "pick one output format");
  let { deps, now } = tokenDeps(
    io,
    { repo: values.repo, now: values.now, dryRun: !0 },
    {
      reads: "the repository's PRs and evidence",
      hint: `export GITHUB_TOKEN=$(gh auth token), or a token with ${TOKEN_NEEDS} on the repository`
    }
  ), { config, description } = await repositoryConfig(deps, io, values.config, {
    needs: TOKEN_NEEDS,
    nothing: "Nothing was judged."
  }), inputs = await gatherCycleInputs(deps.gh, config, {
    now,
    appId: appIdOf(config, io.env),
    defaultBranch: deps.repo.defaultBranch
  }), report = evaluateCycles(config, inputs);
  return values.json ? io.stdout.write(`${JSON.stringify(report, null, 2)}
`) : values.markdown ? io.stdout.write(`${renderCyclesMarkdown(report, JOB_SUMMARY_BYTES)}
`) : io.stdout.write(`${safeText(`config:    ${description}`)}
${renderCyclesText(report)}`), report.met ? 0 : 1;
}
export {
  runCycle
};
