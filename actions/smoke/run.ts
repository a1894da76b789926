import * as core from "@actions/core";
import {
  evaluateSmoke,
  renderSmokeMarkdown,
  type SmokeReport,
  smokeSettings,
} from "../../core/gates/smoke/index.js";
import { CONFIG_PATH } from "../../core/index.js";
import { loadConfig } from "../../engine/config/checkout.js";
import type { OutputStream } from "../../engine/io.js";
import { gatherSmoke, writeSmokeReport } from "../../engine/smoke/gather.js";
import { warnUnfollowedExtends } from "../local-config.js";
import type { OutputName, SmokeActionInputs } from "./inputs.js";

export interface RunOptions {
  /** Where the commands' output goes; the step log (stdout) by default. */
  output?: OutputStream;
  /** Milliseconds clock, for durations. */
  now?: () => number;
}

/**
 * The smoke gate in a workflow: runs the commands, judges their JUnit
 * reports with the same functions as `pilot-gate smoke` (from the config's
 * `smoke:` when the junit input is empty), writes the JSON
 * report, the job summary (failures first, under 1 MiB) and the outputs,
 * and fails the step unless the gate passes. Returns the report.
 */
export async function runSmokeAction(
  inputs: SmokeActionInputs,
  options: RunOptions = {},
): Promise<SmokeReport> {
  const loaded = await loadConfig(inputs.workspace, inputs.configPath);
  warnUnfollowedExtends(loaded);
  const settings = smokeSettings(inputs, loaded.config.smoke, {
    input: "The junit input",
    config: loaded.file ?? `${CONFIG_PATH} (there is none)`,
    example:
      "give one glob of the JUnit XML files your smoke run writes per line (junit: reports/**/*.xml)",
  });
  if (settings.source === "config") {
    core.info(`Smoke commands, JUnit globs and suites from smoke: in ${loaded.description}.`);
  }
  const input = await gatherSmoke({
    cwd: inputs.workspace,
    env: process.env,
    commands: settings.commands,
    patterns: settings.junit,
    suites: settings.suites,
    output: options.output ?? process.stdout,
    ...(options.now ? { now: options.now } : {}),
  });
  const report = evaluateSmoke(inputs.sha ? { ...input, sha: inputs.sha } : input);
  const written = await writeSmokeReport(inputs.workspace, inputs.reportPath, report);
  setOutput("status", report.status);
  setOutput("report-path", written);
  setOutput("passed", String(report.counts.passed));
  setOutput("failed", String(report.counts.failed + report.counts.errored));
  setOutput("flaky", String(report.counts.flaky));
  await core.summary.addRaw(renderSmokeMarkdown(report, { reportPath: written })).write();
  if (report.status === "fail") {
    const first = report.reasons[0]?.message ?? "the smoke gate failed";
    const more = report.reasons.length > 1 ? ` (+${report.reasons.length - 1} more)` : "";
    core.setFailed(
      `Smoke gate failed: ${first}${more}. Details are in the job summary and ${written}.`,
    );
  }
  return report;
}

function setOutput(name: OutputName, value: string): void {
  core.setOutput(name, value);
}
