import { createRequire as __pilotGateCreateRequire } from "node:module";
const require = __pilotGateCreateRequire(import.meta.url);
import {
  warnUnfollowedExtends
} from "./chunk-WLFJD3G7.js";
import {
  loadConfig
} from "./chunk-4YV5M6XR.js";
import {
  readTextFile
} from "./chunk-SSP7UEET.js";
import "./chunk-EYTOIYXU.js";
import {
  info,
  setFailed,
  setOutput,
  summary
} from "./chunk-WOMMUHKQ.js";
import {
  EnvironmentFileError,
  evaluateParity,
  parityEnvironments,
  parityTitle,
  parseEnvironment,
  renderParityMarkdown
} from "./chunk-XRWPT2AM.js";
import {
  CONFIG_PATH
} from "./chunk-ZMO2NGHV.js";
import {
  ConfigError,
  UsageError
} from "./chunk-E3QZQHHB.js";
import {
  codeBlock
} from "./chunk-VUTGOOYN.js";
import {
  ENVIRONMENT_LIMIT
} from "./chunk-MSUCSWVI.js";
import "./chunk-TXBVCHSZ.js";

// actions/parity/main.ts
import { pathToFileURL } from "node:url";

// actions/parity/inputs.ts
var INPUTS = ["environments", "config-path", "report-path"], OUTPUTS = ["status", "drift-count", "report-path"], DEFAULT_REPORT_PATH = ".pilot-gate/parity-report.json";
function inputEnvName(name) {
  return `INPUT_${name.toUpperCase().replace(/-/g, "_")}`;
}
function getInputs(env = process.env, cwd = process.cwd()) {
  let environments = (env[inputEnvName("environments")] ?? "").split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== "" && !line.startsWith("#")), configPath = (env[inputEnvName("config-path")] ?? "").trim();
  return {
    environments,
    configPath: configPath === "" ? void 0 : configPath,
    reportPath: (env[inputEnvName("report-path")] ?? "").trim() || DEFAULT_REPORT_PATH,
    workspace: (env.GITHUB_WORKSPACE ?? "").trim() || cwd
  };
}

// actions/parity/run.ts
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
async function runParityAction(inputs, options = {}) {
  let today = (options.now ?? (() => /* @__PURE__ */ new Date()))().toISOString().slice(0, 10), loaded;
  try {
    loaded = await loadConfig(inputs.workspace, inputs.configPath), warnUnfollowedExtends(loaded);
  } catch (error) {
    if (!(error instanceof ConfigError || error instanceof UsageError)) throw error;
    setOutput2("status", "error"), await summary.addRaw(
      `## ⛔ Parity: the config cannot be used; nothing was compared

${codeBlock(error.message)}
`
    ).write(), setFailed(`Parity: the config cannot be used, so nothing was compared.
${error.message}`);
    return;
  }
  let parityConfig = loaded.config.parity, chosen = parityEnvironments(inputs.environments, parityConfig, {
    input: "The environments input",
    config: loaded.file ?? `${CONFIG_PATH} (there is none)`,
    example: "one path per line in the environments input, e.g. envs/production.yml then envs/staging.yml"
  });
  chosen.source === "config" && info(`Environment files from parity.environments in ${loaded.description}.`);
  let environments = [];
  for (let file of chosen.files)
    environments.push(await readEnvironment(inputs.workspace, file));
  let report = evaluateParity(environments, { config: parityConfig, today }), reportFile = resolve(inputs.workspace, inputs.reportPath);
  if (await mkdir(dirname(reportFile), { recursive: !0 }), await writeFile(reportFile, `${JSON.stringify(report, null, 2)}
`), setOutput2("status", report.status), setOutput2("drift-count", String(report.counts.drift)), setOutput2("report-path", reportFile), await summary.addRaw(renderParityMarkdown(report)).write(), report.status === "drift")
    setFailed(
      `${parityTitle(report)}. Each drift and how to resolve it is in the job summary.`
    );
  else if (report.status === "error") {
    let problems = report.errors.map((e) => e.message).join(`
`);
    setFailed(`${parityTitle(report)}.${problems ? `
${problems}` : ""}`);
  } else
    info(parityTitle(report));
  return report;
}
async function readEnvironment(workspace, file) {
  try {
    let text = await readTextFile(workspace, file, "", ENVIRONMENT_LIMIT);
    return { file, environment: parseEnvironment(text, file) };
  } catch (error) {
    if (error instanceof EnvironmentFileError || error instanceof UsageError)
      return { file, error: error.message };
    throw error;
  }
}
function setOutput2(name, value) {
  setOutput(name, value);
}

// actions/parity/main.ts
async function main(env = process.env) {
  try {
    await runParityAction(getInputs(env));
  } catch (error) {
    setOutput("status", "error"), setFailed(error instanceof Error ? error.message : String(error));
  }
}
import.meta.url === pathToFileURL(process.argv[1] ?? "").href && await main();
export {
  INPUTS,
  OUTPUTS,
  main
};
