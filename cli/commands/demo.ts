import { parseArgs } from "node:util";
import { type Config, defaultConfig, evaluatePullRequest, type Verdict } from "../../core/index.js";
import type { CliIO } from "../../engine/io.js";
import { parseOrExplain } from "../args.js";
import { palette, useColor } from "../color.js";
import { EXAMPLES, type Example } from "../examples.js";
import { HELP } from "../help.js";
import { renderText } from "../render-text.js";

const OPTIONS = {
  help: { type: "boolean", short: "h", default: false },
} as const;

const STATUS_NAME = { pass: "ready to merge", no_merge: "NO_MERGE" } as const;

/** How many changed files an example's heading names before "and N more". */
const FILES_SHOWN = 3;

function fileList(files: readonly string[]): string {
  if (files.length === 0) return "none";
  const shown = files.slice(0, FILES_SHOWN).join(", ");
  return files.length > FILES_SHOWN ? `${shown} and ${files.length - FILES_SHOWN} more` : shown;
}

/**
 * Judges an example and says what is wrong when it does not get the verdict
 * it expects, or is not blocked by the rules it is about.
 */
export function judgeExample(
  example: Example,
  config: Config = defaultConfig(),
): { verdict: Verdict; problem: string | undefined } {
  // An example stands for a repository whose head has the files the PR changes, so
  // the evidence it commits is there; a path it cites beyond those is missing.
  const files = example.snapshot.changedFiles ?? [];
  const headPaths = example.snapshot.headPaths ?? {
    exists: Object.fromEntries(files.map((file) => [file, true])),
  };
  const verdict = evaluatePullRequest({ ...example.snapshot, headPaths }, config);
  if (verdict.status !== example.expect) {
    return {
      verdict,
      problem: `This example expects ${STATUS_NAME[example.expect]}, but got ${STATUS_NAME[verdict.status]}.`,
    };
  }
  const failing = new Set(verdict.rules.filter((r) => r.status === "fail").map((r) => r.ruleId));
  const missing = (example.blockedBy ?? []).filter((id) => !failing.has(id));
  if (missing.length > 0) {
    return {
      verdict,
      problem: `This example should be blocked by ${missing.join(", ")}, but ${missing.length === 1 ? "that rule" : "those rules"} found nothing blocking.`,
    };
  }
  return { verdict, problem: undefined };
}

/**
 * `pilot-gate demo`: judges the bundled example PRs with the default rules.
 * Exits 1 when an example does not get the verdict it expects, so the demo is
 * also a smoke test of the engine that was built.
 */
export async function runDemo(
  args: string[],
  io: CliIO,
  examples: readonly Example[] = EXAMPLES,
): Promise<number> {
  const { values } = parseOrExplain(Object.keys(OPTIONS), () =>
    parseArgs({ args, options: OPTIONS, strict: true, allowPositionals: false }),
  );
  if (values.help) {
    io.stdout.write(HELP.demo);
    return 0;
  }
  const color = useColor(io.stdout, io.env);
  const c = palette(color);
  const config = defaultConfig();
  const out: string[] = [
    c.bold(
      `pilot-gate demo: ${examples.length} example pull requests, judged with the default rules`,
    ),
    c.dim("(the verdicts the pilot-gate check would give them on GitHub)"),
  ];

  const wrong: number[] = [];
  examples.forEach((example, index) => {
    const { snapshot } = example;
    const { verdict, problem } = judgeExample(example, config);
    const heading = `${index + 1}/${examples.length} ${example.name}`;
    out.push("", c.bold(`── ${heading} ${"─".repeat(Math.max(3, 72 - heading.length))}`));
    const labels = snapshot.labels.length > 0 ? `   labels: ${snapshot.labels.join(", ")}` : "";
    out.push(
      `   ${c.cyan(snapshot.branch)} → ${c.cyan(snapshot.base)}   "${snapshot.title}"${labels}`,
    );
    if (snapshot.changedFiles !== undefined)
      out.push(c.dim(`   files: ${fileList(snapshot.changedFiles)}`));
    out.push(c.dim(`   ${example.shows}`), "");
    out.push(
      renderText(verdict, {
        color,
        body: snapshot.body,
        indent: "   ",
        showRules: false,
      }).trimEnd(),
    );
    if (problem) {
      wrong.push(index + 1);
      out.push("", c.red(`   ✖ ${problem}`));
    }
  });

  out.push("");
  if (wrong.length === 0) {
    out.push(c.green(`✔ All ${examples.length} examples got the verdict they expect.`));
  }
  out.push(
    `Your own PR: ${c.bold("pilot-gate check --body-file pr.md --base main")} (see --help); set up a repository: ${c.bold("pilot-gate init")}`,
  );
  io.stdout.write(`${out.join("\n")}\n`);

  if (wrong.length > 0) {
    io.stderr.write(
      `pilot-gate demo: ${wrong.length} of ${examples.length} examples did not get the verdict they expect (${wrong.map((n) => `#${n}`).join(", ")}). The rules in this build and the examples disagree; this is a pilot-gate bug.\n`,
    );
    return 1;
  }
  return 0;
}
