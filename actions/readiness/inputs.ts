/**
 * The inputs and outputs actions/readiness/action.yml declares, in its order.
 * test/actions/action-yml.test.ts checks the file agrees and passes each
 * input through `env:` as `INPUT_<NAME>`.
 */
import { InputError, readRepository } from "../runner.js";

export { InputError };
export const INPUTS = [
  "sha",
  "smoke-report",
  "parity-report",
  "manifest",
  "records-root",
  "token",
] as const;
export const OUTPUTS = ["verdict", "blockers", "report-path"] as const;

export type InputName = (typeof INPUTS)[number];
export type OutputName = (typeof OUTPUTS)[number];

/** What the readiness action was given; read once, by `getInputs`. */
export interface ReadinessActionInputs {
  sha: string;
  smokeReport: string | undefined;
  parityReport: string | undefined;
  manifest: string | undefined;
  /** A checkout of the evidence branch, where committed scenario records are read from. */
  recordsRoot: string | undefined;
  token: string;
  owner: string;
  repo: string;
  apiUrl: string;
  /** The checkout: where relative paths and the config are read from. */
  workspace: string;
  /** Where the JSON report is written. */
  reportPath: string;
  /** `APP_ID` from the environment, when the config names no `protection.app_id`. */
  appIdEnv: string | undefined;
}

/** `smoke-report` arrives as `INPUT_SMOKE_REPORT`: composite actions do not export inputs to steps themselves. */
export function inputEnvName(name: InputName): string {
  return `INPUT_${name.toUpperCase().replace(/-/g, "_")}`;
}

function optional(env: NodeJS.ProcessEnv, name: InputName): string | undefined {
  const value = (env[inputEnvName(name)] ?? "").trim();
  return value === "" ? undefined : value;
}

/** The one place the readiness action reads its inputs and the runner's variables. */
export function getInputs(env: NodeJS.ProcessEnv = process.env): ReadinessActionInputs {
  const sha = optional(env, "sha") ?? "";
  if (!/^[0-9a-f]{7,40}$/i.test(sha)) {
    throw new InputError(
      `The sha input "${sha}" is not a commit SHA: leave it unset for the workflow's commit, or pass one (sha: \${{ github.sha }}).`,
    );
  }
  const token = optional(env, "token");
  if (token === undefined) {
    throw new InputError(
      "The token input is empty: leave it unset to use the workflow's GITHUB_TOKEN (grant checks: read, issues: read).",
    );
  }
  const { owner, repo } = readRepository(env);
  const workspace = (env.GITHUB_WORKSPACE ?? "").trim() || process.cwd();
  const temp = (env.RUNNER_TEMP ?? "").trim() || workspace;
  return {
    sha,
    smokeReport: optional(env, "smoke-report"),
    parityReport: optional(env, "parity-report"),
    manifest: optional(env, "manifest"),
    recordsRoot: optional(env, "records-root"),
    token,
    owner,
    repo,
    apiUrl: (env.GITHUB_API_URL ?? "").trim() || "https://api.github.com",
    workspace,
    reportPath: `${temp.replace(/\/+$/, "")}/pilot-gate-readiness.json`,
    appIdEnv: env.APP_ID,
  };
}
