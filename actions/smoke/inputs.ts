import { DEFAULT_SMOKE_REPORT } from "../../engine/smoke/gather.js";
import { InputError } from "../runner.js";

export { InputError };

/**
 * The inputs and outputs `actions/smoke/action.yml` declares, in its order.
 * test/actions/action-yml.test.ts checks that the file and these agree.
 */
export const INPUTS = ["commands", "junit", "suites", "report-path"] as const;
export const OUTPUTS = ["status", "report-path", "passed", "failed", "flaky"] as const;

export type InputName = (typeof INPUTS)[number];
export type OutputName = (typeof OUTPUTS)[number];

/** What the smoke action was given; read once, by `getInputs`. */
export interface SmokeActionInputs {
  /** `commands`: one shell command per line, run in order. */
  commands: string[];
  /** `junit`: one glob of JUnit XML files per line. */
  junit: string[];
  /** `suites`: suites that must have executed scenarios, by line or comma. */
  suites: string[];
  /** `report-path`: where the JSON report is written, relative to the workspace. */
  reportPath: string;
  /** `GITHUB_WORKSPACE`: where commands run and globs are resolved. */
  workspace: string;
}

/** `report-path` is `INPUT_REPORT_PATH`: the composite step passes each input under this name. */
export function inputEnvName(name: InputName): string {
  return `INPUT_${name.toUpperCase().replace(/-/g, "_")}`;
}

/** The one place the smoke action reads its inputs and the runner's variables. */
export function getInputs(env: NodeJS.ProcessEnv = process.env): SmokeActionInputs {
  const junit = lines(env[inputEnvName("junit")]);
  if (junit.length === 0) {
    throw new InputError(
      "The junit input is empty: give one glob of the JUnit XML files your smoke run writes per line, e.g. junit: reports/**/*.xml",
    );
  }
  return {
    commands: lines(env[inputEnvName("commands")]),
    junit,
    suites: lines(env[inputEnvName("suites")]).flatMap((line) =>
      line
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean),
    ),
    reportPath: (env[inputEnvName("report-path")] ?? "").trim() || DEFAULT_SMOKE_REPORT,
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
