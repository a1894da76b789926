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
  closest,
  parseOrExplain
} from "./chunk-IYG7IW7E.js";
import {
  extendsNote,
  loadConfig,
  readConfigFile
} from "./chunk-4YV5M6XR.js";
import "./chunk-SSP7UEET.js";
import {
  safeText
} from "./chunk-EYTOIYXU.js";
import {
  parseConfig,
  require_dist
} from "./chunk-XRWPT2AM.js";
import {
  CONFIG_PATH
} from "./chunk-ZMO2NGHV.js";
import {
  ConfigError
} from "./chunk-E3QZQHHB.js";
import "./chunk-VUTGOOYN.js";
import "./chunk-MSUCSWVI.js";
import {
  __toESM
} from "./chunk-TXBVCHSZ.js";

// cli/commands/config.ts
var import_yaml = __toESM(require_dist(), 1);
import { parseArgs } from "node:util";
var SUBCOMMANDS = ["validate", "print"], OPTIONS = {
  help: { type: "boolean", short: "h", default: !1 }
};
async function runConfig(args, io) {
  let { values, positionals } = parseOrExplain(
    Object.keys(OPTIONS),
    () => parseArgs({ args, options: OPTIONS, strict: !0, allowPositionals: !0 })
  );
  if (values.help)
    return io.stdout.write(HELP.config), 0;
  let [sub, path, ...extra] = positionals;
  if (sub === void 0)
    throw new ArgumentError("config needs a subcommand: validate or print");
  if (extra.length > 0) throw new ArgumentError(`unexpected argument "${extra[0]}"`);
  if (sub === "validate") return validate(path ?? CONFIG_PATH, path === void 0, io);
  if (sub === "print") return print(path, io);
  let near = closest(sub, SUBCOMMANDS);
  throw new ArgumentError(
    `unknown config subcommand "${sub}"`,
    near ? `did you mean "pilot-gate config ${near}"?` : void 0
  );
}
async function validate(path, isDefault, io) {
  let c = palette(useColor(io.stdout, io.env));
  try {
    let text = await readConfigFile(
      io.cwd,
      path,
      isDefault ? '. Create it with "pilot-gate init", or pass the file: pilot-gate config validate <path>' : ""
    ), config = parseConfig(text, path);
    config._extends !== void 0 && io.stderr.write(`note: ${safeText(extendsNote(path, config._extends))}
`);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    let n = error.problemCount;
    return io.stderr.write(`${error.message}
`), io.stderr.write(`${c.red("✖")} ${path}: ${n} problem${n === 1 ? "" : "s"}
`), 2;
  }
  return io.stdout.write(`${c.green("✔")} ${path} is valid
`), 0;
}
async function print(path, io) {
  let loaded = await loadConfig(io.cwd, path);
  return io.stdout.write(
    `# pilot-gate config from ${loaded.description}, every default filled in
${(0, import_yaml.stringify)(loaded.config, { lineWidth: 0 })}`
  ), 0;
}
export {
  runConfig
};
