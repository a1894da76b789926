import { describe, expect, it } from "vitest";
import { composeConfig, extendsError, readConfigLayer } from "../../../core/config/compose.js";
import { defaultConfig } from "../../../core/config/schema.js";
import { ConfigError, type FileIssuesError } from "../../../core/errors.js";
import { CONFIG_LIMIT } from "../../../core/limits.js";
import { planConfigError } from "../../../core/plan.js";

const OWN = "acme/api:.github/pilot-gate.yml";
const ORG = "acme/.github:.github/pilot-gate.yml";

function errorOf(run: () => unknown): ConfigError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error("expected a ConfigError");
}

describe("readConfigLayer", () => {
  it("reads the _extends a file names, with its position", () => {
    const layer = readConfigLayer(OWN, "# base\n_extends: .github\n", ".github/pilot-gate.yml");
    expect(layer.extends).toEqual({ value: ".github", position: { line: 2, column: 11 } });
    expect(layer.localPath).toBe(".github/pilot-gate.yml");
  });

  it.each([
    ["a number", "_extends: 42\n"],
    ["a list", "_extends: [a, b]\n"],
    ["empty text", '_extends: ""\n'],
  ])("refuses an _extends that is %s, naming the file, line and column", (_name, text) => {
    const error = errorOf(() => readConfigLayer(OWN, text));
    expect(error.message).toMatch(
      /^acme\/api:\.github\/pilot-gate\.yml:1:11 _extends: `_extends` names the config to inherit, as text/,
    );
  });

  it("names the file of a syntax error, at its line and column", () => {
    const error = errorOf(() => readConfigLayer(ORG, "rules:\n  - a\n b: c\n"));
    expect(error.file).toBe(ORG);
    expect(error.message).toMatch(
      /^acme\/\.github:\.github\/pilot-gate\.yml:3:\d+ YAML syntax error/,
    );
  });

  it("refuses a file over the config limit before parsing it", () => {
    const text = `# ${"x".repeat(CONFIG_LIMIT.bytes)}\n`;
    const error = errorOf(() => readConfigLayer(ORG, text));
    expect(error.message).toMatch(
      /^acme\/\.github:\.github\/pilot-gate\.yml the file is [\d,]+ bytes, over the limit/,
    );
  });
});

describe("composeConfig", () => {
  it("gives the playbook defaults for no file at all", () => {
    expect(composeConfig([])).toEqual(defaultConfig());
  });

  it("merges mappings key by key, the repository's file winning, and drops _extends", () => {
    const config = composeConfig([
      readConfigLayer(OWN, "_extends: .github\ncheck:\n  name: api-gate\n"),
      readConfigLayer(
        ORG,
        "check:\n  name: org-gate\n  dry_run: true\nroles:\n  po:\n    users: [paula]\n",
      ),
    ]);
    expect(config.check).toEqual({
      name: "api-gate",
      drafts: "report",
      dry_run: true,
      require: [],
      require_timeout: 60,
    });
    expect(config.roles).toEqual({ po: { users: ["paula"], teams: [] } });
    expect(config._extends).toBeUndefined();
  });

  it("takes a list whole from the nearest file that sets it, so a repository can shorten it", () => {
    const config = composeConfig([
      readConfigLayer(OWN, "rules:\n  governance-files:\n    approvers: [pm]\n"),
      readConfigLayer(ORG, "rules:\n  governance-files:\n    approvers: [po, cto]\n"),
    ]);
    expect(config.rules["governance-files"].approvers).toEqual(["pm"]);
  });

  it("lets a file rely on what the file it extends defines (a custom section's title)", () => {
    const config = composeConfig([
      readConfigLayer(OWN, "sections:\n  rollback_plan:\n    aliases: [Rollback]\n"),
      readConfigLayer(ORG, "sections:\n  rollback_plan:\n    title: Rollback plan\n"),
    ]);
    expect(config.sections.rollback_plan).toEqual({
      title: "Rollback plan",
      aliases: ["Rollback"],
    });
  });

  it("makes the files it composed from the judged repository governance files", () => {
    const paths = (layers: ReturnType<typeof readConfigLayer>[]) =>
      composeConfig(layers).rules["governance-files"].paths;
    const own = readConfigLayer(OWN, "_extends: api:gates/base.yml\n", ".github/pilot-gate.yml");
    const local = readConfigLayer(
      "acme/api:gates/base.yml",
      "_extends: .github\n",
      "gates/base.yml",
    );
    const org = readConfigLayer(ORG, "# the organisation's\n");
    expect(paths([own, local, org])).toEqual([
      "CODEOWNERS",
      ".github/CODEOWNERS",
      "docs/CODEOWNERS",
      ".github/pilot-gate.yml",
      "gates/base.yml",
    ]);
    // A team that lists no governance paths has turned the rule off: nothing is added.
    const off = readConfigLayer(
      "acme/api:gates/base.yml",
      "rules:\n  governance-files:\n    paths: []\n",
      "gates/base.yml",
    );
    expect(paths([own, off])).toEqual([]);
  });

  it("locates each problem in the file it is in, with line and column", () => {
    const error = errorOf(() =>
      composeConfig([
        readConfigLayer(OWN, "check:\n  name: gate\n  drafs: skip\n", ".github/pilot-gate.yml"),
        readConfigLayer(ORG, "# org defaults\nrules:\n  branch-names: {}\n"),
      ]),
    );
    expect(error.message.split("\n")).toEqual([
      `${OWN}:3:3 check.drafs: unknown key "drafs"; allowed here: name, drafts, dry_run, require, require_timeout`,
      expect.stringMatching(
        /^acme\/\.github:\.github\/pilot-gate\.yml:3:3 rules\.branch-names: unknown rule "branch-names"/,
      ),
    ]);
    expect(error.files).toEqual([OWN, ORG]);
  });

  it("locates a wrong value in the file whose value won, not one it overrode", () => {
    const error = errorOf(() =>
      composeConfig([
        readConfigLayer(OWN, "\n\ncheck:\n  drafts: maybe\n"),
        readConfigLayer(ORG, "check:\n  drafts: skip\n"),
      ]),
    );
    expect(error.issues).toEqual([
      expect.objectContaining({
        path: "check.drafts",
        file: OWN,
        position: { line: 4, column: 11 },
      }),
    ]);
  });

  it("annotates only files of the judged repository", () => {
    const error = errorOf(() =>
      composeConfig([
        readConfigLayer(OWN, "check:\n  drafs: skip\n", ".github/pilot-gate.yml"),
        readConfigLayer(ORG, "rules:\n  branch-names: {}\n"),
      ]),
    );
    const plan = planConfigError(error, "a".repeat(40), "required-check");
    expect(plan.checkRun?.annotations.map((a) => [a.path, a.start_line])).toEqual([
      [".github/pilot-gate.yml", 2],
    ]);
    expect(plan.checkRun?.title).toBe("Config error: 2 files have 2 problems");
    expect(plan.checkRun?.summary).toContain(`${ORG}:2:3 rules.branch-names`);
  });
});

describe("extendsError", () => {
  it("is located at the _extends line of the file that names the target", () => {
    const own = readConfigLayer(
      OWN,
      "check:\n  name: g\n_extends: base\n",
      ".github/pilot-gate.yml",
    );
    const error: FileIssuesError = extendsError([own], own, "acme/base does not exist");
    expect(error.message).toBe(`${OWN}:3:11 _extends: acme/base does not exist`);
    expect(error.localPathOf(error.issues[0] as never)).toBe(".github/pilot-gate.yml");
  });
});
