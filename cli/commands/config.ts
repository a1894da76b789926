import { parseArgs } from "node:util";
import { stringify } from "yaml";
import { CONFIG_PATH, ConfigError, parseConfig } from "../../core/index.js";
import { safeText } from "../../core/render/safe-text.js";
import { extendsNote, loadConfig, readConfigFile } from "../../engine/config/checkout.js";
import type { CliIO } from "../../engine/io.js";
import { ArgumentError, closest, parseOrExplain } from "../args.js";
import { palette, useColor } from "../color.js";
import { HELP } from "../help.js";

const SUBCOMMANDS = ["validate", "print"] as const;

const OPTIONS = {
  help: { type: "boolean", short: "h", default: false },
} as const;

/** `pilot-gate config validate|print [path]`. */
export async function runConfig(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseOrExplain(Object.keys(OPTIONS), () =>
    parseArgs({ args, options: OPTIONS, strict: true, allowPositionals: true }),
  );
  if (values.help) {
    io.stdout.write(HELP.config);
    return 0;
  }
  const [sub, path, ...extra] = positionals;
  if (sub === undefined) {
    throw new ArgumentError("config needs a subcommand: validate or print");
  }
  if (extra.length > 0) throw new ArgumentError(`unexpected argument "${extra[0]}"`);
  if (sub === "validate") return validate(path ?? CONFIG_PATH, path === undefined, io);
  if (sub === "print") return print(path, io);
  const near = closest(sub, SUBCOMMANDS);
  throw new ArgumentError(
    `unknown config subcommand "${sub}"`,
    near ? `did you mean "pilot-gate config ${near}"?` : undefined,
  );
}

async function validate(path: string, isDefault: boolean, io: CliIO): Promise<number> {
  const c = palette(useColor(io.stdout, io.env));
  try {
    const text = await readConfigFile(
      io.cwd,
      path,
      isDefault
        ? `. Create it with "pilot-gate init", or pass the file: pilot-gate config validate <path>`
        : "",
    );
    const config = parseConfig(text, path);
    if (config._extends !== undefined) {
      io.stderr.write(`note: ${safeText(extendsNote(path, config._extends))}\n`);
    }
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    const n = error.problemCount;
    io.stderr.write(`${error.message}\n`);
    io.stderr.write(`${c.red("✖")} ${path}: ${n} problem${n === 1 ? "" : "s"}\n`);
    return 2;
  }
  io.stdout.write(`${c.green("✔")} ${path} is valid\n`);
  return 0;
}

async function print(path: string | undefined, io: CliIO): Promise<number> {
  const loaded = await loadConfig(io.cwd, path);
  io.stdout.write(
    `# pilot-gate config from ${loaded.description}, every default filled in\n${stringify(loaded.config, { lineWidth: 0 })}`,
  );
  return 0;
}
