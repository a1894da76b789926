import type { KeyObject } from "node:crypto";
import { parseArgs } from "node:util";
import { publicKeyFromPem } from "../../core/evidence/index.js";
import { safeText } from "../../core/render/safe-text.js";
import { loadConfig } from "../../engine/config/checkout.js";
import { type CliIO, readTextFile } from "../../engine/io.js";
import { buildSite } from "../../engine/site/build.js";
import { ArgumentError, parseOrExplain } from "../args.js";
import { palette, useColor } from "../color.js";
import { HELP } from "../help.js";

const BUILD_OPTIONS = {
  from: { type: "string" },
  out: { type: "string" },
  key: { type: "string", multiple: true },
  config: { type: "string" },
  "require-signature": { type: "boolean", default: false },
  json: { type: "boolean", default: false },
  help: { type: "boolean", short: "h", default: false },
} as const;

/**
 * `pilot-gate site build --from <evidence checkout> --out <dir>`: 0 once the
 * site is written (packs that fail verification are on it, and on stderr),
 * 2 on usage errors and unreadable input.
 */
export async function runSite(args: string[], io: CliIO): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === undefined || sub === "--help" || sub === "-h" || sub === "help") {
    (sub === undefined ? io.stderr : io.stdout).write(HELP.site);
    return sub === undefined ? 2 : 0;
  }
  if (sub !== "build") {
    throw new ArgumentError(
      `unknown site command "${sub}"`,
      "the only one is: pilot-gate site build",
    );
  }
  const { values } = parseOrExplain(Object.keys(BUILD_OPTIONS), () =>
    parseArgs({ args: rest, options: BUILD_OPTIONS, strict: true, allowPositionals: false }),
  );
  if (values.help) {
    io.stdout.write(HELP.site);
    return 0;
  }
  for (const name of ["from", "out"] as const) {
    if (!values[name]) {
      throw new ArgumentError(
        `--${name} is required`,
        "e.g. pilot-gate site build --from evidence-checkout --out site",
      );
    }
  }
  // The keys the App trusts (readiness.evidence_keys) are the site's too, so
  // a workflow names the config once instead of repeating each key.
  const trusted =
    values.config === undefined
      ? []
      : (await loadConfig(io.cwd, values.config)).config.readiness.evidence_keys;
  const keys: KeyObject[] = [];
  for (const [file, what] of [
    ...(values.key ?? []).map((file) => [file, `--key ${file}`] as const),
    ...trusted.map(
      (file) => [file, `readiness.evidence_keys ${file} in ${values.config}`] as const,
    ),
  ]) {
    keys.push(publicKeyFromPem(await readTextFile(io.cwd, file, ` (${what})`), what));
  }
  const summary = await buildSite({
    cwd: io.cwd,
    from: values.from as string,
    out: values.out as string,
    verify: { keys, requireSignature: values["require-signature"] },
  });
  const c = palette(useColor(io.stderr, io.env));
  for (const failed of summary.failed) {
    io.stderr.write(
      safeText(`${c.red("failed verification")} ${failed.pack}: ${failed.reasons.join("; ")}\n`),
    );
  }
  if (values.json) {
    io.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
  } else {
    const out = palette(useColor(io.stdout, io.env));
    io.stdout.write(
      safeText(
        [
          `${out.green("Built")} ${summary.out}: ${summary.pages} pages from ${summary.packs} packs (${summary.verified} verified, ${summary.failed.length} failed)`,
          `  readiness ${summary.verdict ? `${summary.verdict} (from ${summary.verdictFrom})` : "no verified readiness report yet"}`,
          `  open ${summary.out}/index.html`,
          "",
        ].join("\n"),
      ),
    );
  }
  return 0;
}
