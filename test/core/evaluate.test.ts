import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseConfig } from "../../core/config/load.js";
import { defaultConfig } from "../../core/config/schema.js";
import { ConfigError } from "../../core/errors.js";
import { evaluatePullRequest } from "../../core/evaluate.js";
import { MAX_BODY_CHARS } from "../../core/markdown/limits.js";
import { RULES } from "../../core/rules/index.js";
import { snapshot, VALID_BODY } from "../helpers/pull-request.js";

describe("evaluatePullRequest", () => {
  it("passes a PR that follows the playbook, with a result for every rule", () => {
    const verdict = evaluatePullRequest(snapshot(), defaultConfig());
    expect(verdict.findings.filter((f) => f.severity === "blocking")).toEqual([]);
    expect(verdict.status).toBe("pass");
    expect(verdict.rules.map((r) => r.ruleId)).toEqual(RULES.map((r) => r.id));
  });

  it("gives NO_MERGE as soon as one finding blocks", () => {
    const verdict = evaluatePullRequest(snapshot({ labels: ["NO_MERGE"] }), defaultConfig());
    expect(verdict.status).toBe("no_merge");
    expect(verdict.rules.find((r) => r.ruleId === "no-merge-label")?.status).toBe("fail");
  });

  it("judges a body with Windows line endings like the same body with Unix ones", () => {
    const unix = evaluatePullRequest(snapshot(), defaultConfig());
    const windows = evaluatePullRequest(
      snapshot({ body: VALID_BODY.replace(/\n/g, "\r\n") }),
      defaultConfig(),
    );
    expect(windows).toEqual(unix);
  });

  it("blocks an empty body", () => {
    const verdict = evaluatePullRequest(snapshot({ body: "" }), defaultConfig());
    expect(verdict.status).toBe("no_merge");
  });

  it("reads only GitHub's maximum of a 1 MB body and says so", () => {
    const body = VALID_BODY + "\nfiller line\n".repeat(Math.ceil(1_048_576 / 13));
    expect(body.length).toBeGreaterThan(1_000_000);
    const verdict = evaluatePullRequest(snapshot({ body }), defaultConfig());
    expect(verdict.status).toBe("no_merge");
    const size = verdict.findings.find((f) => f.message.includes("over GitHub's limit"));
    expect(size?.severity).toBe("blocking");
    expect(size?.message).toContain(`first ${MAX_BODY_CHARS.toLocaleString("en-US")}`);
  });

  it.each([
    ["deeply nested block quotes", `${">".repeat(5_000)} x`, 1],
    ["deeply nested lists", `${"- ".repeat(5_000)}x`, 1],
    [
      "lists nested deeply by indentation",
      `${VALID_BODY}\n${Array.from({ length: 30 }, (_, i) => `${"  ".repeat(i)}- x`).join("\n")}`,
      VALID_BODY.split("\n").length + 21,
    ],
    ["nested emphasis", `${"*a _".repeat(1_500)}${"_ a*".repeat(1_500)}`, 1],
  ])("refuses %s, pointing at the line", (_name, body, line) => {
    const verdict = evaluatePullRequest(snapshot({ body }), defaultConfig());
    expect(verdict.status).toBe("no_merge");
    const finding = verdict.findings.find((f) => f.message.includes("was not read"));
    expect(finding?.severity).toBe("blocking");
    expect(finding?.position?.line).toBe(line);
    // The refusal is the one finding about the body: no rule calls it empty.
    expect(verdict.findings.filter((f) => f.source === "body")).toEqual([finding]);
  });

  it.each([
    ["many moderately nested lists", `${"- ".repeat(15)}x\n`.repeat(200)],
    ["emphasis spread over paragraphs", "_a* _b*\n\n".repeat(2_000)],
  ])("reads %s, which only an earlier parser had to refuse", (_name, body) => {
    const verdict = evaluatePullRequest(snapshot({ body }), defaultConfig());
    expect(verdict.findings.filter((f) => f.ruleId === "pr-body")).toEqual([]);
    expect(verdict.findings.some((f) => f.ruleId === "pr-checklist")).toBe(true);
  });

  it("turns a rule that throws into a blocking finding instead of crashing", () => {
    const config = defaultConfig();
    // A getter that throws stands in for any unexpected failure inside a rule.
    Object.defineProperty(config.rules["no-merge-label"], "label", {
      get() {
        throw new Error("boom");
      },
    });
    const verdict = evaluatePullRequest(snapshot(), config);
    expect(verdict.status).toBe("no_merge");
    const finding = verdict.findings.find((f) => f.ruleId === "no-merge-label");
    expect(finding?.message).toMatch(/could not finish \(boom\)/);
  });

  it("downgrades a rule's blocking findings to warnings when configured", () => {
    const config = parseConfig("rules:\n  no-merge-label:\n    severity: warning\n");
    const verdict = evaluatePullRequest(snapshot({ labels: ["NO_MERGE"] }), config);
    expect(verdict.status).toBe("pass");
    expect(verdict.rules.find((r) => r.ruleId === "no-merge-label")?.status).toBe("warn");
  });
});

describe("properties", () => {
  const text = fc.oneof(
    fc.string({ maxLength: 400 }),
    fc.string({ unit: "grapheme", maxLength: 200 }),
    fc
      .array(
        fc.constantFrom(
          "## Story ID\n",
          "## Residual risks\n",
          "# Definition of Done\n",
          "- [ ] ",
          "- [x] ",
          "* ",
          "> ",
          "<!-- ",
          " -->",
          "```\n",
          "| a | b |\n",
          "| --- | --- |\n",
          "| critical | open |\n",
          "S-PC-01",
          "N/A: ",
          "\r\n",
          "\n",
          "[x](",
          ")",
          "https://e.x/a",
          "TBD",
          "\u0000",
        ),
        { maxLength: 60 },
      )
      .map((parts) => parts.join("")),
  );

  it("returns a verdict for any body, branch, title and labels, never throwing", () => {
    fc.assert(
      fc.property(
        text,
        fc.string({ maxLength: 80 }),
        fc.string(),
        fc.array(fc.string()),
        (body, branch, title, labels) => {
          const verdict = evaluatePullRequest(
            { body, branch, base: "develop", title, labels },
            defaultConfig(),
          );
          expect(["pass", "no_merge"]).toContain(verdict.status);
          for (const finding of verdict.findings) expect(finding.message.length).toBeGreaterThan(0);
          expect(verdict.status === "no_merge").toBe(
            verdict.findings.some((f) => f.severity === "blocking"),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it("either loads any config text or throws a ConfigError, nothing else", () => {
    const yamlish = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc
        .array(
          fc.constantFrom(
            "rules:\n",
            "  branch-name:\n",
            "    patterns: [",
            "'feature/{story}'",
            "]\n",
            "ids:\n",
            "  pattern: '[A-Z'\n",
            "sections:\n",
            "  x: {aliases: [a]}\n",
            "&a ",
            "*a",
            ": ",
            "- ",
            "\t",
            "{",
            "}",
            "\n",
          ),
          { maxLength: 30 },
        )
        .map((parts) => parts.join("")),
    );
    fc.assert(
      fc.property(yamlish, (source) => {
        try {
          parseConfig(source);
        } catch (error) {
          expect(error).toBeInstanceOf(ConfigError);
          expect((error as ConfigError).issues.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe("body limits", () => {
  it("block even when every body rule is off or only warns", () => {
    const config = parseConfig(
      "rules:\n  pr-checklist:\n    enabled: false\n  residual-risks:\n    severity: warning\n",
    );
    const verdict = evaluatePullRequest(snapshot({ body: `${"- ".repeat(50)}x` }), config);
    expect(verdict.status).toBe("no_merge");
    expect(verdict.rules[0]).toMatchObject({ ruleId: "pr-body", status: "fail" });
    expect(verdict.rules[0]?.findings[0]?.severity).toBe("blocking");
  });
});
