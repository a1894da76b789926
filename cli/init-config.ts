import { stringify } from "yaml";
import { type ConfigKey, configKeys } from "../core/config/schema-keys.js";
import { DEFAULT_SECTIONS } from "../core/config/sections.js";
import { CONFIG_PATH, type Config, defaultConfig } from "../core/index.js";

/** Keys with no default: written commented out, with a value to start from. */
const EXAMPLES: Record<string, string> = {
  _extends: ".github",
  "protection.app_id": "123456",
  "site.url": "https://acme.github.io/app/",
};

/** Comment lines a description cannot hold because they list data, by key path. */
function notes(): Record<string, string[]> {
  return {
    sections: [
      "Entries here are merged over the built-in sections:",
      ...Object.entries(DEFAULT_SECTIONS).map(
        ([id, s]) => `  ${id}: "${s.title}" (also: ${s.aliases.join(", ")})`,
      ),
    ],
  };
}

/**
 * The `.github/pilot-gate.yml` that `pilot-gate init` writes: every key at its
 * default, under the description its zod schema gives (`configKeys`, as the
 * README's reference table). Values come from `defaultConfig()`, so the file
 * always equals the built-in defaults (a test checks it parses to exactly
 * them), and the comments cannot drift from the schema.
 */
export function initConfigText(config: Config = defaultConfig()): string {
  const extra = notes();
  const body = configKeys()
    .map((key) => block(key, (config as Record<string, unknown>)[key.key], "", extra))
    .join("\n\n");
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

${body}\n`;
}

/** One key under its description: a mapping key by key, anything else as YAML. */
function block(
  key: ConfigKey,
  value: unknown,
  indent: string,
  extra: Record<string, string[]>,
): string {
  const lines = [
    ...comment(key.node.description ?? "", indent),
    ...(extra[key.path] ?? []).map((line) => `${indent}# ${line}`),
  ];
  if (value === undefined) {
    return [...lines, `${indent}# ${key.key}: ${EXAMPLES[key.path] ?? ""}`.trimEnd()].join("\n");
  }
  const children = key.children.filter((child) => child.key !== "<id>");
  if (children.length > 0 && typeof value === "object" && value !== null) {
    const inner = children.map((child, index) => {
      const text = block(
        child,
        (value as Record<string, unknown>)[child.key],
        `${indent}  `,
        extra,
      );
      // A blank line before a nested mapping (each rule, each severity's clocks) keeps them apart.
      return index > 0 && child.children.length > 0 ? `\n${text}` : text;
    });
    // A mapping whose keys are all unset (site:) is written `{}`: a bare
    // `site:` would parse as null, which the schema refuses.
    const unset = children.every(
      (child) => (value as Record<string, unknown>)[child.key] === undefined,
    );
    return [...lines, `${indent}${key.key}:${unset ? " {}" : ""}`, ...inner].join("\n");
  }
  return [...lines, field(key.key, value, indent)].join("\n");
}

/** `text` as comment lines of at most 80 columns at `indent`. */
function comment(text: string, indent: string): string[] {
  const width = 80 - indent.length - 2;
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.map((l) => `${indent}# ${l}`);
}

/** `key: value` as YAML, every line indented; lists in block style. */
function field(key: string, value: unknown, indent: string): string {
  return stringify({ [key]: value }, { lineWidth: 0 })
    .trimEnd()
    .split("\n")
    .map((line) => indent + line)
    .join("\n");
}
