/**
 * The inputs and outputs `action.yml` declares, in the order it lists them.
 * test/actions/action-yml.test.ts checks that the file and these agree, and
 * that every input reaches the step through `env:` as `inputEnvName(name)`.
 */
import { InputError, readRepository } from "../runner.js";

export { InputError };
export const INPUTS = ["token", "dry-run", "app-slug"] as const;
export const OUTPUTS = ["verdict", "check-run-id"] as const;

export type InputName = (typeof INPUTS)[number];
export type OutputName = (typeof OUTPUTS)[number];

/** What the action was given and where it runs; read once, by `getInputs`. */
export interface ActionInputs {
  /** `token`: GITHUB_TOKEN (the default) or an App installation token. */
  token: string;
  /** `dry-run`: judge and report, but write nothing to GitHub. */
  dryRun: boolean;
  /** `app-slug`: the app the token belongs to, to recognise its own check runs and labels. */
  appSlug: string;
  /** `GITHUB_EVENT_NAME`: the event that started the workflow. */
  eventName: string;
  /** `GITHUB_EVENT_PATH`: the webhook payload of that event, as a JSON file. */
  eventPath: string;
  /** `GITHUB_REPOSITORY`: the repository the workflow runs in. */
  owner: string;
  repo: string;
  /** `GITHUB_API_URL`: api.github.com, or a GitHub Enterprise Server's API. */
  apiUrl: string;
}

/**
 * The environment variable the composite step passes an input in (`dry-run`
 * is `INPUT_DRY_RUN`). Composite actions do not export `INPUT_*` to their
 * steps themselves, and a hyphen would make the name unusable in bash.
 */
export function inputEnvName(name: InputName): string {
  return `INPUT_${name.toUpperCase().replace(/-/g, "_")}`;
}

/**
 * The one place the action reads its inputs and the runner's variables.
 * `@actions/core` reads `GITHUB_OUTPUT` and `GITHUB_STEP_SUMMARY` itself
 * when it writes outputs and the job summary.
 */
export function getInputs(env: NodeJS.ProcessEnv = process.env): ActionInputs {
  const token = (env[inputEnvName("token")] ?? "").trim();
  if (token === "") {
    throw new InputError(
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression, not a JavaScript template
      "The token input is empty: leave it unset to use the workflow's GITHUB_TOKEN, or pass an App token (token: ${{ steps.app-token.outputs.token }}).",
    );
  }
  const { owner, repo } = readRepository(env);
  return {
    token,
    dryRun: readBoolean(env, "dry-run", false),
    appSlug: (env[inputEnvName("app-slug")] ?? "").trim() || "github-actions",
    eventName: runnerVariable(env, "GITHUB_EVENT_NAME"),
    eventPath: runnerVariable(env, "GITHUB_EVENT_PATH"),
    owner,
    repo,
    apiUrl: (env.GITHUB_API_URL ?? "").trim() || "https://api.github.com",
  };
}

function runnerVariable(env: NodeJS.ProcessEnv, name: string): string {
  const value = (env[name] ?? "").trim();
  if (value === "") {
    throw new InputError(
      `${name} is not set: pilot-gate runs as a step of a GitHub Actions workflow (uses: <owner>/pilot-gate@<ref>), which sets it.`,
    );
  }
  return value;
}

/**
 * A boolean input, as YAML 1.2 spells one (what `core.getBooleanInput`
 * accepts). Anything else is refused, so `dry-run: ture` cannot make the
 * action write when it was meant not to.
 */
function readBoolean(env: NodeJS.ProcessEnv, name: InputName, fallback: boolean): boolean {
  const raw = (env[inputEnvName(name)] ?? "").trim();
  if (raw === "") return fallback;
  if (["true", "True", "TRUE"].includes(raw)) return true;
  if (["false", "False", "FALSE"].includes(raw)) return false;
  throw new InputError(`The ${name} input is "${raw}", not a boolean: set it to true or false.`);
}
