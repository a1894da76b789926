import { parseArgs } from "node:util";
import {
  evaluateSmoke,
  renderSmokeText,
  type SmokeReport,
  smokeCommit,
  smokeSettings,
} from "../../core/gates/smoke/index.js";
import { CONFIG_PATH } from "../../core/index.js";
import { loadConfig } from "../../engine/config/checkout.js";
import type { CliIO } from "../../engine/io.js";
import { DEFAULT_SMOKE_REPORT, gatherSmoke, writeSmokeReport } from "../../engine/smoke/gather.js";
import { ArgumentError, parseOrExplain } from "../args.js";
import { palette, useColor } from "../color.js";
import { HELP } from "../help.js";

const OPTIONS = {
  run: { type: "string", multiple: true },
  junit: { type: "string", multiple: true },
  suite: { type: "string", multiple: true },
  config: { type: "string" },
  report: { type: "string", default: DEFAULT_SMOKE_REPORT },
  sha: { type: "string" },
  json: { type: "boolean", default: false },
  help: { type: "boolean", short: "h", default: false },
} as const;

/**
 * `pilot-gate smoke`: runs the smoke commands, reads their JUnit reports and
 * judges them (the config's `smoke:` when no --junit is given). Exit 0 pass, 1 the gate failed, 2 a usage error or an input
 * that could not be read (a glob that matched nothing, a malformed or empty
 * JUnit file): the report is still written, with status fail.
 */
export async function runSmoke(args: string[], io: CliIO): Promise<number> {
  const { values } = parseOrExplain(Object.keys(OPTIONS), () =>
    parseArgs({ args, options: OPTIONS, strict: true, allowPositionals: false }),
  );
  if (values.help) {
    io.stdout.write(HELP.smoke);
    return 0;
  }
  const junit = nonEmpty(values.junit, "--junit", "a glob of JUnit XML files");
  const commands = nonEmpty(values.run, "--run", "a command");
  const suites = nonEmpty(values.suite, "--suite", "a suite name");
  if (values.report === "") throw new ArgumentError("--report needs a path");
  const sha = smokeCommit(values.sha, "--sha");
  const loaded = await loadConfig(io.cwd, values.config);
  const settings = smokeSettings({ commands, junit, suites }, loaded.config.smoke, {
    input: "The --junit list",
    config: loaded.file ?? `${CONFIG_PATH} (there is none)`,
    example:
      "pass a glob of the JUnit XML files your smoke run writes, e.g. --junit 'reports/**/*.xml'",
  });

  const input = await gatherSmoke({
    cwd: io.cwd,
    env: io.env,
    commands: settings.commands,
    patterns: settings.junit,
    suites: settings.suites,
    output: io.stderr,
  });
  const report = evaluateSmoke(sha ? { ...input, sha } : input);
  const written = await writeSmokeReport(io.cwd, values.report, report);

  if (values.json) {
    io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    const style = palette(useColor(io.stdout, io.env));
    io.stdout.write(renderSmokeText(report, { style, reportPath: written }));
  }
  return smokeExitCode(report);
}

/** 0 pass, 2 when an input could not be read (fail closed), else 1. */
export function smokeExitCode(report: SmokeReport): number {
  if (report.status === "pass") return 0;
  return report.reasons.some((r) => r.code === "input-error") ? 2 : 1;
}

function nonEmpty(values: readonly string[] | undefined, option: string, what: string): string[] {
  const list = [...(values ?? [])];
  if (list.some((value) => value.trim() === "")) {
    throw new ArgumentError(`${option} needs ${what}, not an empty string`);
  }
  return list;
}
