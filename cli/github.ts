import type { CliIO } from "../engine/io.js";
import type { SeamOctokit } from "../github/client.js";
import { createTokenOctokit } from "../github/token-octokit.js";
import { ArgumentError } from "./args.js";
import { cliVersion } from "./version.js";

/** What the commands that read GitHub say when no repository was given. */
const NO_REPOSITORY = {
  message: "no repository given",
  hint: "pass --repo owner/name (GITHUB_REPOSITORY is used when set)",
};

/** `owner/name` from --repo (or GITHUB_REPOSITORY); a usage error otherwise. */
export function repositoryOf(
  value: string | undefined,
  missing: { message: string; hint: string } = NO_REPOSITORY,
): { owner: string; repo: string } {
  if (value === undefined || value.trim() === "") {
    throw new ArgumentError(missing.message, missing.hint);
  }
  const [owner, repo, ...rest] = value.trim().split("/");
  if (!owner || !repo || rest.length > 0) {
    throw new ArgumentError(`--repo "${value}" is not a repository`, "expected format owner/name");
  }
  return { owner, repo };
}

/**
 * The CLI's Octokit for a token: GITHUB_API_URL (GitHub Enterprise Server)
 * or api.github.com, the App's retry policy unless PILOT_GATE_NO_RETRY=1,
 * and no log of its own (each command says what failed).
 */
export function cliOctokit(io: CliIO, token: string): SeamOctokit {
  return createTokenOctokit({
    token,
    baseUrl: (io.env.GITHUB_API_URL ?? "").trim() || "https://api.github.com",
    userAgent: `pilot-gate-cli/${cliVersion()}`,
    log: { debug() {}, info() {}, warn() {}, error() {} },
    retries: io.env.PILOT_GATE_NO_RETRY !== "1",
  });
}
