import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { getInputs } from "../../../actions/parity/inputs.js";
import { main } from "../../../actions/parity/main.js";
import { runParityAction } from "../../../actions/parity/run.js";
import { parityReportSchema } from "../../../core/gates/parity/index.js";
import { tempDir, writeFiles, writeLargeFile } from "../../cli/helpers.js";
import { record, resetCore } from "../helpers/core.js";

vi.mock("@actions/core", async () => (await import("../helpers/core.js")).coreMock);

const ROOT = fileURLToPath(new URL("../../..", import.meta.url));
const NOW = () => new Date("2026-05-01T12:00:00Z");

beforeEach(() => {
  resetCore();
});

/** Runs the action in `workspace` with the inputs a workflow would pass. */
async function run(workspace: string, inputs: Record<string, string>) {
  const env = {
    GITHUB_WORKSPACE: workspace,
    ...Object.fromEntries(
      Object.entries(inputs).map(([name, value]) => [
        `INPUT_${name.toUpperCase().replace(/-/g, "_")}`,
        value,
      ]),
    ),
  };
  return runParityAction(getInputs(env), { now: NOW });
}

describe("the parity action", () => {
  it("passes on environments in parity: outputs, report and summary", async () => {
    const report = await run(ROOT, {
      environments: "examples/parity/production.yml\nexamples/parity/staging.yml\n",
      "report-path": join(await tempDir(), "out/parity.json"),
    });
    expect(report?.status).toBe("pass");
    expect(record.failed).toEqual([]);
    expect(record.outputs.status).toBe("pass");
    expect(record.outputs["drift-count"]).toBe("0");
    const written = JSON.parse(await readFile(record.outputs["report-path"] ?? "", "utf8"));
    expect(parityReportSchema.parse(written)).toEqual(report);
    expect(record.summaries[0]).toMatch(/^## ✅ Parity: production, staging match/);
  });

  it("fails the step on drift, with the drifts in the summary", async () => {
    const dir = await tempDir();
    await run(ROOT, {
      environments:
        "# reference first\nexamples/parity/production.yml\n\nexamples/parity/staging-drifted.yml",
      "report-path": join(dir, "parity.json"),
    });
    expect(record.outputs).toMatchObject({ status: "drift", "drift-count": "6" });
    expect(record.failed).toEqual([
      "Parity: 6 drifts between production, staging. Each drift and how to resolve it is in the job summary.",
    ]);
    expect(record.summaries[0]).toContain("### ❌ Drift");
  });

  it("reads the parity rules from config-path and dates expiries with the clock", async () => {
    await run(ROOT, {
      environments: "examples/parity/production.yml\nexamples/parity/staging-drifted.yml",
      "config-path": "examples/parity/pilot-gate.yml",
      "report-path": join(await tempDir(), "parity.json"),
    });
    expect(record.outputs["drift-count"]).toBe("4");
    expect(record.summaries[0]).toContain("expired on 2026-03-31");
    expect(record.summaries[0]).toContain("### 🟡 Expected differences");
  });

  it("warns that the config's _extends is not followed: the checked-out file is used alone", async () => {
    const dir = await tempDir();
    await writeFiles(dir, {
      "production.yml": await readFile(join(ROOT, "examples/parity/production.yml"), "utf8"),
      "staging.yml": await readFile(join(ROOT, "examples/parity/staging.yml"), "utf8"),
      "gate.yml": "_extends: acme/.github\nparity:\n  facets: [feature_flags]\n",
    });
    const report = await run(dir, {
      environments: "production.yml\nstaging.yml",
      "config-path": "gate.yml",
    });
    expect(report?.status).toBe("pass");
    expect(record.logs).toContainEqual({
      level: "warning",
      message:
        'gate.yml extends "acme/.github", which is not read here: this file is used alone, without the settings it would inherit. The App and the pull-request Action follow _extends.',
    });
  });

  it("fails closed on an environment file that does not parse, naming file:line:column", async () => {
    const dir = await tempDir();
    await writeFiles(dir, {
      "prod.yml": "name: production\n",
      "staging.yml": "name: staging\nfeature_flags: [\n",
    });
    const report = await run(dir, { environments: "prod.yml\nstaging.yml\nmissing.yml" });
    expect(report?.status).toBe("error");
    expect(record.outputs.status).toBe("error");
    expect(record.outputs["report-path"]).toBe(join(dir, ".pilot-gate/parity-report.json"));
    expect(record.failed[0]).toMatch(/^Parity: could not compare/);
    expect(record.failed[0]).toMatch(/staging\.yml:3:1 YAML syntax error/);
    expect(record.failed[0]).toContain("cannot read missing.yml: no such file");
  });

  it("fails closed on an environment file or a config over its size limit, unread", async () => {
    const dir = await tempDir();
    await writeFiles(dir, { "prod.yml": "name: production\n" });
    await writeLargeFile(dir, "staging.yml", 300_000, "name: staging\n# ");
    const report = await run(dir, { environments: "prod.yml\nstaging.yml" });
    expect(report?.status).toBe("error");
    expect(record.failed[0]).toMatch(
      /staging\.yml is 300,000 bytes, over the limit of 262,144 bytes \(256 KiB\)/,
    );

    resetCore();
    await writeLargeFile(dir, "gate.yml", 70_000, "parity: {}\n# ");
    expect(
      await run(dir, { environments: "prod.yml\nprod.yml", "config-path": "gate.yml" }),
    ).toBeUndefined();
    expect(record.failed[0]).toMatch(/gate\.yml the file is 70,000 bytes, over the limit/);
  });

  it("fails closed on an invalid config, before comparing anything", async () => {
    const dir = await tempDir();
    await writeFiles(dir, { "gate.yml": "parity:\n  facet: [openapi]\n" });
    const report = await run(dir, {
      environments: "a.yml\nb.yml",
      "config-path": "gate.yml",
    });
    expect(report).toBeUndefined();
    expect(record.outputs).toEqual({ status: "error" });
    expect(record.failed[0]).toContain('gate.yml:2:3 parity.facet: unknown key "facet"');
  });

  it("the entry fails the step when fewer than two files are given", async () => {
    await main({ GITHUB_WORKSPACE: await tempDir(), INPUT_ENVIRONMENTS: "prod.yml" });
    expect(record.failed[0]).toMatch(
      /^The environments input lists one file: give at least two environment files/,
    );
    expect(record.outputs.status).toBe("error");
  });
});

describe("the parity action: parity.environments of the config", () => {
  /** A workspace with the example environments and `config` as .github/pilot-gate.yml. */
  async function workspace(config: string): Promise<string> {
    const dir = await tempDir();
    await writeFiles(dir, {
      ".github/pilot-gate.yml": config,
      "production.yml": await readFile(join(ROOT, "examples/parity/production.yml"), "utf8"),
      "staging.yml": await readFile(join(ROOT, "examples/parity/staging.yml"), "utf8"),
      "drifted.yml": await readFile(join(ROOT, "examples/parity/staging-drifted.yml"), "utf8"),
    });
    return dir;
  }

  it("compares the files parity.environments lists, in order, when the input is empty", async () => {
    const dir = await workspace("parity:\n  environments: [production.yml, drifted.yml]\n");
    const report = await run(dir, { "report-path": "p.json" });
    expect(report?.status).toBe("drift");
    expect(report?.reference).toBe("production");
    expect(record.logs).toContainEqual({
      level: "info",
      message: "Environment files from parity.environments in .github/pilot-gate.yml.",
    });
  });

  it("lets the environments input win over parity.environments", async () => {
    const dir = await workspace("parity:\n  environments: [production.yml, drifted.yml]\n");
    const report = await run(dir, { environments: "production.yml\nstaging.yml" });
    expect(report?.status).toBe("pass");
  });

  it.each([
    ["no config", undefined, ".github/pilot-gate.yml (there is none) lists none"],
    ["an empty list", "parity: {}\n", ".github/pilot-gate.yml lists none"],
    ["one file", "parity:\n  environments: [production.yml]\n", ".github/pilot-gate.yml lists one"],
  ])("fails the step naming parity.environments with %s there", async (_, config, said) => {
    const dir = config === undefined ? await tempDir() : await workspace(config);
    await main({ GITHUB_WORKSPACE: dir });
    expect(record.outputs.status).toBe("error");
    expect(record.failed).toEqual([
      `The environments input lists no file and parity.environments in ${said}: give at least two environment files, the reference (e.g. production) first, one path per line in the environments input, e.g. envs/production.yml then envs/staging.yml; or list them once under parity.environments in .github/pilot-gate.yml.`,
    ]);
  });
});

describe("getInputs", () => {
  it("reads one path per line and fills the defaults", () => {
    expect(
      getInputs({ INPUT_ENVIRONMENTS: " a.yml \r\n\n# c\nb.json", GITHUB_WORKSPACE: "/w" }),
    ).toEqual({
      environments: ["a.yml", "b.json"],
      configPath: undefined,
      reportPath: ".pilot-gate/parity-report.json",
      workspace: "/w",
    });
  });

  it("leaves an empty list to parity.environments of the config", () => {
    expect(getInputs({}, "/w")).toEqual({
      environments: [],
      configPath: undefined,
      reportPath: ".pilot-gate/parity-report.json",
      workspace: "/w",
    });
  });
});
