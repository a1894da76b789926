import { mkdir, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import * as core from "@actions/core";
import {
  EnvironmentFileError,
  evaluateParity,
  type ParityInput,
  type ParityReport,
  parityEnvironments,
  parityTitle,
  parseEnvironment,
  renderParityMarkdown,
} from "../../core/gates/parity/index.js";
import { CONFIG_PATH, ConfigError, UsageError } from "../../core/index.js";
import { ENVIRONMENT_LIMIT } from "../../core/limits.js";
import { codeBlock } from "../../core/render/escape.js";
import { type LoadedConfig, loadConfig } from "../../engine/config/checkout.js";
import { readTextFile } from "../../engine/io.js";
import { warnUnfollowedExtends } from "../local-config.js";
import type { OutputName, ParityActionInputs } from "./inputs.js";

export interface RunOptions {
  /** The clock: expected differences expire against its UTC date. */
  now?: () => Date;
}

/**
 * The parity gate in a workflow: reads the config and the environment files
 * (its `parity.environments` when the input is empty), compares them,
 * writes the JSON report, the job summary and the outputs, and fails the
 * step on drift or on any input it cannot read.
 */
export async function runParityAction(
  inputs: ParityActionInputs,
  options: RunOptions = {},
): Promise<ParityReport | undefined> {
  const today = (options.now ?? (() => new Date()))().toISOString().slice(0, 10);
  let loaded: LoadedConfig;
  try {
    loaded = await loadConfig(inputs.workspace, inputs.configPath);
    warnUnfollowedExtends(loaded);
  } catch (error) {
    if (!(error instanceof ConfigError || error instanceof UsageError)) throw error;
    setOutput("status", "error");
    await core.summary
      .addRaw(
        `## ⛔ Parity: the config cannot be used; nothing was compared\n\n${codeBlock(error.message)}\n`,
      )
      .write();
    core.setFailed(`Parity: the config cannot be used, so nothing was compared.\n${error.message}`);
    return undefined;
  }

  const parityConfig = loaded.config.parity;
  const chosen = parityEnvironments(inputs.environments, parityConfig, {
    input: "The environments input",
    config: loaded.file ?? `${CONFIG_PATH} (there is none)`,
    example:
      "one path per line in the environments input, e.g. envs/production.yml then envs/staging.yml",
  });
  if (chosen.source === "config") {
    core.info(`Environment files from parity.environments in ${loaded.description}.`);
  }
  const environments: ParityInput[] = [];
  for (const file of chosen.files) {
    environments.push(await readEnvironment(inputs.workspace, file));
  }
  const report = evaluateParity(environments, { config: parityConfig, today });

  const reportFile = resolve(inputs.workspace, inputs.reportPath);
  await mkdir(dirname(reportFile), { recursive: true });
  await writeFile(reportFile, `${JSON.stringify(report, null, 2)}\n`);

  setOutput("status", report.status);
  setOutput("drift-count", String(report.counts.drift));
  setOutput("report-path", reportFile);
  await core.summary.addRaw(renderParityMarkdown(report)).write();

  if (report.status === "drift") {
    core.setFailed(
      `${parityTitle(report)}. Each drift and how to resolve it is in the job summary.`,
    );
  } else if (report.status === "error") {
    const problems = report.errors.map((e) => e.message).join("\n");
    core.setFailed(`${parityTitle(report)}.${problems ? `\n${problems}` : ""}`);
  } else {
    core.info(parityTitle(report));
  }
  return report;
}

/** One environment file, or why it cannot be used (the gate then fails closed); one over `ENVIRONMENT_LIMIT` is not read. */
async function readEnvironment(workspace: string, file: string): Promise<ParityInput> {
  try {
    const text = await readTextFile(workspace, file, "", ENVIRONMENT_LIMIT);
    return { file, environment: parseEnvironment(text, file) };
  } catch (error) {
    if (error instanceof EnvironmentFileError || error instanceof UsageError) {
      return { file, error: error.message };
    }
    throw error;
  }
}

function setOutput(name: OutputName, value: string): void {
  core.setOutput(name, value);
}
