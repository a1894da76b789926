import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import * as core from "@actions/core";
import { commitFiles, type GitDataOctokit } from "../../app/github/git-data.js";
import { createTokenOctokit } from "../../app/github/token-octokit.js";
import { runEvidence, SIGNING_KEY_ENV } from "../../cli/commands/evidence.js";
import { digestOf, STATEMENT_FILE } from "../../core/evidence/index.js";
import type { EvidenceActionInputs, OutputName } from "./inputs.js";

declare const PILOT_GATE_VERSION: string | undefined;

export interface RunOptions {
  /** False turns Octokit's retries off, for tests where a mocked failure must be final. */
  retries?: boolean;
  /** The pack's time; default now. */
  now?: () => Date;
}

export interface EvidenceActionResult {
  commitSha: string;
  committed: boolean;
  statementDigest: string;
  packPath: string;
}

function output(name: OutputName, value: string): void {
  core.setOutput(name, value);
}

/** Every file under `dir`, by `/`-separated path relative to it. */
async function readTree(dir: string): Promise<Map<string, Uint8Array>> {
  const files = new Map<string, Uint8Array>();
  const walk = async (at: string): Promise<void> => {
    for (const entry of await readdir(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) await walk(path);
      else files.set(relative(dir, path).split(sep).join("/"), await readFile(path));
    }
  };
  await walk(dir);
  return files;
}

/**
 * Packs the reports and files with the CLI's `evidence pack` (same format,
 * same checks) into a temporary folder, then commits the pack to the
 * evidence branch through the Git Data API, with no checkout of that branch.
 */
export async function runEvidenceAction(
  inputs: EvidenceActionInputs,
  options: RunOptions = {},
  octokit?: GitDataOctokit,
): Promise<EvidenceActionResult> {
  core.setSecret(inputs.token);
  if (inputs.signingKey) core.setSecret(inputs.signingKey);
  const root = await mkdtemp(join(inputs.temp, "pilot-gate-evidence-"));
  try {
    let stdout = "";
    const io = {
      cwd: inputs.workspace,
      env: {
        NO_COLOR: "1",
        ...(inputs.signingKey ? { [SIGNING_KEY_ENV]: inputs.signingKey } : {}),
      },
      stdout: { write: (chunk: string) => (stdout += chunk) },
      stderr: { write: (chunk: string) => core.info(chunk) },
    };
    const args = [
      "pack",
      "--root",
      root,
      "--scope",
      inputs.scope,
      "--id",
      inputs.id,
      "--commit",
      inputs.sha,
      "--created-at",
      (options.now?.() ?? new Date()).toISOString(),
      ...inputs.reports.flatMap((report) => ["--report", report]),
      ...inputs.files.flatMap((file) => ["--file", file]),
      "--json",
    ];
    await runEvidence(args, io);
    const packed = JSON.parse(stdout) as { manifestDigest: string; signed: boolean };
    const packDir = join(root, inputs.scope, inputs.id);
    const files = await readTree(packDir);
    const statement = files.get(STATEMENT_FILE);
    if (!statement) throw new Error(`the pack has no ${STATEMENT_FILE}; this is a pilot-gate bug`);
    const statementDigest = digestOf(JSON.parse(Buffer.from(statement).toString("utf8")));
    const packPath = `evidence/${inputs.scope}/${inputs.id}`;

    const client =
      octokit ??
      createTokenOctokit({
        token: inputs.token,
        baseUrl: inputs.apiUrl,
        userAgent: `pilot-gate-evidence/${typeof PILOT_GATE_VERSION === "string" ? PILOT_GATE_VERSION : "dev"}`,
        log: { debug: core.debug, info: core.info, warn: core.warning, error: core.error },
        retries: options.retries,
      });
    const result = await commitFiles(client, {
      owner: inputs.owner,
      repo: inputs.repo,
      branch: inputs.branch,
      folder: packPath,
      files,
      message: `evidence: ${inputs.scope}/${inputs.id} for ${inputs.sha}`,
    });

    output("commit-sha", result.sha);
    output("statement-digest", statementDigest);
    output("pack-path", packPath);
    await core.summary
      .addRaw(
        [
          `### Evidence pack ${packPath}`,
          "",
          `- ${result.committed ? "Committed" : "Already on"} \`${inputs.branch}\` at \`${result.sha}\`${result.branchCreated ? " (branch created)" : ""}`,
          `- Commit judged: \`${inputs.sha}\``,
          `- Files: ${files.size}; statement digest \`${statementDigest}\`; manifest digest \`${packed.manifestDigest}\``,
          `- Signed: ${packed.signed ? "yes" : "**no** (set signing-key to sign)"}`,
          "",
        ].join("\n"),
      )
      .write();
    return { commitSha: result.sha, committed: result.committed, statementDigest, packPath };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
