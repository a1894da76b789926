import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import {
  INPUTS as EVIDENCE_INPUTS,
  OUTPUTS as EVIDENCE_OUTPUTS,
} from "../../actions/evidence/inputs.js";
import { INPUTS as PARITY_INPUTS, OUTPUTS as PARITY_OUTPUTS } from "../../actions/parity/inputs.js";
import { getInputs, INPUTS, inputEnvName, OUTPUTS } from "../../actions/pull-request/inputs.js";
import {
  INPUTS as READINESS_INPUTS,
  OUTPUTS as READINESS_OUTPUTS,
} from "../../actions/readiness/inputs.js";
import { INPUTS as SMOKE_INPUTS, OUTPUTS as SMOKE_OUTPUTS } from "../../actions/smoke/inputs.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

interface ActionYml {
  name?: string;
  description?: string;
  inputs?: Record<string, { description?: string; required?: boolean; default?: string }>;
  outputs?: Record<string, { description?: string; value?: string }>;
  runs?: {
    using?: string;
    steps?: {
      id?: string;
      run?: string;
      shell?: string;
      uses?: string;
      env?: Record<string, string>;
      with?: Record<string, string>;
    }[];
  };
}

/** Every action in the repository, with the entry constants its action.yml must agree with. */
const ACTIONS: Record<
  string,
  { inputs: readonly string[]; outputs: readonly string[]; bundle: string }
> = {
  "action.yml": { inputs: INPUTS, outputs: OUTPUTS, bundle: "dist/action.js" },
  "actions/evidence/action.yml": {
    inputs: EVIDENCE_INPUTS,
    outputs: EVIDENCE_OUTPUTS,
    bundle: "../../dist/evidence.js",
  },
  "actions/parity/action.yml": {
    inputs: PARITY_INPUTS,
    outputs: PARITY_OUTPUTS,
    bundle: "../../dist/parity.js",
  },
  "actions/readiness/action.yml": {
    inputs: READINESS_INPUTS,
    outputs: READINESS_OUTPUTS,
    bundle: "../../dist/readiness.js",
  },
  "actions/smoke/action.yml": {
    inputs: SMOKE_INPUTS,
    outputs: SMOKE_OUTPUTS,
    bundle: "../../dist/smoke.js",
  },
};

function actionFiles(): string[] {
  const found = ["action.yml", "action.yaml"].filter((name) => existsSync(join(ROOT, name)));
  const dir = join(ROOT, "actions");
  for (const name of existsSync(dir) ? readdirSync(dir) : []) {
    for (const file of ["action.yml", "action.yaml"]) {
      if (existsSync(join(dir, name, file))) found.push(`actions/${name}/${file}`);
    }
  }
  return found.sort();
}

function load(file: string): ActionYml {
  return parse(readFileSync(join(ROOT, file), "utf8")) as ActionYml;
}

const STEP_OUTPUT = /^\$\{\{\s*steps\.([\w-]+)\.outputs\.([\w-]+)\s*\}\}$/;

describe("action.yml files", () => {
  it("are all known here, so each is checked against its entry", () => {
    expect(actionFiles()).toEqual(Object.keys(ACTIONS).sort());
  });

  describe.each(Object.entries(ACTIONS))("%s", (file, entry) => {
    const action = load(file);
    const steps = action.runs?.steps ?? [];

    it("is a composite action with a name and a description", () => {
      expect(action.name).toBeTruthy();
      expect(action.description).toBeTruthy();
      expect(action.runs?.using).toBe("composite");
    });

    it("declares exactly the entry's inputs and outputs, each described", () => {
      expect(Object.keys(action.inputs ?? {})).toEqual([...entry.inputs]);
      expect(Object.keys(action.outputs ?? {})).toEqual([...entry.outputs]);
      for (const [name, input] of Object.entries(action.inputs ?? {})) {
        expect(input.description, `input ${name}`).toBeTruthy();
      }
      for (const [name, output] of Object.entries(action.outputs ?? {})) {
        expect(output.description, `output ${name}`).toBeTruthy();
        const [, id, stepOutput] = STEP_OUTPUT.exec(output.value ?? "") ?? [];
        expect(stepOutput, `output ${name} maps a step's output`).toBe(name);
        expect(
          steps.some((step) => step.id === id),
          `step ${id}`,
        ).toBe(true);
      }
    });

    it("splices no expression into a script, and names the shell of each", () => {
      for (const step of steps.filter((s) => s.run !== undefined)) {
        // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression, not a JavaScript template
        expect(step.run, "use env: instead of ${{ }} in run:").not.toContain("${{");
        expect(step.shell, `shell of "${step.run}"`).toBeTruthy();
      }
    });

    it("passes every input to the script through env:, under the name the entry reads", () => {
      const env = Object.assign({}, ...steps.map((step) => step.env ?? {})) as Record<
        string,
        string
      >;
      for (const name of entry.inputs) {
        expect(env[inputEnvName(name as (typeof INPUTS)[number])], `input ${name}`).toMatch(
          new RegExp(`^\\$\\{\\{\\s*inputs\\.${name}\\s*\\}\\}$`),
        );
      }
    });

    it(`runs the committed bundle ${entry.bundle} from the action's own folder`, () => {
      const runs = steps.flatMap((step) => (step.run ? [step.run] : []));
      expect(runs).toContain(`node "$GITHUB_ACTION_PATH/${entry.bundle}"`);
      // The bundle path is relative to the action's folder, as $GITHUB_ACTION_PATH is.
      expect(existsSync(join(ROOT, dirname(file), entry.bundle)), "run npm run build").toBe(true);
    });
  });

  it("has every input and output in the README's Actions section", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const section = /\n## Use it in GitHub Actions\n([\s\S]*?)\n## /.exec(readme)?.[1] ?? "";
    expect(section, "README: ## Use it in GitHub Actions").not.toBe("");
    for (const name of [...INPUTS, ...OUTPUTS]) expect(section).toContain(`\`${name}\``);
  });

  it("documents the defaults the entry falls back to", () => {
    const inputs = load("action.yml").inputs ?? {};
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression, not a JavaScript template
    expect(inputs.token?.default).toBe("${{ github.token }}");
    const runner = { GITHUB_EVENT_NAME: "e", GITHUB_EVENT_PATH: "p", GITHUB_REPOSITORY: "o/r" };
    const withDefaults = getInputs({
      ...runner,
      INPUT_TOKEN: "t",
      INPUT_DRY_RUN: inputs["dry-run"]?.default,
      INPUT_APP_SLUG: inputs["app-slug"]?.default,
    });
    expect(withDefaults).toEqual(getInputs({ ...runner, INPUT_TOKEN: "t" }));
  });
});
