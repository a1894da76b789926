import { smokeCommit } from "../../core/gates/smoke/index.js";
import { DEFAULT_SMOKE_REPORT } from "../../engine/smoke/gather.js";

/**
 * The inputs and outputs `actions/smoke/action.yml` declares, in its order.
 * test/actions/action-yml.test.ts checks that the file and these agree.
 */
export const INPUTS = ["commands", "junit", "suites", "config-path", "report-path", "sha"] as const;
export const OUTPUTS = ["status", "report-path", "passed", "failed", "flaky"] as const;

export type InputName = (typeof INPUTS)[number];
export type OutputName = (typeof OUTPUTS)[number];

/** What the smoke action was given; read once, by `getInputs`. */
export interface SmokeActionInputs {
  /** `commands`: one shell command per line, run in order. */
  commands: string[];
  /** `junit`: one glob of JUnit XML files per line; empty: `smoke.junit` of the config. */
  junit: string[];
  /** `suites`: suites that must have executed scenarios, by line or comma. */
  suites: string[];
  /** `config-path`: the config whose `smoke:` is the fallback; `undefined` for `.github/pilot-gate.yml` when it exists. */
  configPath: string | undefined;
  /** `report-path`: where the JSON report is written, relative to the workspace. */
  reportPath: string;
  /** `sha`: the commit the workspace holds, recorded in the report; empty records none. */
  sha: string | undefined;
  /** `GITHUB_WORKSPACE`: where commands run and globs are resolved. */
  workspace: string;
}

/** `report-path` is `INPUT_REPORT_PATH`: the composite step passes each input under this name. */
export function inputEnvName(name: InputName): string {
  return `INPUT_${name.toUpperCase().replace(/-/g, "_")}`;
}

/**
 * The one place the smoke action reads its inputs and the runner's
 * variables. An empty `junit` is not an error here: the run falls back to
 * the config's `smoke:` (see `smokeSettings`).
 */
export function getInputs(env: NodeJS.ProcessEnv = process.env): SmokeActionInputs {
  const configPath = (env[inputEnvName("config-path")] ?? "").trim();
  return {
    commands: lines(env[inputEnvName("commands")]),
    junit: lines(env[inputEnvName("junit")]),
    suites: lines(env[inputEnvName("suites")]).flatMap((line) =>
      line
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean),
    ),
    configPath: configPath === "" ? undefined : configPath,
    reportPath: (env[inputEnvName("report-path")] ?? "").trim() || DEFAULT_SMOKE_REPORT,
    sha: smokeCommit(env[inputEnvName("sha")], "The sha input"),
    workspace: (env.GITHUB_WORKSPACE ?? "").trim() || process.cwd(),
  };
}

/** A multiline input's non-empty lines, trimmed. */
function lines(value: string | undefined): string[] {
  return (value ?? "")
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
}
