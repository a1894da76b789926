import { createRequire as __pilotGateCreateRequire } from "node:module";
const require = __pilotGateCreateRequire(import.meta.url);
import {
  DEFAULT_SMOKE_REPORT,
  gatherSmoke,
  writeSmokeReport
} from "./chunk-5GXCQKHP.js";
import {
  warnUnfollowedExtends
} from "./chunk-WLFJD3G7.js";
import {
  loadConfig
} from "./chunk-4YV5M6XR.js";
import "./chunk-SSP7UEET.js";
import "./chunk-EYTOIYXU.js";
import {
  info,
  setFailed,
  setOutput,
  summary
} from "./chunk-WOMMUHKQ.js";
import {
  evaluateSmoke,
  renderSmokeMarkdown,
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

// actions/smoke/main.ts
import { pathToFileURL } from "node:url";

// actions/smoke/inputs.ts
var INPUTS = ["commands", "junit", "suites", "config-path", "report-path", "sha"], OUTPUTS = ["status", "report-path", "passed", "failed", "flaky"];
function inputEnvName(name) {
  return `INPUT_${name.toUpperCase().replace(/-/g, "_")}`;
}
function getInputs(env = process.env) {
  let configPath = (env[inputEnvName("config-path")] ?? "").trim();
  return {
    commands: lines(env[inputEnvName("commands")]),
    junit: lines(env[inputEnvName("junit")]),
    suites: lines(env[inputEnvName("suites")]).flatMap(
      (line) => line.split(",").map((s) => s.trim()).filter(Boolean)
    ),
    configPath: configPath === "" ? void 0 : configPath,
    reportPath: (env[inputEnvName("report-path")] ?? "").trim() || DEFAULT_SMOKE_REPORT,
    sha: smokeCommit(env[inputEnvName("sha")], "The sha input"),
    workspace: (env.GITHUB_WORKSPACE ?? "").trim() || process.cwd()
  };
}
function lines(value) {
  return (value ?? "").split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== "");
}

// actions/smoke/run.ts
async function runSmokeAction(inputs, options = {}) {
  let loaded = await loadConfig(inputs.workspace, inputs.configPath);
  warnUnfollowedExtends(loaded);
  let settings = smokeSettings(inputs, loaded.config.smoke, {
    input: "The junit input",
    config: loaded.file ?? `${CONFIG_PATH} (there is none)`,
    example: "give one glob of the JUnit XML files your smoke run writes per line (junit: reports/**/*.xml)"
  });
  settings.source === "config" && info(`Smoke commands, JUnit globs and suites from smoke: in ${loaded.description}.`);
  let input = await gatherSmoke({
    cwd: inputs.workspace,
    env: process.env,
    commands: settings.commands,
    patterns: settings.junit,
    suites: settings.suites,
    output: options.output ?? process.stdout,
    ...options.now ? { now: options.now } : {}
  }), report = evaluateSmoke(inputs.sha ? { ...input, sha: inputs.sha } : input), written = await writeSmokeReport(inputs.workspace, inputs.reportPath, report);
  if (setOutput2("status", report.status), setOutput2("report-path", written), setOutput2("passed", String(report.counts.passed)), setOutput2("failed", String(report.counts.failed + report.counts.errored)), setOutput2("flaky", String(report.counts.flaky)), await summary.addRaw(renderSmokeMarkdown(report, { reportPath: written })).write(), report.status === "fail") {
    let first = report.reasons[0]?.message ?? "the smoke gate failed", more = report.reasons.length > 1 ? ` (+${report.reasons.length - 1} more)` : "";
    setFailed(
      `Smoke gate failed: ${first}${more}. Details are in the job summary and ${written}.`
    );
  }
  return report;
}
function setOutput2(name, value) {
  setOutput(name, value);
}

// actions/smoke/main.ts
async function main(env = process.env) {
  try {
    await runSmokeAction(getInputs(env));
  } catch (error) {
    setOutput("status", "fail"), setFailed(error instanceof Error ? error.message : String(error));
  }
}
import.meta.url === pathToFileURL(process.argv[1] ?? "").href && await main();
export {
  INPUTS,
  OUTPUTS,
  main
};
