import { readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { initConfigText } from "../../cli/init-config.js";
import { type ConfigKey, configKeys } from "../../core/config/schema-keys.js";
import { CONFIG_PATH, defaultConfig, parseConfig } from "../../core/index.js";
import { DEFAULT_PR_TEMPLATE } from "../../core/pr-template.js";
import { run, tempDir, writeFiles } from "./helpers.js";

const TEMPLATE = ".github/pull_request_template.md";

describe("pilot-gate init", () => {
  it("writes the PR template and a config equal to the defaults", async () => {
    const cwd = await tempDir();
    const result = await run(["init"], { cwd });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`✔ created ${TEMPLATE}`);
    expect(result.stdout).toContain(`✔ created ${CONFIG_PATH}`);
    expect(await readFile(join(cwd, TEMPLATE), "utf8")).toBe(DEFAULT_PR_TEMPLATE);

    const config = await readFile(join(cwd, CONFIG_PATH), "utf8");
    expect(parseConfig(config)).toEqual(defaultConfig());
  });

  it("writes every key with its default, so the comments document them all", () => {
    // Without defaults filled in: a key missing from the file would show here.
    expect(parse(initConfigText())).toEqual(defaultConfig());
  });

  it("says what the App does with _extends, approvals and incidents, as it now does", () => {
    // One line of prose, so a sentence split over comment lines still matches.
    const prose = initConfigText()
      .split("\n")
      .map((line) => line.trim())
      .filter((line) => line.startsWith("#"))
      .map((line) => line.replace(/^#\s*/, ""))
      .join(" ");
    expect(prose).not.toMatch(/does not act|not (yet )?follow|from the base branch/);
    expect(prose).toContain("The GitHub App and the pull-request Action follow it");
    expect(prose).toContain("A repository without this file gets its organisation's");
    expect(prose).toContain("escalates breached SLA clocks");
    expect(prose).toContain("from someone with maintain or admin permission");
  });

  it("comments each key with its schema's description, as the README's reference does", () => {
    const prose = initConfigText()
      .split("\n")
      .filter((line) => line.trim().startsWith("#"))
      .map((line) => line.trim().replace(/^#\s*/, ""))
      .join(" ");
    const described: string[] = [];
    const walk = (keys: readonly ConfigKey[]) => {
      for (const key of keys) {
        if (key.key === "<id>") continue;
        if (key.node.description) described.push(key.node.description);
        walk(key.children);
      }
    };
    walk(configKeys());
    expect(described.length).toBeGreaterThan(100);
    for (const description of described) expect(prose).toContain(description);
  });

  it("comments every rule option it writes", () => {
    const lines = initConfigText().split("\n");
    const keys = lines.filter((line) => /^ {4}[a-z_]+:/.test(line));
    expect(keys.length).toBeGreaterThan(10);
    for (const line of keys) {
      const key = line.trim().split(":")[0];
      if (key === "enabled" || key === "severity") continue; // explained once, at the top
      const index = lines.indexOf(line);
      expect(lines[index - 1], `no comment above ${key}`).toMatch(/^\s*#/);
    }
  });

  it("leaves a config that validates and is used by check", async () => {
    const cwd = await tempDir();
    await run(["init"], { cwd });
    expect(await run(["config", "validate"], { cwd })).toMatchObject({ code: 0 });
    await writeFiles(cwd, { "pr.md": DEFAULT_PR_TEMPLATE });
    const check = await run(["check", "--branch", "feature/S-PC-01-x", "--body-file", "pr.md"], {
      cwd,
    });
    expect(check.stdout).toContain(`config:   ${CONFIG_PATH}`);
    expect(check.stdout).toContain(`template: ${TEMPLATE}`);
  });

  it("refuses to overwrite and writes nothing when a file exists", async () => {
    const cwd = await tempDir();
    await writeFiles(cwd, { [CONFIG_PATH]: "# mine\n" });
    const result = await run(["init"], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `pilot-gate: ${CONFIG_PATH} already exists; nothing was written. Run "pilot-gate init --force" to overwrite.\n`,
    );
    expect(await readFile(join(cwd, CONFIG_PATH), "utf8")).toBe("# mine\n");
    await expect(stat(join(cwd, TEMPLATE))).rejects.toMatchObject({ code: "ENOENT" });
  });

  it("names both files when both exist", async () => {
    const cwd = await tempDir();
    await run(["init"], { cwd });
    const again = await run(["init"], { cwd });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain(`${TEMPLATE} and ${CONFIG_PATH} already exist`);
  });

  it("overwrites with --force", async () => {
    const cwd = await tempDir();
    await writeFiles(cwd, { [TEMPLATE]: "old\n" });
    const result = await run(["init", "--force"], { cwd });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`✔ overwrote ${TEMPLATE}`);
    expect(result.stdout).toContain(`✔ created ${CONFIG_PATH}`);
    expect(await readFile(join(cwd, TEMPLATE), "utf8")).toBe(DEFAULT_PR_TEMPLATE);
  });
});

describe("pilot-gate init (cannot write)", () => {
  it("exits 2 with a clear message when a file is where .github should be", async () => {
    const cwd = await tempDir();
    await writeFiles(cwd, { ".github": "not a folder\n" });
    const result = await run(["init"], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `pilot-gate: cannot write ${TEMPLATE}: a file is in the way of its folder\n`,
    );
  });
});
