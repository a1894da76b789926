// app/evaluation-worker.ts
import { parentPort } from "node:worker_threads";

// core/config/sections.ts
import { z } from "zod";
var DEFAULT_SECTIONS = {
  story_id: {
    title: "Story ID",
    aliases: ["Story", "Story/Incident ID", "Incident ID", "ID da história"]
  },
  definition_of_ready: {
    title: "Definition of Ready",
    aliases: ["DoR", "Definição de Pronto para Iniciar"]
  },
  definition_of_done: { title: "Definition of Done", aliases: ["DoD", "Definição de Pronto"] },
  residual_risks: { title: "Residual risks", aliases: ["Risks", "Riscos residuais", "Riscos"] },
  evidence: { title: "Evidence", aliases: ["Evidence links", "Evidências", "Evidencias"] },
  runbook_impact: {
    title: "Runbook impact",
    aliases: ["Runbook", "Impacto no runbook", "Impacto em runbook"]
  }
}, sectionId = z.string().regex(/^[a-z][a-z0-9_]*$/, "section ids are snake_case, e.g. rollback_plan"), sectionDefinition = z.strictObject({
  title: z.string().min(1).optional().describe("Heading text. Optional for built-in sections, required for your own."),
  aliases: z.array(z.string().min(1)).default([]).describe("Other headings that mean this section.")
}), sectionsSchema = z.record(sectionId, sectionDefinition).default({}).superRefine((sections, ctx) => {
  for (let [id, definition] of Object.entries(sections))
    !definition.title && !(id in DEFAULT_SECTIONS) && ctx.addIssue({
      code: "custom",
      path: [id, "title"],
      message: `section "${id}" is not built in, so it needs a title (the heading to look for)`
    });
}).describe("How PR body sections are recognised: by id, a heading title and aliases.");
function resolveSections(configured) {
  let merged = /* @__PURE__ */ new Map();
  for (let [id, def] of Object.entries(DEFAULT_SECTIONS))
    merged.set(id, { id, title: def.title, aliases: [...def.aliases] });
  for (let [id, def] of Object.entries(configured)) {
    let builtIn = merged.get(id), inherited = builtIn ? [builtIn.title, ...builtIn.aliases] : [], title = def.title ?? builtIn?.title ?? id;
    merged.set(id, {
      id,
      title,
      aliases: [.../* @__PURE__ */ new Set([...inherited, ...def.aliases])].filter((alias) => alias !== title)
    });
  }
  return [...merged.values()];
}

// core/markdown/body.ts
import { toString as mdastToString } from "mdast-util-to-string";

// core/markdown/parse.ts
import MarkdownItParser from "markdown-it";

// core/markdown/limits.ts
var MarkdownTooDeepError = class extends Error {
  name = "MarkdownTooDeepError";
  reason;
  line;
  constructor(reason, line) {
    super(`The Markdown ${reason} (line ${line}): flatten the nesting.`), this.reason = reason, this.line = line;
  }
};
function boundBody(raw) {
  let normalized = raw.replace(/\r\n?/g, `
`);
  return { text: normalized.slice(0, 65536), length: normalized.length };
}

// core/markdown/parse.ts
var START = /* @__PURE__ */ Symbol("start");
function createParser() {
  let md = new MarkdownItParser("default", {
    html: !0,
    linkify: !1,
    // Past this many open block tokens markdown-it silently drops the rest of
    // a container. A list level opens two (list and item), so the parser only
    // stops after `MAX_CONTAINER_DEPTH` levels, where the body is refused.
    // (A preset option that markdown-it's type definitions leave out.)
    maxNesting: 42
  });
  return md.disable(["linkify", "replacements", "smartquotes"]), md.validateLink = () => !0, md.normalizeLink = (url) => url, md.normalizeLinkText = (text) => text, trackStarts(md), md.core.ruler.after("block", "gfm_task_list_item", markTaskItems), md;
}
function trackStarts(md) {
  let BlockState = md.block.State;
  md.block.State = class extends BlockState {
    push(type, tag, nesting) {
      let token = super.push(type, tag, nesting);
      return type === "list_item_open" && this.env.items.push(token), token;
    }
  };
  let ruler = md.block.ruler;
  for (let rule of ruler.__rules__) {
    let tokenize = rule.fn, container = rule.name === "blockquote" || rule.name === "list", reference = rule.name === "reference";
    rule.fn = (state, startLine, endLine, silent) => {
      let from = state.tokens.length, items = state.env.items, itemsFrom = items.length, matched = tokenize(state, startLine, endLine, silent);
      if (!matched || silent) return matched;
      if (reference && pushDefinition(state, startLine), !container) {
        for (let i = from; i < state.tokens.length; i++) setStart(state, state.tokens[i]);
        return matched;
      }
      setStart(state, state.tokens[from]);
      for (let i = itemsFrom; i < items.length; i++) setStart(state, items[i]);
      return items.length = itemsFrom, matched;
    };
  }
  ruler.__cache__ = null;
}
function setStart(state, token) {
  if (!token.map) return;
  let line = token.map[0], indent = state.tShift[line] ?? 0, shift = token.type === "code_block" ? Math.min(indent, state.blkIndent) : indent;
  token[START] = (state.bMarks[line] ?? 0) + shift;
}
function pushDefinition(state, startLine) {
  let src = state.src, at2 = (state.bMarks[startLine] ?? 0) + (state.tShift[startLine] ?? 0) + 1, labelStart = at2;
  for (; at2 < src.length && src.charCodeAt(at2) !== 93; )
    at2 += src.charCodeAt(at2) === 92 ? 2 : 1;
  let token = state.push("reference_definition", "", 0);
  token.map = [startLine, state.line], token.meta = { label: state.md.utils.normalizeReference(src.slice(labelStart, at2)) };
}
var TASK_CHECK = /^\[([ \t\nxX])\](?:\n|[ \t]+[^ \t])/;
function markTaskItems(state) {
  let tokens = state.tokens;
  for (let i = 0; i + 2 < tokens.length; i++) {
    let item = tokens[i], paragraph = tokens[i + 1], inline = tokens[i + 2];
    if (item.type !== "list_item_open" || paragraph.type !== "paragraph_open" || inline.type !== "inline")
      continue;
    let check = TASK_CHECK.exec(inline.content);
    if (!check) continue;
    item.meta = { ...item.meta, checked: check[1] === "x" || check[1] === "X" }, inline.content = inline.content.slice(4);
    let start = paragraph[START];
    start !== void 0 && (paragraph[START] = start + 4);
  }
}
var parser = createParser();
function parseMarkdown(text) {
  let env = { items: [] }, tokens = parser.parse(text, env);
  return new TreeBuilder(text, env).build(tokens);
}
var TreeBuilder = class {
  #env;
  #lines;
  constructor(text, env) {
    this.#env = env, this.#lines = new SourceLines(text);
  }
  build(tokens) {
    let root = {
      type: "root",
      children: [],
      position: {
        start: { line: 1, column: 1, offset: 0 },
        end: this.#lines.endOf(this.#lines.count - 1)
      }
    }, stack = [root], containers = 0, open = (node, token) => {
      let position = this.#position(token);
      return position && (node.position = position), stack[stack.length - 1].children.push(node), stack.push(node), node;
    }, append = (node, token) => {
      let position = this.#position(token);
      position && (node.position = position), stack[stack.length - 1].children.push(node);
    };
    for (let token of tokens)
      switch (token.type) {
        case "blockquote_open":
        case "bullet_list_open":
        case "ordered_list_open":
          if (containers++, containers > 20)
            throw new MarkdownTooDeepError(
              `nests lists or block quotes more than ${20} levels deep`,
              (token.map?.[0] ?? 0) + 1
            );
          token.type === "blockquote_open" ? open({ type: "blockquote", children: [] }, token) : open(listOf(token), token);
          break;
        case "blockquote_close":
        case "bullet_list_close":
        case "ordered_list_close":
          containers--, stack.pop();
          break;
        case "list_item_open": {
          let checked = token.meta?.checked;
          open(
            {
              type: "listItem",
              spread: !1,
              checked: typeof checked == "boolean" ? checked : null,
              children: []
            },
            token
          );
          break;
        }
        case "paragraph_open":
          open({ type: "paragraph", children: [] }, token);
          break;
        case "heading_open":
          open(
            {
              type: "heading",
              depth: Number(token.tag.slice(1)),
              children: []
            },
            token
          );
          break;
        case "table_open":
          open({ type: "table", align: [], children: [] }, token);
          break;
        case "tr_open":
          open({ type: "tableRow", children: [] }, token);
          break;
        case "th_open":
        case "td_open": {
          open({ type: "tableCell", children: [] }, token), token.type === "th_open" && stack.at(-3).align?.push(alignOf(token));
          break;
        }
        case "list_item_close":
        case "paragraph_close":
        case "heading_close":
        case "table_close":
        case "tr_close":
        case "th_close":
        case "td_close":
          stack.pop();
          break;
        case "inline":
          this.#inline(stack[stack.length - 1], token);
          break;
        case "fence": {
          let [lang = "", ...meta] = token.info.trim().split(/\s+/);
          append(
            {
              type: "code",
              lang: lang || null,
              meta: meta.join(" ") || null,
              value: withoutFinalNewline(token.content)
            },
            token
          );
          break;
        }
        case "code_block":
          append(
            { type: "code", lang: null, meta: null, value: withoutFinalNewline(token.content) },
            token
          );
          break;
        case "html_block":
          append({ type: "html", value: withoutFinalNewline(token.content) }, token);
          break;
        case "hr":
          append({ type: "thematicBreak" }, token);
          break;
        case "reference_definition":
          append(this.#definition(token), token);
          break;
      }
    return root;
  }
  #definition(token) {
    let label2 = String(token.meta?.label ?? ""), reference = this.#env.references?.[label2];
    return {
      type: "definition",
      identifier: label2.toLowerCase(),
      label: label2,
      url: reference?.href ?? "",
      title: reference?.title || null
    };
  }
  /** Inline tokens are flat, with open and close tokens; nesting is rebuilt with a stack. */
  #inline(parent, token) {
    let children = token.children ?? [], stack = [parent], siblings = parent.children;
    for (let i = 0; i < children.length; i++) {
      let child = children[i], node = phrasingOf(child);
      if (node) {
        let last = siblings[siblings.length - 1];
        if (node.type === "text" && last?.type === "text" ? last.value += node.value : siblings.push(node), child.nesting === 1) {
          if (stack.length > 32)
            throw new MarkdownTooDeepError(
              `nests emphasis or links more than ${32} levels deep`,
              (token.map?.[0] ?? 0) + 1
            );
          stack.push(node), siblings = node.children;
        }
      } else child.nesting === -1 && stack.length > 1 && (stack.pop(), siblings = stack[stack.length - 1].children);
    }
  }
  #position(token) {
    let map = token.map;
    if (map)
      return new BlockPosition(this.#lines, map[0], map[1], token[START]);
  }
}, SourceLines = class {
  text;
  starts = [0];
  #lengths;
  constructor(text) {
    this.text = text;
    for (let at2 = text.indexOf(`
`); at2 !== -1; at2 = text.indexOf(`
`, at2 + 1))
      this.starts.push(at2 + 1);
    this.#lengths = new Int32Array(this.starts.length).fill(-1);
  }
  get count() {
    return this.starts.length;
  }
  /** Length of a 0-based line without trailing whitespace (0 for a blank line), computed once. */
  length(line) {
    let length = this.#lengths[line] ?? -1;
    if (length === -1) {
      let start = this.starts[line] ?? this.text.length, end = (this.starts[line + 1] ?? this.text.length + 1) - 1;
      for (; end > start && WHITESPACE.has(this.text.charCodeAt(end - 1)); ) end--;
      length = end - start, this.#lengths[line] = length;
    }
    return length;
  }
  /** The point after the last written character of a 0-based line. */
  endOf(line) {
    let length = this.length(line);
    return { line: line + 1, column: length + 1, offset: (this.starts[line] ?? 0) + length };
  }
}, BlockPosition = class {
  #lines;
  #first;
  #after;
  #offset;
  /** Lines `first` (0-based) up to `after` (exclusive), starting at character `offset`. */
  constructor(lines, first, after, offset) {
    this.#lines = lines, this.#first = first, this.#after = after, this.#offset = offset;
  }
  get start() {
    let lineStart = this.#lines.starts[this.#first] ?? 0, offset = this.#offset ?? lineStart;
    return { line: this.#first + 1, column: offset - lineStart + 1, offset };
  }
  get end() {
    let last = Math.max(this.#first, this.#after - 1);
    for (; last > this.#first && this.#lines.length(last) === 0; ) last--;
    return this.#lines.endOf(last);
  }
};
function phrasingOf(token) {
  switch (token.type) {
    case "text":
    case "text_special":
      return token.content ? { type: "text", value: token.content } : void 0;
    case "softbreak":
      return { type: "text", value: `
` };
    case "hardbreak":
      return { type: "break" };
    case "code_inline":
      return { type: "inlineCode", value: token.content };
    case "html_inline":
      return { type: "html", value: token.content };
    case "image":
      return {
        type: "image",
        url: String(token.attrGet("src") ?? ""),
        title: token.attrGet("title") || null,
        alt: altText(token.children ?? [])
      };
    case "em_open":
      return { type: "emphasis", children: [] };
    case "strong_open":
      return { type: "strong", children: [] };
    case "s_open":
      return { type: "delete", children: [] };
    case "link_open":
      return {
        type: "link",
        url: String(token.attrGet("href") ?? ""),
        title: token.attrGet("title") || null,
        children: []
      };
    default:
      return;
  }
}
function listOf(token) {
  let ordered = token.type === "ordered_list_open", start = ordered ? Number(token.attrGet("start") ?? 1) : null;
  return { type: "list", ordered, start, spread: !1, children: [] };
}
function alignOf(token) {
  let style = String(token.attrGet("style") ?? "");
  return style.includes("left") ? "left" : style.includes("right") ? "right" : style.includes("center") ? "center" : null;
}
function altText(tokens) {
  let alt = "";
  for (let token of tokens)
    token.type === "image" ? alt += altText(token.children ?? []) : token.type === "softbreak" || token.type === "hardbreak" ? alt += `
` : (token.type === "text" || token.type === "text_special" || token.type === "code_inline") && (alt += token.content);
  return alt;
}
var WHITESPACE = /* @__PURE__ */ new Set([32, 9, 10, 13]);
function withoutFinalNewline(value) {
  return value.endsWith(`
`) ? value.slice(0, -1) : value;
}

// core/markdown/body.ts
function normalizeHeading(text) {
  return PRINTABLE_ASCII.test(text) ? text.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim() : text.normalize("NFKD").replace(new RegExp("\\p{M}", "gu"), "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}
var PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
function positionOf(node) {
  let p = node?.position;
  if (p)
    return {
      line: p.start.line,
      column: p.start.column,
      endLine: p.end.line,
      endColumn: p.end.column
    };
}
function parseBody(body, matchers) {
  let tree = parseMarkdown(body), lookup = /* @__PURE__ */ new Map();
  for (let matcher of matchers)
    for (let name of [matcher.title, ...matcher.aliases]) {
      let key = normalizeHeading(name);
      key && !lookup.has(key) && lookup.set(key, matcher.id);
    }
  let sections = [], open = [];
  for (let node of tree.children)
    if (node.type === "heading") {
      for (; open.length > 0 && open.at(-1).depth >= node.depth; ) open.pop();
      for (let parent of open) parent.nodes.push(node);
      let section = makeSection(node, lookup);
      sections.push(section), open.push(section);
    } else
      for (let parent of open) parent.nodes.push(node);
  let byId = /* @__PURE__ */ new Map();
  for (let section of sections)
    section.id && !byId.has(section.id) && byId.set(section.id, section);
  return { tree, sections, byId };
}
function unreadBody() {
  return { tree: { type: "root", children: [] }, sections: [], byId: /* @__PURE__ */ new Map(), unread: !0 };
}
var HEADING_VALUE_SEPARATORS = [":", " — ", " – ", " - "];
function makeSection(node, lookup) {
  let title = proseText([node]).trim(), id = lookup.get(normalizeHeading(title)), inlineValue = "";
  if (!id)
    for (let separator of HEADING_VALUE_SEPARATORS) {
      let at2 = title.indexOf(separator);
      if (!(at2 <= 0) && (id = lookup.get(normalizeHeading(title.slice(0, at2))), id)) {
        inlineValue = title.slice(at2 + separator.length).trim();
        break;
      }
    }
  return {
    id,
    title,
    depth: node.depth,
    inlineValue,
    nodes: [],
    position: positionOf(node) ?? { line: 1, column: 1 }
  };
}
function taskItems(nodes) {
  let items = [], visit = (node) => {
    if (node.type === "listItem" && typeof node.checked == "boolean") {
      let item = node, text = item.children.filter((child) => child.type !== "list").map((child) => mdastToString(child)).join(" ").trim();
      items.push({ checked: item.checked === !0, text, position: positionOf(item) });
    }
    if ("children" in node)
      for (let child of node.children) visit(child);
  };
  for (let node of nodes) visit(node);
  return items;
}
function linkTargets(nodes) {
  let links = [], visit = (node) => {
    if ((node.type === "link" || node.type === "definition" || node.type === "image") && node.url && links.push({ url: node.url, position: positionOf(node) }), "children" in node)
      for (let child of node.children) visit(child);
  };
  for (let node of nodes) visit(node);
  return links;
}
function proseText(nodes) {
  return nodes.map((node) => readableText(node)).join(`
`).trim();
}
function readableText(node) {
  if (node.type === "html" || node.type === "code") return "";
  if (node.type === "text" || node.type === "inlineCode") return node.value;
  if (node.type === "break") return `
`;
  if (!("children" in node)) return "";
  let sep = node.type === "list" || node.type === "table" || node.type === "blockquote" ? `
` : node.type === "tableRow" ? " | " : "";
  return node.children.map(readableText).join(sep);
}

// core/render/escape.ts
function flatten(text) {
  return text.replace(/\s+/gu, " ").trim();
}
function cap(text, max) {
  if (max === void 0 || text.length <= max) return text;
  let chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, Math.max(0, max - 1)).join("")}…`;
}
var ANYWHERE = /[\\`*~[\]$]/g;
function inertText(text, max) {
  let out = cap(flatten(text), max).replace(ANYWHERE, "\\$&").replace(
    /_/g,
    (_, at2, whole) => /[\p{L}\p{N}]/u.test(whole[at2 - 1] ?? "") && /[\p{L}\p{N}]/u.test(whole[at2 + 1] ?? "") ? "_" : "\\_"
  ).replace(/&(?=#|[A-Za-z][A-Za-z0-9]*;)/g, "&amp;").replace(/@/g, "@​").replace(/#(?=\d)/g, "#​").replace(/(www)\./gi, "$1​.").replace(/:(?=\/\/)/g, ":​").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return out = out.replace(/^([#=+-])/, "\\$1").replace(/^(\d+)([.)])/, "$1\\$2"), out.replace(
    /(\s)(#+)$/,
    (_, space, hashes) => `${space}${hashes.replace(/#/g, "\\#")}`
  );
}
function codeSpan(text, max) {
  let value = cap(text.replace(/\r\n?|\n/g, " "), max);
  if (value === "") return "` `";
  let longest = Math.max(0, ...Array.from(value.matchAll(/`+/g), (m) => m[0].length)), fence = "`".repeat(longest + 1);
  return value.startsWith("`") || value.endsWith("`") || value.startsWith(" ") && value.endsWith(" ") && value.trim() !== "" ? `${fence} ${value} ${fence}` : `${fence}${value}${fence}`;
}
function handle(login2) {
  return `@​${inertText(login2)}`;
}
function issueRef(number, url) {
  let target = webUrl(url);
  return target === void 0 ? `#${number}` : `[#${number}](${target})`;
}
function webUrl(url) {
  if (url === void 0) return;
  let parsed;
  try {
    parsed = new URL(url.trim());
  } catch {
    return;
  }
  if (!(parsed.protocol !== "https:" && parsed.protocol !== "http:"))
    return parsed.href.replace(/\(/g, "%28").replace(/\)/g, "%29").replace(/&(?=#|[A-Za-z][A-Za-z0-9]*;)/g, "&amp;");
}

// core/rules/branch-patterns.ts
import picomatch from "picomatch";
import { z as z2 } from "zod";
var BRANCH_PLACEHOLDERS = ["story", "id", "slug"], SLUG_PATTERN = "[a-z0-9]+(?:-[a-z0-9]+)*", PLACEHOLDER_RE = /\{([^{}]*)\}/g, branchPatternEntry = z2.union([
  z2.string(),
  z2.strictObject({
    pattern: z2.string().describe("Branch name pattern with `{story}`, `{id}` and `{slug}` placeholders."),
    bases: z2.array(z2.string()).min(1).optional().describe("Glob(s) of the base branches this kind of branch may target.")
  })
]).superRefine((entry, ctx) => {
  let pattern = typeof entry == "string" ? entry : entry.pattern;
  for (let match of pattern.matchAll(PLACEHOLDER_RE)) {
    let name = match[1] ?? "";
    BRANCH_PLACEHOLDERS.includes(name) || ctx.addIssue({
      code: "custom",
      message: `unknown placeholder {${name}} in "${pattern}"; use {story}, {id} or {slug}`
    });
  }
  pattern.trim() === "" && ctx.addIssue({ code: "custom", message: "a branch pattern cannot be empty" });
});
function escapeRegex(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function compileBranchPattern(entry, idPattern) {
  let pattern = typeof entry == "string" ? entry : entry.pattern, bases = typeof entry == "string" ? void 0 : entry.bases, groups = [], source = "", last = 0;
  for (let match of pattern.matchAll(PLACEHOLDER_RE)) {
    let name = match[1];
    source += escapeRegex(pattern.slice(last, match.index)), source += `(?<g${groups.length}>${name === "slug" ? SLUG_PATTERN : idPattern})`, groups.push(name), last = (match.index ?? 0) + match[0].length;
  }
  return source += escapeRegex(pattern.slice(last)), {
    pattern,
    regex: new RegExp(`^${source}$`, "u"),
    groups,
    bases,
    baseMatcher: bases ? picomatch(bases) : void 0
  };
}
function matchBranch(branch, base, patterns) {
  for (let compiled of patterns) {
    let match = compiled.regex.exec(branch);
    if (!match) continue;
    let storyId, slug;
    return compiled.groups.forEach((name, index) => {
      let value = match.groups?.[`g${index}`];
      name === "slug" ? slug ??= value : storyId ??= value;
    }), {
      pattern: compiled.pattern,
      storyId,
      slug,
      baseAllowed: compiled.baseMatcher ? compiled.baseMatcher(base) : !0,
      bases: compiled.bases
    };
  }
}
function slugify(text, maxLength = 48) {
  let slug = text.normalize("NFKD").replace(new RegExp("\\p{M}", "gu"), "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  return slug.length <= maxLength ? slug : slug.slice(0, maxLength).replace(/-[^-]*$/, "").replace(/-+$/, "") || slug.slice(0, maxLength);
}

// core/rules/branch-name.ts
import picomatch2 from "picomatch";
import { z as z4 } from "zod";

// core/ids.ts
var DEFAULT_ID_PATTERN = "[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*-[0-9]+";
function isId(text, idPattern) {
  return new RegExp(`^(?:${idPattern})$`, "u").test(text);
}
function findIds(text, idPattern) {
  let re = new RegExp(
    `(?<![\\p{L}\\p{N}_-])(?:${idPattern})(?![\\p{L}\\p{N}_]|-[\\p{L}\\p{N}])`,
    "gu"
  );
  return [...text.matchAll(re)].map((match) => match[0]);
}

// core/rules/common.ts
import { z as z3 } from "zod";
var ruleBaseShape = {
  enabled: z3.boolean().default(!0).describe("Run this rule."),
  severity: z3.enum(["blocking", "warning"]).default("blocking").describe(
    "`blocking` findings make the verdict NO_MERGE; `warning` reports them without blocking."
  )
};

// core/rules/branch-name.ts
var DEFAULT_BRANCH_PATTERNS = [
  "feature/{story}-{slug}",
  "hotfix/{id}-{slug}",
  "fix/{slug}",
  "chore/{slug}",
  "docs/{slug}"
], DEFAULT_EXEMPT_BRANCHES = ["dependabot/**", "renovate/**"], branchName = {
  id: "branch-name",
  description: "The head branch is named after a story or incident, e.g. feature/S-PC-01-login-page.",
  options: z4.strictObject({
    ...ruleBaseShape,
    patterns: z4.array(branchPatternEntry).min(1).default(DEFAULT_BRANCH_PATTERNS).describe(
      "Allowed branch names, first match wins. `{story}`/`{id}` match the id pattern, `{slug}` lowercase kebab-case."
    ),
    exempt: z4.array(z4.string()).default(DEFAULT_EXEMPT_BRANCHES).describe("Globs of branches the rule skips, e.g. bots' branches.")
  }),
  check(snapshot, options4, context) {
    if (options4.exempt.length > 0 && picomatch2(options4.exempt, { dot: !0 })(snapshot.branch))
      return [
        {
          ruleId: "branch-name",
          severity: "info",
          source: "branch",
          message: `Branch ${codeSpan(snapshot.branch)} is exempt from naming rules (matches ${formatList(options4.exempt)}).`
        }
      ];
    let match = context.branch;
    if (match && !match.baseAllowed)
      return [
        {
          ruleId: "branch-name",
          severity: "blocking",
          source: "branch",
          message: `Branches named ${codeSpan(match.pattern)} may only target ${formatList(match.bases ?? [])}, but this PR targets ${codeSpan(snapshot.base)}. Change the PR's base branch, or rename the branch to a kind that may target ${codeSpan(snapshot.base)}.`
        }
      ];
    if (match) return [];
    let compiled = options4.patterns.map(
      (entry) => compileBranchPattern(entry, context.config.ids.pattern)
    ), suggestion = suggestBranchName(snapshot, compiled, context), allowed = formatList(compiled.map((p) => p.pattern)), fix = suggestion ? ` Rename it, for example to ${codeSpan(suggestion)} (renaming a branch on GitHub keeps its open PR).` : " Rename it to one of these (renaming a branch on GitHub keeps its open PR).";
    return [
      {
        ruleId: "branch-name",
        severity: "blocking",
        source: "branch",
        message: `Branch ${codeSpan(snapshot.branch)} does not match any allowed name: ${allowed}. Ids look like \`S-PC-01\` and slugs are lowercase-kebab-case.${fix}`,
        ...suggestion ? { suggestion } : {}
      }
    ];
  }
};
function formatList(items) {
  return items.map((item) => codeSpan(item)).join(", ");
}
function suggestBranchName(snapshot, patterns, context) {
  let idPattern = context.config.ids.pattern, storySection = context.body.byId.get("story_id"), storyText = storySection ? `${storySection.inlineValue}
${proseText(storySection.nodes)}` : "", id = findIds(storyText, idPattern)[0] ?? findIds(snapshot.title, idPattern)[0], titleForSlug = snapshot.title;
  id && (titleForSlug = titleForSlug.split(id).join(" "));
  let slug = slugify(titleForSlug) || slugify(snapshot.branch.replace(/^[^/]*\//, "")) || "describe-the-change", kind = snapshot.branch.split("/")[0]?.toLowerCase() ?? "", ranked = [...patterns].sort((a, b) => rank(a) - rank(b));
  function rank(p) {
    return p.pattern.toLowerCase().startsWith(`${kind}/`) ? 0 : 1;
  }
  for (let pattern of ranked) {
    if (pattern.baseMatcher && !pattern.baseMatcher(snapshot.base) || !id && pattern.groups.some((g) => g !== "slug")) continue;
    let name = pattern.pattern.replace(
      /\{(story|id|slug)\}/g,
      (_, name2) => name2 === "slug" ? slug : id
    );
    if (pattern.regex.test(name)) return name;
  }
}

// core/rules/governance-files.ts
import picomatch3 from "picomatch";
import { z as z6 } from "zod";

// core/config/roles.ts
import { z as z5 } from "zod";
var roleName = z5.string().regex(/^[a-z][a-z0-9_-]*$/, "role names are lowercase, e.g. po or pm"), login = z5.string().regex(/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/, "a GitHub login, without @"), teamSlug = z5.string().regex(
  /^[a-z0-9][a-z0-9._-]*$/,
  "a team slug as in the team's URL, e.g. product-owners (without the org)"
), rolesSchema = z5.record(
  roleName,
  z5.strictObject({
    users: z5.array(login).default([]).describe("GitHub logins holding the role."),
    teams: z5.array(teamSlug).default([]).describe("Team slugs whose members hold the role.")
  })
).default({}).describe("Roles such as po and pm: who may approve governance files and override rules.");

// core/rules/governance-files.ts
var DEFAULT_GOVERNANCE_PATHS = [
  "CODEOWNERS",
  ".github/CODEOWNERS",
  "docs/CODEOWNERS",
  ".github/pilot-gate.yml"
], LIST_LIMIT = 10, FALLBACK_PERMISSIONS = /* @__PURE__ */ new Set(["maintain", "admin"]), governanceFiles = {
  id: "governance-files",
  description: "Changes to ownership and threshold files carry an approval from a PO/PM role holder (while the default branch has no config, or the roles name nobody: from someone with maintain or admin permission).",
  options: z6.strictObject({
    ...ruleBaseShape,
    paths: z6.array(z6.string().min(1)).default(DEFAULT_GOVERNANCE_PATHS).describe("Globs of governance files, e.g. add your thresholds file: config/thresholds.yml."),
    approvers: z6.array(roleName).default(["po", "pm"]).describe("Roles (see `roles`) whose approving review unblocks a change to these files."),
    fresh_approval: z6.boolean().default(!0).describe("Only approvals on the latest pushed commit count.")
  }),
  check(snapshot, options4, context) {
    if (options4.paths.length === 0) return [];
    if (snapshot.changedFiles === void 0)
      return [
        {
          ruleId: "governance-files",
          severity: "info",
          message: `The changed files were not known, so governance files (${formatList2(options4.paths)}) were not checked. The required check on GitHub checks them.`
        }
      ];
    let isGovernance = picomatch3(options4.paths, { dot: !0 }), touched = snapshot.changedFiles.filter((file) => isGovernance(file)), partial = snapshot.changedFilesPartial;
    if (touched.length === 0 && !partial) return [];
    let members = approverMembers(snapshot, options4.approvers), fallback = fallsBack(snapshot, members), latest = latestReviews(snapshot.reviews ?? []), stale = [], outsiders = [];
    for (let review of latest.values()) {
      if (review.state !== "approved") continue;
      let login2 = review.login.toLowerCase();
      if (fallback) {
        if (options4.fresh_approval && !isFresh(review, snapshot.headSha)) {
          stale.push(review.login);
          continue;
        }
        let permission = snapshot.reviewerPermissions?.[login2];
        if (permission !== void 0 && FALLBACK_PERMISSIONS.has(permission)) return [];
        outsiders.push(
          `${handle(review.login)} (${permission === void 0 ? "permission not known" : `${inertText(permission)} permission`})`
        );
        continue;
      }
      if (!members.has(login2)) {
        outsiders.push(handle(review.login));
        continue;
      }
      if (options4.fresh_approval && !isFresh(review, snapshot.headSha)) {
        stale.push(review.login);
        continue;
      }
      return [];
    }
    let files = limitList(
      touched.map((file) => codeSpan(file)),
      LIST_LIMIT
    ), changes = partial ? [
      `GitHub listed only ${count(partial.listed)} of this PR's ${partial.total === void 0 ? "changed files (its list stops there)" : `${count(partial.total)} changed files`}, so pilot-gate cannot rule out changes to governance files (${formatList2(options4.paths)})${touched.length > 0 ? `; among those listed it changes ${files}` : ""}.`,
      "Split the PR so each part changes fewer files, or have it approved as a governance change."
    ] : [`This PR changes governance files: ${files}.`], who = options4.approvers.map(
      (role) => describeRole(role, snapshot, context.config.roles)
    ), notes = [];
    stale.length > 0 && notes.push(
      `Approved by ${joinOr(
        stale.map((l) => handle(l)),
        "and"
      )} on an older commit; approvals must be on the latest push.`
    ), outsiders.length > 0 && notes.push(
      fallback ? `Approved by ${joinOr(outsiders, "and")}, which ${outsiders.length === 1 ? "is" : "are"} not maintain or admin.` : `Approved by ${joinOr(outsiders, "and")}, who ${outsiders.length === 1 ? "holds" : "hold"} none of these roles.`
    );
    let latestCommit = options4.fresh_approval ? " on its latest commit" : "", roleWord = options4.approvers.length === 1 ? "the role" : "one of the roles", fix = fallback ? `To unblock, ask someone with maintain or admin permission to approve the PR${latestCommit}, or revert the changes to these files.` : `To unblock, ask a holder of ${roleWord} above to approve the PR${latestCommit}, or revert the changes to these files.`;
    return [
      {
        ruleId: "governance-files",
        severity: "blocking",
        message: [
          ...changes,
          ...whoMayApprove(snapshot, who, options4.approvers, fallback),
          ...notes,
          fix
        ].join(" "),
        files: touched
      }
    ];
  }
};
function whoMayApprove(snapshot, who, approvers, fallback) {
  let instead = "an approving review from someone with maintain or admin permission on the repository counts instead.";
  if (snapshot.configAbsent === !0)
    return [
      `The default branch has no pilot-gate config yet, so no role can approve governance changes: ${instead}`
    ];
  if (approvers.length === 0)
    return [
      `No approver roles are configured (${codeSpan("rules.governance-files.approvers")}), so ${instead}`
    ];
  let needed = `Changes to them need an approving review from ${joinOr(who, "or")}.`;
  return fallback ? [needed, `While these roles name nobody, ${instead}`] : [needed];
}
function fallsBack(snapshot, members) {
  return snapshot.configAbsent === !0 || members.size === 0;
}
function approverMembers(snapshot, roles) {
  let members = /* @__PURE__ */ new Set();
  for (let role of roles)
    for (let login2 of snapshot.roleMembers?.[role] ?? []) members.add(login2.toLowerCase());
  return members;
}
function latestReviews(reviews) {
  let latest = /* @__PURE__ */ new Map();
  for (let review of reviews)
    review.state === "commented" || review.state === "pending" || latest.set(review.login.toLowerCase(), review);
  return latest;
}
function isFresh(review, headSha) {
  return headSha !== void 0 && review.commitId !== void 0 && review.commitId === headSha;
}
function describeRole(role, snapshot, roles) {
  let defined = roles[role];
  if (!defined)
    return `${inertText(role)} (not defined: the config must define ${codeSpan(`roles.${role}.users`)} or ${codeSpan(`roles.${role}.teams`)})`;
  let logins = snapshot.roleMembers?.[role] ?? [];
  if (logins.length === 0) {
    let teams = defined.teams.length > 0 ? `; team ${formatList2(defined.teams)} has no members pilot-gate can see` : "";
    return `${inertText(role)} (no members${teams}: the config must list them in ${codeSpan(`roles.${role}.users`)} or ${codeSpan(`roles.${role}.teams`)})`;
  }
  let names = limitList(
    logins.map((login2) => handle(login2)),
    LIST_LIMIT
  );
  return `${inertText(role)} (${names})`;
}
function count(n) {
  return n.toLocaleString("en-US");
}
function limitList(items, max) {
  return items.length <= max ? items.join(", ") : `${items.slice(0, max).join(", ")} and ${items.length - max} more`;
}
function joinOr(items, word) {
  return items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} ${word} ${items[items.length - 1]}`;
}
function formatList2(items) {
  return items.map((item) => codeSpan(item)).join(", ");
}

// core/rules/incident-freeze.ts
import { z as z9 } from "zod";

// core/incidents/freeze.ts
import picomatch4 from "picomatch";

// core/incidents/config.ts
import { z as z8 } from "zod";

// core/config/regex.ts
import { z as z7 } from "zod";
var regexSource = z7.string().superRefine((source, ctx) => {
  try {
    new RegExp(source, "u");
  } catch (error) {
    ctx.addIssue({
      code: "custom",
      message: `is not a valid regular expression (${error.message}); check brackets and escape special characters with a backslash`
    });
  }
});

// core/incidents/config.ts
var CLOCKS = ["ack", "contain", "recover"], WEEKDAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"], label = z8.string().trim().min(1), minutes = z8.number().int().positive();
function isTimeZone(zone) {
  try {
    return new Intl.DateTimeFormat("en-US", { timeZone: zone }), !0;
  } catch {
    return !1;
  }
}
var slaTargetsSchema = (defaults) => z8.strictObject({
  ack: minutes.default(defaults.ack).describe("Minutes from opening to the first comment or assignment by a maintainer."),
  contain: minutes.nullable().default(defaults.contain).describe("Minutes from opening to a contained label; null: no containment clock."),
  recover: minutes.default(defaults.recover).describe("Minutes from opening to a recovered label (or closing the issue)."),
  business: z8.array(z8.enum(CLOCKS)).default(defaults.business).describe(
    "Clocks counted in business minutes (see `business_hours`) instead of wall time."
  )
}).prefault({}), escalationLevelSchema = z8.strictObject({
  name: z8.string().trim().regex(/^[a-z0-9][a-z0-9-]*$/, {
    message: "expected a short kebab-case name such as on-call or eng-lead (it becomes a label)"
  }).describe("Level name; the label `escalation:<name>` marks an incident escalated to it."),
  mention: z8.array(z8.string().regex(/^@[\w.-]+(\/[\w.-]+)?$/, { message: "expected @user or @org/team" })).default([]).describe("Who the escalation comment mentions: @user or @org/team.")
}).describe("One level of the escalation chain."), incidentsConfigSchema = z8.strictObject({
  enabled: z8.boolean().default(!1).describe(
    "Run the risk protocol in the required check: incident freezes and the WIP limit. Off until a team turns it on, because it reads the repository's issues and open PRs on every PR event."
  ),
  severity_labels: z8.strictObject({
    critical: z8.array(label).min(1).default(["P0", "critical"]),
    high: z8.array(label).min(1).default(["P1", "high"]),
    medium: z8.array(label).min(1).default(["P2", "medium"])
  }).prefault({}).describe(
    "Labels that make an issue an incident of each severity (compared without regard to case)."
  ),
  wave_label_prefix: label.default("wave:").describe("Prefix of the wave label, e.g. `wave:` for wave:O-02."),
  wave_from_story: regexSource.nullable().default(null).describe(
    "Regex tried on a PR's branch, then its title, when it has no wave label; its first capture group is the wave. Null: waves come from labels only."
  ),
  kind_labels: z8.array(label).default(["tenant-isolation", "core-flow", "security"]).describe("Labels that say what kind of incident it is."),
  freeze_branches: z8.array(label).min(1).default(["main", "develop"]).describe("Base branches (globs) frozen while a critical incident is open."),
  hotfix_branches: z8.array(label).min(1).default(["hotfix/*"]).describe("Head branches (globs) exempt from a freeze when the PR references the incident."),
  freeze_label: label.default("pilot-gate:freeze").describe(
    "Label that freezes merges while an issue carrying it is open, as a critical incident does: how a team freezes by hand."
  ),
  contained_labels: z8.array(label).min(1).default(["contained"]).describe("Labels that stop the containment clock."),
  recovered_labels: z8.array(label).min(1).default(["recovered"]).describe("Labels that stop the recovery clock (closing the issue stops it too)."),
  sla: z8.strictObject({
    critical: slaTargetsSchema({ ack: 5, contain: 15, recover: 60, business: [] }),
    high: slaTargetsSchema({ ack: 15, contain: 60, recover: 4320, business: [] }),
    medium: slaTargetsSchema({
      ack: 240,
      contain: null,
      recover: 336 * 60,
      business: ["ack"]
    })
  }).prefault({}).describe("SLA targets per severity, in minutes."),
  business_hours: z8.strictObject({
    timezone: z8.string().refine(isTimeZone, { message: "expected an IANA time zone such as Europe/Paris or UTC" }).default("UTC").describe("IANA time zone business hours are in."),
    start: z8.number().int().min(0).max(23).default(9).describe("First business hour (0-23)."),
    end: z8.number().int().min(1).max(24).default(18).describe("Hour business ends (1-24)."),
    days: z8.array(z8.enum(WEEKDAYS)).min(1).default(["mon", "tue", "wed", "thu", "fri"]).describe("Business days.")
  }).refine((hours) => hours.start < hours.end, {
    message: "start must be before end, e.g. start: 9, end: 18"
  }).prefault({}).describe("When business-minute clocks run."),
  escalation: z8.array(escalationLevelSchema).min(1).default([
    { name: "on-call", mention: [] },
    { name: "eng-lead", mention: [] },
    { name: "leadership", mention: [] }
  ]).describe("Escalation chain, first level first; each breached clock escalates one level."),
  maintainer_permission: z8.enum(["triage", "write", "maintain", "admin"]).default("write").describe(
    "Lowest repository permission whose comment on or assignment of an incident acknowledges it (stops its ACK clock)."
  ),
  freeze_permission: z8.enum(["write", "maintain", "admin"]).default("maintain").describe(
    "Lowest repository permission that may `/pilot-gate freeze` and `/pilot-gate unfreeze`, and so clear a tripped trigger."
  ),
  consecutive_failures: z8.number().int().min(1).default(3).describe(
    "Consecutive failing evaluations of required-check on one PR that open an escalation issue."
  ),
  p0_trigger: z8.strictObject({
    count: z8.number().int().min(1).default(2).describe("Critical incidents opened..."),
    days: z8.number().int().min(1).default(14).describe("...within this many days..."),
    id: z8.string().trim().min(1).default("PC-P1-01").describe("...trip this trigger, which freezes until a maintainer clears it.")
  }).prefault({}).describe("Repeated critical incidents trip a named trigger."),
  blocked: z8.strictObject({
    label: label.default("blocked").describe("Label that marks an issue or PR blocked."),
    needs_info_label: label.default("needs-info").describe("Label added when required fields are missing."),
    fields: z8.array(label).min(1).default(["ID", "Cause", "Impact", "Owner", "ETA", "Upstream dependency"]).describe("Fields a blocked item must state (issue-form headings or table rows)."),
    cycle_days: z8.number().int().min(1).default(14).describe("Length of one cycle; blocked longer than this is escalated."),
    escalated_label: label.default("blocked:escalated").describe(
      "Label that records a blocked item's escalation. Its own, so an incident that is also blocked keeps its SLA escalation level."
    )
  }).prefault({}).describe("Blocked items."),
  wip_limit: z8.number().int().min(1).default(5).describe("Most open, non-draft PRs per wave.")
}).describe(
  "The risk protocol: incident severities, freeze, SLA clocks, escalation, blocked items and WIP limits."
);

// core/incidents/sla.ts
function escalationLabel(level) {
  return `escalation:${level.name}`;
}

// core/incidents/model.ts
function isWaveLabel(label2, config) {
  return label2.toLowerCase().startsWith(config.wave_label_prefix.toLowerCase());
}
function waveFromLabels(labels, config) {
  let prefix = config.wave_label_prefix.toLowerCase(), wave = labels.find((name) => isWaveLabel(name, config))?.slice(prefix.length).trim();
  return wave || void 0;
}
function waveOf(pr, config) {
  let fromLabel = waveFromLabels(pr.labels ?? [], config);
  if (fromLabel) return fromLabel;
  if (config.wave_from_story === null) return;
  let re = new RegExp(config.wave_from_story, "u");
  for (let text of [pr.branch, pr.title]) {
    let match = text ? re.exec(text) : null;
    if (match?.[1]) return match[1];
  }
}
function incidentLink(incident) {
  return `${issueRef(incident.number, incident.url)} "${inertText(incident.title)}"`;
}

// core/incidents/freeze.ts
var FREEZE_RULE_ID = "incident-freeze";
function escapeRegex2(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function references(pr, number, id) {
  let text = `${pr.title}
${pr.body}`;
  return number !== void 0 && new RegExp(`(?:(?<![\\w&])#|/issues/)${number}(?!\\d)`, "u").test(text) ? !0 : id !== void 0 && new RegExp(`(?<![\\p{L}\\p{N}_-])${escapeRegex2(id)}(?![\\p{L}\\p{N}_])`, "iu").test(text);
}
function inScope(wave, prWave) {
  return wave === void 0 ? "every wave" : prWave === void 0 ? `wave ${inertText(wave)} (this PR has no wave label, so it cannot be shown to be outside it)` : prWave.toLowerCase() === wave.toLowerCase() ? `wave ${inertText(wave)}` : void 0;
}
function frozenByNote(freeze) {
  let parts = [
    ...freeze.by || freeze.at ? [
      `frozen${freeze.by ? ` by ${handle(freeze.by)}` : ""}${freeze.at ? ` at ${inertText(freeze.at)}` : ""}`
    ] : [],
    ...freeze.receipt ? [`receipt ${codeSpan(freeze.receipt)}`] : []
  ];
  return parts.length > 0 ? ` (${parts.join(", ")})` : "";
}
function escalationNote(incident, config) {
  let level = incident.escalationLevel ?? 0, step = config.escalation[level - 1];
  return step ? ` It was escalated to **${inertText(step.name)}** (level ${level} of ${config.escalation.length}, label ${codeSpan(escalationLabel(step))}).` : "";
}
function freezeFindings(pr, incidents, manualFreezes, config) {
  if (!picomatch4(config.freeze_branches)(pr.base)) return [];
  let hotfix = picomatch4(config.hotfix_branches)(pr.branch), prWave = waveOf(pr, config), hotfixHint = `Only a PR from a branch matching ${config.hotfix_branches.map((glob) => codeSpan(glob)).join(" or ")} that references it is exempt.`, findings = [];
  for (let incident of incidents) {
    if (!incident.open || incident.severity !== "critical") continue;
    let scope = inScope(incident.wave, prWave);
    scope && (hotfix && references(pr, incident.number, incident.id) || findings.push({
      ruleId: FREEZE_RULE_ID,
      severity: "blocking",
      source: "branch",
      message: `Merges into ${codeSpan(pr.base)} are frozen for ${scope} while critical incident ${incidentLink(incident)} is open.${escalationNote(incident, config)} ${hotfixHint}`,
      suggestion: `Reference #${incident.number} in the PR from a hotfix branch, or wait until the incident is closed.`
    }));
  }
  for (let freeze of manualFreezes) {
    let scope = inScope(freeze.wave, prWave);
    if (!scope || hotfix && references(pr, freeze.number, freeze.id)) continue;
    let where = freeze.number ? ` (${issueRef(freeze.number, freeze.url)})` : "";
    findings.push({
      ruleId: FREEZE_RULE_ID,
      severity: "blocking",
      source: "branch",
      message: `Merges into ${codeSpan(pr.base)} are frozen for ${scope} by ${inertText(freeze.id)}${where}: ${inertText(freeze.reason)}.${frozenByNote(freeze)} It holds until a maintainer clears it. ${hotfixHint}`
    });
  }
  return findings;
}

// core/rules/incident-freeze.ts
var options = z9.strictObject({ ...ruleBaseShape }), incidentFreeze = {
  id: FREEZE_RULE_ID,
  description: "No merges into frozen branches while a critical incident or a freeze is open.",
  options,
  active: (config) => config.incidents.enabled,
  check(snapshot, _options, { config }) {
    return snapshot.risk ? freezeFindings(
      {
        branch: snapshot.branch,
        base: snapshot.base,
        title: snapshot.title,
        body: snapshot.body,
        labels: snapshot.labels
      },
      snapshot.risk.incidents,
      snapshot.risk.freezes,
      config.incidents
    ) : [
      {
        ruleId: FREEZE_RULE_ID,
        severity: "info",
        message: "Open incidents and freezes were not read here, so merge freezes were not checked; the App and the Action check them on GitHub."
      }
    ];
  }
};

// core/rules/no-merge-label.ts
import { z as z10 } from "zod";
var noMergeLabel = {
  id: "no-merge-label",
  description: "A NO_MERGE label on the PR blocks the merge.",
  options: z10.strictObject({
    ...ruleBaseShape,
    label: z10.string().min(1).default("NO_MERGE").describe("Label that blocks a merge.")
  }),
  check(snapshot, options4) {
    let wanted = options4.label.toLowerCase(), found = snapshot.labels.find((label2) => label2.toLowerCase() === wanted);
    return found ? [
      {
        ruleId: "no-merge-label",
        severity: "blocking",
        source: "labels",
        message: `The PR carries the ${codeSpan(found)} label. Resolve what it was added for, then remove the label to unblock the merge.`
      }
    ] : [];
  }
};

// core/rules/pr-checklist.ts
import { z as z11 } from "zod";

// core/limits.ts
var ENVIRONMENT_LIMIT = {
  bytes: 256 * 1024,
  advice: "describe documents by version and digest rather than copying them in (openapi: {version, digest}), and list only the values that must match"
}, PILOT_MANIFEST_LIMIT = {
  bytes: 64 * 1024,
  advice: "a pilot manifest holds a name, a window and its clients; compare it with the template `pilot-gate pilot start` writes"
}, MILESTONE_LIMIT = {
  bytes: 1 * 1048576,
  advice: "split it into one document per milestone and list each under readiness.milestones, or name the section to read ({file, section})"
}, JUNIT_LIMIT = {
  bytes: 8 * 1048576,
  advice: "have the runner write one file per suite or class (Surefire and Gradle do by default) and pass a glob of them, or point --junit at the smoke run's reports only"
};
var REPORT_LIMIT = {
  bytes: 64 * 1048576,
  advice: "pass the JSON report a pilot-gate gate wrote with --report; a smoke report this large lists too many scenarios, so point the smoke gate at the smoke suite's reports only"
};
var MAX_EVIDENCE_PATHS = 10;

// core/template.ts
var DEFAULT_PR_TEMPLATE = `## Story ID

<!-- The story or incident id, e.g. S-PC-01. It must be the id in the branch name. -->

## Definition of Ready

- [ ] Acceptance criteria agreed with the PO
- [ ] Dependencies identified and unblocked
- [ ] Test scenarios defined

## Definition of Done

- [ ] Code reviewed
- [ ] Tests added or updated, and green
- [ ] Smoke suite green
- [ ] Docs and runbook updated where needed

<!-- An item that does not apply: replace its text with "N/A: <reason>" and tick it. -->

## Residual risks

<!-- One row per risk, or write "No residual risks." Severity: critical, high, medium, low. Status: open, mitigated, accepted, closed. An open critical risk blocks the merge, as does an open high risk without an owner. -->

| Risk | Severity | Status | Owner |
| --- | --- | --- | --- |
| <risk> | <severity> | <status> | <owner> |

## Evidence

<!-- Links to test runs, screenshots, logs, or evidence files in this repo (e.g. evidence/story/S-PC-01/). -->

- <link>

## Runbook impact

<!-- A link to the runbook you changed, or "Not applicable: <reason>". -->
`;

// core/rules/pr-checklist.ts
var DEFAULT_PLACEHOLDERS = [
  "^<[^>]*>$",
  "^(?:TBD|TBC|TODO|FIXME|XXX)\\.?$",
  "^(?:\\.{3}|…)$",
  "^[-_*]+$",
  "^\\[[^\\]]*\\]\\(\\s*\\)$"
], RULE_ID = "pr-checklist", options2 = z11.strictObject({
  ...ruleBaseShape,
  required_sections: z11.array(sectionId).default([
    "story_id",
    "definition_of_ready",
    "definition_of_done",
    "residual_risks",
    "evidence",
    "runbook_impact"
  ]).describe("Section ids that must be present and filled."),
  task_sections: z11.array(sectionId).default(["definition_of_ready", "definition_of_done"]).describe(
    "Sections whose task items must all be checked (or say `N/A: <reason>`), keeping every item the repository's own PR template lists there."
  ),
  placeholders: z11.array(regexSource).default(DEFAULT_PLACEHOLDERS).describe(
    "Regexes for placeholder text that does not count as content, tested against each trimmed line."
  ),
  story_matches_branch: z11.boolean().default(!0).describe("The Story ID must equal the id in the branch name.")
}), prChecklist = {
  id: RULE_ID,
  description: "The PR body fills every required section: Story ID, Definition of Ready/Done, residual risks, evidence, runbook impact.",
  options: options2,
  check(snapshot, opts, context) {
    return checkChecklist(snapshot, opts, context);
  }
};
function checkChecklist(snapshot, opts, context) {
  let resolved = resolveSections(context.config.sections), byId = new Map(resolved.map((s) => [s.id, s])), placeholders = compilePlaceholders(opts.placeholders), required = unique(opts.required_sections), tasks = new Set(opts.task_sections);
  if (context.body.unread) return [];
  if (isEmptyBody(context.body)) {
    if (required.length === 0) return [];
    let headings = required.map((id) => codeSpan(`## ${titleOf(id, byId)}`)).join(", ");
    return [
      {
        ruleId: RULE_ID,
        severity: "blocking",
        source: "body",
        message: `The PR body is empty (HTML comments do not count). Fill in the PR template: it needs the sections ${headings}, each with real content.`
      }
    ];
  }
  let analysis = analyse(context.body, placeholders), template = readTemplates(snapshot.template, resolved, opts), branchId = context.branch?.storyId, findings = [];
  template.unreadable !== void 0 && tasks.size > 0 && findings.push({
    ruleId: RULE_ID,
    severity: "blocking",
    source: "config",
    message: `The repository's PR template could not be read as Markdown (${inertText(template.unreadable)}), so its checklist items cannot be compared with the body. Simplify the template on the default branch (flatten its nesting), then re-run the check.`
  });
  for (let id of unique([...required, ...opts.task_sections, "story_id"])) {
    let isRequired = required.includes(id), section = context.body.byId.get(id), templateItems2 = tasks.has(id) ? template.items.get(id) ?? [] : [];
    if (!section) {
      isRequired ? findings.push(missingFinding(id, byId, context, branchId)) : templateItems2.length > 0 && findings.push(missingChecklistFinding(titleOf(id, byId), templateItems2));
      continue;
    }
    let content = readSection(section, analysis), unchanged = content.realLines.length > 0 && template.fingerprints.some((fingerprints) => fingerprints.get(id) === content.fingerprint), filled = content.realLines.length > 0 && !unchanged;
    if (!filled && isRequired) {
      findings.push(unfilledFinding(id, content, unchanged, context, branchId));
      continue;
    }
    if (tasks.has(id)) {
      let items = readItems(content);
      findings.push(...taskFindings(content, items, placeholders)), findings.push(...deletedItemFindings(content, items, templateItems2));
    }
    filled && (id === "story_id" ? findings.push(...storyFindings(snapshot, opts, content, context, isRequired)) : isRequired && id === "evidence" ? findings.push(...evidenceFindings(content, branchId, snapshot.headPaths)) : isRequired && id === "runbook_impact" && findings.push(...runbookFindings(content, placeholders)));
  }
  return findings;
}
function analyse(body, placeholders) {
  let sectionOf = /* @__PURE__ */ new Map();
  for (let section of body.sections) sectionOf.set(keyOf(section.position), section);
  let headingOf = /* @__PURE__ */ new Map();
  for (let node of body.tree.children) {
    let position = positionOf(node);
    node.type === "heading" && position && headingOf.set(keyOf(position), node);
  }
  return { body, sectionOf, headingOf, placeholders };
}
function keyOf(position) {
  return `${position.line}:${position.column}`;
}
function readSection(section, analysis) {
  let nodes = contentNodes(section, analysis), inlineValue = readInlineValue(section, analysis), pieces = [];
  for (let line of splitLines(inlineValue)) pieces.push({ kind: "line", text: line });
  collectPieces(nodes, pieces);
  let lines = [], realLines = [], fingerprint = [];
  for (let piece of pieces) {
    if (piece.kind === "task") {
      fingerprint.push(piece.checked ? "[x]" : "[ ]");
      continue;
    }
    lines.push(piece.text), !isPlaceholder(piece.text, analysis.placeholders) && (realLines.push(piece.text), fingerprint.push(foldForComparison(piece.text)));
  }
  return {
    section,
    name: shorten(headingName(section), 80),
    nodes,
    lines,
    realLines,
    fingerprint: fingerprint.join(`
`)
  };
}
function contentNodes(section, analysis) {
  let nodes = [], skipBelow;
  for (let node of section.nodes) {
    if (node.type === "heading") {
      if (skipBelow !== void 0 && node.depth > skipBelow) continue;
      skipBelow = void 0;
      let position = positionOf(node), nested = position ? analysis.sectionOf.get(keyOf(position)) : void 0;
      if (nested?.id && nested.id !== section.id && analysis.body.byId.get(nested.id) === nested) {
        skipBelow = node.depth;
        continue;
      }
    } else if (skipBelow !== void 0)
      continue;
    nodes.push(node);
  }
  return nodes;
}
function readInlineValue(section, analysis) {
  if (!section.inlineValue) return "";
  let heading = analysis.headingOf.get(keyOf(section.position));
  if (!heading) return section.inlineValue;
  let text = inlineText(heading), colon = text.indexOf(":");
  return colon >= 0 ? text.slice(colon + 1).trim() : "";
}
function headingName(section) {
  if (!section.inlineValue) return section.title;
  let colon = section.title.indexOf(":");
  return colon > 0 ? section.title.slice(0, colon).trim() : section.title;
}
function collectPieces(nodes, out) {
  let stack = [...nodes].reverse();
  for (; stack.length > 0; ) {
    let node = stack.pop();
    switch (node.type) {
      case "html":
      case "code":
      case "definition":
      case "thematicBreak":
        continue;
      case "paragraph":
      case "heading":
      case "tableCell":
        for (let line of splitLines(inlineText(node))) out.push({ kind: "line", text: line });
        continue;
      case "listItem":
        typeof node.checked == "boolean" && out.push({ kind: "task", checked: node.checked });
        break;
    }
    if ("children" in node) {
      let children = node.children;
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
    }
  }
}
function inlineText(root) {
  let text = "", stack = [root];
  for (; stack.length > 0; ) {
    let node = stack.pop();
    if (typeof node == "string") {
      text += node;
      continue;
    }
    if (node.type === "text" || node.type === "inlineCode") text += node.value;
    else if (node.type === "break") text += `
`;
    else if (node.type === "image") text += node.url ? ` ${node.alt || "image"} ${node.url} ` : "";
    else if (node.type !== "html" && "children" in node) {
      node.type === "link" && node.url.trim() === "" && (text += "[", stack.push("]()"));
      let children = node.children;
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
    }
  }
  return text;
}
function splitLines(text) {
  let lines = [];
  for (let raw of text.split(`
`)) {
    let line = raw.trim();
    line && lines.push(line);
  }
  return lines;
}
function compilePlaceholders(sources) {
  let compiled = [];
  for (let source of sources)
    try {
      compiled.push(new RegExp(source, "u"));
    } catch {
    }
  return compiled;
}
function isPlaceholder(line, placeholders) {
  return placeholders.some((re) => re.test(line));
}
function foldForComparison(line) {
  return line.normalize("NFKC").toLowerCase().replace(/\s+/gu, " ").trim();
}
function isEmptyBody(body) {
  return body.tree.children.every((node) => node.type === "html");
}
var templateCache = /* @__PURE__ */ new Map(), TEMPLATE_CACHE_SIZE = 8;
function readTemplates(repositoryTemplate, sections, opts) {
  let own = typeof repositoryTemplate == "string" && repositoryTemplate.trim() !== "" ? repositoryTemplate.replace(/^\uFEFF/, "").replace(/\r\n?/g, `
`).slice(0, 65536) : void 0, key = JSON.stringify([sections, opts.placeholders, opts.task_sections, own]), cached = templateCache.get(key);
  if (cached) return cached;
  let matchers = sections.map((s) => ({ ...s })), placeholders = compilePlaceholders(opts.placeholders), result = { fingerprints: [], items: /* @__PURE__ */ new Map() }, texts = unique([DEFAULT_PR_TEMPLATE, ...own === void 0 ? [] : [own]]);
  for (let text of texts) {
    let parsed;
    try {
      parsed = parseBody(text, matchers);
    } catch (error) {
      text === own && (result.unreadable = error.message);
      continue;
    }
    let analysis = analyse(parsed, placeholders), fingerprints = /* @__PURE__ */ new Map();
    for (let [id, section] of parsed.byId)
      fingerprints.set(id, readSection(section, analysis).fingerprint);
    if (result.fingerprints.push(fingerprints), text === own)
      for (let id of opts.task_sections) {
        let section = parsed.byId.get(id);
        if (!section) continue;
        let items = templateItems(readSection(section, analysis), placeholders);
        items.length > 0 && result.items.set(id, items);
      }
  }
  if (templateCache.size >= TEMPLATE_CACHE_SIZE) {
    let oldest = templateCache.keys().next().value;
    oldest !== void 0 && templateCache.delete(oldest);
  }
  return templateCache.set(key, result), result;
}
function templateItems(content, placeholders) {
  let items = [];
  for (let item of readItems(content))
    item.notApplicable || item.key === "" || isPlaceholder(item.text, placeholders) || items.push({ text: item.text, key: item.key });
  return items;
}
function finding(message, position, suggestion) {
  return {
    ruleId: RULE_ID,
    severity: "blocking",
    source: "body",
    message,
    ...position ? { position } : {},
    ...suggestion ? { suggestion } : {}
  };
}
function titleOf(id, byId) {
  return byId.get(id)?.title ?? id;
}
function missingFinding(id, byId, context, branchId) {
  let definition = byId.get(id);
  if (!definition)
    return {
      ruleId: RULE_ID,
      severity: "blocking",
      source: "config",
      message: `The config requires a section "${inertText(id)}", but no section with that id is defined under \`sections:\`, so no heading can ever match it. Define it with a \`title\` (the heading to look for), or remove it from \`required_sections\`.`
    };
  let aliases = definition.aliases.slice(0, 3).map((a) => `"${inertText(a)}"`), more = definition.aliases.length - aliases.length, aliasText = aliases.length > 0 ? ` (also recognised: ${aliases.join(", ")}${more > 0 ? ` and ${more} more` : ""})` : "", heading = `## ${definition.title}`, example = id === "story_id" ? exampleId(context, branchId) : void 0, suggestion = example ? `${heading}: ${example}` : heading;
  return finding(
    `The PR body has no "${inertText(definition.title)}" section. Add a ${codeSpan(heading)} heading${aliasText}. ${whatToWrite(id, context, branchId)}`,
    void 0,
    suggestion
  );
}
function unfilledFinding(id, content, unchanged, context, branchId) {
  let where = `The "${inertText(content.name)}" section (line ${content.section.position.line})`, what = unchanged ? `${where} is unchanged from the PR template.` : `${where} is empty: comments, code blocks and placeholders such as \`TBD\`, \`...\` or \`<link>\` do not count.`;
  return finding(
    `${what} ${whatToWrite(id, context, branchId, unchanged)}`,
    content.section.position
  );
}
function whatToWrite(id, context, branchId, unchanged = !1) {
  switch (id) {
    case "story_id": {
      let example = exampleId(context, branchId), source = branchId ? " (the id in the branch name)" : "";
      return example ? `Write the story or incident id, e.g. ${codeSpan(example)}${source}.` : `Write the story or incident id (it must match ${codeSpan(context.config.ids.pattern)}).`;
    }
    case "definition_of_ready":
    case "definition_of_done":
      return unchanged ? "Tick each item that is done (`- [x]`), and replace the text of one that does not apply with `N/A: <reason>`." : "Add its checklist as task items and tick each one that is done (`- [x] ...`); for one that does not apply, write `N/A: <reason>`.";
    case "residual_risks":
      return "List each risk with its severity, status and owner (a table works), or write `No residual risks.`";
    case "evidence":
      return `Add at least one link to a test run, screenshot or log, or the path of an evidence file in this repository, e.g. ${codeSpan(evidenceExample(branchId))}.`;
    case "runbook_impact":
      return "Link the runbook you changed, or write `Not applicable: <reason>`.";
    default:
      return "Write what this section asks for.";
  }
}
function describeIdFormat(pattern) {
  return pattern === DEFAULT_ID_PATTERN ? "an id is upper-case letters and digits in hyphen-separated groups, ending in a number, like `S-PC-01` or `INC-42`" : `an id must match ${codeSpan(pattern)}`;
}
function exampleId(context, branchId) {
  return branchId || (isId("S-PC-01", context.config.ids.pattern) ? "S-PC-01" : void 0);
}
function evidenceExample(branchId) {
  return `evidence/story/${branchId ?? "S-PC-01"}/`;
}
var NOT_APPLICABLE_ITEM = /^n\/a(?![\p{L}\p{N}])\s*(:|[-–—])?\s*(.*)$/iu;
function readItems(content) {
  return taskItems(content.nodes).map((item) => {
    let text = stripHtml(item.text).trim(), na = NOT_APPLICABLE_ITEM.exec(text);
    return {
      text,
      key: itemKey(text),
      checked: item.checked,
      position: item.position,
      notApplicable: na ? { reason: na[1] ? na[2] ?? "" : void 0 } : void 0
    };
  });
}
function itemKey(text) {
  return foldForComparison(text).replace(/[.。]+$/u, "").trimEnd();
}
function taskFindings(content, items, placeholders) {
  let unticked = [], noReason = [];
  for (let item of items)
    if (item.notApplicable) {
      let reason = item.notApplicable.reason;
      (reason === void 0 || !isReason(reason, placeholders)) && noReason.push(item);
    } else item.checked || unticked.push(item);
  let name = inertText(content.name), findings = [];
  if (unticked.length > 0) {
    let count2 = unticked.length === 1 ? "1 item that is not done" : `${unticked.length} items that are not done`;
    findings.push(
      finding(
        `The "${name}" checklist has ${count2}: ${quoteList(unticked)}. Tick ${unticked.length === 1 ? "it" : "them"}, or write \`N/A: <reason>\` for one that does not apply.`,
        unticked[0]?.position ?? content.section.position
      )
    );
  }
  if (noReason.length > 0) {
    let count2 = noReason.length === 1 ? "1 `N/A` item without a reason" : `${noReason.length} \`N/A\` items without a reason`;
    findings.push(
      finding(
        `The "${name}" checklist has ${count2}: ${quoteList(noReason)}. Add a reason after it, e.g. \`N/A: no UI in this change\`: a bare \`N/A\` does not count, ticked or not.`,
        noReason[0]?.position ?? content.section.position
      )
    );
  }
  return findings;
}
function deletedItemFindings(content, items, template) {
  let deleted = deletedItems(template, items);
  if (deleted.length === 0) return [];
  let count2 = deleted.length === 1 ? "1 item" : `${deleted.length} items`;
  return [
    finding(
      `The "${inertText(content.name)}" checklist is missing ${count2} of the repository's PR template: ${quoteList(deleted)}. Put ${deleted.length === 1 ? "it" : "each"} back and tick it, or write \`N/A: <reason>\` in its place; a reworded item does not count, so keep the template's wording.`,
      content.section.position
    )
  ];
}
function missingChecklistFinding(title, template) {
  return finding(
    `The PR body has no "${inertText(title)}" section, and the repository's PR template lists ${template.length === 1 ? "1 item" : `${template.length} items`} in it: ${quoteList(template)}. Add the section with each item ticked, or with \`N/A: <reason>\` in place of one that does not apply.`,
    void 0,
    `## ${title}`
  );
}
function deletedItems(template, items) {
  let byKey = /* @__PURE__ */ new Map();
  items.forEach((item, index) => {
    let queue = byKey.get(item.key);
    queue ? queue.push(index) : byKey.set(item.key, [index]);
  });
  let used = /* @__PURE__ */ new Set(), matched = template.map((item) => {
    let index = byKey.get(item.key)?.shift();
    return index === void 0 ? -1 : (used.add(index), index);
  }), after = new Array(template.length), before = new Array(template.length);
  for (let t = 0, last = -1; t < template.length; t++)
    after[t] = last, last = Math.max(last, matched[t] ?? -1);
  for (let t = template.length - 1, next2 = items.length; t >= 0; t--)
    before[t] = next2, (matched[t] ?? -1) >= 0 && (next2 = matched[t]);
  let next = Int32Array.from(
    { length: items.length + 1 },
    (_, i) => i < items.length && items[i]?.notApplicable && !used.has(i) ? i : i + 1
  ), firstFree = (from) => {
    let root = from;
    for (; root < items.length && next[root] !== root; ) root = next[root];
    for (let i = from; i < root; ) {
      let step = next[i];
      next[i] = root, i = step;
    }
    return root;
  }, deleted = [];
  return template.forEach((item, t) => {
    if ((matched[t] ?? -1) >= 0) return;
    let standIn = firstFree(after[t] + 1);
    standIn < before[t] ? next[standIn] = standIn + 1 : deleted.push(item);
  }), deleted;
}
function quoteList(items) {
  let shown = items.slice(0, 5).map((item) => quote(item.text)), rest = items.length - shown.length;
  return `${shown.join(", ")}${rest > 0 ? ` and ${rest} more` : ""}`;
}
function isReason(text, placeholders) {
  let reason = text.trim();
  return /[\p{L}\p{N}]/u.test(reason) && !isPlaceholder(reason, placeholders);
}
function stripHtml(text) {
  let out = "", at2 = 0;
  for (; at2 < text.length; ) {
    let open = text.indexOf("<!--", at2);
    if (open === -1) {
      out += text.slice(at2);
      break;
    }
    out += text.slice(at2, open);
    let close = text.indexOf("-->", open + 4);
    if (close === -1) break;
    at2 = close + 3;
  }
  return out.replace(/<\/?[A-Za-z][^<>]*>/g, "");
}
function quote(text) {
  let flat = text.replace(/\s+/gu, " ").trim();
  return flat ? `"${inertText(flat, 60)}"` : "(an empty item)";
}
function shorten(text, max) {
  let chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("")}…`;
}
function storyFindings(snapshot, opts, content, context, isRequired) {
  let pattern = context.config.ids.pattern, text = content.lines.join(`
`), ids = unique(findIds(text, pattern)), position = content.section.position, branchId = context.branch?.storyId;
  if (ids.length === 0) {
    if (!isRequired) return [];
    let written = quote(content.realLines.join(" ")), upper = unique(findIds(text.toUpperCase(), pattern))[0], example = upper ?? exampleId(context, branchId), hint = upper ? ` Ids are upper case: write ${codeSpan(upper)}.` : example ? ` Write it like ${codeSpan(example)}${branchId ? " (the id in the branch name)" : ""}.` : "";
    return [
      finding(
        `The "${inertText(content.name)}" section (line ${position.line}) has no story or incident id: it says ${written}, and ${describeIdFormat(pattern)}.${hint}`,
        position,
        example
      )
    ];
  }
  if (!opts.story_matches_branch || !branchId || ids.includes(branchId)) return [];
  let first = ids[0], said = ids.length === 1 ? `The "${inertText(content.name)}" section says ${inertText(first)}` : `The "${inertText(content.name)}" section lists ${ids.map((id) => inertText(id)).join(", ")}, none of them ${inertText(branchId)}`, renamed = snapshot.branch.includes(branchId) ? snapshot.branch.replace(branchId, first) : void 0, rename = renamed ? `rename the branch to ${codeSpan(renamed)}` : "rename the branch";
  return [
    finding(
      `${said}, but the branch ${codeSpan(snapshot.branch)} is for ${inertText(branchId)}. Change the Story ID to ${inertText(branchId)}; if this PR really delivers ${inertText(first)}, ${rename} instead (renaming a branch on GitHub keeps its open PR).`,
      position,
      branchId
    )
  ];
}
var URL_TOKEN = /^https?:\/\/[^\s/?#]+/i, BARE_URL = /(?:^|[^a-z])https?:\/\/[^\s/?#]|(?:^|[\s(*_[\]~])www\.[\p{L}\p{N}_-]/iu, SCHEME = /^[a-z][a-z0-9+.-]*:/i, PATH_TOKEN = /^(?:\.{1,2}\/|\/)?(?:[\p{L}\p{N}_.@~+-]+\/)+[\p{L}\p{N}_.@~+-]*$/u, FILE_EXTENSION = /\.[A-Za-z][A-Za-z0-9]{0,9}$/;
function hasLink(content) {
  let links = readLinks(content);
  return links.url || links.paths.length > 0;
}
function readLinks(content) {
  let links = { url: !1, paths: [] };
  for (let { url } of linkTargets(content.nodes)) {
    if (!isLinkTarget(url)) continue;
    let target = url.trim();
    URL_TOKEN.test(target) || target.startsWith("/") ? links.url = !0 : links.paths.push(decodePath(target.replace(/[?#].*$/su, "")));
  }
  for (let line of content.lines) {
    BARE_URL.test(line) && (links.url = !0);
    for (let raw of line.split(/\s+/u)) {
      let token = raw.replace(/^[("'`“‘[<]+/u, "").replace(/[)"'`”’\]>,.;:!?]+$/u, "");
      isRepoPath(token) && links.paths.push(token);
    }
  }
  return links;
}
function decodePath(path) {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
function isLinkTarget(url) {
  let target = url.trim();
  if (URL_TOKEN.test(target)) return !0;
  if (SCHEME.test(target) || target.startsWith("#") || target.startsWith("//")) return !1;
  let path = target.replace(/[?#].*$/su, "");
  return new RegExp("\\p{L}", "u").test(path) && (path.includes("/") || FILE_EXTENSION.test(path));
}
function isRepoPath(token) {
  if (!token.includes("/") || !PATH_TOKEN.test(token) || !new RegExp("\\p{L}", "u").test(token)) return !1;
  let slashes = token.split("/").length - 1;
  return token.startsWith("./") || token.startsWith("../") || slashes >= 2 || token.endsWith("/") || FILE_EXTENSION.test(token);
}
function repoPathOf(written) {
  let segments = [];
  for (let segment of written.split("/"))
    if (!(segment === "" || segment === "."))
      if (segment === "..") {
        if (segments.length === 0) return;
        segments.pop();
      } else
        segments.push(segment);
  return segments.join("/");
}
function existsAtHead(path, head) {
  if (!head) return;
  if (Object.hasOwn(head.exists, path)) return head.exists[path];
  let folder = `${path}/`;
  for (let [other, exists] of Object.entries(head.exists))
    if (exists && other.startsWith(folder)) return !0;
}
function evidenceFindings(content, branchId, head) {
  let links = readLinks(content), where = `The "${inertText(content.name)}" section (line ${content.section.position.line})`;
  if (!links.url && links.paths.length === 0)
    return [
      finding(
        `${where} has no link. Add at least one URL of a test run, screenshot or log, or the path of an evidence file in this repository, e.g. ${codeSpan(evidenceExample(branchId))}; placeholders such as \`<link>\` do not count.`,
        content.section.position
      )
    ];
  let cited = /* @__PURE__ */ new Map();
  for (let written of links.paths) {
    let path = repoPathOf(written);
    if (path === "") continue;
    let key = path ?? `..${written}`;
    cited.has(key) || cited.set(key, { written, path });
  }
  let missing = [], outside = [], unchecked = [], checked = 0, over = 0;
  for (let { written, path } of cited.values())
    if (path === void 0)
      outside.push(written);
    else if (checked >= MAX_EVIDENCE_PATHS)
      over++;
    else {
      checked++;
      let exists = existsAtHead(path, head);
      exists === !1 ? missing.push(path) : exists === void 0 && unchecked.push(path);
    }
  let findings = [], absent = [...missing, ...outside];
  if (absent.length > 0) {
    let leaves = outside.length > 0 ? " Paths are read from the repository root, so `../` leaves it." : "";
    findings.push(
      finding(
        `${where} cites ${pathList(absent)}, which ${absent.length === 1 ? "does" : "do"} not exist in the repository at the PR's head commit, so ${absent.length === 1 ? "it is" : "they are"} no evidence. Commit the evidence with this PR, or correct the path.${leaves}`,
        content.section.position
      )
    );
  }
  if (unchecked.length > 0) {
    let reason = head?.unchecked ?? "this check had no copy of the repository's files";
    findings.push({
      ruleId: RULE_ID,
      severity: "info",
      source: "body",
      message: `${where} cites ${pathList(unchecked)}, which ${unchecked.length === 1 ? "was" : "were"} not checked against the repository: ${inertText(reason)}. Make sure ${unchecked.length === 1 ? "it is" : "they are"} committed.`,
      position: content.section.position,
      pathsToCheck: unchecked
    });
  }
  return over > 0 && findings.push({
    ruleId: RULE_ID,
    severity: "info",
    source: "body",
    message: `${where} cites ${over} more repository ${over === 1 ? "path" : "paths"} than the ${MAX_EVIDENCE_PATHS} that are checked; ${over === 1 ? "it was" : "they were"} not checked. Link a folder of evidence rather than each file.`,
    position: content.section.position
  }), findings;
}
function pathList(paths) {
  let shown = paths.slice(0, 5).map((path) => codeSpan(shorten(path, 120))), rest = paths.length - shown.length;
  return `${shown.join(", ")}${rest > 0 ? ` and ${rest} more` : ""}`;
}
var NOT_APPLICABLE_LINE = /^(?:not\s+applicable|n\/a)(?![\p{L}\p{N}])\s*(:|[-–—])?\s*(.*)$/iu;
function runbookFindings(content, placeholders) {
  if (hasLink(content)) return [];
  let saysNotApplicable = !1;
  for (let line of content.lines) {
    let match = NOT_APPLICABLE_LINE.exec(line);
    if (match) {
      if (match[1] && isReason(match[2] ?? "", placeholders)) return [];
      saysNotApplicable = !0;
    }
  }
  let where = `The "${inertText(content.name)}" section (line ${content.section.position.line})`, message = saysNotApplicable ? `${where} says it is not applicable but gives no reason. Write \`Not applicable: <reason>\` with the reason the runbook does not change, or link the runbook you changed.` : `${where} has neither a runbook link nor a reason it does not apply. Link the runbook you changed (a URL or a path in this repository), or write \`Not applicable: <reason>\`.`;
  return [finding(message, content.section.position)];
}
function unique(items) {
  return [...new Set(items)];
}

// core/rules/residual-risks.ts
import { z as z12 } from "zod";

// core/markdown/text.ts
function plainText(nodes) {
  let parts = [], visit = (node) => {
    switch (node.type) {
      case "html":
      case "code":
      case "delete":
        return;
      case "text":
      case "inlineCode":
        parts.push(node.value);
        return;
      case "break":
        parts.push(`
`);
        return;
    }
    if ("children" in node) {
      let block = isBlock(node);
      for (let child of node.children)
        visit(child), block && parts.push(`
`);
      (node.type === "paragraph" || node.type === "heading") && parts.push(`
`);
    }
  };
  for (let node of nodes) visit(node);
  return parts.join("").replace(/\n{2,}/g, `
`).trim();
}
function isBlock(node) {
  return node.type === "list" || node.type === "listItem" || node.type === "blockquote" || node.type === "table" || node.type === "tableRow" || node.type === "root";
}
function isBlankCell(text) {
  return /^(?:|<[^>]*>|[-_*–—]+|\.{3}|…)$/u.test(text.trim());
}
function foldWords(text) {
  let folded = text.normalize("NFKD").replace(new RegExp("\\p{M}", "gu"), "").toLowerCase().replace(/\?/g, " ? ").replace(/[^\p{L}\p{N}?]+/gu, " ").trim();
  return folded ? folded.split(" ") : [];
}
var PhraseLexicon = class {
  #phrases = /* @__PURE__ */ new Map();
  #longest;
  /** `entries` in order: a phrase listed twice keeps its first meaning. */
  constructor(entries) {
    for (let [phrase, meaning] of entries) {
      let key = foldWords(phrase).join(" ");
      key && !this.#phrases.has(key) && this.#phrases.set(key, meaning);
    }
    this.#longest = Math.max(1, ...[...this.#phrases.keys()].map((key) => key.split(" ").length));
  }
  /** The meanings of `words` read as phrases, or `undefined` when a word is not in any phrase. */
  lex(words) {
    let { meanings, unknown } = this.read(words);
    return unknown.length === 0 ? meanings : void 0;
  }
  /** The meanings of the phrases in `words`, and the words that are in none, in order. */
  read(words) {
    let meanings = [], unknown = [], i = 0;
    outer: for (; i < words.length; ) {
      for (let n = Math.min(this.#longest, words.length - i); n >= 1; n--) {
        let meaning = this.#phrases.get(words.slice(i, i + n).join(" "));
        if (meaning !== void 0) {
          meanings.push(meaning), i += n;
          continue outer;
        }
      }
      unknown.push(words[i]), i++;
    }
    return { meanings, unknown };
  }
};

// core/markdown/table.ts
function tableText(table) {
  let [header, ...rows] = table.children, read = {
    headers: header ? header.children.map((cell) => plainText(cell.children)) : [],
    rows: [],
    position: positionOf(table)
  };
  for (let row of rows) {
    let cells = row.children.map((cell) => plainText(cell.children));
    cells.every(isBlankCell) || read.rows.push({ cells, nodes: row.children, position: positionOf(row) });
  }
  return read;
}
function findColumns(headers, names) {
  let folded = headers.map(
    (header) => (
      // `[^()]` rather than `[^)]` keeps this linear on a header of many unclosed `(`.
      normalizeHeading(header.replace(/\([^()]*\)|\[[^[\]]*\]/g, " "))
    )
  ), taken = /* @__PURE__ */ new Set(), columns = {};
  for (let kind of Object.keys(names)) {
    let best;
    folded.forEach((header, index) => {
      if (taken.has(index) || !header) return;
      let score = columnScore(header, names[kind]);
      score !== void 0 && (!best || score < best.score) && (best = { index, score });
    }), best && (columns[kind] = best.index, taken.add(best.index));
  }
  return columns;
}
function columnScore(header, tiers) {
  for (let [tier, names] of tiers.entries())
    if (names.includes(header)) return tier;
  for (let [tier, names] of tiers.entries())
    if (names.some((name) => header.startsWith(`${name} `))) return tiers.length + tier;
}

// core/markdown/risks.ts
var RISK_SEVERITIES = ["critical", "high", "medium", "low"];
var SEVERITY_WORDS = {
  critical: [
    "critical",
    "crit",
    "critico",
    "critica",
    "blocker",
    "showstopper",
    "catastrophic",
    "catastrofico",
    "very high",
    "muito alto",
    "muito alta",
    "p0",
    "sev0",
    "sev 0",
    "sev1",
    "sev 1"
  ],
  high: ["high", "major", "alto", "alta", "elevado", "elevada", "p1", "sev2", "sev 2"],
  medium: [
    "medium",
    "med",
    "mid",
    "moderate",
    "medio",
    "media",
    "moderado",
    "moderada",
    "p2",
    "sev3",
    "sev 3"
  ],
  low: [
    "low",
    "minor",
    "trivial",
    "very low",
    "baixo",
    "baixa",
    "muito baixo",
    "muito baixa",
    "menor",
    "p3",
    "p4",
    "sev4",
    "sev 4",
    "sev5",
    "sev 5"
  ]
}, STATUS_WORDS = {
  open: [
    "open",
    "opened",
    "aberto",
    "aberta",
    "em aberto",
    "active",
    "ativo",
    "ativa",
    "in progress",
    "ongoing",
    "em andamento",
    "em progresso",
    "pending",
    "pendente",
    "new",
    "novo",
    "nova",
    "todo",
    "wip",
    "identified",
    "identificado",
    "unmitigated",
    "not mitigated",
    "nao mitigado",
    "nao mitigada",
    "unresolved",
    "nao resolvido"
  ],
  mitigated: ["mitigated", "mitigado", "mitigada"],
  accepted: ["accepted", "aceito", "aceita"],
  closed: [
    "closed",
    "fechado",
    "fechada",
    "resolved",
    "resolvido",
    "resolvida",
    "done",
    "fixed",
    "corrigido",
    "corrigida",
    "concluido",
    "concluida"
  ]
}, FILLER_WORDS = [
  "risk",
  "risks",
  "risco",
  "riscos",
  "severity",
  "severidade",
  "sev",
  "status",
  "estado",
  "situacao",
  "priority",
  "prioridade",
  "impact",
  "impacto",
  "and",
  "e",
  "by",
  "the",
  "po",
  "pelo",
  "pela",
  "owner",
  "dono",
  "responsavel"
], LEXICON = new PhraseLexicon([
  ...Object.entries(SEVERITY_WORDS).flatMap(
    ([value, words]) => words.map((word) => [word, { kind: "severity", value }])
  ),
  ...Object.entries(STATUS_WORDS).flatMap(
    ([value, words]) => words.map((word) => [word, { kind: "status", value }])
  ),
  ...FILLER_WORDS.map((word) => [word, { kind: "filler" }])
]), HEDGE_WORDS = /* @__PURE__ */ new Set([
  "not",
  "no",
  "nao",
  "nem",
  "never",
  "nunca",
  "isn",
  "isnt",
  "aren",
  "arent",
  "wasn",
  "wasnt",
  "hasn",
  "hasnt",
  "haven",
  "havent",
  "yet",
  "ainda",
  "partially",
  "partly",
  "partial",
  "parcialmente",
  "parcial",
  "pending",
  "pendente",
  "awaiting",
  "aguardando",
  "almost",
  "quase",
  "soon",
  "planned",
  "planejado",
  "planejada",
  "will",
  "maybe",
  "talvez",
  "tbd",
  "?"
]), COLUMN_NAMES = {
  severity: [
    [
      "severity",
      "sev",
      "severidade",
      "criticality",
      "criticidade",
      "risk level",
      "nivel de risco",
      "nivel do risco",
      "level",
      "nivel",
      "rating"
    ],
    ["impact", "impacto", "priority", "prioridade"]
  ],
  status: [["status", "state", "estado", "situacao", "current status", "status atual"]],
  owner: [
    [
      "owner",
      "owners",
      "risk owner",
      "assignee",
      "assigned to",
      "responsible",
      "responsavel",
      "responsaveis",
      "dono",
      "dono do risco",
      "responsavel pelo risco"
    ]
  ],
  risk: [
    [
      "risk",
      "risks",
      "risco",
      "riscos",
      "description",
      "descricao",
      "risk description",
      "descricao do risco",
      "summary",
      "resumo",
      "title",
      "titulo",
      "item",
      "issue",
      "name",
      "nome"
    ]
  ]
}, LABELS = {
  severity: ["severity", "severidade", "sev"],
  /** Weaker: read only when their value is a known severity, since `Impact: users cannot pay` is prose. */
  severityHint: ["impact", "impacto", "priority", "prioridade", "criticality", "criticidade"],
  status: ["status", "state", "estado", "situação", "situacao"],
  owner: [
    "owners",
    "owner",
    "assignee",
    "assigned to",
    "responsible",
    "responsáveis",
    "responsaveis",
    "responsável",
    "responsavel",
    "dono",
    "dona"
  ]
}, LABEL_OF = /* @__PURE__ */ new Map();
for (let [kind, labels] of Object.entries(LABELS))
  for (let label2 of labels) LABEL_OF.set(label2, kind);
var LABEL_ALTERNATIVES = [...LABEL_OF.keys()].sort((a, b) => b.length - a.length).join("|"), LABELLED_FIELD = new RegExp(
  `(?<![\\p{L}\\p{N}])(${LABEL_ALTERNATIVES})\\s*[:=]\\s*([^,;|\\n()[\\]]*)`,
  "giu"
), FIELD_LINE = new RegExp(`^\\s*(?:${LABEL_ALTERNATIVES})\\s*[:=]`, "iu"), SEGMENT_BREAK = /[\n:;|()[\]{},•·]|\s[-–—]\s|[–—]/u, HANDLE = /(?<![\p{L}\p{N}_.@])@[\p{L}\p{N}_-]+(?:\/[\p{L}\p{N}_.-]+)?/gu, NO_OWNER = /* @__PURE__ */ new Set([
  "",
  "tbd",
  "tbc",
  "todo",
  "none",
  "nobody",
  "no one",
  "noone",
  "unassigned",
  "unknown",
  "n a",
  "na",
  "?",
  "owner",
  "a definir",
  "ninguem",
  "nenhum",
  "sem dono",
  "sem responsavel",
  "to be defined",
  "to be assigned"
]), NO_RISKS = new RegExp(
  [
    "^(?:there (?:are|is) )?(?:no|zero) (?:known |new |open |outstanding |remaining |other |additional |significant |identified )?(?:residual )?risks?(?: (?:were |was |have been |has been |are |is )?(?:identified|found|known|expected|introduced|left|remaining))?",
    "^none(?: (?:identified|known|found|expected))?",
    "^n\\/a",
    "^not applicable",
    "^nenhum(?: risco)?(?: residual)?(?: (?:identificado|conhecido|encontrado|previsto))?",
    "^sem riscos?(?: residua(?:l|is))?(?: (?:identificados?|conhecidos?|encontrados?|previstos?))?",
    "^nao (?:ha|existem|temos|foram identificados) riscos?(?: residua(?:l|is))?(?: (?:identificados?|conhecidos?))?",
    "^nao se aplica",
    "^nao aplicavel"
  ].join("|"),
  "u"
), STATEMENT_CONTINUATION = /^(?:$|[.!:;(—–-])/u, EXCEPTION_WORDS = /(?<![\p{L}\p{N}])(?:except|but|besides|apart|other than|however|although|though|unless|exceto|mas|alem|salvo|porem|embora|menos|a nao ser)(?![\p{L}\p{N}])/u;
function isNoRisksStatement(text) {
  let folded = text.normalize("NFKD").replace(new RegExp("\\p{M}", "gu"), "").toLowerCase().replace(/\s+/g, " ").replace(/^[^\p{L}\p{N}]+/u, "").trim(), match = NO_RISKS.exec(folded);
  if (!match) return !1;
  let rest = folded.slice(match[0].length).trim();
  return STATEMENT_CONTINUATION.test(rest) && !EXCEPTION_WORDS.test(rest);
}
function readRiskSection(nodes, isPlaceholder2) {
  let reading = {
    risks: [],
    statements: [],
    unreadableTables: [],
    prose: []
  }, visit = (node) => {
    switch (node.type) {
      case "table":
        readTable(node, reading);
        return;
      case "list":
        for (let item of node.children) readListItem(item, reading, isPlaceholder2);
        return;
      case "blockquote":
        for (let child of node.children) visit(child);
        return;
      case "html":
      case "code":
      case "heading":
      case "thematicBreak":
      case "definition":
        return;
      default: {
        let text = plainText([node]);
        isNoRisksStatement(text) ? reading.statements.push(positionOf(node)) : allPlaceholder(text, isPlaceholder2) || reading.prose.push({ text, position: positionOf(node) });
      }
    }
  };
  for (let node of nodes) visit(node);
  return reading;
}
function allPlaceholder(text, isPlaceholder2) {
  return text.split(`
`).map((line) => line.trim()).every((line) => line === "" || isBlankCell(line) || isPlaceholder2(line));
}
function readTags(text) {
  let tags = { severities: /* @__PURE__ */ new Set(), statuses: /* @__PURE__ */ new Set(), handles: [] };
  for (let segment of text.split(SEGMENT_BREAK)) {
    let handles = segment.match(HANDLE) ?? [], tokens = LEXICON.lex(foldWords(segment.replace(HANDLE, " ")));
    if (tokens && !(tokens.every((token) => token.kind === "filler") && handles.length === 0)) {
      for (let token of tokens)
        token.kind === "severity" ? tags.severities.add(token.value) : token.kind === "status" && tags.statuses.add(token.value);
      tags.handles.push(...handles);
    }
  }
  return tags;
}
function hedgeAfterSettled(text) {
  let segments = text.split(SEGMENT_BREAK).map(foldWords).filter((words) => words.length > 0);
  for (let i = 0; i < segments.length - 1; i++) {
    if (!LEXICON.lex(segments[i])?.some((token) => token.kind === "status" && token.value !== "open")) continue;
    let next = segments[i + 1];
    if (next.length > 3) continue;
    let hedge = next.find((word) => HEDGE_WORDS.has(word));
    if (hedge) return hedge;
  }
}
function fromValues(values, raw) {
  return values.size === 0 ? { state: "missing" } : values.size > 1 ? { state: "ambiguous", raw, values: [...values] } : { state: "ok", value: [...values][0] };
}
function readValue(raw, kind) {
  let text = raw.trim();
  if (isBlankCell(text)) return { state: "missing" };
  let tags = readTags(text);
  return kind === "severity" ? tags.severities.size === 0 ? { state: "unknown", raw: text } : fromValues(tags.severities, text) : tags.statuses.size === 0 ? { state: "unknown", raw: text } : checkHedge(fromValues(tags.statuses, text), text);
}
function checkHedge(reading, text) {
  if (reading.state !== "ok" || reading.value === "open") return reading;
  let hedge = hedgeAfterSettled(text);
  return hedge ? { state: "hedged", raw: text.trim(), value: reading.value, hedge } : reading;
}
function ownerOf(raw) {
  let text = raw.trim();
  return isBlankCell(text) || NO_OWNER.has(foldWords(text).join(" ")) ? { owner: void 0, placeholder: text || void 0 } : { owner: text, placeholder: void 0 };
}
function readTable(table, reading) {
  let { headers, rows, position: tablePosition } = tableText(table), columns = findColumns(headers, COLUMN_NAMES), isRiskTable = columns.severity !== void 0 || columns.status !== void 0, unreadable = !1;
  for (let { cells, position } of rows) {
    if (isStatementRow(cells)) {
      reading.statements.push(position);
      continue;
    }
    if (!isRiskTable) {
      unreadable = !0;
      continue;
    }
    let cell = (kind) => {
      let index = columns[kind];
      return index === void 0 ? void 0 : cells[index] ?? "";
    }, severityCell = cell("severity"), statusCell = cell("status"), ownerCell = cell("owner"), owner = ownerOf(ownerCell ?? "");
    reading.risks.push({
      form: "table",
      text: rowText(cells, columns),
      position,
      severity: severityCell === void 0 ? { state: "no-column" } : readValue(severityCell, "severity"),
      status: statusCell === void 0 ? { state: "no-column" } : readValue(statusCell, "status"),
      owner: owner.owner,
      ownerPlaceholder: owner.placeholder,
      ownerColumn: ownerCell !== void 0
    });
  }
  unreadable && reading.unreadableTables.push({ position: tablePosition, headers });
}
function isStatementRow(cells) {
  let filled = cells.filter((cell) => !isBlankCell(cell));
  return filled.length > 0 && filled.every(isNoRisksStatement);
}
function rowText(cells, columns) {
  let own = columns.risk === void 0 ? void 0 : cells[columns.risk];
  if (own && !isBlankCell(own)) return own;
  let fields = /* @__PURE__ */ new Set([columns.severity, columns.status, columns.owner]);
  return cells.find((text, index) => !fields.has(index) && !isBlankCell(text)) ?? "(no description)";
}
function readListItem(item, reading, isPlaceholder2) {
  let ownText = itemText(item), fieldTexts = [], nestedRisks = [];
  for (let list of item.children)
    if (list.type === "list")
      for (let child of list.children) {
        let text = itemText(child);
        FIELD_LINE.test(text) || isTagsOnly(text) ? fieldTexts.push(text) : hasSeverityOrStatus(text) && nestedRisks.push(child);
      }
  let fields = readItemFields([ownText, ...fieldTexts].join(`
`));
  nestedRisks.length > 0 && fields.severity.state === "missing" && fields.status.state === "missing" || fieldTexts.length === 0 && allPlaceholder(ownText, isPlaceholder2) || (fieldTexts.length === 0 && isNoRisksStatement(ownText) ? reading.statements.push(positionOf(item)) : reading.risks.push({
    form: "list",
    text: ownText.split(`
`)[0]?.trim() || (fieldTexts[0] ?? "(no description)"),
    position: positionOf(item),
    severity: fields.severity,
    status: fields.status,
    owner: fields.owner,
    ownerPlaceholder: fields.ownerPlaceholder,
    ownerColumn: !0
  }));
  for (let child of nestedRisks) readListItem(child, reading, isPlaceholder2);
}
function itemText(item) {
  return plainText(item.children.filter((child) => child.type !== "list"));
}
function hasSeverityOrStatus(text) {
  let fields = readItemFields(text);
  return fields.severity.state !== "missing" || fields.status.state !== "missing";
}
function isTagsOnly(text) {
  let tagged = !1;
  for (let segment of text.split(SEGMENT_BREAK)) {
    let handles = segment.match(HANDLE) ?? [], words = foldWords(segment.replace(HANDLE, " "));
    if (words.length === 0 && handles.length === 0) continue;
    let tokens = LEXICON.lex(words);
    if (!tokens) return !1;
    (handles.length > 0 || tokens.some((token) => token.kind !== "filler")) && (tagged = !0);
  }
  return tagged;
}
function readItemFields(text) {
  let labelled = {
    severity: [],
    severityHint: [],
    status: [],
    owner: []
  }, rest = text.replace(LABELLED_FIELD, (_match, label2, value) => {
    let kind = LABEL_OF.get(label2.toLowerCase());
    return kind && labelled[kind].push(value.trim()), `
`;
  }), tags = readTags(rest), severityReadings = labelled.severity.map((value) => readValue(value, "severity"));
  for (let value of labelled.severityHint) {
    let hint = readValue(value, "severity");
    (hint.state === "ok" || hint.state === "ambiguous") && severityReadings.push(hint);
  }
  let severity = merge(severityReadings, tags.severities), status = checkHedge(
    merge(
      labelled.status.map((value) => readValue(value, "status")),
      tags.statuses
    ),
    text
  ), owner, ownerPlaceholder;
  for (let value of labelled.owner) {
    let read = ownerOf(value);
    owner ??= read.owner, ownerPlaceholder ??= read.placeholder;
  }
  return owner ??= tags.handles[0], { severity, status, owner, ownerPlaceholder: owner ? void 0 : ownerPlaceholder };
}
function merge(readings, tagged) {
  let values = new Set(tagged);
  for (let reading of readings)
    if (reading.state === "ok") values.add(reading.value);
    else if (reading.state !== "missing") return reading;
  let raw = [...values].join(" / ");
  return fromValues(values, raw);
}

// core/rules/residual-risks.ts
var RULE_ID2 = "residual-risks", SEVERITY_HELP = "one of `critical`, `high`, `medium`, `low` (also read: crit, P0, sev1, major, P1, moderate, P2, minor, P3, and crítico, alto, médio, baixo)", STATUS_HELP = "one of `open`, `mitigated`, `accepted`, `closed` (also read: in progress, resolved, done, and aberto, mitigado, aceito, fechado)", TABLE_HEADER = "| Risk | Severity | Status | Owner |", EXAMPLE_TABLE = `${TABLE_HEADER}
| --- | --- | --- | --- |
| Tenant data leak on export | high | mitigated | @alice |`, residualRisks = {
  id: RULE_ID2,
  description: "No open critical residual risk, and every open high risk has an owner.",
  options: z12.strictObject({
    ...ruleBaseShape,
    section: sectionId.default("residual_risks").describe("Section id that holds the risk table or list."),
    block_open: z12.array(z12.enum(RISK_SEVERITIES)).default(["critical"]).describe("Severities that block while the risk is open."),
    require_owner: z12.array(z12.enum(RISK_SEVERITIES)).default(["high"]).describe("Severities that block while open without an owner.")
  }),
  check(snapshot, options4, context) {
    let title = sectionTitle(context, options4.section), sections = context.body.sections.filter((s) => s.id === options4.section), nodes = sectionNodes(context.body, options4.section);
    if (sections.length === 0)
      return checklistCovers(context, options4.section) ? [] : [
        {
          ruleId: RULE_ID2,
          severity: "blocking",
          source: "body",
          message: `The PR body has no "${inertText(title)}" section, so its residual risks are unknown. Add a ${codeSpan(`## ${title}`)} section with one table row per risk (\`${TABLE_HEADER}\`), or with "No residual risks." if there are none.`,
          suggestion: `## ${title}

${EXAMPLE_TABLE}`
        }
      ];
    let isPlaceholder2 = checklistPlaceholders(context), reading = readRiskSection(nodes, isPlaceholder2);
    for (let section of sections) {
      let inline = section.inlineValue;
      !inline || isPlaceholder2(inline) || (isNoRisksStatement(inline) ? reading.statements.push(section.position) : reading.prose.push({ text: inline, position: section.position }));
    }
    let findings = [];
    for (let table of reading.unreadableTables)
      findings.push({
        ruleId: RULE_ID2,
        severity: "blocking",
        source: "body",
        ...table.position ? { position: table.position } : {},
        message: `The table${at(table.position)} in "${inertText(title)}" is not a risk table: none of its columns (${table.headers.map((h) => `"${inertText(h)}"`).join(", ")}) is a severity or a status, so its rows could not be read as risks. Use the columns \`${TABLE_HEADER}\`, one row per risk, or move the table to another section.`,
        suggestion: EXAMPLE_TABLE
      });
    for (let risk of reading.risks) {
      let finding2 = judge(risk, options4);
      finding2 && findings.push(finding2);
    }
    if (reading.risks.length > 0 || reading.statements.length > 0 || reading.unreadableTables.length > 0)
      return findings;
    let heading = sections[0].position, firstProse = reading.prose[0];
    if (firstProse)
      return [
        {
          ruleId: RULE_ID2,
          severity: "blocking",
          source: "body",
          position: firstProse.position ?? heading,
          message: `The "${inertText(title)}" section could not be read as risks: it holds no risk table, no risk list and no statement such as "No residual risks.", and a risk written as prose cannot be checked. Write one table row per risk with the columns \`${TABLE_HEADER}\`, or one list item per risk such as \`- critical, open, @alice: tenant data leak\`, or write "No residual risks." if there are none.`,
          suggestion: EXAMPLE_TABLE
        }
      ];
    if (checklistCovers(context, options4.section) && (isOnlyPlaceholders(nodes, isPlaceholder2) || equalsTemplate(snapshot, context, options4.section, nodes)))
      return [];
    let state = proseText(nodes) === "" ? "is empty" : "lists no risks and does not say there are none";
    return [
      {
        ruleId: RULE_ID2,
        severity: "blocking",
        source: "body",
        position: heading,
        message: `The "${inertText(title)}" section ${state}. Add one table row per risk (\`${TABLE_HEADER}\`), or write "No residual risks." if there are none.`,
        suggestion: EXAMPLE_TABLE
      }
    ];
  }
};
function judge(risk, options4) {
  let { severity, status } = risk, statusKnown = status.state === "ok", severityKnown = severity.state === "ok", base = {
    ruleId: RULE_ID2,
    source: "body",
    ...risk.position ? { position: risk.position } : {}
  }, name = `"${inertText(risk.text, 80)}"${at(risk.position)}`;
  if (statusKnown && status.value !== "open")
    return severityKnown ? void 0 : {
      ...base,
      severity: "warning",
      message: `Risk ${name} ${describeSeverity(severity)}. It does not block because its status is ${codeSpan(status.value)}, but write its severity as ${SEVERITY_HELP}.`
    };
  let possible = severityKnown ? [severity.value] : RISK_SEVERITIES, blockingSeverity = possible.find((s) => options4.block_open.includes(s)), ownerSeverity = risk.owner ? void 0 : possible.find((s) => options4.require_owner.includes(s)), blocks = blockingSeverity !== void 0 || ownerSeverity !== void 0;
  if (severityKnown && statusKnown) {
    if (blockingSeverity) {
      let ownerNote = ownerSeverity ? ` It also has no owner: ${ownerFix(risk)}.` : "";
      return {
        ...base,
        severity: "blocking",
        message: `Open ${severity.value} risk ${name} blocks the merge. Mitigate it and set its status to \`mitigated\` with a link to the evidence, or have the PO accept it and set its status to \`accepted\`.${ownerNote}`
      };
    }
    return ownerSeverity ? {
      ...base,
      severity: "blocking",
      message: `Open ${severity.value} risk ${name} has no owner${risk.ownerPlaceholder ? ` ("${inertText(risk.ownerPlaceholder)}")` : ""}, which an open ${severity.value} risk needs. ${capitalise(ownerFix(risk))}, or mitigate it and set its status to \`mitigated\`.`
    } : void 0;
  }
  let problems = [], fixes = [];
  severityKnown || (problems.push(describeSeverity(severity)), fixes.push(`its severity as ${SEVERITY_HELP}`)), statusKnown || (problems.push(describeStatus(status)), fixes.push(`its status as ${STATUS_HELP}`));
  let assumed = statusKnown ? "" : ", so it counts as open", consequence;
  return blockingSeverity ? consequence = severityKnown ? `${assumed}, and an open ${blockingSeverity} risk blocks the merge` : `${assumed}; it could be ${blockingSeverity}, and an open ${blockingSeverity} risk blocks the merge` : ownerSeverity ? consequence = severityKnown ? `${assumed}, and an open ${ownerSeverity} risk without an owner blocks the merge` : `${assumed}; it could be ${ownerSeverity}, and it has no owner, which blocks the merge` : consequence = `${assumed}. That does not block here`, {
    ...base,
    severity: blocks ? "blocking" : "warning",
    message: `Risk ${name} ${problems.join(" and ")}${consequence}. Write ${fixes.join(", and ")}.`
  };
}
function describeSeverity(reading) {
  switch (reading.state) {
    case "no-column":
      return "has no severity (its table has no Severity column)";
    case "unknown":
      return `has severity "${inertText(reading.raw, 80)}", which is not a severity this rule reads`;
    case "ambiguous":
      return `gives more than one severity (${reading.values.map((v) => inertText(v)).join(", ")})`;
    default:
      return "has no severity";
  }
}
function describeStatus(reading) {
  switch (reading.state) {
    case "no-column":
      return "has no status (its table has no Status column)";
    case "unknown":
      return `has status "${inertText(reading.raw, 80)}", which is not a status this rule reads`;
    case "ambiguous":
      return `gives more than one status (${reading.values.map((v) => inertText(v)).join(", ")})`;
    case "hedged":
      return `is ${codeSpan(reading.value)} but qualified by "${inertText(reading.hedge)}" ("${inertText(reading.raw, 80)}")`;
    default:
      return "has no status";
  }
}
function ownerFix(risk) {
  return risk.form === "list" ? "add `owner: @name` to the item, naming who is responsible" : risk.ownerColumn ? "put who is responsible in its Owner cell, e.g. `@alice`" : "add an Owner column to the table and name who is responsible";
}
function capitalise(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
function at(position) {
  return position ? ` (line ${position.line})` : "";
}
function sectionTitle(context, id) {
  return resolveSections(context.config.sections).find((s) => s.id === id)?.title ?? id;
}
function sectionNodes(body, id) {
  let configured = /* @__PURE__ */ new Set();
  for (let section of body.sections) section.id && configured.add(section.position.line);
  let nodes = [];
  for (let section of body.sections) {
    if (section.id !== id) continue;
    let skipBelow;
    for (let node of section.nodes) {
      if (node.type === "heading") {
        if (skipBelow !== void 0 && node.depth > skipBelow) continue;
        skipBelow = void 0;
        let line = node.position?.start.line;
        if (line !== void 0 && configured.has(line)) {
          skipBelow = node.depth;
          continue;
        }
      } else if (skipBelow !== void 0)
        continue;
      nodes.push(node);
    }
  }
  return nodes;
}
function checklistCovers(context, id) {
  let checklist = context.config.rules["pr-checklist"];
  return checklist.enabled && checklist.required_sections.includes(id);
}
function checklistPlaceholders(context) {
  let patterns = [];
  for (let source of context.config.rules["pr-checklist"].placeholders)
    try {
      patterns.push(new RegExp(source, "u"));
    } catch {
    }
  return (line) => patterns.some((pattern) => pattern.test(line));
}
function isOnlyPlaceholders(nodes, isPlaceholder2) {
  return proseText(nodes).split(`
`).map((line) => line.trim()).every((line) => line === "" || isPlaceholder2(line));
}
function equalsTemplate(snapshot, context, id, nodes) {
  let text = normalise(proseText(nodes)), sections = resolveSections(context.config.sections);
  for (let template of [snapshot.template, DEFAULT_PR_TEMPLATE]) {
    if (template === void 0) continue;
    let body = parseBody(template.replace(/\r\n?/g, `
`), sections);
    if (body.byId.has(id) && normalise(proseText(sectionNodes(body, id))) === text)
      return !0;
  }
  return !1;
}
function normalise(text) {
  return text.replace(/\s+/g, " ").trim();
}

// core/rules/wip-limit.ts
import { z as z13 } from "zod";

// core/incidents/wip.ts
var WIP_RULE_ID = "wip-limit";
function wipFinding(pr, openPrs, config) {
  if (pr.draft) return;
  let wave = waveOf(pr, config);
  if (!wave) return;
  let inFlight = openPrs.filter(
    (other) => other.number < pr.number && !other.draft && waveOf(other, config)?.toLowerCase() === wave.toLowerCase()
  ).sort((a, b) => a.number - b.number);
  if (inFlight.length < config.wip_limit) return;
  let names = inFlight.map((other) => issueRef(other.number, other.url)).join(", ");
  return {
    ruleId: WIP_RULE_ID,
    severity: "blocking",
    source: "labels",
    message: `Wave ${inertText(wave)} already has ${inFlight.length} open PRs in flight (${names}); the limit is ${config.wip_limit}. Merge or close one of them, or mark this PR as a draft until one lands.`
  };
}

// core/rules/wip-limit.ts
var options3 = z13.strictObject({ ...ruleBaseShape }), wipLimit = {
  id: WIP_RULE_ID,
  description: "At most incidents.wip_limit open, non-draft PRs per wave.",
  options: options3,
  active: (config) => config.incidents.enabled,
  check(snapshot, _options, { config }) {
    let wave = waveOf(snapshot, config.incidents);
    if (!wave || snapshot.draft) return [];
    let openPulls = snapshot.risk?.openPulls;
    if (!openPulls || snapshot.number === void 0)
      return [
        {
          ruleId: WIP_RULE_ID,
          severity: "info",
          message: `Open PRs were not read here, so the WIP limit of wave ${inertText(wave)} was not checked; the App and the Action check it on GitHub.`
        }
      ];
    let finding2 = wipFinding(
      {
        number: snapshot.number,
        branch: snapshot.branch,
        title: snapshot.title,
        labels: snapshot.labels,
        draft: !1
      },
      openPulls,
      config.incidents
    );
    return finding2 ? [finding2] : [];
  }
};

// core/rules/index.ts
var RULES = [
  branchName,
  prChecklist,
  residualRisks,
  noMergeLabel,
  governanceFiles,
  incidentFreeze,
  wipLimit
];

// core/evaluate.ts
var BODY_RULE = "pr-body", BODY_RULE_DESCRIPTION = "The PR body can be read in full.";
function evaluateWithLabels(snapshot, config, labelSets) {
  let prepared = prepareBody(snapshot.body, config);
  return labelSets.map((labels) => judge2({ ...snapshot, labels: [...labels] }, config, prepared));
}
function judge2(snapshot, config, { body, findings: bodyFindings }) {
  let patterns = config.rules["branch-name"].patterns.map(
    (entry) => compileBranchPattern(entry, config.ids.pattern)
  ), context = {
    config,
    body,
    branch: matchBranch(snapshot.branch, snapshot.base, patterns)
  }, results = RULES.map((rule) => {
    let options4 = config.rules[rule.id];
    if (!options4.enabled || rule.active?.(config) === !1)
      return { ruleId: rule.id, description: rule.description, status: "skipped", findings: [] };
    let findings2 = runRule(rule, snapshot, options4, context);
    return options4.severity === "warning" && (findings2 = findings2.map(
      (f) => f.severity === "blocking" ? { ...f, severity: "warning" } : f
    )), { ruleId: rule.id, description: rule.description, status: statusOf(findings2), findings: findings2 };
  });
  bodyFindings.length > 0 && results.unshift({
    ruleId: BODY_RULE,
    description: BODY_RULE_DESCRIPTION,
    status: "fail",
    findings: bodyFindings
  });
  let findings = results.flatMap((r) => r.findings);
  return {
    status: findings.some((f) => f.severity === "blocking") ? "no_merge" : "pass",
    rules: results,
    findings
  };
}
function runRule(rule, snapshot, options4, context) {
  try {
    return rule.check(snapshot, options4, context);
  } catch (error) {
    return [
      {
        ruleId: rule.id,
        severity: "blocking",
        message: `Rule ${rule.id} could not finish (${inertText(error.message)}). This is a pilot-gate bug; re-run the check, and report it if it persists.`
      }
    ];
  }
}
function statusOf(findings) {
  return findings.some((f) => f.severity === "blocking") ? "fail" : findings.some((f) => f.severity === "warning") ? "warn" : "pass";
}
function prepareBody(raw, config) {
  let findings = [], { text, length } = boundBody(raw);
  length > 65536 && findings.push({
    ruleId: BODY_RULE,
    severity: "blocking",
    source: "body",
    message: `The PR body is ${length.toLocaleString("en-US")} characters, over GitHub's limit of ${65536 .toLocaleString("en-US")}; only the first ${65536 .toLocaleString("en-US")} were read. Move long logs into linked evidence files.`
  });
  try {
    return { body: parseBody(text, resolveSections(config.sections)), findings };
  } catch (error) {
    return error instanceof MarkdownTooDeepError ? findings.push({
      ruleId: BODY_RULE,
      severity: "blocking",
      source: "body",
      position: { line: error.line, column: 1 },
      message: `The PR body ${inertText(error.reason)} (line ${error.line}), so it was not read. Flatten the nesting; put long structured content in a linked file.`
    }) : findings.push({
      ruleId: BODY_RULE,
      severity: "blocking",
      source: "body",
      message: `The PR body could not be read as Markdown (${inertText(error.message)}). Simplify its structure and push an edit.`
    }), { body: unreadBody(), findings };
  }
}

// app/evaluation-worker.ts
parentPort?.on("message", (task) => {
  let verdicts = evaluateWithLabels(task.snapshot, task.config, task.labelSets);
  parentPort?.postMessage({ id: task.id, verdicts });
});
parentPort?.postMessage({ ready: !0 });
