import type { Config } from "./config/schema.js";
import { resolveSections } from "./config/sections.js";
import { type ParsedBody, parseBody, unreadBody } from "./markdown/body.js";
import { boundBody, MAX_BODY_CHARS, MarkdownTooDeepError } from "./markdown/limits.js";
import { inertText } from "./render/escape.js";
import { compileBranchPattern, matchBranch } from "./rules/branch-patterns.js";
import { RULES } from "./rules/index.js";
import type { RuleContext, RuleDefinition } from "./rules/rule.js";
import type { Finding, PullRequestSnapshot, RuleResult, Verdict } from "./types.js";

/**
 * Findings about the body as a whole (too large, unsafe to parse) belong to
 * no configurable rule: they are always blocking and cannot be switched off,
 * because every rule that reads the body would otherwise judge a body it
 * could not read.
 */
const BODY_RULE = "pr-body";
const BODY_RULE_DESCRIPTION = "The PR body can be read in full.";

/**
 * Judges a pull request against every enabled rule. Pure: the same snapshot
 * and config always give the same verdict, so the App, the Action and the CLI
 * agree. Never throws: a rule that fails unexpectedly becomes a blocking
 * finding, because a gate that crashes open is worse than one that says why
 * it is closed.
 */
export function evaluatePullRequest(snapshot: PullRequestSnapshot, config: Config): Verdict {
  return judge(snapshot, config, prepareBody(snapshot.body, config));
}

/**
 * `evaluatePullRequest` for the same PR under several label sets (as it
 * carries them, and as it will once the App's own label change lands),
 * reading the body once: the labels change no rule that reads it.
 */
export function evaluateWithLabels(
  snapshot: PullRequestSnapshot,
  config: Config,
  labelSets: readonly (readonly string[])[],
): Verdict[] {
  const prepared = prepareBody(snapshot.body, config);
  return labelSets.map((labels) => judge({ ...snapshot, labels: [...labels] }, config, prepared));
}

/**
 * The repository paths a verdict's findings could not check (see
 * `Finding.pathsToCheck`), each once: what a runtime that can read the PR's
 * files looks up before judging again with `headPaths`. Empty when nothing
 * waits on a lookup, so a PR without such paths is judged once.
 */
export function pathsToCheck(verdict: Verdict): string[] {
  return [...new Set(verdict.findings.flatMap((finding) => finding.pathsToCheck ?? []))];
}

/**
 * The verdict when judging the PR could not finish within its budget (a body
 * built to be slow to read): one blocking finding that says `why` (e.g.
 * "Judging this PR took longer than 2,000 ms"), every rule unjudged. Fails
 * closed, like a body that could not be read.
 */
export function unjudgedVerdict(why: string): Verdict {
  const finding: Finding = {
    ruleId: BODY_RULE,
    severity: "blocking",
    source: "body",
    message: `${why}, so it was stopped and no rule was checked. Real PR bodies are judged in milliseconds: simplify the body (long logs, deep nesting and generated text belong in linked evidence files) and push an edit, or press Re-run if the App was only busy.`,
  };
  const rules: RuleResult[] = [
    { ruleId: BODY_RULE, description: BODY_RULE_DESCRIPTION, status: "fail", findings: [finding] },
    ...RULES.map(
      (rule): RuleResult => ({
        ruleId: rule.id,
        description: rule.description,
        status: "skipped",
        findings: [],
      }),
    ),
  ];
  return { status: "no_merge", rules, findings: [finding] };
}

function judge(
  snapshot: PullRequestSnapshot,
  config: Config,
  { body, findings: bodyFindings }: { body: ParsedBody; findings: Finding[] },
): Verdict {
  const patterns = config.rules["branch-name"].patterns.map((entry) =>
    compileBranchPattern(entry, config.ids.pattern),
  );
  const context: RuleContext = {
    config,
    body,
    branch: matchBranch(snapshot.branch, snapshot.base, patterns),
  };

  const results: RuleResult[] = RULES.map((rule) => {
    const options = config.rules[rule.id as keyof Config["rules"]];
    if (!options.enabled || (rule as RuleDefinition).active?.(config) === false) {
      return { ruleId: rule.id, description: rule.description, status: "skipped", findings: [] };
    }
    let findings = runRule(rule as RuleDefinition, snapshot, options, context);
    if (options.severity === "warning") {
      findings = findings.map((f) =>
        f.severity === "blocking" ? { ...f, severity: "warning" } : f,
      );
    }
    return { ruleId: rule.id, description: rule.description, status: statusOf(findings), findings };
  });

  if (bodyFindings.length > 0) {
    results.unshift({
      ruleId: BODY_RULE,
      description: BODY_RULE_DESCRIPTION,
      status: "fail",
      findings: bodyFindings,
    });
  }
  const findings = results.flatMap((r) => r.findings);
  return {
    status: findings.some((f) => f.severity === "blocking") ? "no_merge" : "pass",
    rules: results,
    findings,
  };
}

function runRule(
  rule: RuleDefinition,
  snapshot: PullRequestSnapshot,
  options: unknown,
  context: RuleContext,
): Finding[] {
  try {
    return rule.check(snapshot, options, context);
  } catch (error) {
    return [
      {
        ruleId: rule.id,
        severity: "blocking",
        message: `Rule ${rule.id} could not finish (${inertText((error as Error).message)}). This is a pilot-gate bug; re-run the check, and report it if it persists.`,
      },
    ];
  }
}

function statusOf(findings: readonly Finding[]): RuleResult["status"] {
  if (findings.some((f) => f.severity === "blocking")) return "fail";
  if (findings.some((f) => f.severity === "warning")) return "warn";
  return "pass";
}

/** Normalises line endings, enforces the size and nesting limits, and parses the body once. */
function prepareBody(raw: string, config: Config): { body: ParsedBody; findings: Finding[] } {
  const findings: Finding[] = [];
  const { text, length } = boundBody(raw);
  if (length > MAX_BODY_CHARS) {
    findings.push({
      ruleId: BODY_RULE,
      severity: "blocking",
      source: "body",
      message: `The PR body is ${length.toLocaleString("en-US")} characters, over GitHub's limit of ${MAX_BODY_CHARS.toLocaleString("en-US")}; only the first ${MAX_BODY_CHARS.toLocaleString("en-US")} were read. Move long logs into linked evidence files.`,
    });
  }
  try {
    return { body: parseBody(text, resolveSections(config.sections)), findings };
  } catch (error) {
    if (error instanceof MarkdownTooDeepError) {
      findings.push({
        ruleId: BODY_RULE,
        severity: "blocking",
        source: "body",
        position: { line: error.line, column: 1 },
        message: `The PR body ${inertText(error.reason)} (line ${error.line}), so it was not read. Flatten the nesting; put long structured content in a linked file.`,
      });
    } else {
      findings.push({
        ruleId: BODY_RULE,
        severity: "blocking",
        source: "body",
        message: `The PR body could not be read as Markdown (${inertText((error as Error).message)}). Simplify its structure and push an edit.`,
      });
    }
    return { body: unreadBody(), findings };
  }
}
