/**
 * The inputs and outputs `actions/parity/action.yml` declares, in its order.
 * test/actions/action-yml.test.ts checks the file against these, and that
 * every input reaches the step through `env:` as `inputEnvName(name)`.
 */
export const INPUTS = ["environments", "config-path", "report-path"] as const;
export const OUTPUTS = ["status", "drift-count", "report-path"] as const;

export type InputName = (typeof INPUTS)[number];
export type OutputName = (typeof OUTPUTS)[number];

/** Where the report goes when `report-path` is empty. */
export const DEFAULT_REPORT_PATH = ".pilot-gate/parity-report.json";

export interface ParityActionInputs {
  /** `environments`: the files to compare, the reference first; empty: `parity.environments`. */
  environments: string[];
  /** `config-path`: the config with the `parity:` rules; `undefined` for `.github/pilot-gate.yml` when it exists. */
  configPath: string | undefined;
  /** `report-path`: where the JSON report is written. */
  reportPath: string;
  /** `GITHUB_WORKSPACE`: relative paths are read from here. */
  workspace: string;
}

/** The variable the composite step passes an input in: `config-path` is `INPUT_CONFIG_PATH`. */
export function inputEnvName(name: InputName): string {
  return `INPUT_${name.toUpperCase().replace(/-/g, "_")}`;
}

/**
 * The one place the parity action reads its inputs. `environments` is one
 * path per line (blank lines and `#` comments ignored), as a multiline YAML
 * string gives them; empty, the run falls back to the config's
 * `parity.environments` (see `parityEnvironments`).
 */
export function getInputs(
  env: NodeJS.ProcessEnv = process.env,
  cwd: string = process.cwd(),
): ParityActionInputs {
  const environments = (env[inputEnvName("environments")] ?? "")
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("#"));
  const configPath = (env[inputEnvName("config-path")] ?? "").trim();
  return {
    environments,
    configPath: configPath === "" ? undefined : configPath,
    reportPath: (env[inputEnvName("report-path")] ?? "").trim() || DEFAULT_REPORT_PATH,
    workspace: (env.GITHUB_WORKSPACE ?? "").trim() || cwd,
  };
}
