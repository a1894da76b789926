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
  parseOrExplain
} from "./chunk-IYG7IW7E.js";
import {
  errorCode
} from "./chunk-SSP7UEET.js";
import {
  configSchema,
  defaultConfig,
  require_dist
} from "./chunk-XRWPT2AM.js";
import {
  CONFIG_PATH
} from "./chunk-ZMO2NGHV.js";
import {
  UsageError
} from "./chunk-E3QZQHHB.js";
import {
  DEFAULT_PR_TEMPLATE,
  DEFAULT_SECTIONS,
  external_exports
} from "./chunk-VUTGOOYN.js";
import "./chunk-MSUCSWVI.js";
import {
  __toESM
} from "./chunk-TXBVCHSZ.js";

// cli/commands/init.ts
import { mkdir, stat, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";

// cli/init-config.ts
var import_yaml = __toESM(require_dist(), 1);

// core/config/json-schema.ts
function configJsonSchema() {
  return {
    ...external_exports.toJSONSchema(configSchema, {
      io: "input",
      target: "draft-2020-12",
      unrepresentable: "any"
    }),
    $id: "https://pilot-gate.dev/schemas/pilot-gate.schema.json",
    title: "pilot-gate config"
  };
}

// core/config/schema-keys.ts
function keysOf(node, path) {
  let properties = node.properties ?? node.anyOf?.find((form) => form.properties)?.properties;
  return Object.entries(properties ?? {}).map(([key, child]) => {
    let childPath = path ? `${path}.${key}` : key, children = keysOf(child, childPath), entry = child.additionalProperties;
    if (typeof entry == "object" && entry.properties) {
      let entryPath = `${childPath}.<id>`;
      children.push({
        key: "<id>",
        path: entryPath,
        node: entry,
        children: keysOf(entry, entryPath)
      });
    }
    return { key, path: childPath, node: child, children };
  });
}
function configKeys() {
  return keysOf(configJsonSchema(), "");
}

// cli/init-config.ts
var EXAMPLES = {
  _extends: ".github",
  "protection.app_id": "123456",
  "site.url": "https://acme.github.io/app/"
};
function notes() {
  return {
    sections: [
      "Entries here are merged over the built-in sections:",
      ...Object.entries(DEFAULT_SECTIONS).map(
        ([id, s]) => `  ${id}: "${s.title}" (also: ${s.aliases.join(", ")})`
      )
    ]
  };
}
function initConfigText(config = defaultConfig()) {
  let extra = notes(), body = configKeys().map((key) => block(key, config[key.key], "", extra)).join(`

`);
  return `# pilot-gate configuration: ${CONFIG_PATH}
#
# Every setting below is at its default, so this file changes nothing until you
# edit it; delete any key you do not change. Check it with
# \`pilot-gate config validate\` and see the result with \`pilot-gate config print\`.
#
# Every rule takes:
#   enabled:  false turns the rule off (it shows as skipped).
#   severity: blocking makes its findings NO_MERGE; warning reports them
#             without blocking, the usual first step when adopting a rule.
#
# Write a regex you add in single quotes: inside them only ' needs escaping, as ''.

${body}
`;
}
function block(key, value, indent, extra) {
  let lines = [
    ...comment(key.node.description ?? "", indent),
    ...(extra[key.path] ?? []).map((line) => `${indent}# ${line}`)
  ];
  if (value === void 0)
    return [...lines, `${indent}# ${key.key}: ${EXAMPLES[key.path] ?? ""}`.trimEnd()].join(`
`);
  let children = key.children.filter((child) => child.key !== "<id>");
  if (children.length > 0 && typeof value == "object" && value !== null) {
    let inner = children.map((child, index) => {
      let text = block(
        child,
        value[child.key],
        `${indent}  `,
        extra
      );
      return index > 0 && child.children.length > 0 ? `
${text}` : text;
    }), unset = children.every(
      (child) => value[child.key] === void 0
    );
    return [...lines, `${indent}${key.key}:${unset ? " {}" : ""}`, ...inner].join(`
`);
  }
  return [...lines, field(key.key, value, indent)].join(`
`);
}
function comment(text, indent) {
  let width = 80 - indent.length - 2, lines = [], line = "";
  for (let word of text.split(/\s+/).filter(Boolean))
    line && line.length + 1 + word.length > width ? (lines.push(line), line = word) : line = line ? `${line} ${word}` : word;
  return line && lines.push(line), lines.map((l) => `${indent}# ${l}`);
}
function field(key, value, indent) {
  return (0, import_yaml.stringify)({ [key]: value }, { lineWidth: 0 }).trimEnd().split(`
`).map((line) => indent + line).join(`
`);
}

// cli/commands/init.ts
var TEMPLATE_PATH = ".github/pull_request_template.md", OPTIONS = {
  force: { type: "boolean", default: !1 },
  help: { type: "boolean", short: "h", default: !1 }
};
async function runInit(args, io) {
  let { values } = parseOrExplain(
    Object.keys(OPTIONS),
    () => parseArgs({ args, options: OPTIONS, strict: !0, allowPositionals: !1 })
  );
  if (values.help)
    return io.stdout.write(HELP.init), 0;
  let files = [
    { path: TEMPLATE_PATH, text: DEFAULT_PR_TEMPLATE },
    { path: CONFIG_PATH, text: initConfigText() }
  ], existing = [];
  for (let file of files)
    await exists(join(io.cwd, file.path)) && existing.push(file.path);
  if (existing.length > 0 && !values.force)
    throw new UsageError(
      `${existing.join(" and ")} already exist${existing.length === 1 ? "s" : ""}; nothing was written. Run "pilot-gate init --force" to overwrite.`
    );
  let c = palette(useColor(io.stdout, io.env));
  for (let file of files) {
    let target = join(io.cwd, file.path);
    try {
      await mkdir(dirname(target), { recursive: !0 });
    } catch (error) {
      throw new UsageError(`cannot write ${file.path}: ${writeReason(error, "mkdir")}`);
    }
    try {
      await writeFile(target, file.text, { flag: values.force ? "w" : "wx" });
    } catch (error) {
      throw new UsageError(`cannot write ${file.path}: ${writeReason(error, "write")}`);
    }
    let verb = existing.includes(file.path) ? "overwrote" : "created";
    io.stdout.write(`${c.green("✔")} ${verb} ${file.path}
`);
  }
  return io.stdout.write(
    `
Next: commit both files. Fill in the template on your next PR, then judge it before
pushing: pilot-gate check --body-file pr.md --base main
`
  ), 0;
}
function writeReason(error, step) {
  let code = errorCode(error);
  return code === "EACCES" || code === "EPERM" || code === "EROFS" ? "permission denied" : code === "ENOTDIR" || code === "EEXIST" && step === "mkdir" ? "a file is in the way of its folder" : code === "EEXIST" ? "it was created while init was running; nothing was overwritten" : code === "EISDIR" ? "it is a directory" : error.message;
}
async function exists(path) {
  try {
    return await stat(path), !0;
  } catch (error) {
    if (errorCode(error) === "ENOENT" || errorCode(error) === "ENOTDIR") return !1;
    throw error;
  }
}
export {
  TEMPLATE_PATH,
  runInit
};
