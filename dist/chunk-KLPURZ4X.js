import { createRequire as __pilotGateCreateRequire } from "node:module";
const require = __pilotGateCreateRequire(import.meta.url);
import {
  palette,
  useColor
} from "./chunk-T2LBRVU5.js";
import {
  HELP
} from "./chunk-5EA3RFOC.js";
import {
  ArgumentError,
  parseOrExplain
} from "./chunk-IYG7IW7E.js";
import {
  DEFAULT_SMOKE_REPORT,
  gatherSmoke,
  writeSmokeReport
} from "./chunk-5GXCQKHP.js";
import {
  loadConfig
} from "./chunk-4YV5M6XR.js";
import "./chunk-SSP7UEET.js";
import "./chunk-EYTOIYXU.js";
import {
  evaluateSmoke,
  renderSmokeText,
  smokeCommit,
  smokeSettings
} from "./chunk-XRWPT2AM.js";
import {
  CONFIG_PATH
} from "./chunk-ZMO2NGHV.js";
import "./chunk-E3QZQHHB.js";
import "./chunk-VUTGOOYN.js";
import "./chunk-MSUCSWVI.js";
import "./chunk-TXBVCHSZ.js";

// cli/commands/smoke.ts
import { parseArgs } from "node:util";
var OPTIONS = {
  run: { type: "string", multiple: !0 },
  junit: { type: "string", multiple: !0 },
  suite: { type: "string", multiple: !0 },
  config: { type: "string" },
  report: { type: "string", default: DEFAULT_SMOKE_REPORT },
  sha: { type: "string" },
  json: { type: "boolean", default: !1 },
  help: { type: "boolean", short: "h", default: !1 }
};
async function runSmoke(args, io) {
  let { values } = parseOrExplain(
    Object.keys(OPTIONS),
    () => parseArgs({ args, options: OPTIONS, strict: !0, allowPositionals: !1 })
  );
  if (values.help)
    return io.stdout.write(HELP.smoke), 0;
  let junit = nonEmpty(values.junit, "--junit", "a glob of JUnit XML files"), commands = nonEmpty(values.run, "--run", "a command"), suites = nonEmpty(values.suite, "--suite", "a suite name");
  if (values.report === "") throw new ArgumentError("--report needs a path");
  let sha = smokeCommit(values.sha, "--sha"), loaded = await loadConfig(io.cwd, values.config), settings = smokeSettings({ commands, junit, suites }, loaded.config.smoke, {
    input: "The --junit list",
    config: loaded.file ?? `${CONFIG_PATH} (there is none)`,
    example: "pass a glob of the JUnit XML files your smoke run writes, e.g. --junit 'reports/**/*.xml'"
  }), input = await gatherSmoke({
    cwd: io.cwd,
    env: io.env,
    commands: settings.commands,
    patterns: settings.junit,
    suites: settings.suites,
    output: io.stderr
  }), report = evaluateSmoke(sha ? { ...input, sha } : input), written = await writeSmokeReport(io.cwd, values.report, report);
  if (values.json)
    io.stdout.write(`${JSON.stringify(report, null, 2)}
`);
  else {
    let style = palette(useColor(io.stdout, io.env));
    io.stdout.write(renderSmokeText(report, { style, reportPath: written }));
  }
  return smokeExitCode(report);
}
function smokeExitCode(report) {
  return report.status === "pass" ? 0 : report.reasons.some((r) => r.code === "input-error") ? 2 : 1;
}
function nonEmpty(values, option, what) {
  let list = [...values ?? []];
  if (list.some((value) => value.trim() === ""))
    throw new ArgumentError(`${option} needs ${what}, not an empty string`);
  return list;
}
export {
  runSmoke,
  smokeExitCode
};
