import { writeFile } from "node:fs/promises";
import * as core from "@actions/core";
import {
  evaluateReadiness,
  type ReadinessReport,
  renderReadinessMarkdown,
} from "../../core/gates/readiness/index.js";
import { loadConfig } from "../../engine/config/checkout.js";
import { readInputFiles } from "../../engine/readiness/files.js";
import { appIdOf, gatherGitHubState } from "../../engine/readiness/github-state.js";
import { GitHubClient } from "../../github/client.js";
import { createTokenOctokit } from "../../github/token-octokit.js";
import { warnUnfollowedExtends } from "../local-config.js";
import type { OutputName, ReadinessActionInputs } from "./inputs.js";

declare const PILOT_GATE_VERSION: string | undefined;

export interface RunOptions {
  /** False turns Octokit's retries off, for tests where a mocked failure must be final. */
  retries?: boolean;
  now?: () => Date;
}

function output(name: OutputName, value: string): void {
  core.setOutput(name, value);
}

/**
 * Readiness in a workflow: reads the reports and the manifest from the
 * checkout, GitHub state with the token, judges, writes the JSON report, the
 * job summary (verdict first) and the outputs, and fails the step on NO-GO.
 */
export async function runReadinessAction(
  inputs: ReadinessActionInputs,
  options: RunOptions = {},
): Promise<ReadinessReport> {
  core.setSecret(inputs.token);
  const read = await loadConfig(inputs.workspace, undefined);
  warnUnfollowedExtends(read);
  const loaded = read.config;
  const config = loaded.readiness;
  const files = await readInputFiles(
    inputs.workspace,
    {
      smoke: inputs.smokeReport,
      parity: inputs.parityReport,
      manifest: inputs.manifest,
      recordsRoot: inputs.recordsRoot,
    },
    config,
    loaded.pilot,
  );
  const octokit = createTokenOctokit({
    token: inputs.token,
    baseUrl: inputs.apiUrl,
    userAgent: `pilot-gate-readiness/${typeof PILOT_GATE_VERSION === "string" ? PILOT_GATE_VERSION : "dev"}`,
    log: { debug: core.debug, info: core.info, warn: core.warning, error: core.error },
    retries: options.retries,
  });
  const github = await gatherGitHubState(
    new GitHubClient(octokit, { owner: inputs.owner, repo: inputs.repo }),
    inputs.sha,
    loaded,
    appIdOf(loaded, { APP_ID: inputs.appIdEnv }),
  );
  const report = evaluateReadiness(
    {
      sha: inputs.sha,
      ...(files.smoke ? { smoke: files.smoke } : {}),
      ...(files.parity ? { parity: files.parity } : {}),
      ...(files.manifest ? { manifest: files.manifest } : {}),
      ...(files.records ? { records: files.records } : {}),
      github,
      milestones: files.milestones,
    },
    config,
    (options.now ?? (() => new Date()))(),
  );
  await writeFile(inputs.reportPath, `${JSON.stringify(report, null, 2)}\n`);
  await core.summary.addRaw(renderReadinessMarkdown(report)).write();
  output("verdict", report.verdict);
  output("blockers", report.blockers.join(","));
  output("report-path", inputs.reportPath);
  if (report.verdict === "NO-GO") {
    core.setFailed(
      `NO-GO: ${report.blockers.length} blocker(s): ${report.blockers.join(", ")}. The job summary lists the evidence and fixes.`,
    );
  } else {
    core.info(`GO for ${inputs.sha}.`);
  }
  return report;
}
