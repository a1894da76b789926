import type { JunitError } from "./junit.js";
import {
  type CommandResult,
  type Reason,
  type Scenario,
  SMOKE_REPORT_VERSION,
  type SmokeCounts,
  type SmokeReport,
} from "./report.js";

/** One JUnit file that parsed, with what the runtime knows about it. */
export interface SmokeFile {
  path: string;
  scenarios: Scenario[];
  /** Written before the smoke commands started: an earlier run's results. */
  stale?: boolean;
}

/** Everything the smoke gate judges; gathered by the CLI or the action. */
export interface SmokeInput {
  /** The smoke commands, in the order they ran (none when only JUnit files are judged). */
  commands: readonly CommandResult[];
  /** The `--junit` globs, as given. */
  patterns: readonly string[];
  files: readonly SmokeFile[];
  /** Files that could not be read or parsed, and globs that matched nothing. */
  inputErrors: readonly JunitError[];
  /** Suites that must each have at least one executed scenario (`--suite`). */
  expectedSuites: readonly string[];
  /** The commit the run was told it ran on (`--sha`, the action's `sha`), recorded as is. */
  sha?: string;
}

const FAILED: ReadonlySet<Scenario["result"]> = new Set(["failed", "errored"]);

/** Names listed in a reason before "and N more". */
const NAMES_IN_REASON = 3;

/**
 * Judges a smoke run. It fails when any input could not be read, a command
 * exited non-zero, nothing was executed (zero tests is never a pass), a
 * scenario failed or errored, an expected suite has no executed scenario, or
 * a JUnit file predates the run. Flaky scenarios (passed on a rerun) are
 * counted and reported but do not fail it.
 */
export function evaluateSmoke(input: SmokeInput): SmokeReport {
  const scenarios = input.files.flatMap((file) => file.scenarios);
  const counts = countScenarios(scenarios);
  const reasons: Reason[] = [];

  for (const error of input.inputErrors) {
    reasons.push({
      code: "input-error",
      message: error.message,
      file: error.file,
      ...(error.line !== undefined ? { line: error.line } : {}),
      ...(error.column !== undefined ? { column: error.column } : {}),
    });
  }
  for (const command of input.commands) {
    const why = commandFailure(command);
    if (why) reasons.push({ code: "command-failed", message: why });
  }
  if (counts.executed === 0 && input.inputErrors.length === 0) {
    reasons.push({
      code: "zero-tests",
      message:
        counts.total === 0
          ? "No test was executed: the JUnit files hold no test case. A smoke run that tests nothing is not a pass; check the runner's test filter and that its JUnit reporter writes where --junit looks."
          : `No test was executed: all ${counts.total} scenarios were skipped. A smoke run that tests nothing is not a pass; check why they are skipped.`,
    });
  }
  const failing = scenarios.filter((s) => FAILED.has(s.result));
  if (failing.length > 0) {
    const parts = [
      counts.failed > 0 ? `${plural(counts.failed, "scenario")} failed` : "",
      counts.errored > 0 ? `${plural(counts.errored, "scenario")} errored` : "",
    ].filter(Boolean);
    reasons.push({
      code: "tests-failed",
      message: `${parts.join(" and ")}: ${listNames(failing.map((s) => s.name))}.`,
    });
  }
  const found = [...new Set(scenarios.map((s) => s.suite))].sort();
  const executed = scenarios.filter((s) => s.result !== "skipped");
  const missing = input.expectedSuites.filter(
    (suite) => !executed.some((scenario) => inSuite(scenario, suite)),
  );
  for (const suite of missing) {
    reasons.push({
      code: "suite-missing",
      message: `Suite "${suite}" was expected (--suite ${suite}) but no executed scenario belongs to it; suites found: ${found.length > 0 ? found.join(", ") : "none"}. Check that its command ran and its JUnit file matches --junit.`,
    });
  }
  for (const file of input.files.filter((f) => f.stale)) {
    reasons.push({
      code: "stale-junit",
      message: `${file.path} was last written before the smoke commands started, so it holds an earlier run's results. Delete old reports before the run, or point --junit at where the commands write.`,
      file: file.path,
    });
  }

  return {
    version: SMOKE_REPORT_VERSION,
    gate: "smoke",
    status: reasons.length === 0 ? "pass" : "fail",
    ...(input.sha !== undefined ? { sha: input.sha } : {}),
    counts,
    reasons,
    commands: [...input.commands],
    junit: {
      patterns: [...input.patterns],
      files: input.files.map((f) => ({ path: f.path, scenarios: f.scenarios.length })),
    },
    suites: { expected: [...input.expectedSuites], found, missing },
    scenarios,
  };
}

/**
 * Whether a scenario belongs to an expected suite: the suite is its suite,
 * one of its enclosing suites, the first `>` segment of its name (vitest's
 * outer `describe`), or its test file's name up to the first dot
 * (`core.smoke.test.ts` is in `core`).
 */
export function inSuite(scenario: Scenario, suite: string): boolean {
  if (scenario.suite === suite || scenario.suitePath.includes(suite)) return true;
  const outer = scenario.name.split(/\s+[>›]\s+/)[0]?.trim();
  if (outer === suite && outer !== scenario.name) return true;
  return [scenario.classname, scenario.suite].some(
    (path) => path !== undefined && stem(path) === suite,
  );
}

function stem(path: string): string {
  const base = path.split(/[\\/]/).pop() ?? path;
  return base.split(".")[0] ?? base;
}

/** Tallies scenarios by result; `executed` is everything that ran. */
export function countScenarios(scenarios: readonly Scenario[]): SmokeCounts {
  const counts: SmokeCounts = {
    total: scenarios.length,
    executed: 0,
    passed: 0,
    failed: 0,
    errored: 0,
    skipped: 0,
    flaky: 0,
  };
  for (const scenario of scenarios) counts[scenario.result]++;
  counts.executed = counts.total - counts.skipped;
  return counts;
}

/** Why a command counts as failed, or `undefined` when it exited 0. */
function commandFailure(command: CommandResult): string | undefined {
  const took = formatDuration(command.durationMs);
  if (command.error !== undefined) return `"${command.command}" could not start: ${command.error}`;
  if (command.exitCode === 0) return undefined;
  if (command.exitCode === null) {
    return `"${command.command}" was ended by ${command.signal ?? "a signal"} after ${took}; its output is in the log above.`;
  }
  return `"${command.command}" exited with ${command.exitCode} after ${took}; its output is in the log above.`;
}

function listNames(names: readonly string[]): string {
  const shown = names.slice(0, NAMES_IN_REASON).map((n) => `"${n}"`);
  const more = names.length - shown.length;
  return more > 0 ? `${shown.join(", ")} and ${more} more` : shown.join(", ");
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** `850 ms`, `12.3 s`, `2 min 5 s`. */
export function formatDuration(ms: number): string {
  if (ms < 1_000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1_000).toFixed(1)} s`;
  const minutes = Math.floor(ms / 60_000);
  return `${minutes} min ${Math.round((ms % 60_000) / 1_000)} s`;
}
