import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { evaluateReadiness, renderReadinessText } from "../../core/gates/readiness/index.js";
import { UsageError } from "../../core/index.js";
import { loadConfig } from "../../engine/config/checkout.js";
import type { CliIO } from "../../engine/io.js";
import { readInputFiles } from "../../engine/readiness/files.js";
import {
  appIdOf,
  gatherGitHubState,
  offlineGitHubState,
} from "../../engine/readiness/github-state.js";
import { GitHubClient } from "../../github/client.js";
import { ArgumentError, parseOrExplain } from "../args.js";
import { cliOctokit, repositoryOf } from "../github.js";
import { HELP } from "../help.js";

const OPTIONS = {
  sha: { type: "string" },
  smoke: { type: "string" },
  parity: { type: "string" },
  manifest: { type: "string" },
  records: { type: "string" },
  "records-root": { type: "string" },
  repo: { type: "string" },
  offline: { type: "boolean", default: false },
  config: { type: "string" },
  report: { type: "string" },
  json: { type: "boolean", default: false },
  help: { type: "boolean", short: "h", default: false },
} as const;

/**
 * `pilot-gate readiness`: the go/no-go on one commit. Exit 0 GO, 1 NO-GO,
 * 2 usage or an unreadable input (nothing judged).
 */
export async function runReadiness(args: string[], io: CliIO): Promise<number> {
  const { values } = parseOrExplain(Object.keys(OPTIONS), () =>
    parseArgs({ args, options: OPTIONS, strict: true, allowPositionals: false }),
  );
  if (values.help) {
    io.stdout.write(HELP.readiness);
    return 0;
  }
  const sha = (values.sha ?? "").trim();
  if (!/^[0-9a-f]{7,40}$/i.test(sha)) {
    throw new ArgumentError(
      sha === "" ? "--sha is required" : `--sha "${sha}" is not a commit SHA`,
      "pass the commit to judge, e.g. --sha $(git rev-parse HEAD)",
    );
  }
  const repository = values.offline
    ? undefined
    : repositoryOf(values.repo ?? io.env.GITHUB_REPOSITORY, {
        message: "no repository to read GitHub state from",
        hint: "pass --repo owner/name (and set GITHUB_TOKEN), or --offline to judge without GitHub",
      });
  const token = (io.env.GITHUB_TOKEN ?? "").trim();
  if (repository && token === "") {
    throw new ArgumentError(
      "GITHUB_TOKEN is not set, so GitHub state cannot be read",
      "export GITHUB_TOKEN (gh auth token prints one), or pass --offline to judge without GitHub (its criteria then fail closed)",
    );
  }

  const loaded = await loadConfig(io.cwd, values.config);
  const config = loaded.config.readiness;
  const appId = appIdOf(loaded.config, io.env);
  const files = await readInputFiles(
    io.cwd,
    {
      smoke: values.smoke,
      parity: values.parity,
      manifest: values.manifest,
      records: values.records,
      recordsRoot: values["records-root"],
    },
    config,
    loaded.config.pilot,
  );
  const github = repository
    ? await gatherGitHubState(
        new GitHubClient(cliOctokit(io, token), repository),
        sha,
        loaded.config,
        appId,
      )
    : offlineGitHubState("offline (--offline): pass --repo owner/name and set GITHUB_TOKEN");
  const now = io.now?.() ?? new Date();
  const report = evaluateReadiness(
    {
      sha,
      ...(files.smoke ? { smoke: files.smoke } : {}),
      ...(files.parity ? { parity: files.parity } : {}),
      ...(files.manifest ? { manifest: files.manifest } : {}),
      ...(files.records ? { records: files.records } : {}),
      github,
      milestones: files.milestones,
    },
    config,
    now,
  );
  const json = `${JSON.stringify(report, null, 2)}\n`;
  if (values.report !== undefined) {
    try {
      await writeFile(resolve(io.cwd, values.report), json);
    } catch (error) {
      throw new UsageError(
        `cannot write the report to ${values.report}: ${(error as Error).message}`,
      );
    }
  }
  if (values.json) {
    io.stdout.write(json);
  } else {
    io.stdout.write(
      [
        `config:    ${loaded.description}`,
        ...files.sources,
        `github:    ${repository ? `${repository.owner}/${repository.repo}` : "offline"}`,
        "",
        renderReadinessText(report),
      ].join("\n"),
    );
  }
  return report.verdict === "GO" ? 0 : 1;
}
