import { createRequire as __pilotGateCreateRequire } from "node:module";
const require = __pilotGateCreateRequire(import.meta.url);
import {
  palette,
  useColor
} from "./chunk-T2LBRVU5.js";
import {
  HELP
} from "./chunk-5EA3RFOC.js";
import {
  ArgumentError,
  parseOrExplain
} from "./chunk-IYG7IW7E.js";
import {
  loadConfig
} from "./chunk-4YV5M6XR.js";
import {
  errorCode,
  readTextFile
} from "./chunk-SSP7UEET.js";
import {
  safeText
} from "./chunk-EYTOIYXU.js";
import {
  EnvironmentFileError,
  evaluateParity,
  isIsoDate,
  parityEnvironments,
  parseEnvironment,
  renderParityText
} from "./chunk-XRWPT2AM.js";
import {
  CONFIG_PATH
} from "./chunk-ZMO2NGHV.js";
import {
  UsageError
} from "./chunk-E3QZQHHB.js";
import "./chunk-VUTGOOYN.js";
import {
  ENVIRONMENT_LIMIT
} from "./chunk-MSUCSWVI.js";
import "./chunk-TXBVCHSZ.js";

// cli/commands/parity.ts
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { parseArgs } from "node:util";
var OPTIONS = {
  config: { type: "string" },
  today: { type: "string" },
  report: { type: "string" },
  json: { type: "boolean", default: !1 },
  help: { type: "boolean", short: "h", default: !1 }
}, EXIT = { pass: 0, drift: 1, error: 2 };
async function runParity(args, io) {
  let { values, positionals } = parseOrExplain(
    Object.keys(OPTIONS),
    () => parseArgs({ args, options: OPTIONS, strict: !0, allowPositionals: !0 })
  );
  if (values.help)
    return io.stdout.write(HELP.parity), 0;
  let today = values.today ?? (/* @__PURE__ */ new Date()).toISOString().slice(0, 10);
  if (!isIsoDate(today))
    throw new ArgumentError(
      `--today "${today}" is not a date`,
      "write it YYYY-MM-DD, e.g. --today 2026-05-01"
    );
  if (values.report === "")
    throw new ArgumentError("--report needs a path", "e.g. --report parity-report.json");
  let loaded = await loadConfig(io.cwd, values.config), { files } = parityEnvironments(positionals, loaded.config.parity, {
    input: "The command line",
    config: loaded.file ?? `${CONFIG_PATH} (there is none)`,
    example: "e.g. pilot-gate parity production.yml staging.yml"
  }), inputs = [];
  for (let file of files) inputs.push(await readEnvironment(io.cwd, file));
  let report = evaluateParity(inputs, { config: loaded.config.parity, today });
  if (values.report !== void 0 && await writeReport(io, values.report, report), values.json)
    io.stdout.write(`${JSON.stringify(report, null, 2)}
`);
  else {
    let c = palette(useColor(io.stdout, io.env));
    io.stdout.write(
      [
        c.dim(`reference: ${safeText(files[0] ?? "")}`),
        c.dim(`config:    ${loaded.description}`),
        c.dim(`today:     ${today}`),
        "",
        safeText(renderParityText(report, c))
      ].join(`
`)
    );
  }
  return report.status === "error" && io.stderr.write(
    `pilot-gate: parity could not compare every input, so nothing is reported as in parity. Fix the problems above and re-run.
`
  ), EXIT[report.status];
}
async function readEnvironment(cwd, file) {
  try {
    let text = await readTextFile(cwd, file, "", ENVIRONMENT_LIMIT);
    return { file, environment: parseEnvironment(text, file) };
  } catch (error) {
    if (error instanceof EnvironmentFileError || error instanceof UsageError)
      return { file, error: error.message };
    throw error;
  }
}
async function writeReport(io, path, report) {
  let target = resolve(io.cwd, path);
  try {
    await mkdir(dirname(target), { recursive: !0 }), await writeFile(target, `${JSON.stringify(report, null, 2)}
`);
  } catch (error) {
    throw new UsageError(
      `cannot write the report to ${path}: ${errorCode(error) ?? error.message}`
    );
  }
}
export {
  runParity
};
