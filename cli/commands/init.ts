import { mkdir, stat, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { CONFIG_PATH, UsageError } from "../../core/index.js";
import { DEFAULT_PR_TEMPLATE } from "../../core/pr-template.js";
import type { CliIO } from "../../engine/io.js";
import { errorCode } from "../../engine/io.js";
import { parseOrExplain } from "../args.js";
import { palette, useColor } from "../color.js";
import { HELP } from "../help.js";
import { initConfigText } from "../init-config.js";

export const TEMPLATE_PATH = ".github/pull_request_template.md";

const OPTIONS = {
  force: { type: "boolean", default: false },
  help: { type: "boolean", short: "h", default: false },
} as const;

/** `pilot-gate init`: writes the PR template and a commented config into cwd. */
export async function runInit(args: string[], io: CliIO): Promise<number> {
  const { values } = parseOrExplain(Object.keys(OPTIONS), () =>
    parseArgs({ args, options: OPTIONS, strict: true, allowPositionals: false }),
  );
  if (values.help) {
    io.stdout.write(HELP.init);
    return 0;
  }
  const files = [
    { path: TEMPLATE_PATH, text: DEFAULT_PR_TEMPLATE },
    { path: CONFIG_PATH, text: initConfigText() },
  ];

  const existing: string[] = [];
  for (const file of files) {
    if (await exists(join(io.cwd, file.path))) existing.push(file.path);
  }
  if (existing.length > 0 && !values.force) {
    throw new UsageError(
      `${existing.join(" and ")} already exist${existing.length === 1 ? "s" : ""}; nothing was written. Run "pilot-gate init --force" to overwrite.`,
    );
  }

  const c = palette(useColor(io.stdout, io.env));
  for (const file of files) {
    const target = join(io.cwd, file.path);
    try {
      await mkdir(dirname(target), { recursive: true });
    } catch (error) {
      throw new UsageError(`cannot write ${file.path}: ${writeReason(error, "mkdir")}`);
    }
    try {
      await writeFile(target, file.text, { flag: values.force ? "w" : "wx" });
    } catch (error) {
      throw new UsageError(`cannot write ${file.path}: ${writeReason(error, "write")}`);
    }
    const verb = existing.includes(file.path) ? "overwrote" : "created";
    io.stdout.write(`${c.green("✔")} ${verb} ${file.path}\n`);
  }
  io.stdout.write(
    `\nNext: commit both files. Fill in the template on your next PR, then judge it before\npushing: pilot-gate check --body-file pr.md --base main\n`,
  );
  return 0;
}

function writeReason(error: unknown, step: "mkdir" | "write"): string {
  const code = errorCode(error);
  if (code === "EACCES" || code === "EPERM" || code === "EROFS") return "permission denied";
  if (code === "ENOTDIR" || (code === "EEXIST" && step === "mkdir")) {
    return "a file is in the way of its folder";
  }
  if (code === "EEXIST") return "it was created while init was running; nothing was overwritten";
  if (code === "EISDIR") return "it is a directory";
  return (error as Error).message;
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch (error) {
    if (errorCode(error) === "ENOENT" || errorCode(error) === "ENOTDIR") return false;
    throw error;
  }
}
