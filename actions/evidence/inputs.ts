import { COMMIT_PATTERN, EVIDENCE_SCOPES, PACK_ID_PATTERN } from "../../core/evidence/index.js";
import { DEFAULT_EVIDENCE_BRANCH } from "../../github/git-data.js";
import { InputError, readRepository } from "../runner.js";

export { InputError };

/**
 * The inputs and outputs actions/evidence/action.yml declares, in its order.
 * test/actions/action-yml.test.ts checks the file agrees and passes each
 * input through `env:` as `INPUT_<NAME>`.
 */
export const INPUTS = [
  "reports",
  "files",
  "scope",
  "id",
  "sha",
  "branch",
  "signing-key",
  "token",
] as const;
export const OUTPUTS = ["commit-sha", "statement-digest", "pack-path"] as const;

export type InputName = (typeof INPUTS)[number];
export type OutputName = (typeof OUTPUTS)[number];

/** What the evidence action was given; read once, by `getInputs`. */
export interface EvidenceActionInputs {
  reports: string[];
  files: string[];
  scope: string;
  id: string;
  sha: string;
  branch: string;
  /** A PEM Ed25519 private key, or undefined for an unsigned pack. */
  signingKey: string | undefined;
  token: string;
  owner: string;
  repo: string;
  apiUrl: string;
  /** The checkout: where relative report and file paths are read from. */
  workspace: string;
  /** Where the pack is built before it is committed. */
  temp: string;
}

function raw(env: NodeJS.ProcessEnv, name: InputName): string {
  return (env[`INPUT_${name.toUpperCase().replace(/-/g, "_")}`] ?? "").trim();
}

/** One path per line; blank lines and surrounding spaces are dropped. */
function lines(env: NodeJS.ProcessEnv, name: InputName): string[] {
  return raw(env, name)
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
}

/** The one place the evidence action reads its inputs and the runner's variables. */
export function getInputs(env: NodeJS.ProcessEnv = process.env): EvidenceActionInputs {
  const reports = lines(env, "reports");
  const files = lines(env, "files");
  if (reports.length === 0 && files.length === 0) {
    throw new InputError(
      "Nothing to pack: set reports (pilot-gate JSON reports, one per line) or files (other files or folders, one per line).",
    );
  }
  const scope = raw(env, "scope");
  if (!(EVIDENCE_SCOPES as readonly string[]).includes(scope)) {
    throw new InputError(
      `The scope input "${scope}" is not a scope: use one of ${EVIDENCE_SCOPES.join(", ")}.`,
    );
  }
  const id = raw(env, "id");
  if (!PACK_ID_PATTERN.test(id)) {
    throw new InputError(
      `The id input "${id}" cannot name a folder: use letters, digits, . _ - (not starting with a dot), e.g. v1.2.0.`,
    );
  }
  const sha = raw(env, "sha");
  if (!COMMIT_PATTERN.test(sha)) {
    throw new InputError(
      `The sha input "${sha}" is not a full commit id: leave it unset for the workflow's commit, or pass all 40 hex digits.`,
    );
  }
  const token = raw(env, "token");
  if (token === "") {
    throw new InputError(
      "The token input is empty: leave it unset to use the workflow's GITHUB_TOKEN (grant contents: write).",
    );
  }
  const { owner, repo } = readRepository(env);
  const workspace = (env.GITHUB_WORKSPACE ?? "").trim() || process.cwd();
  const signingKey = raw(env, "signing-key");
  return {
    reports,
    files,
    scope,
    id,
    sha,
    branch: raw(env, "branch") || DEFAULT_EVIDENCE_BRANCH,
    signingKey: signingKey === "" ? undefined : signingKey,
    token,
    owner,
    repo,
    apiUrl: (env.GITHUB_API_URL ?? "").trim() || "https://api.github.com",
    workspace,
    temp: (env.RUNNER_TEMP ?? "").trim() || workspace,
  };
}
