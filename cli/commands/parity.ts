import { mkdir, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { parseArgs } from "node:util";
import {
  EnvironmentFileError,
  evaluateParity,
  isIsoDate,
  type ParityInput,
  type ParityReport,
  parityEnvironments,
  parseEnvironment,
  renderParityText,
} from "../../core/gates/parity/index.js";
import { CONFIG_PATH, UsageError } from "../../core/index.js";
import { ENVIRONMENT_LIMIT } from "../../core/limits.js";
import { safeText } from "../../core/render/safe-text.js";
import { loadConfig } from "../../engine/config/checkout.js";
import { type CliIO, errorCode, readTextFile } from "../../engine/io.js";
import { ArgumentError, parseOrExplain } from "../args.js";
import { palette, useColor } from "../color.js";
import { HELP } from "../help.js";

const OPTIONS = {
  config: { type: "string" },
  today: { type: "string" },
  report: { type: "string" },
  json: { type: "boolean", default: false },
  help: { type: "boolean", short: "h", default: false },
} as const;

const EXIT: Record<ParityReport["status"], number> = { pass: 0, drift: 1, error: 2 };

/**
 * `pilot-gate parity`: compares environment descriptions with the first one
 * (the files given, else `parity.environments` of the config).
 * Returns 0 in parity, 1 on drift, 2 when an input cannot be read (the
 * report then says which and where, and nothing counts as in parity).
 */
export async function runParity(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseOrExplain(Object.keys(OPTIONS), () =>
    parseArgs({ args, options: OPTIONS, strict: true, allowPositionals: true }),
  );
  if (values.help) {
    io.stdout.write(HELP.parity);
    return 0;
  }
  const today = values.today ?? new Date().toISOString().slice(0, 10);
  if (!isIsoDate(today)) {
    throw new ArgumentError(
      `--today "${today}" is not a date`,
      "write it YYYY-MM-DD, e.g. --today 2026-05-01",
    );
  }
  if (values.report === "") {
    throw new ArgumentError("--report needs a path", "e.g. --report parity-report.json");
  }

  const loaded = await loadConfig(io.cwd, values.config);
  const { files } = parityEnvironments(positionals, loaded.config.parity, {
    input: "The command line",
    config: loaded.file ?? `${CONFIG_PATH} (there is none)`,
    example: "e.g. pilot-gate parity production.yml staging.yml",
  });
  const inputs: ParityInput[] = [];
  for (const file of files) inputs.push(await readEnvironment(io.cwd, file));
  const report = evaluateParity(inputs, { config: loaded.config.parity, today });

  if (values.report !== undefined) await writeReport(io, values.report, report);
  if (values.json) {
    io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    const c = palette(useColor(io.stdout, io.env));
    io.stdout.write(
      [
        c.dim(`reference: ${safeText(files[0] ?? "")}`),
        c.dim(`config:    ${loaded.description}`),
        c.dim(`today:     ${today}`),
        "",
        safeText(renderParityText(report, c)),
      ].join("\n"),
    );
  }
  if (report.status === "error") {
    io.stderr.write(
      "pilot-gate: parity could not compare every input, so nothing is reported as in parity. Fix the problems above and re-run.\n",
    );
  }
  return EXIT[report.status];
}

/**
 * One environment file (relative to `cwd`), or why it cannot be used:
 * missing, unparseable, invalid and oversized files fail closed. A file over
 * `ENVIRONMENT_LIMIT` is not read.
 */
async function readEnvironment(cwd: string, file: string): Promise<ParityInput> {
  try {
    const text = await readTextFile(cwd, file, "", ENVIRONMENT_LIMIT);
    return { file, environment: parseEnvironment(text, file) };
  } catch (error) {
    if (error instanceof EnvironmentFileError || error instanceof UsageError) {
      return { file, error: error.message };
    }
    throw error;
  }
}

async function writeReport(io: CliIO, path: string, report: ParityReport): Promise<void> {
  const target = resolve(io.cwd, path);
  try {
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, `${JSON.stringify(report, null, 2)}\n`);
  } catch (error) {
    throw new UsageError(
      `cannot write the report to ${path}: ${errorCode(error) ?? (error as Error).message}`,
    );
  }
}
