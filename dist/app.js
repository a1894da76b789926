// app/main.ts
import { pathToFileURL } from "node:url";
import { run } from "probot";

// app/github/octokit.ts
import { ProbotOctokit } from "probot";

// app/github/retry-policy.ts
function fetchWithTimeout(ms = 2e4, base) {
  return (input, init) => {
    let deadline = AbortSignal.timeout(ms), signal = init?.signal ? AbortSignal.any([init.signal, deadline]) : deadline;
    return (base ?? globalThis.fetch)(input, { ...init, signal });
  };
}
function retryOnSecondaryRateLimit(retryAfter, options4, octokit, retryCount) {
  let retry = retryCount < 2;
  return octokit.log.warn(
    `Secondary rate limit on ${options4.method} ${options4.url}: ${retry ? `retrying in ${retryAfter}s` : "giving up"}`
  ), retry;
}
function retryOnRateLimit(retryAfter, options4, octokit, retryCount) {
  let retry = retryCount < 1 && retryAfter <= 60;
  return octokit.log.warn(
    `Rate limit on ${options4.method} ${options4.url}: ${retry ? `retrying in ${retryAfter}s` : "giving up"}`
  ), retry;
}

// app/github/octokit.ts
var PilotGateOctokit = ProbotOctokit.defaults((options4) => ({
  ...options4,
  request: { fetch: fetchWithTimeout(), ...options4.request },
  retry: { retries: 3, ...options4.retry },
  throttle: {
    ...options4.throttle,
    onSecondaryRateLimit: retryOnSecondaryRateLimit,
    onRateLimit: retryOnRateLimit
  }
}));

// app/evaluation-pool.ts
import { Worker } from "node:worker_threads";

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
  let normalized2 = raw.replace(/\r\n?/g, `
`);
  return { text: normalized2.slice(0, 65536), length: normalized2.length };
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
  constructor(lines2, first, after, offset) {
    this.#lines = lines2, this.#first = first, this.#after = after, this.#offset = offset;
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
function ownNodes(section) {
  let own = [];
  for (let node of section.nodes) {
    if (node.type === "heading") break;
    own.push(node);
  }
  return own;
}
function taskItems(nodes) {
  let items = [], visit3 = (node) => {
    if (node.type === "listItem" && typeof node.checked == "boolean") {
      let item = node, text = item.children.filter((child) => child.type !== "list").map((child) => mdastToString(child)).join(" ").trim();
      items.push({ checked: item.checked === !0, text, position: positionOf(item) });
    }
    if ("children" in node)
      for (let child of node.children) visit3(child);
  };
  for (let node of nodes) visit3(node);
  return items;
}
function linkTargets(nodes) {
  let links = [], visit3 = (node) => {
    if ((node.type === "link" || node.type === "definition" || node.type === "image") && node.url && links.push({ url: node.url, position: positionOf(node) }), "children" in node)
      for (let child of node.children) visit3(child);
  };
  for (let node of nodes) visit3(node);
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
function markdownCell(markdown) {
  return markdown.replace(/\s*[\r\n]+\s*/g, " ").trim().replace(/\\(?=\|)/g, "\\​").replace(/\|/g, "\\|");
}
function tableCell(text, max = 600) {
  return markdownCell(inertText(text, max));
}
function codeCell(text, max = 600) {
  return markdownCell(codeSpan(text, max));
}
function codeBlock(text, info = "text") {
  let longest = Math.max(0, ...Array.from(text.matchAll(/`+/g), (m) => m[0].length)), fence = "`".repeat(Math.max(3, longest + 1));
  return `${fence}${info}
${text.replace(/\r\n?/g, `
`)}
${fence}`;
}
function handle(login2) {
  return `@​${inertText(login2)}`;
}
var LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
function mention(login2) {
  return LOGIN.test(login2) ? `@${login2}` : handle(login2);
}
function link(label2, url, options4 = {}) {
  let text = options4.code ? codeSpan(label2) : inertText(label2), target = webUrl(url);
  return target === void 0 ? text : `[${text}](${target})`;
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
function closeCut(markdown) {
  let lines2 = markdown.split(`
`), last = lines2.pop() ?? "", fence;
  for (let line of lines2) {
    let match = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line);
    if (!match) continue;
    let run2 = match[1], rest = match[2];
    fence === void 0 ? run2.startsWith("`") && rest.includes("`") || (fence = run2) : run2[0] === fence[0] && run2.length >= fence.length && rest.trim() === "" && (fence = void 0);
  }
  if (fence !== void 0) return markdown;
  let open = openSpanAt(last);
  return open === void 0 ? markdown : markdown.slice(0, markdown.length - last.length + open).trimEnd();
}
function openSpanAt(line) {
  let runs = /`+/g;
  for (let match = runs.exec(line); match !== null; match = runs.exec(line)) {
    let start = match.index, length = match[0].length, backslashes = 0;
    for (; line[start - 1 - backslashes] === "\\"; ) backslashes++;
    if (backslashes % 2 === 1 && (start++, length--, length === 0))
      continue;
    let closing = new RegExp(`(?<!\`)\`{${length}}(?!\`)`, "g");
    closing.lastIndex = start + length;
    let close = closing.exec(line);
    if (!close) return start;
    runs.lastIndex = close.index + length;
  }
}
function truncateMarkdown(markdown, max) {
  let cut = cap(markdown, max);
  return cut === markdown ? markdown : `${closeCut(cut.slice(0, -1))}…`;
}
function titleText(text, max) {
  return cap(flatten(text), max);
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
function reviewersToCheck(snapshot, options4) {
  return fallsBack(snapshot, approverMembers(snapshot, options4.approvers)) ? [...latestReviews(snapshot.reviews ?? []).values()].filter(
    (review) => review.state === "approved" && (!options4.fresh_approval || isFresh(review, snapshot.headSha))
  ).map((review) => review.login) : [];
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

// core/labels.ts
function labelNames(labels2) {
  return (labels2 ?? []).map((label2) => typeof label2 == "string" ? label2 : label2?.name ?? "").filter((name) => name !== "");
}
function sameLabel(a, b) {
  return a.toLowerCase() === b.toLowerCase();
}
function labelOn(labels2, wanted) {
  return labels2.find((name) => sameLabel(name, wanted));
}
function hasAny(labels2, wanted) {
  let set = new Set(wanted.map((name) => name.toLowerCase()));
  return labels2.some((name) => set.has(name.toLowerCase()));
}

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
var SEVERITIES = ["critical", "high", "medium"], CLOCKS = ["ack", "contain", "recover"], WEEKDAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"], label = z8.string().trim().min(1), minutes = z8.number().int().positive();
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

// core/incidents/business-time.ts
var MINUTE = 6e4, MAX_DAYS = 3660, formatters = /* @__PURE__ */ new Map();
function formatter(zone) {
  let format = formatters.get(zone);
  return format || (format = new Intl.DateTimeFormat("en-US", {
    timeZone: zone,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric"
  }), formatters.set(zone, format)), format;
}
function wallTime(instant, zone) {
  let parts = {};
  for (let part of formatter(zone).formatToParts(new Date(instant)))
    part.type !== "literal" && (parts[part.type] = Number(part.value));
  return Date.UTC(
    parts.year,
    parts.month - 1,
    parts.day,
    parts.hour,
    parts.minute,
    parts.second
  );
}
function offsetAt(instant, zone) {
  let whole = Math.floor(instant / 1e3) * 1e3;
  return wallTime(whole, zone) - whole;
}
function zonedInstant(wall, zone) {
  let guess = wall - offsetAt(wall, zone);
  return wall - offsetAt(guess, zone);
}
function addBusinessMinutes(start, minutes3, hours) {
  if (minutes3 <= 0) return start;
  let zone = hours.timezone, days = new Set(hours.days.map((day) => WEEKDAYS.indexOf(day))), cursor = start.getTime(), remaining = minutes3 * MINUTE;
  for (let step = 0; step < MAX_DAYS; step++) {
    let wall = new Date(wallTime(cursor, zone)), [y, m, d] = [wall.getUTCFullYear(), wall.getUTCMonth(), wall.getUTCDate()];
    if (days.has(wall.getUTCDay())) {
      let open = zonedInstant(Date.UTC(y, m, d, hours.start), zone), close = zonedInstant(Date.UTC(y, m, d, hours.end), zone);
      if (cursor < open && (cursor = open), cursor < close) {
        let available = close - cursor;
        if (remaining <= available) return new Date(cursor + remaining);
        remaining -= available;
      }
    }
    cursor = zonedInstant(Date.UTC(y, m, d + 1), zone);
  }
  throw new RangeError(
    `No ${minutes3} business minutes within ten years of ${start.toISOString()}: check incidents.business_hours.`
  );
}

// core/incidents/sla.ts
var MINUTE2 = 6e4;
function stoppedAt(incident, clock) {
  return clock === "ack" ? incident.ackAt : clock === "contain" ? incident.containedAt ?? incident.recoveredAt : incident.recoveredAt;
}
function slaStatus(incident, now, config) {
  let targets = config.sla[incident.severity], statuses = [];
  for (let clock of CLOCKS) {
    let target = targets[clock];
    if (target === null) continue;
    let business = targets.business.includes(clock), dueAt = business ? addBusinessMinutes(incident.openedAt, target, config.business_hours) : new Date(incident.openedAt.getTime() + target * MINUTE2), metAt = stoppedAt(incident, clock), late = (metAt ?? now).getTime() - dueAt.getTime();
    statuses.push({
      clock,
      target,
      business,
      dueAt,
      metAt,
      breached: late > 0,
      overdueBy: late > 0 ? Math.ceil(late / MINUTE2) : 0
    });
  }
  return statuses;
}
function escalationLabel(level2) {
  return `escalation:${level2.name}`;
}
function escalationLevelFromLabels(labels2, config) {
  let names = new Set(labels2.map((name) => name.toLowerCase())), level2 = 0;
  return config.escalation.forEach((entry, index) => {
    names.has(escalationLabel(entry).toLowerCase()) && (level2 = index + 1);
  }), level2;
}
function escalationsDue(incident, alreadyEscalatedLevel, now, config) {
  let breached = slaStatus(incident, now, config).filter((status2) => status2.breached).map((status2) => status2.clock), earned = Math.min(breached.length, config.escalation.length);
  if (alreadyEscalatedLevel >= earned) return;
  let level2 = Math.max(alreadyEscalatedLevel, 0) + 1, entry = config.escalation[level2 - 1];
  return { ...entry, level: level2, label: escalationLabel(entry), breached };
}

// core/incidents/model.ts
function severityOf(labels2, config) {
  return SEVERITIES.find((severity) => hasAny(labels2, config.severity_labels[severity]));
}
function isWaveLabel(label2, config) {
  return label2.toLowerCase().startsWith(config.wave_label_prefix.toLowerCase());
}
function waveFromLabels(labels2, config) {
  let prefix = config.wave_label_prefix.toLowerCase(), wave = labels2.find((name) => isWaveLabel(name, config))?.slice(prefix.length).trim();
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
function firstAt(events, test) {
  let times = events.filter(test).map((event) => Date.parse(event.at)).filter((time) => !Number.isNaN(time));
  return times.length > 0 ? new Date(Math.min(...times)) : void 0;
}
function toIncident(issue, config, idPattern = DEFAULT_ID_PATTERN) {
  let labels2 = labelNames(issue.labels), severity = severityOf(labels2, config);
  if (!severity) return;
  let events = issue.events ?? [], labeled = (names) => (event) => event.type === "labeled" && event.label !== void 0 && hasAny([event.label], names), closedAt = issue.closed_at ? new Date(issue.closed_at) : void 0;
  return {
    number: issue.number,
    title: issue.title,
    url: issue.html_url,
    id: findIds(issue.title, idPattern)[0],
    severity,
    wave: waveFromLabels(labels2, config),
    kinds: labels2.filter((name) => hasAny([name], config.kind_labels)),
    open: issue.state === "open",
    openedAt: new Date(issue.created_at),
    closedAt,
    ackAt: firstAt(
      events,
      (event) => (event.type === "commented" || event.type === "assigned") && event.byMaintainer === !0
    ),
    containedAt: firstAt(events, labeled(config.contained_labels)),
    recoveredAt: firstAt(events, labeled(config.recovered_labels)) ?? closedAt,
    escalationLevel: escalationLevelFromLabels(labels2, config)
  };
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
  let level2 = incident.escalationLevel ?? 0, step = config.escalation[level2 - 1];
  return step ? ` It was escalated to **${inertText(step.name)}** (level ${level2} of ${config.escalation.length}, label ${codeSpan(escalationLabel(step))}).` : "";
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
    let where2 = freeze.number ? ` (${issueRef(freeze.number, freeze.url)})` : "";
    findings.push({
      ruleId: FREEZE_RULE_ID,
      severity: "blocking",
      source: "branch",
      message: `Merges into ${codeSpan(pr.base)} are frozen for ${scope} by ${inertText(freeze.id)}${where2}: ${inertText(freeze.reason)}.${frozenByNote(freeze)} It holds until a maintainer clears it. ${hotfixHint}`
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
var CONFIG_LIMIT = {
  bytes: 65536,
  advice: "keep only the keys you change (every key is optional; `pilot-gate init` writes all the defaults, commented, in about 14 KB)"
}, CONFIG_EXTENDS_LIMIT = 5, ENVIRONMENT_LIMIT = {
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
}, MAX_FILE_ISSUES = 100, MAX_EVIDENCE_PATHS = 10;
function utf8Length(text) {
  return Buffer.byteLength(text, "utf8");
}
function sizeOverLimit(text, limit) {
  if (text.length * 3 <= limit.bytes) return;
  let bytes3 = utf8Length(text);
  return bytes3 > limit.bytes ? bytes3 : void 0;
}
function tooLargeMessage(subject, bytes3, limit) {
  let size = bytes3 === void 0 ? "" : ` ${count2(bytes3)} bytes,`;
  return `${subject} is${size} over the limit of ${count2(limit.bytes)} bytes (${humanSize(limit.bytes)}); ${limit.advice}.`;
}
function tooLargeIssue(bytes3, limit) {
  return { path: "", message: tooLargeMessage("the file", bytes3, limit) };
}
function count2(n) {
  return n.toLocaleString("en-US");
}
function humanSize(bytes3) {
  return bytes3 >= 1048576 ? `${bytes3 / 1048576} MiB` : `${bytes3 / 1024} KiB`;
}

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
`, PR_TEMPLATE_DIRS = [".github", "", "docs"], PR_TEMPLATE_NAME = "pull_request_template.md", TEMPLATE_FILE = /^pull_request_template(?:\.md|\.txt)?$/i;
function isPrTemplatePath(path) {
  let slash = path.lastIndexOf("/"), dir = slash === -1 ? "" : path.slice(0, slash);
  return PR_TEMPLATE_DIRS.includes(dir) && TEMPLATE_FILE.test(path.slice(slash + 1));
}
function pickPrTemplateName(names) {
  let matches = [...names].filter((name) => TEMPLATE_FILE.test(name));
  return matches.includes(PR_TEMPLATE_NAME) ? PR_TEMPLATE_NAME : matches.sort()[0];
}

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
    let content = readSection(section, analysis), unchanged2 = content.realLines.length > 0 && template.fingerprints.some((fingerprints) => fingerprints.get(id) === content.fingerprint), filled2 = content.realLines.length > 0 && !unchanged2;
    if (!filled2 && isRequired) {
      findings.push(unfilledFinding(id, content, unchanged2, context, branchId));
      continue;
    }
    if (tasks.has(id)) {
      let items = readItems(content);
      findings.push(...taskFindings(content, items, placeholders)), findings.push(...deletedItemFindings(content, items, templateItems2));
    }
    filled2 && (id === "story_id" ? findings.push(...storyFindings(snapshot, opts, content, context, isRequired)) : isRequired && id === "evidence" ? findings.push(...evidenceFindings(content, branchId, snapshot.headPaths)) : isRequired && id === "runbook_impact" && findings.push(...runbookFindings(content, placeholders)));
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
  let lines2 = [], realLines = [], fingerprint = [];
  for (let piece of pieces) {
    if (piece.kind === "task") {
      fingerprint.push(piece.checked ? "[x]" : "[ ]");
      continue;
    }
    lines2.push(piece.text), !isPlaceholder(piece.text, analysis.placeholders) && (realLines.push(piece.text), fingerprint.push(foldForComparison(piece.text)));
  }
  return {
    section,
    name: shorten(headingName(section), 80),
    nodes,
    lines: lines2,
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
  let lines2 = [];
  for (let raw of text.split(`
`)) {
    let line = raw.trim();
    line && lines2.push(line);
  }
  return lines2;
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
function unfilledFinding(id, content, unchanged2, context, branchId) {
  let where2 = `The "${inertText(content.name)}" section (line ${content.section.position.line})`, what = unchanged2 ? `${where2} is unchanged from the PR template.` : `${where2} is empty: comments, code blocks and placeholders such as \`TBD\`, \`...\` or \`<link>\` do not count.`;
  return finding(
    `${what} ${whatToWrite(id, context, branchId, unchanged2)}`,
    content.section.position
  );
}
function whatToWrite(id, context, branchId, unchanged2 = !1) {
  switch (id) {
    case "story_id": {
      let example = exampleId(context, branchId), source = branchId ? " (the id in the branch name)" : "";
      return example ? `Write the story or incident id, e.g. ${codeSpan(example)}${source}.` : `Write the story or incident id (it must match ${codeSpan(context.config.ids.pattern)}).`;
    }
    case "definition_of_ready":
    case "definition_of_done":
      return unchanged2 ? "Tick each item that is done (`- [x]`), and replace the text of one that does not apply with `N/A: <reason>`." : "Add its checklist as task items and tick each one that is done (`- [x] ...`); for one that does not apply, write `N/A: <reason>`.";
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
    let count4 = unticked.length === 1 ? "1 item that is not done" : `${unticked.length} items that are not done`;
    findings.push(
      finding(
        `The "${name}" checklist has ${count4}: ${quoteList(unticked)}. Tick ${unticked.length === 1 ? "it" : "them"}, or write \`N/A: <reason>\` for one that does not apply.`,
        unticked[0]?.position ?? content.section.position
      )
    );
  }
  if (noReason.length > 0) {
    let count4 = noReason.length === 1 ? "1 `N/A` item without a reason" : `${noReason.length} \`N/A\` items without a reason`;
    findings.push(
      finding(
        `The "${name}" checklist has ${count4}: ${quoteList(noReason)}. Add a reason after it, e.g. \`N/A: no UI in this change\`: a bare \`N/A\` does not count, ticked or not.`,
        noReason[0]?.position ?? content.section.position
      )
    );
  }
  return findings;
}
function deletedItemFindings(content, items, template) {
  let deleted = deletedItems(template, items);
  if (deleted.length === 0) return [];
  let count4 = deleted.length === 1 ? "1 item" : `${deleted.length} items`;
  return [
    finding(
      `The "${inertText(content.name)}" checklist is missing ${count4} of the repository's PR template: ${quoteList(deleted)}. Put ${deleted.length === 1 ? "it" : "each"} back and tick it, or write \`N/A: <reason>\` in its place; a reworded item does not count, so keep the template's wording.`,
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
  let links = readLinks(content), where2 = `The "${inertText(content.name)}" section (line ${content.section.position.line})`;
  if (!links.url && links.paths.length === 0)
    return [
      finding(
        `${where2} has no link. Add at least one URL of a test run, screenshot or log, or the path of an evidence file in this repository, e.g. ${codeSpan(evidenceExample(branchId))}; placeholders such as \`<link>\` do not count.`,
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
        `${where2} cites ${pathList(absent)}, which ${absent.length === 1 ? "does" : "do"} not exist in the repository at the PR's head commit, so ${absent.length === 1 ? "it is" : "they are"} no evidence. Commit the evidence with this PR, or correct the path.${leaves}`,
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
      message: `${where2} cites ${pathList(unchecked)}, which ${unchecked.length === 1 ? "was" : "were"} not checked against the repository: ${inertText(reason)}. Make sure ${unchecked.length === 1 ? "it is" : "they are"} committed.`,
      position: content.section.position,
      pathsToCheck: unchecked
    });
  }
  return over > 0 && findings.push({
    ruleId: RULE_ID,
    severity: "info",
    source: "body",
    message: `${where2} cites ${over} more repository ${over === 1 ? "path" : "paths"} than the ${MAX_EVIDENCE_PATHS} that are checked; ${over === 1 ? "it was" : "they were"} not checked. Link a folder of evidence rather than each file.`,
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
  let where2 = `The "${inertText(content.name)}" section (line ${content.section.position.line})`, message = saysNotApplicable ? `${where2} says it is not applicable but gives no reason. Write \`Not applicable: <reason>\` with the reason the runbook does not change, or link the runbook you changed.` : `${where2} has neither a runbook link nor a reason it does not apply. Link the runbook you changed (a URL or a path in this repository), or write \`Not applicable: <reason>\`.`;
  return [finding(message, content.section.position)];
}
function unique(items) {
  return [...new Set(items)];
}

// core/rules/residual-risks.ts
import { z as z12 } from "zod";

// core/markdown/text.ts
function plainText(nodes) {
  let parts = [], visit3 = (node) => {
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
        visit3(child), block && parts.push(`
`);
      (node.type === "paragraph" || node.type === "heading") && parts.push(`
`);
    }
  };
  for (let node of nodes) visit3(node);
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
for (let [kind, labels2] of Object.entries(LABELS))
  for (let label2 of labels2) LABEL_OF.set(label2, kind);
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
  }, visit3 = (node) => {
    switch (node.type) {
      case "table":
        readTable(node, reading);
        return;
      case "list":
        for (let item of node.children) readListItem(item, reading, isPlaceholder2);
        return;
      case "blockquote":
        for (let child of node.children) visit3(child);
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
  for (let node of nodes) visit3(node);
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
  let filled2 = cells.filter((cell) => !isBlankCell(cell));
  return filled2.length > 0 && filled2.every(isNoRisksStatement);
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
  let severity = merge(severityReadings, tags.severities), status2 = checkHedge(
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
  return owner ??= tags.handles[0], { severity, status: status2, owner, ownerPlaceholder: owner ? void 0 : ownerPlaceholder };
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
  let { severity, status: status2 } = risk, statusKnown = status2.state === "ok", severityKnown = severity.state === "ok", base = {
    ruleId: RULE_ID2,
    source: "body",
    ...risk.position ? { position: risk.position } : {}
  }, name = `"${inertText(risk.text, 80)}"${at(risk.position)}`;
  if (statusKnown && status2.value !== "open")
    return severityKnown ? void 0 : {
      ...base,
      severity: "warning",
      message: `Risk ${name} ${describeSeverity(severity)}. It does not block because its status is ${codeSpan(status2.value)}, but write its severity as ${SEVERITY_HELP}.`
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
  severityKnown || (problems.push(describeSeverity(severity)), fixes.push(`its severity as ${SEVERITY_HELP}`)), statusKnown || (problems.push(describeStatus(status2)), fixes.push(`its status as ${STATUS_HELP}`));
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
  return labelSets.map((labels2) => judge2({ ...snapshot, labels: [...labels2] }, config, prepared));
}
function pathsToCheck(verdict) {
  return [...new Set(verdict.findings.flatMap((finding2) => finding2.pathsToCheck ?? []))];
}
function unjudgedVerdict(why) {
  let finding2 = {
    ruleId: BODY_RULE,
    severity: "blocking",
    source: "body",
    message: `${why}, so it was stopped and no rule was checked. Real PR bodies are judged in milliseconds: simplify the body (long logs, deep nesting and generated text belong in linked evidence files) and push an edit, or press Re-run if the App was only busy.`
  };
  return { status: "no_merge", rules: [
    { ruleId: BODY_RULE, description: BODY_RULE_DESCRIPTION, status: "fail", findings: [finding2] },
    ...RULES.map(
      (rule) => ({
        ruleId: rule.id,
        description: rule.description,
        status: "skipped",
        findings: []
      })
    )
  ], findings: [finding2] };
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

// app/evaluation-pool.ts
var EvaluationPool = class {
  #options;
  #slots = [];
  #queue = [];
  #nextId = 1;
  #closed = !1;
  constructor(options4) {
    this.#options = { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 64, ...options4 };
  }
  evaluate(snapshot, config, labelSets) {
    if (this.#closed) return Promise.reject(new Error("the evaluation pool is closed"));
    let task = {
      id: this.#nextId++,
      snapshot,
      config,
      labelSets: labelSets.map((labels2) => [...labels2])
    };
    return new Promise((resolve) => {
      this.#queue.push({ task, resolve }), this.#dispatch();
    });
  }
  /** Stops every worker; pending evaluations are answered as unjudged. */
  async close() {
    this.#closed = !0;
    for (let pending of this.#queue.splice(0))
      pending.resolve(this.#unjudged(pending.task, "the App is shutting down"));
    await Promise.all(
      this.#slots.splice(0).map(async (slot) => {
        this.#finish(slot, "the App is shutting down"), await slot.worker.terminate();
      })
    );
  }
  #dispatch() {
    for (; this.#queue.length > 0; ) {
      let slot = this.#slots.find((candidate) => !candidate.busy) ?? this.#spawn();
      if (!slot) return;
      let pending = this.#queue.shift();
      slot.busy = pending, slot.worker.ref(), slot.ready && this.#startClock(slot), slot.worker.postMessage(pending.task);
    }
  }
  #startClock(slot) {
    slot.timer = setTimeout(() => {
      this.#replace(
        slot,
        `Judging this PR took longer than ${this.#options.budgetMs.toLocaleString("en-US")} ms`
      );
    }, this.#options.budgetMs);
  }
  /** A new worker while the pool has room, else `undefined`. */
  #spawn() {
    if (this.#slots.length >= this.#options.size) return;
    let [entry, how] = workerEntry(), worker = new Worker(entry, {
      ...how,
      resourceLimits: {
        maxOldGenerationSizeMb: this.#options.maxOldGenerationSizeMb,
        maxYoungGenerationSizeMb: this.#options.maxYoungGenerationSizeMb
      }
    }), slot = { worker, ready: !1, busy: void 0, timer: void 0 };
    return worker.on("message", (message) => {
      if ("ready" in message) {
        slot.ready = !0, slot.busy && !slot.timer && this.#startClock(slot);
        return;
      }
      if (slot.busy?.task.id !== message.id) return;
      let { resolve } = slot.busy;
      this.#release(slot), resolve(message.verdicts), this.#dispatch();
    }), worker.on("error", (error) => {
      let memory = error.code === "ERR_WORKER_OUT_OF_MEMORY";
      this.#replace(
        slot,
        memory ? `Judging this PR needed more than ${this.#options.maxOldGenerationSizeMb} MB` : `Judging this PR failed (${error.message})`
      );
    }), worker.on("exit", () => this.#replace(slot, "Judging this PR stopped its worker")), worker.unref(), this.#slots.push(slot), slot;
  }
  /** Answers the slot's task as unjudged for `why`, drops the worker and dispatches again. */
  #replace(slot, why) {
    let index = this.#slots.indexOf(slot);
    index !== -1 && (this.#slots.splice(index, 1), this.#finish(slot, why), slot.worker.removeAllListeners(), slot.worker.terminate(), this.#closed || this.#dispatch());
  }
  #finish(slot, why) {
    let pending = slot.busy;
    this.#release(slot), pending?.resolve(this.#unjudged(pending.task, why));
  }
  #release(slot) {
    slot.timer && clearTimeout(slot.timer), slot.timer = void 0, slot.busy = void 0, slot.worker.unref();
  }
  #unjudged(task, why) {
    return task.labelSets.map(() => unjudgedVerdict(why));
  }
};
function workerEntry() {
  let here = import.meta.url;
  if (!here.endsWith(".ts")) return [new URL("./evaluation-worker.js", here), {}];
  let source = new URL("./evaluation-worker.ts", here).href;
  return [
    `import("tsx/esm/api").then(({ register }) => { register(); return import(${JSON.stringify(source)}); });`,
    { eval: !0 }
  ];
}

// app/config.ts
import { parse as parseYaml } from "yaml";

// core/config/compose.ts
import merge2 from "deepmerge";

// core/errors.ts
var FileIssuesError = class extends Error {
  file;
  issues;
  unlisted;
  /**
   * Where each named file is in the repository being judged, for
   * annotations; unset when `file` is that path itself. A file from another
   * repository has no entry, so it gets no annotation.
   */
  localPaths;
  constructor(file, issues, unlisted = 0, localPaths) {
    super(formatConfigIssues(file, issues, unlisted)), this.file = file, this.issues = issues, this.unlisted = unlisted, this.localPaths = localPaths;
  }
  /** The files the problems are in, the error's own first. */
  get files() {
    return [.../* @__PURE__ */ new Set([this.file, ...this.issues.map((issue) => issue.file ?? this.file)])];
  }
  /** Where `issue` is in the judged repository, for an annotation; `undefined` when elsewhere. */
  localPathOf(issue) {
    let file = issue.file ?? this.file;
    return this.localPaths ? this.localPaths[file] : file;
  }
  /** Every problem found, listed or not. */
  get problemCount() {
    return this.issues.length + this.unlisted;
  }
}, ConfigError = class extends FileIssuesError {
  name = "ConfigError";
};
function formatConfigIssues(file, issues, unlisted = 0) {
  let lines2 = issues.map((issue) => {
    let named = issue.file ?? file, where2 = issue.position ? `${named}:${issue.position.line}:${issue.position.column}` : named, path = issue.path ? ` ${issue.path}:` : "";
    return `${where2}${path} ${issue.message}`;
  });
  return unlisted > 0 && lines2.push(unlistedLine(file, unlisted)), lines2.join(`
`);
}
function unlistedLine(file, unlisted) {
  return `${file}: ${unlisted.toLocaleString("en-US")} more problem${unlisted === 1 ? "" : "s"} not listed; fix the ones above and validate again to see them.`;
}
var UsageError = class extends Error {
  name = "UsageError";
};

// core/yaml/validate.ts
import {
  isMap,
  isScalar,
  LineCounter,
  parseDocument,
  visit
} from "yaml";
function parseYamlAs(text, schema, options4) {
  let read = readYamlMapping(text, options4);
  if (!read.ok) return read;
  let { layer } = read;
  return validateLayers(options4.prepare ? options4.prepare(layer.data) : layer.data, schema, [
    layer
  ]);
}
function readYamlMapping(text, options4) {
  let tooLarge = sizeIssue(text, options4.limit);
  if (tooLarge) return { ok: !1, issues: [tooLarge], unlisted: 0 };
  let lineCounter = new LineCounter(), doc = parseDocument(text, { lineCounter, prettyErrors: !1, uniqueKeys: !1 }), at2 = (offset) => {
    let { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  }, syntax = [
    ...doc.errors.map((error) => ({
      offset: error.pos[0],
      message: error.message.split(`
`)[0] ?? error.message
    })),
    ...duplicateKeys(doc)
  ];
  if (syntax.length > 0) {
    let list = new IssueList();
    for (let { offset, message } of syntax.sort((a, b) => a.offset - b.offset))
      list.add(() => ({
        path: "",
        message: `YAML syntax error: ${message}`,
        position: at2(offset)
      }));
    return list.failure();
  }
  let data;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    return fail(`cannot read YAML: ${error.message}`);
  }
  if (data == null) {
    if (options4.emptyMessage) return fail(options4.emptyMessage);
    data = {};
  }
  if (typeof data != "object" || data === null || Array.isArray(data)) {
    let start = doc.contents?.range?.[0];
    return fail(
      `the file must be ${options4.rootDescription}, not a list or a single value`,
      start !== void 0 ? at2(start) : void 0
    );
  }
  return {
    ok: !0,
    layer: {
      data,
      doc,
      at: at2,
      ...options4.file !== void 0 ? { file: options4.file } : {}
    }
  };
}
function validateLayers(data, schema, layers) {
  let result = schema.safeParse(data);
  return result.success ? { ok: !0, data: result.data } : toIssues(result.error, layers, schema).failure();
}
function sizeIssue(text, limit) {
  let bytes3 = sizeOverLimit(text, limit);
  return bytes3 === void 0 ? void 0 : tooLargeIssue(bytes3, limit);
}
function fail(message, position) {
  return {
    ok: !1,
    issues: [{ path: "", message, ...position ? { position } : {} }],
    unlisted: 0
  };
}
var IssueList = class {
  issues = [];
  unlisted = 0;
  get full() {
    return this.issues.length >= MAX_FILE_ISSUES;
  }
  add(make) {
    this.full ? this.unlisted++ : this.issues.push(make());
  }
  failure() {
    return { ok: !1, issues: this.issues, unlisted: this.unlisted };
  }
};
function duplicateKeys(doc) {
  let found = [];
  return visit(doc, {
    Map(_, map) {
      let seen = /* @__PURE__ */ new Set();
      for (let pair of map.items) {
        if (!isScalar(pair.key)) continue;
        let value = pair.key.value;
        seen.has(value) && found.push({
          offset: pair.key.range?.[0] ?? 0,
          message: `duplicate key "${String(value)}": map keys must be unique`
        }), seen.add(value);
      }
    }
  }), found;
}
function toIssues(error, layers, schema) {
  let list = new IssueList();
  for (let issue of error.issues) {
    let path = issue.path.map(String);
    if (issue.code === "unrecognized_keys") {
      if (list.full) {
        list.unlisted += issue.keys.length;
        continue;
      }
      let indexes = layers.map((layer) => ({
        layer,
        keys: keyIndex(layer.doc.getIn(path, !0))
      })), hint = hintFor(schema, path);
      for (let key of issue.keys)
        list.add(() => {
          let found = indexes.find((index) => index.keys.has(key)), keyNode = found?.keys.get(key);
          return {
            path: [...path, key].join("."),
            message: `unknown key "${key}"${hint}`,
            ...found && keyNode?.range ? located(found.layer, keyNode.range[0]) : {}
          };
        });
      continue;
    }
    list.add(() => {
      let found = nearestNode(layers, path);
      return {
        path: path.join("."),
        message: issue.message,
        ...found?.node.range ? located(found.layer, found.node.range[0]) : {}
      };
    });
  }
  return list;
}
function located(layer, offset) {
  return {
    position: layer.at(offset),
    ...layer.file !== void 0 ? { file: layer.file } : {}
  };
}
function hintFor(schema, path) {
  let shape = schema;
  for (let key of path) {
    let next = unwrap(shape)?.shape?.[key];
    if (!next) return "";
    shape = next;
  }
  let keys = Object.keys(unwrap(shape)?.shape ?? {});
  return keys.length > 0 ? `; allowed here: ${keys.join(", ")}` : "";
}
function unwrap(schema) {
  let current = schema;
  for (; current && !current.shape && (current.def?.innerType || current.def?.in); )
    current = current.def.innerType ?? current.def.in;
  return current;
}
function keyIndex(parent) {
  let index = /* @__PURE__ */ new Map();
  if (!isMap(parent)) return index;
  for (let pair of parent.items) {
    if (!isScalar(pair.key)) continue;
    let key = String(pair.key.value);
    index.has(key) || index.set(key, pair.key);
  }
  return index;
}
function nearestNode(layers, path) {
  for (let length = path.length; length >= 0; length--)
    for (let layer of layers) {
      let node = layer.doc.getIn(path.slice(0, length), !0);
      if (node && typeof node == "object" && "range" in node) return { layer, node };
    }
}

// core/config/schema.ts
import { z as z17 } from "zod";

// core/gates/parity/config.ts
import { z as z14 } from "zod";
var FACETS = ["feature_flags", "policy_bundle", "openapi", "values"], DEFAULT_FACETS = ["feature_flags", "policy_bundle", "openapi"], ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
function isIsoDate(text) {
  let match = ISO_DATE.exec(text);
  if (!match) return !1;
  let [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])], date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
var isoDate = z14.string().refine(isIsoDate, { message: "expected a date written YYYY-MM-DD, e.g. 2026-06-30" }), envName = z14.string().min(1).describe("An environment's `name`, e.g. production."), keyPath = z14.string().regex(/^[^.\s]+(\.[^.\s]+)*$/, {
  message: "expected a dotted key path such as db.pool_size (no spaces, no empty parts)"
}), oneWayRuleSchema = z14.strictObject({
  flag: z14.string().min(1).describe("Feature flag name."),
  when: envName.describe("When the flag is on (true) in this environment..."),
  requires: envName.describe("...it must be on in this one too. Off in `when` is always fine.")
}).describe("A one-way rule replacing the equality check of one flag between two environments."), expectedDifferenceSchema = z14.strictObject({
  facet: z14.enum(FACETS).describe("Facet the difference is in."),
  key: z14.string().min(1).optional().describe(
    "Flag name, `revision`/`version`/`digest`, or a `parity.keys` path; omitted: the whole facet."
  ),
  environment: envName.optional().describe("Only between the reference and this environment; omitted: any environment."),
  owner: z14.string().min(1).describe("Who answers for the difference, e.g. @alice or a team."),
  reason: z14.string().min(1).describe("Why the environments differ."),
  expires: isoDate.describe(
    "Last day (YYYY-MM-DD) the difference is accepted; from the next day it is drift again."
  )
}).describe("A declared, owned, dated difference that does not count as drift until it expires."), parityConfigSchema = z14.strictObject({
  facets: z14.array(z14.enum(FACETS)).default([...DEFAULT_FACETS]).describe("Facets to compare. `values` is added whenever `keys` lists a path."),
  keys: z14.array(keyPath).default([]).describe("Extra dotted key paths to compare under each environment's `values`."),
  one_way: z14.array(oneWayRuleSchema).default([]).describe("Flags that only have to be on downstream when they are on upstream."),
  expected: z14.array(expectedDifferenceSchema).default([]).describe("Declared differences, each with an owner, a reason and an expiry date.")
}).describe(
  "Environment parity (pilot-gate parity): facets, extra keys, one-way rules, expected differences."
);

// core/gates/readiness/config.ts
import { z as z15 } from "zod";
var CRITERIA = [
  "smoke-green",
  "success-rate",
  "core-flows",
  "auth-regressions",
  "parity",
  "p0-incidents",
  "tenant-isolation",
  "required-checks",
  "branch-protection",
  "milestones",
  "pilot-manifest"
];
var MAX_EVIDENCE_KEYS = 10;
function isRepositoryPath(path) {
  return path !== "" && !path.includes("\\") && !path.includes("\0") && path.split("/").every((part) => part !== "" && part !== "." && part !== "..");
}
var LEVELS = ["blocking", "waivable", "advisory", "off"], labels = (fallback, what) => z15.array(z15.string().min(1)).default(fallback).describe(`Issue labels that mark ${what}.`), level = z15.enum(LEVELS), readinessConfigSchema = z15.strictObject({
  manifest: z15.string().min(1).default("pilot.yml").describe("Path of the pilot manifest, relative to the repository root."),
  required_checks: z15.array(z15.string().min(1)).default(["required-check"]).describe("Check runs that must have succeeded on the exact commit."),
  protected_branches: z15.array(z15.string().min(1)).default(["main", "develop"]).describe(
    "Branches whose protection must be Applied (the playbook protects main and develop)."
  ),
  incident_labels: z15.strictObject({
    p0: labels(["P0"], "a P0 incident"),
    tenant_isolation: labels(["tenant-isolation"], "a tenant isolation incident"),
    core_flow: labels(["core-flow-blocker"], "a blocked core flow"),
    auth: labels(["auth-regression"], "an auth regression")
  }).prefault({}).describe("Open issues with any of these labels count as incidents."),
  smoke_tags: z15.strictObject({
    core_flow: z15.string().min(1).default("core-flow").describe("Tag of smoke scenarios that cover a core flow."),
    auth: z15.string().min(1).default("auth").describe("Tag of smoke scenarios that cover authentication."),
    tenant_isolation: z15.string().min(1).default("tenant-isolation").describe("Tag of smoke scenarios that check one tenant cannot see another's data.")
  }).prefault({}).describe(
    "Tags of failed smoke scenarios that count as blocked core flows or auth regressions."
  ),
  milestones: z15.array(
    z15.union([
      z15.string().min(1),
      z15.strictObject({
        file: z15.string().min(1),
        section: z15.string().min(1).optional()
      })
    ])
  ).default([]).describe(
    "Milestone and sign-off documents, each a path or {file, section}: every checklist item (- [ ]) must be ticked and every row of a table with a Status column done, its Evidence paths present in the checkout; with a section, only under the headings of that name (all of them, e.g. Exit criteria of each phase). None listed: the criterion is not checked and keeps GO from being reached unless readiness.criteria.milestones is advisory or off."
  ),
  thresholds: z15.strictObject({
    success_rate: z15.number().min(0).max(1).default(0.95).describe("Lowest smoke success rate (passed / executed)."),
    max_p0_incidents: z15.int().min(0).default(0).describe("Most open P0 incidents allowed."),
    max_core_flow_blockers: z15.int().min(0).default(0).describe("Most blocked core flows allowed."),
    max_auth_regressions: z15.int().min(0).default(0).describe("Most auth regressions allowed."),
    max_tenant_isolation_incidents: z15.int().min(0).default(0).describe("Most open tenant isolation incidents allowed."),
    min_clients: z15.int().min(0).default(3).describe("Fewest active pilot clients."),
    max_clients: z15.int().min(1).default(5).describe("Most active pilot clients."),
    min_window_hours: z15.number().min(0).default(48).describe("Shortest observation window, in hours.")
  }).prefault({}).describe("Thresholds of the criteria."),
  criteria: z15.partialRecord(z15.enum(CRITERIA), level).default({}).describe(
    "Level of each criterion: `blocking` (the default), `waivable` (a current waiver lifts a failure), `advisory` (reported only) or `off` (not judged). A criterion with no input is not checked, which keeps GO from being reached unless it is `advisory` or `off`."
  ),
  waivers: z15.array(
    z15.strictObject({
      criterion: z15.enum(CRITERIA).describe("The waivable criterion this waiver lifts."),
      by: z15.string().min(1).describe("Who accepted the risk."),
      reason: z15.string().min(1).describe("Why it is acceptable."),
      until: z15.iso.date().describe("Last day the waiver applies (YYYY-MM-DD, UTC).")
    })
  ).default([]).describe("Accepted failures of waivable criteria; expired waivers no longer apply."),
  evidence_keys: z15.array(
    z15.string().refine(
      isRepositoryPath,
      "a path in the repository, e.g. .github/pilot-gate/evidence.pub.pem (relative, no . or .. parts)"
    )
  ).max(MAX_EVIDENCE_KEYS).default([]).describe(
    "Ed25519 public keys the GitHub App trusts: paths of PEM files on the default branch, as `pilot-gate evidence verify --key` takes them. The App posts a readiness report pushed to the `pilot-evidence` branch as the `pilot-gate/readiness` check only when its evidence pack is signed by one of them and verifies; with none, that check fails."
  )
}).prefault({}).describe("The go/no-go of `pilot-gate readiness`.");

// core/protection/config.ts
import { z as z16 } from "zod";
var PROTECTION_MODES = ["classic", "rulesets"], DRIFT_POLICIES = ["enforce", "report"], checkName = z16.string().trim().min(1).max(255), requiredCheckInput = z16.union([
  checkName.describe("A check name; any app may report it."),
  z16.strictObject({
    context: checkName.describe("The check's name, as it appears on a commit."),
    app_id: z16.number().int().describe(
      "The id of the GitHub App that must report it, e.g. 15368 for GitHub Actions; -1 allows any app."
    ).optional()
  }).describe("A check pinned to the app that must report it.")
]), protectionConfigSchema = z16.strictObject({
  mode: z16.enum(PROTECTION_MODES).default("classic").describe(
    "How sync writes protection: `classic` branch protection (one PUT per branch) or `rulesets` (one ruleset named pilot-gate for all branches). Reading understands both."
  ),
  drift: z16.enum(DRIFT_POLICIES).default("enforce").describe(
    "What the App does when protection is changed by hand: `enforce` re-applies it and records who changed what in the pilot-gate/protection check; `report` leaves it and keeps one open issue listing the drift, closed once it is fixed. Installing the App and changing this config apply protection either way."
  ),
  branches: z16.array(z16.string().trim().min(1)).min(1).default(["main", "develop"]).describe("Branches to protect, by exact name."),
  app_id: z16.number().int().positive().optional().describe(
    "This App's id, which required-check is pinned to (a workflow posting a check with the same name cannot satisfy it). The App knows it; the CLI needs it here, in --app-id or in APP_ID."
  ),
  required_checks: z16.array(requiredCheckInput).default([]).describe("The team's CI checks, required besides the App's own check (check.name)."),
  strict: z16.boolean().default(!0).describe("Require branches to be up to date with the base before merging."),
  required_approving_reviews: z16.number().int().min(0).max(6).default(1).describe("Approving reviews a PR needs (0-6)."),
  dismiss_stale_reviews: z16.boolean().default(!0).describe("Dismiss approvals when new commits are pushed."),
  require_code_owner_reviews: z16.boolean().default(!1).describe("Require a review from a code owner of the changed files."),
  enforce_admins: z16.boolean().default(!0).describe("Apply the rules to administrators too (no bypass)."),
  block_force_pushes: z16.boolean().default(!0).describe("Forbid force pushes."),
  block_deletions: z16.boolean().default(!0).describe("Forbid deleting the branch."),
  require_linear_history: z16.boolean().default(!1).describe("Forbid merge commits (the repository must allow squash or rebase merging)."),
  require_conversation_resolution: z16.boolean().default(!1).describe("Require every review conversation to be resolved before merging.")
}).describe("Branch protection as code: what `pilot-gate protection plan|sync` checks and writes.");

// core/config/schema.ts
var CONFIG_PATH = ".github/pilot-gate.yml", configSchema = z17.strictObject({
  _extends: z17.string().min(1).optional().describe(
    "Inherit settings from another config, read from its repository's default branch: `repo` or `owner/repo` (that repository's `.github/pilot-gate.yml`), or `owner/repo:path/to/file.yml`. This file's settings win; mappings merge key by key, lists are replaced whole. Followed by the App and the pull-request Action; the CLI reads this file alone."
  ),
  ids: z17.strictObject({
    pattern: regexSource.default(DEFAULT_ID_PATTERN).describe(
      "Regex (no anchors) for story and incident ids such as S-PC-01, RB-M06-001, INC-42."
    )
  }).prefault({}).describe("What a story or incident id looks like."),
  sections: sectionsSchema,
  roles: rolesSchema,
  check: z17.strictObject({
    name: z17.string().min(1).max(100).default("required-check").describe("Name of the check run branch protection requires."),
    drafts: z17.enum(["report", "enforce", "skip", "neutral"]).default("report").transform((value) => value === "neutral" ? "report" : value).describe(
      "Draft PRs: `report` posts the real verdict (titled `Draft:`) without adding the NO_MERGE label, `enforce` treats them like any PR, `skip` posts nothing. `neutral`, from older configs, means `report`: a draft's check is never neutral, since GitHub counts neutral as passing."
    ),
    dry_run: z17.boolean().default(!1).describe(
      "Log the planned check runs and label changes instead of making them (also DRY_RUN=true)."
    )
  }).prefault({}).describe("The check run the App and the Action post."),
  overrides: z17.strictObject({
    permission: z17.enum(["write", "maintain", "admin"]).default("maintain").describe(
      "Lowest repository permission that may override a rule with `/pilot-gate override`."
    ),
    roles: z17.array(roleName).default([]).describe("Roles whose holders may override whatever their permission."),
    carry_over: z17.boolean().default(!1).describe(
      "Keep overrides after a new push. Off: an override covers only the commit it was made on. On: it keeps covering the same findings (by fingerprint) on later commits, never new ones."
    ),
    not_by_author: z17.array(
      z17.enum([
        branchName.id,
        prChecklist.id,
        residualRisks.id,
        noMergeLabel.id,
        governanceFiles.id,
        incidentFreeze.id,
        wipLimit.id
      ])
    ).default([governanceFiles.id]).describe(
      "Rules a PR's author may not override on their own PR, whatever their permission (separation of duties): by default `governance-files`, so changing ownership or thresholds always takes a second person."
    )
  }).prefault({}).describe("Who may accept a blocking finding with a comment, leaving a receipt."),
  rules: z17.strictObject({
    [branchName.id]: branchName.options.prefault({}).describe(branchName.description),
    [prChecklist.id]: prChecklist.options.prefault({}).describe(prChecklist.description),
    [residualRisks.id]: residualRisks.options.prefault({}).describe(residualRisks.description),
    [noMergeLabel.id]: noMergeLabel.options.prefault({}).describe(noMergeLabel.description),
    [governanceFiles.id]: governanceFiles.options.prefault({}).describe(governanceFiles.description),
    [incidentFreeze.id]: incidentFreeze.options.prefault({}).describe(incidentFreeze.description),
    [wipLimit.id]: wipLimit.options.prefault({}).describe(wipLimit.description)
  }).prefault({}).describe("Per-rule options, keyed by rule id."),
  parity: parityConfigSchema.prefault({}),
  readiness: readinessConfigSchema,
  protection: protectionConfigSchema.prefault({}),
  incidents: incidentsConfigSchema.prefault({})
}).describe("pilot-gate configuration (.github/pilot-gate.yml).");
function defaultConfig() {
  return configSchema.parse({});
}

// core/config/load.ts
function parseConfig(text, file = CONFIG_PATH) {
  let result = parseYamlAs(text, configSchema, {
    rootDescription: "a mapping of keys (ids, sections, rules, ...)",
    limit: CONFIG_LIMIT
  });
  if (result.ok) return result.data;
  throw new ConfigError(file, renameRuleIssues(result.issues), result.unlisted);
}
function renameRuleIssues(issues) {
  return issues.map(
    (issue) => issue.path.startsWith("rules.") && issue.path.split(".").length === 2 ? { ...issue, message: issue.message.replace(/^unknown key/, "unknown rule") } : issue
  );
}

// core/config/compose.ts
var EXTENDS_FORMAT = "`_extends` names the config to inherit, as text: `repo` or `owner/repo` (that repository's .github/pilot-gate.yml) or `owner/repo:path/to/file.yml`; remove it to inherit nothing";
function configFileName(owner, repo, path) {
  return `${owner}/${repo}:${path}`;
}
function readConfigLayer(name, text, localPath2) {
  let localPaths = localPath2 !== void 0 ? { [name]: localPath2 } : {}, read = readYamlMapping(text, {
    rootDescription: "a mapping of keys (ids, sections, rules, ...)",
    limit: CONFIG_LIMIT,
    file: name
  });
  if (!read.ok) throw new ConfigError(name, read.issues, read.unlisted, localPaths);
  let { layer } = read, value = layer.data._extends;
  if (value === void 0) return { name, localPath: localPath2, extends: void 0, yaml: layer };
  let position = extendsPosition(layer);
  if (typeof value != "string" || value.trim() === "")
    throw new ConfigError(
      name,
      [
        {
          path: "_extends",
          message: EXTENDS_FORMAT,
          ...position ? { position } : {}
        }
      ],
      0,
      localPaths
    );
  return { name, localPath: localPath2, extends: { value, position }, yaml: layer };
}
function composeConfig(layers) {
  let [first] = layers;
  if (!first) return defaultConfig();
  let data = layers.map((layer) => withoutExtends(layer.yaml.data)), merged = data.length === 1 ? data[0] : merge2.all([...data].reverse(), { arrayMerge: (_inherited, own) => own }), result = validateLayers(
    merged,
    configSchema,
    layers.map((layer) => layer.yaml)
  );
  if (result.ok) return withLocalGovernance(result.data, layers);
  let issues = renameRuleIssues(result.issues);
  throw new ConfigError(
    issues[0]?.file ?? first.name,
    issues,
    result.unlisted,
    localPathsOf(layers)
  );
}
function extendsError(layers, layer, message) {
  let issue = {
    path: "_extends",
    message,
    ...layer.extends?.position ? { position: layer.extends.position } : {}
  };
  return new ConfigError(layer.name, [issue], 0, localPathsOf(layers));
}
function localPathsOf(layers) {
  return Object.fromEntries(
    layers.flatMap(
      (layer) => layer.localPath !== void 0 ? [[layer.name, layer.localPath]] : []
    )
  );
}
function withLocalGovernance(config, layers) {
  let rule = config.rules["governance-files"];
  if (rule.paths.length === 0) return config;
  let added = layers.flatMap(
    (layer) => layer.localPath !== void 0 && !rule.paths.includes(layer.localPath) ? [layer.localPath] : []
  );
  return added.length > 0 && (rule.paths = [...rule.paths, ...added]), config;
}
function withoutExtends(data) {
  let { _extends: _followed, ...rest } = data;
  return rest;
}
function extendsPosition(layer) {
  let node = layer.doc.get("_extends", !0);
  return node?.range ? layer.at(node.range[0]) : void 0;
}

// core/evidence/digest.ts
import { createHash } from "node:crypto";
import canonicalize from "canonicalize";
function canonicalJson(value) {
  let text = canonicalize(value);
  if (text === void 0) throw new TypeError("only JSON values have a canonical form");
  return text;
}
function digestOf(value) {
  return `sha256:${sha256Hex(canonicalJson(value))}`;
}
function sha256Hex(data) {
  return createHash("sha256").update(data).digest("hex");
}

// core/evidence/dsse.ts
import { createHash as createHash2, createPublicKey, sign, verify } from "node:crypto";

// core/evidence/schema.ts
import { z as z18 } from "zod";
var EVIDENCE_SCOPES = ["story", "wave", "release", "pilot"], MANIFEST_FILE = "manifest.json", STATEMENT_FILE = "statement.json", ENVELOPE_FILE = "statement.dsse.json", PACK_META_FILES = [MANIFEST_FILE, STATEMENT_FILE, ENVELOPE_FILE], IN_TOTO_STATEMENT_TYPE = "https://in-toto.io/Statement/v1", PREDICATE_TYPE = "https://pilot-gate.dev/evidence/v1", DSSE_PAYLOAD_TYPE = "application/vnd.in-toto+json", HEX64 = /^[0-9a-f]{64}$/, COMMIT_PATTERN = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/, PACK_ID_PATTERN = /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/;
function isSafePackPath(path) {
  return path === "" || path.startsWith("/") || path.includes("\\") || path.includes("\0") || path.split("/").some((s) => s === "" || s === "." || s === "..") ? !1 : !PACK_META_FILES.includes(path);
}
function listedOnce(nameOf) {
  return (items, ctx) => {
    let seen = /* @__PURE__ */ new Set();
    for (let [index, item] of items.entries()) {
      let name = nameOf(item);
      seen.has(name) && ctx.addIssue({ code: "custom", path: [index], message: `${name} is listed twice` }), seen.add(name);
    }
  };
}
var sha256Hex2 = z18.string().regex(HEX64, "a sha256 digest: 64 lower-case hex digits"), digestString = z18.string().regex(/^sha256:[0-9a-f]{64}$/, "a digest written sha256:<64 hex>").describe("`sha256:` and the hex SHA-256 of the RFC 8785 canonical JSON."), fileEntrySchema = z18.strictObject({
  path: z18.string().refine(isSafePackPath, "a relative path inside the pack, without . or .. segments").describe("Path inside the pack folder, `/`-separated."),
  sha256: sha256Hex2,
  size: z18.number().int().min(0).describe("Size in bytes."),
  mediaType: z18.string().min(1).describe("IANA media type, guessed from the extension.")
}).describe("One file of the pack."), previousSchema = z18.strictObject({
  id: z18.string().regex(PACK_ID_PATTERN).describe("The previous pack's id in the same scope."),
  digest: digestString.describe("Digest of the previous pack's manifest.json (RFC 8785).")
}).describe("The link of the hash chain: the pack made before this one in the same scope."), manifestSchema = z18.strictObject({
  version: z18.literal(1).describe("Format version; changes only when a field changes meaning."),
  scope: z18.enum(EVIDENCE_SCOPES),
  id: z18.string().regex(PACK_ID_PATTERN),
  commit: z18.string().regex(COMMIT_PATTERN).describe("The commit the evidence is about."),
  createdAt: z18.iso.datetime({ offset: !0 }).describe("When the pack was made (ISO 8601); orders the chain."),
  files: z18.array(fileEntrySchema).superRefine(listedOnce((file) => file.path)).describe("Every input file, sorted by path, each once."),
  previous: previousSchema.nullable().describe("null for the first pack of its scope (the chain's start)."),
  signed: z18.boolean().describe("Whether statement.dsse.json was written with signatures."),
  keyids: z18.array(sha256Hex2).describe(
    "Fingerprints (sha256 of the SPKI DER) of the keys that signed; empty if unsigned."
  )
}).describe("pilot-gate evidence pack manifest"), gateResultSchema = z18.strictObject({
  gate: z18.string().describe("The report's `gate` or `kind`, e.g. smoke, parity, readiness."),
  status: z18.string().describe("The report's `status` or `verdict`, e.g. pass, drift, GO."),
  path: z18.string().describe("The report's path in the pack.")
}).describe("One gate report packed as evidence."), subjectSchema = z18.strictObject({
  name: z18.string(),
  digest: z18.record(z18.string(), z18.string())
}), predicateSchema = z18.strictObject({
  scope: z18.enum(EVIDENCE_SCOPES),
  id: z18.string(),
  createdAt: z18.string(),
  manifest: z18.strictObject({ digest: digestString }).describe("Binds the statement (and so the signature) to manifest.json and its chain link."),
  previous: previousSchema.nullable(),
  gates: z18.array(gateResultSchema).describe("The gate results, from the packed reports."),
  config: z18.strictObject({ digest: digestString }).nullable().describe("Digest of the effective pilot-gate config (RFC 8785), when one was given.")
}), statementSchema = z18.strictObject({
  _type: z18.literal(IN_TOTO_STATEMENT_TYPE),
  subject: z18.array(subjectSchema).min(1).superRefine(listedOnce((subject) => subject.name)).describe("The commit (digest gitCommit), then every file (digest sha256), by path."),
  predicateType: z18.literal(PREDICATE_TYPE),
  predicate: predicateSchema
}).describe("pilot-gate evidence statement (in-toto Statement v1)"), envelopeSchema = z18.strictObject({
  payloadType: z18.literal(DSSE_PAYLOAD_TYPE),
  payload: z18.string().describe("The statement's bytes, base64."),
  signatures: z18.array(
    z18.strictObject({
      keyid: z18.string().describe("sha256 of the signer's SPKI DER public key, hex."),
      sig: z18.string().describe("Ed25519 signature over the DSSE PAE, base64.")
    })
  ).min(1)
}).describe("pilot-gate evidence DSSE envelope"), FINDING_KINDS = [
  "missing",
  "extra",
  "tampered",
  "truncated",
  "manifest-invalid",
  "statement-invalid",
  "statement-mismatch",
  "envelope-invalid",
  "bad-signature",
  "wrong-key",
  "unsigned",
  "signature-unverified",
  "broken-chain",
  "misplaced",
  "invalid-name"
], findingSchema = z18.strictObject({
  kind: z18.enum(FINDING_KINDS),
  severity: z18.enum(["error", "warning"]).describe("error fails verification; warning is reported and passes."),
  pack: z18.string().describe("The pack the finding is in, as scope/id or the folder given."),
  path: z18.string().optional().describe("The file concerned, relative to the pack."),
  message: z18.string()
}), verifyReportSchema = z18.strictObject({
  version: z18.literal(1),
  kind: z18.literal("evidence-verify"),
  status: z18.enum(["pass", "fail"]).describe("pass: no error finding (warnings allowed); fail otherwise."),
  pack: z18.string(),
  manifestDigest: digestString.optional().describe("Absent when manifest.json is unreadable."),
  signed: z18.boolean(),
  verifiedKeyids: z18.array(z18.string()).describe("Keys whose signature was checked and is valid."),
  chain: z18.array(z18.strictObject({ pack: z18.string(), digest: digestString.optional() })).describe("The packs followed, newest first, down to the first of the scope."),
  findings: z18.array(findingSchema)
}).describe("pilot-gate evidence verification report");

// core/evidence/dsse.ts
function pae(type, body) {
  let typeBytes = Buffer.from(type, "utf8");
  return Buffer.concat([
    Buffer.from(`DSSEv1 ${typeBytes.length} `, "utf8"),
    typeBytes,
    Buffer.from(` ${body.length} `, "utf8"),
    body
  ]);
}
function keyId(key) {
  let der = publicHalf(key).export({ type: "spki", format: "der" });
  return createHash2("sha256").update(der).digest("hex");
}
function publicHalf(key) {
  return key.type === "public" ? key : createPublicKey(key);
}
function assertEd25519(key, what) {
  if (key.asymmetricKeyType !== "ed25519")
    throw new UsageError(
      `${what} is a ${key.asymmetricKeyType ?? key.type} key; evidence is signed with Ed25519 (make one with: openssl genpkey -algorithm ed25519 -out key.pem)`
    );
}
function publicKeyFromPem(pem, what) {
  let key;
  try {
    key = createPublicKey(pem);
  } catch {
    throw new UsageError(
      `${what} is not a PEM public key; export one with: openssl pkey -in key.pem -pubout -out pub.pem`
    );
  }
  return assertEd25519(key, what), key;
}
function checkSignatures(envelope, publicKeys) {
  let byId = new Map(publicKeys.map((key) => [keyId(key), key])), message = pae(envelope.payloadType, Buffer.from(envelope.payload, "base64"));
  return envelope.signatures.map(({ keyid, sig }) => {
    let key = byId.get(keyid);
    if (!key) return { keyid, result: "unknown" };
    let ok = !1;
    try {
      ok = verify(null, message, key, Buffer.from(sig, "base64"));
    } catch {
      ok = !1;
    }
    return { keyid, result: ok ? "valid" : "invalid" };
  });
}

// core/evidence/i-json.ts
import { visit as visit2 } from "jsonc-parser/lib/esm/main.js";
var UTF8 = new TextDecoder("utf-8", { fatal: !0, ignoreBOM: !0 }), FORBIDDEN = /[\p{Cs}\p{Noncharacter_Code_Point}]/u;
function parseIJson(input) {
  let text;
  if (typeof input == "string")
    text = input;
  else
    try {
      text = UTF8.decode(input);
    } catch {
      return { ok: !1, error: "is not UTF-8 (I-JSON is UTF-8 only; was it re-encoded?)" };
    }
  let value;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return {
      ok: !1,
      error: `is not valid JSON (truncated or edited?): ${error.message}`
    };
  }
  let problem = firstIJsonProblem(text);
  return problem !== void 0 ? { ok: !1, error: `is not I-JSON (RFC 7493): ${problem}` } : { ok: !0, value };
}
function firstIJsonProblem(text) {
  let open = [], problem, where2 = (path) => path.length === 0 ? "the document" : path.join("."), forbidden = (value) => {
    let code = FORBIDDEN.exec(value)?.[0].codePointAt(0);
    return code === void 0 ? void 0 : `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
  };
  return visit2(
    text,
    {
      onObjectBegin: () => {
        open.push(/* @__PURE__ */ new Set());
      },
      onObjectEnd: () => {
        open.pop();
      },
      onObjectProperty: (name, _offset, _length, _line, _column, path) => {
        if (problem !== void 0) return;
        let names = open.at(-1), bad = forbidden(name);
        bad !== void 0 ? problem = `a key in ${where2(path())} holds ${bad}, which I-JSON forbids` : names?.has(name) && (problem = `the key ${JSON.stringify(name)} appears twice in ${where2(path())}, so readers may disagree on its value`), names?.add(name);
      },
      onLiteralValue: (value, _offset, _length, _line, _column, path) => {
        if (problem !== void 0 || typeof value != "string") return;
        let bad = forbidden(value);
        bad !== void 0 && (problem = `${where2(path())} holds ${bad}, which I-JSON forbids`);
      }
    },
    { disallowComments: !0, allowTrailingComma: !1 }
  ), problem;
}

// core/evidence/json-schema.ts
import { z as z19 } from "zod";
var SCHEMAS = {
  "schemas/evidence-manifest.schema.json": [manifestSchema, "pilot-gate evidence pack manifest"],
  "schemas/evidence-statement.schema.json": [
    statementSchema,
    "pilot-gate evidence statement (in-toto Statement v1)"
  ],
  "schemas/evidence-envelope.schema.json": [envelopeSchema, "pilot-gate evidence DSSE envelope"],
  "schemas/evidence-verify-report.schema.json": [
    verifyReportSchema,
    "pilot-gate evidence verification report"
  ]
}, EVIDENCE_SCHEMA_FILES = Object.keys(SCHEMAS);

// core/evidence/statement.ts
function subjectsOf(manifest) {
  return [
    { name: `git+commit:${manifest.commit}`, digest: { gitCommit: manifest.commit } },
    ...manifest.files.map((file) => ({ name: file.path, digest: { sha256: file.sha256 } }))
  ];
}

// core/evidence/verify.ts
function verifyPack(contents, options4) {
  let findings = [], add = (kind, message, path, severity) => findings.push({
    kind,
    severity: severity ?? "error",
    pack: contents.label,
    ...path !== void 0 ? { path } : {},
    message
  }), result = {
    findings,
    manifest: void 0,
    manifestDigest: void 0,
    signed: !1,
    verifiedKeyids: []
  };
  if (contents.manifest === void 0)
    return add("missing", `${MANIFEST_FILE} is missing, so no file can be checked`, MANIFEST_FILE), result;
  let manifest = parseJson(contents.manifest, manifestSchema);
  if (!manifest.ok)
    return add("manifest-invalid", `${MANIFEST_FILE} ${manifest.error}`, MANIFEST_FILE), result;
  result.manifest = manifest.value, result.manifestDigest = digestOf(manifest.value), result.signed = manifest.value.signed, checkPlace(manifest.value, contents.folder, add), checkFiles(manifest.value, contents.files, add);
  for (let name of contents.invalidNames ?? []) {
    let shown = escapedPath(name);
    add(
      "invalid-name",
      `${shown} is in the pack, but its name is not UTF-8, so no manifest can list it (renamed or added after packing?)`,
      shown
    );
  }
  let statement = checkStatement(manifest.value, result.manifestDigest, contents.statement, add);
  return checkEnvelope(manifest.value, statement, contents.envelope, options4, add, result), result;
}
function checkPlace(manifest, folder, add) {
  let segments = folder.split("/").filter((segment) => segment !== ""), [scope, id] = segments.slice(-2);
  if (segments.length >= 2 && scope === manifest.scope && id === manifest.id) return;
  let shown = folder === "" ? "the root" : `the folder ${folder}`;
  add(
    "misplaced",
    `${shown} holds pack ${manifest.scope}/${manifest.id} (its manifest's scope and id), but a pack lives in evidence/<scope>/<id>/: it was copied or moved here, so it is not this folder's evidence. Restore the folder from git.`,
    MANIFEST_FILE
  );
}
function escapedPath(bytes3) {
  let out = "";
  for (let byte of bytes3)
    byte === 92 ? out += "\\\\" : byte >= 32 && byte < 127 ? out += String.fromCharCode(byte) : out += `\\x${byte.toString(16).padStart(2, "0")}`;
  return out;
}
function checkFiles(manifest, actual, add) {
  let listed = /* @__PURE__ */ new Set();
  for (let file of manifest.files) {
    listed.add(file.path);
    let found = actual.get(file.path);
    found ? found.sha256 !== file.sha256 && found.size < file.size ? add(
      "truncated",
      `${file.path} is truncated: ${found.size} of ${file.size} bytes, and its sha256 differs`,
      file.path
    ) : (found.sha256 !== file.sha256 || found.size !== file.size) && add(
      "tampered",
      `${file.path} was modified: sha256 ${found.sha256.slice(0, 12)}… (${found.size} bytes), the manifest recorded ${file.sha256.slice(0, 12)}… (${file.size} bytes)`,
      file.path
    ) : add("missing", `${file.path} is listed in the manifest but not in the pack`, file.path);
  }
  for (let path of [...actual.keys()].sort())
    listed.has(path) || add("extra", `${path} is in the pack but not in the manifest (added after packing?)`, path);
}
function checkStatement(manifest, manifestDigest, text, add) {
  if (text === void 0) {
    add("missing", `${STATEMENT_FILE} is missing`, STATEMENT_FILE);
    return;
  }
  let parsed = parseJson(text, statementSchema);
  if (!parsed.ok) {
    add("statement-invalid", `${STATEMENT_FILE} ${parsed.error}`, STATEMENT_FILE);
    return;
  }
  let statement = parsed.value, expected = new Map(subjectsOf(manifest).map((s) => [s.name, canonicalJson(s.digest)])), seen = /* @__PURE__ */ new Set();
  for (let subject of statement.subject) {
    seen.add(subject.name);
    let want = expected.get(subject.name);
    want === void 0 ? add(
      "statement-mismatch",
      `${STATEMENT_FILE} has a subject ${subject.name} that the manifest does not list`,
      STATEMENT_FILE
    ) : want !== canonicalJson(subject.digest) && add(
      "statement-mismatch",
      `${STATEMENT_FILE} gives subject ${subject.name} a different digest from the manifest`,
      STATEMENT_FILE
    );
  }
  for (let name of expected.keys())
    seen.has(name) || add(
      "statement-mismatch",
      `${STATEMENT_FILE} has no subject for ${name}, which the manifest lists`,
      STATEMENT_FILE
    );
  let predicate = statement.predicate;
  return predicate.manifest.digest !== manifestDigest && add(
    "statement-mismatch",
    `${STATEMENT_FILE} names manifest ${predicate.manifest.digest}, but ${MANIFEST_FILE} hashes to ${manifestDigest} (one of them was edited)`,
    STATEMENT_FILE
  ), predicate.scope === manifest.scope && predicate.id === manifest.id && predicate.createdAt === manifest.createdAt && canonicalJson(predicate.previous) === canonicalJson(manifest.previous) || add(
    "statement-mismatch",
    `${STATEMENT_FILE} disagrees with ${MANIFEST_FILE} on scope, id, createdAt or previous`,
    STATEMENT_FILE
  ), statement;
}
function checkEnvelope(manifest, statement, text, options4, add, result) {
  let unsignedSeverity = options4.requireSignature || options4.keys.length > 0 ? void 0 : "warning";
  if (text === void 0) {
    manifest.signed ? add(
      "missing",
      `${ENVELOPE_FILE} is missing, but the manifest says the pack was signed by ${manifest.keyids.join(", ")}`,
      ENVELOPE_FILE
    ) : add(
      "unsigned",
      options4.requireSignature ? "the pack is unsigned, and a signature is required" : options4.keys.length > 0 ? "the pack is unsigned, and a signature by one of the given keys is required" : "the pack is unsigned: its files match the manifest, but nothing proves who made it",
      void 0,
      unsignedSeverity
    );
    return;
  }
  let parsed = parseJson(text, envelopeSchema);
  if (!parsed.ok) {
    add("envelope-invalid", `${ENVELOPE_FILE} ${parsed.error}`, ENVELOPE_FILE);
    return;
  }
  let envelope = parsed.value;
  result.signed = !0;
  let signedBy = [...new Set(envelope.signatures.map((s) => s.keyid))].sort();
  canonicalJson(signedBy) !== canonicalJson(manifest.keyids) && add(
    "envelope-invalid",
    `${ENVELOPE_FILE} is signed by ${signedBy.join(", ") || "no key"}, but the manifest lists ${manifest.keyids.join(", ") || "no key"} (a signature was added, removed or swapped)`,
    ENVELOPE_FILE
  );
  let payload = parseIJson(Buffer.from(envelope.payload, "base64"));
  payload.ok ? statement && canonicalJson(payload.value) !== canonicalJson(statement) && add(
    "statement-mismatch",
    `${STATEMENT_FILE} is not the statement that was signed (the envelope's payload differs)`,
    STATEMENT_FILE
  ) : add("envelope-invalid", `${ENVELOPE_FILE}'s payload ${payload.error}`, ENVELOPE_FILE);
  let checks = checkSignatures(envelope, options4.keys);
  for (let check of checks)
    check.result === "valid" && result.verifiedKeyids.push(check.keyid), check.result === "invalid" && add(
      "bad-signature",
      `the signature by key ${check.keyid} does not match the signed statement (the payload or the signature was altered)`,
      ENVELOPE_FILE
    );
  options4.keys.length === 0 ? add(
    "signature-unverified",
    `signed by ${signedBy.join(", ")}, but no --key was given, so the signature was not checked`,
    ENVELOPE_FILE,
    unsignedSeverity
  ) : checks.some((check) => check.result !== "unknown") || add(
    "wrong-key",
    `no signature by the given key${options4.keys.length === 1 ? "" : "s"}; the pack is signed by ${signedBy.join(", ")}`,
    ENVELOPE_FILE
  );
}
function parseJson(bytes3, schema) {
  let json = parseIJson(bytes3);
  if (!json.ok) return json;
  let parsed = schema.safeParse(json.value);
  if (parsed.success) return { ok: !0, value: parsed.data };
  let issue = parsed.error.issues[0], where2 = issue?.path.length ? issue.path.join(".") : "the document", more = parsed.error.issues.length > 1 ? ` (and ${parsed.error.issues.length - 1} more)` : "";
  return { ok: !1, error: `is not valid: ${where2}: ${issue?.message ?? "invalid"}${more}` };
}

// core/gates/parity/environment.ts
import { z as z20 } from "zod";
var flagValue = z20.union([z20.boolean(), z20.string(), z20.number()], {
  error: "a flag is true/false, a variant string or a number"
}), digest = (what) => z20.string().min(1).optional().describe(`Content digest of the ${what}, e.g. sha256:9f86d0…`), atLeastOne = (what, first) => ({
  message: `describe the ${what} with at least one of ${first} and digest, or leave the key out`
}), policyBundleSchema = z20.strictObject({
  revision: z20.union([z20.string(), z20.number()]).optional().describe("The policy bundle's revision, e.g. r42 or a git sha."),
  digest: digest("policy bundle")
}).refine(
  (value) => value.revision !== void 0 || value.digest !== void 0,
  atLeastOne("policy bundle", "revision")
).describe("The policy bundle deployed: revision and/or digest."), openapiSchema = z20.strictObject({
  version: z20.union([z20.string(), z20.number()]).optional().describe("The OpenAPI description's `info.version`, e.g. 3.1.4."),
  digest: digest("OpenAPI description")
}).refine(
  (value) => value.version !== void 0 || value.digest !== void 0,
  atLeastOne("OpenAPI description", "version")
).describe("The API served: OpenAPI version and/or content digest."), environmentSchema = z20.strictObject({
  name: z20.string().min(1).regex(/^[^\s]+$/, { message: "use a name without spaces, e.g. production or staging-eu" }).describe("The environment's name, used in reports and in parity rules (e.g. production)."),
  feature_flags: z20.record(z20.string(), flagValue).optional().describe("Feature flags by name: true/false, or a variant string or number."),
  policy_bundle: policyBundleSchema.optional(),
  openapi: openapiSchema.optional(),
  values: z20.record(z20.string(), z20.unknown()).optional().describe(
    "Any other settings, nested or with dotted keys (`db.pool_size: 20`); `parity.keys` says which are compared."
  )
}).describe("An environment description compared by pilot-gate parity.");

// core/gates/parity/report.ts
import { z as z21 } from "zod";
var PARITY_STATUSES = ["match", "drift", "expected", "not_checked", "error"], status = z21.enum(PARITY_STATUSES), counts = z21.strictObject({
  match: z21.number().int().min(0),
  drift: z21.number().int().min(0),
  expected: z21.number().int().min(0),
  not_checked: z21.number().int().min(0),
  error: z21.number().int().min(0)
}).describe("How many keys had each status."), checkSchema = z21.strictObject({
  key: z21.string().describe(
    "Flag name, `revision`/`version`/`digest`, a `parity.keys` path, or `*` for the whole facet."
  ),
  status,
  reference: z21.unknown().optional().describe("The reference environment's value; absent when it has none."),
  target: z21.unknown().optional().describe("The compared environment's value; absent when it has none."),
  message: z21.string().describe("What was found, in a sentence."),
  resolve: z21.string().optional().describe("For a drift or an error: how to resolve it."),
  rule: z21.strictObject({ kind: z21.literal("one_way"), when: z21.string(), requires: z21.string() }).optional().describe("The one-way rule this key was judged by, instead of equality."),
  expected: z21.strictObject({
    owner: z21.string(),
    reason: z21.string(),
    expires: z21.string(),
    expired: z21.boolean()
  }).optional().describe("The declared difference that covers this key (an expired one leaves it drift).")
}).describe("One key of one facet, compared between two environments."), facetSchema = z21.strictObject({
  facet: z21.enum(FACETS),
  status: status.describe(
    "The facet's worst key status (error, drift, expected, match, not_checked), or not_checked with why."
  ),
  why: z21.string().optional().describe("Why the facet as a whole was not checked or is in error."),
  checks: z21.array(checkSchema)
}), pairSchema = z21.strictObject({
  reference: z21.string().describe("Name of the reference environment (the first file)."),
  target: z21.string().describe("Name of the environment compared with it."),
  status: z21.enum(["pass", "drift", "error"]),
  counts,
  facets: z21.array(facetSchema)
}), parityReportSchema = z21.strictObject({
  version: z21.literal(1).describe("Format version; changes only when a field changes meaning."),
  gate: z21.literal("parity"),
  status: z21.enum(["pass", "drift", "error"]).describe(
    "pass: every compared key matches or is an unexpired declared difference; drift: at least one drift; error: an input could not be read (fail closed)."
  ),
  today: z21.string().describe("The date (YYYY-MM-DD) expiry dates were compared with."),
  reference: z21.string().optional().describe("Name of the reference environment, when it could be read."),
  environments: z21.array(
    z21.strictObject({
      file: z21.string(),
      name: z21.string().optional().describe("Absent when the file could not be read.")
    })
  ).describe("The environment files, in the order given; the first is the reference."),
  counts,
  pairs: z21.array(pairSchema),
  errors: z21.array(
    z21.strictObject({
      file: z21.string(),
      message: z21.string().describe("`file:line:column path: problem` lines.")
    })
  ).describe("Inputs that could not be read; any makes the status error.")
}).describe("pilot-gate parity report");

// core/gates/pilot/manifest.ts
import { z as z22 } from "zod";
var CLIENT_STATUSES = ["suggested", "review_contact", "review_profile"], contact = z22.string().nullable().default(null).describe("Name and email, e.g. `Ada Lovelace <ada@client.example>`; empty until known."), DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/, pilotManifestSchema = z22.strictObject({
  name: z22.string().min(1).describe("The pilot's name, as given to `pilot-gate pilot start --name`."),
  window: z22.strictObject({
    start: z22.string().regex(DATE, "expected a date such as 2025-06-02 or 2025-06-02T09:00:00Z").describe("When observation starts: a date or an ISO 8601 date-time."),
    hours: z22.number().positive().describe("How long the pilot is observed, in hours (readiness wants at least 48).")
  }).describe("The observation window."),
  clients: z22.array(
    z22.strictObject({
      name: z22.string().min(1).describe("The client (tenant) taking part."),
      status: z22.enum(CLIENT_STATUSES).describe(
        "`suggested` (in the pilot), `review_contact` or `review_profile` (still under review)."
      ),
      technical_contact: contact,
      business_contact: contact
    })
  ).describe("The pilot's clients: readiness wants 3 to 5, none under review.")
}).describe("pilot-gate pilot manifest (pilot.yml).");

// core/gates/pilot/template.ts
import { stringify } from "yaml";

// core/gates/readiness/views.ts
import { z as z23 } from "zod";
var count3 = z23.number().int().min(0), failure = z23.looseObject({
  name: z23.string().optional(),
  id: z23.string().optional(),
  tags: z23.array(z23.string()).optional(),
  message: z23.string().optional()
}), FAILED_RESULTS = /* @__PURE__ */ new Set(["failed", "errored", "error", "failure"]), smokeViewSchema = z23.looseObject({
  gate: z23.literal("smoke", "this is not a smoke report").optional(),
  status: z23.string().min(1),
  sha: z23.string().optional(),
  counts: z23.looseObject({
    total: count3.optional(),
    executed: count3.optional(),
    passed: count3,
    failed: count3,
    errored: count3.optional(),
    skipped: count3.optional(),
    flaky: count3.optional()
  }),
  failures: z23.array(failure).optional(),
  scenarios: z23.array(
    z23.looseObject({
      name: z23.string(),
      result: z23.string(),
      tags: z23.array(z23.string()).optional(),
      error: z23.string().optional()
    })
  ).optional()
}).transform((report) => ({
  status: report.status,
  sha: report.sha,
  counts: {
    executed: report.counts.executed,
    // A flaky scenario passed on a rerun: it counts as passed, as it does in the smoke gate's status.
    passed: report.counts.passed + (report.counts.flaky ?? 0),
    failed: report.counts.failed + (report.counts.errored ?? 0)
  },
  // The smoke gate lists every scenario with its result; other producers may list failures only.
  failures: report.failures ?? (report.scenarios ?? []).filter((s) => FAILED_RESULTS.has(s.result)).map((s) => ({
    name: s.name,
    tags: s.tags ?? [],
    ...s.error ? { message: s.error } : {}
  }))
})), parityViewSchema = z23.looseObject({
  gate: z23.literal("parity", "this is not a parity report").optional(),
  status: z23.string().min(1),
  sha: z23.string().optional(),
  counts: z23.record(z23.string(), z23.number()).optional(),
  failures: z23.array(failure).optional(),
  pairs: z23.array(
    z23.looseObject({
      target: z23.string().optional(),
      status: z23.string(),
      counts: z23.record(z23.string(), z23.number()).optional()
    })
  ).optional(),
  errors: z23.array(z23.looseObject({ file: z23.string().optional(), message: z23.string() })).optional()
}).transform((report) => ({
  status: report.status,
  sha: report.sha,
  drift: report.counts?.drift,
  failures: report.failures ?? [
    ...(report.pairs ?? []).filter((p) => !isGreen(p.status)).map((p) => ({
      name: `${p.target ?? "(environment)"}: ${p.status}`,
      ...p.counts?.drift ? { message: `${p.counts.drift} key(s) drifted` } : {}
    })),
    ...(report.errors ?? []).map((e) => ({ name: e.file ?? "input", message: e.message }))
  ]
})), PASSING = /* @__PURE__ */ new Set(["pass", "passed", "success", "ok", "green", "match", "go"]);
function isGreen(status2) {
  return PASSING.has(status2.toLowerCase());
}

// core/gates/readiness/milestones.ts
var DONE_WORDS = [
  "done",
  "complete",
  "completed",
  "finished",
  "signed",
  "signed off",
  "approved",
  "accepted",
  "passed",
  "pass",
  "ok",
  "okay",
  "yes",
  "verified",
  "closed",
  "resolved",
  "delivered",
  "ready",
  "green",
  "go",
  "concluido",
  "concluida",
  "feito",
  "feita",
  "assinado",
  "assinada",
  "aprovado",
  "aprovada",
  "aceito",
  "aceita",
  "passou",
  "sim",
  "completo",
  "completa",
  "pronto",
  "pronta",
  "finalizado",
  "finalizada",
  "entregue",
  "verificado",
  "verificada",
  "fechado",
  "fechada",
  "resolvido",
  "resolvida"
], NOT_DONE_WORDS = [
  "pending",
  "open",
  "blocked",
  "failed",
  "fail",
  "failing",
  "todo",
  "to do",
  "no",
  "not",
  "not done",
  "not started",
  "not yet",
  "in progress",
  "wip",
  "waiting",
  "awaiting",
  "missing",
  "rejected",
  "incomplete",
  "partial",
  "partially",
  "draft",
  "on hold",
  "deferred",
  "postponed",
  "overdue",
  "unsigned",
  "nok",
  "no go",
  "tbd",
  "red",
  "amber",
  "yellow",
  "pendente",
  "aberto",
  "aberta",
  "em aberto",
  "bloqueado",
  "bloqueada",
  "falhou",
  "falha",
  "falhado",
  "reprovado",
  "reprovada",
  "rejeitado",
  "rejeitada",
  "nao",
  "nao iniciado",
  "em andamento",
  "em progresso",
  "a fazer",
  "aguardando",
  "faltando",
  "incompleto",
  "incompleta",
  "parcial",
  "rascunho",
  "adiado",
  "adiada",
  "atrasado",
  "atrasada",
  "vermelho",
  "amarelo"
], STATUS_FILLERS = ["by", "on", "at", "in", "em", "por", "pelo", "pela", "de", "do", "da"];
var STATUS_LEXICON = new PhraseLexicon([
  ...DONE_WORDS.map((word) => [word, "done"]),
  ...NOT_DONE_WORDS.map((word) => [word, "not-done"]),
  ...STATUS_FILLERS.map((word) => [word, "filler"])
]), SYMBOL = new RegExp("\\p{Extended_Pictographic}|[\\u2610-\\u2612\\u2713-\\u2718]", "gu");

// core/gates/readiness/render.ts
var ICON = {
  pass: "✅",
  fail: "❌",
  waived: "⚠️",
  not_checked: "❔",
  off: "➖",
  not_evaluated: "➖"
}, MAX_ITEMS = 20;
function where(item) {
  return item.file ? `${item.file}${item.line ? `:${item.line}` : ""}` : "";
}
function itemLines(c, line) {
  let shown = c.evidence.items.slice(0, MAX_ITEMS).map((item) => `  - ${line(item)}`), rest = c.evidence.items.length - shown.length;
  return rest > 0 ? [...shown, `  - …and ${rest} more (see the JSON report)`] : shown;
}
function markdownItem(item) {
  if (item.url) return link(item.text, item.url);
  let at2 = where(item);
  return `${inertText(item.text)}${at2 ? ` (${inertText(at2)})` : ""}`;
}
function renderReadinessMarkdown(report) {
  let byId = new Map(report.criteria.map((c) => [c.id, c])), lines2 = [
    `## ${report.verdict === "GO" ? "✅ GO" : "❌ NO-GO"}: readiness of ${codeSpan(report.sha.slice(0, 12))}`,
    "",
    report.pilot ? `Pilot **${inertText(report.pilot.name)}**, window from ${inertText(report.pilot.window_start)} for ${report.pilot.window_hours} h. Judged ${inertText(report.evaluated_at)}.` : `No pilot manifest. Judged ${inertText(report.evaluated_at)}.`,
    ""
  ];
  if (report.blockers.length > 0) {
    lines2.push(`### Blockers (${report.blockers.length})`, "");
    for (let id of report.blockers) {
      let c = byId.get(id);
      c && (lines2.push(
        `- **${inertText(c.title)}** (${codeSpan(c.id)}, ${c.level}): ${inertText(c.summary)}`,
        ...itemLines(c, markdownItem)
      ), c.fix && lines2.push(`  - Fix: ${inertText(c.fix)}`));
    }
    lines2.push("");
  }
  if (report.warnings.length > 0) {
    lines2.push(`### Advisory (${report.warnings.length})`, "");
    for (let id of report.warnings) {
      let c = byId.get(id);
      c && lines2.push(`- ${inertText(c.title)} (${codeSpan(c.id)}): ${inertText(c.summary)}`);
    }
    lines2.push("");
  }
  lines2.push("| | Criterion | Level | Result |", "| --- | --- | --- | --- |");
  for (let c of report.criteria) {
    let waiver = c.waiver ? ` — waived by ${c.waiver.by} until ${c.waiver.until}: ${c.waiver.reason}` : "";
    lines2.push(
      `| ${ICON[c.status]} | ${tableCell(c.title)} | ${c.level} | ${tableCell(c.summary + waiver)} |`
    );
  }
  return report.notes.length > 0 && lines2.push("", ...report.notes.map((n) => `> ${inertText(n)}`)), `${lines2.join(`
`)}
`;
}
var MARK = {
  pass: "pass",
  fail: "FAIL",
  waived: "waived",
  not_checked: "NOT CHECKED",
  off: "off",
  not_evaluated: "n/a"
}, MARK_WIDTH = Math.max(...Object.values(MARK).map((mark) => mark.length));

// core/gates/readiness/report.ts
import { z as z24 } from "zod";
var evidenceItem = z24.strictObject({
  text: z24.string().describe("One fact, e.g. `#12 Login fails for tenant B (P0)`."),
  url: z24.string().optional().describe("Where to see it on GitHub, when known."),
  file: z24.string().optional(),
  line: z24.int().optional()
}), criterionResultSchema = z24.strictObject({
  id: z24.enum(CRITERIA),
  title: z24.string(),
  level: z24.enum(LEVELS),
  status: z24.enum(["pass", "fail", "waived", "not_checked", "off", "not_evaluated"]).describe(
    "`not_checked`: the criterion had no input (nothing configured, a report not given, GitHub unreadable); it is NO-GO unless the criterion is advisory. `off`: the config turned it off, so it was not judged. `not_evaluated`: what reports before `not_checked` wrote for an advisory criterion with no input."
  ),
  summary: z24.string().describe("One line: what was measured against what."),
  evidence: z24.strictObject({
    values: z24.record(z24.string(), z24.union([z24.number(), z24.string(), z24.boolean(), z24.null()])).describe("The numbers behind the status, e.g. passed, executed, rate, threshold."),
    items: z24.array(evidenceItem).describe("The facts that fail it (or make it pass).")
  }),
  fix: z24.string().optional().describe("What to do to make it pass; set unless it passed."),
  waiver: z24.strictObject({ by: z24.string(), reason: z24.string(), until: z24.string() }).optional().describe("The waiver that lifted the failure.")
}), readinessReportSchema = z24.strictObject({
  version: z24.literal(1),
  kind: z24.literal("readiness"),
  sha: z24.string(),
  verdict: z24.enum(["GO", "NO-GO"]),
  evaluated_at: z24.string().describe("When it was judged (ISO 8601); waivers expire against it."),
  pilot: z24.strictObject({ name: z24.string(), window_start: z24.string(), window_hours: z24.number() }).optional(),
  blockers: z24.array(z24.enum(CRITERIA)).describe(
    "Criteria that make it NO-GO: blocking or waivable ones that failed (waivable with no current waiver) or were not checked."
  ),
  warnings: z24.array(z24.enum(CRITERIA)).describe("Advisory criteria that failed or were not checked."),
  criteria: z24.array(criterionResultSchema),
  notes: z24.array(z24.string()).describe("Things the reader should know, e.g. ignored waivers.")
}).describe("pilot-gate readiness report: GO/NO-GO on one commit.");

// core/gates/smoke/report.ts
import { z as z25 } from "zod";
var SMOKE_REPORT_VERSION = 1, scenarioResultSchema = z25.enum(["passed", "failed", "errored", "skipped", "flaky"]), attemptSchema = z25.object({
  kind: z25.enum(["flakyFailure", "flakyError", "rerunFailure", "rerunError"]).describe("The JUnit element the attempt was reported in."),
  message: z25.string().describe("The attempt's message, or the first line of its stack trace.")
}), scenarioSchema = z25.object({
  name: z25.string().describe("The testcase name as the runner wrote it."),
  suite: z25.string().describe("The innermost <testsuite> name, or a `suite` property on the testcase."),
  suitePath: z25.array(z25.string()).describe("Every enclosing suite name, outermost first (the <testsuites> name included)."),
  classname: z25.string().optional(),
  file: z25.string().describe("The JUnit file the scenario was read from."),
  tags: z25.array(z25.string()).describe(
    "From a `tags` property (comma-separated) on the testcase or a suite, and `[tag]` or `@tag` in the name."
  ),
  result: scenarioResultSchema,
  durationMs: z25.number().nonnegative().optional().describe("From the testcase's `time`, seconds."),
  error: z25.string().optional().describe("For failed, errored and skipped scenarios: the message (clipped)."),
  attempts: z25.array(attemptSchema).describe("Failed attempts before the final result, when the runner reran the test.")
}), commandResultSchema = z25.object({
  command: z25.string(),
  exitCode: z25.number().int().nullable().describe("null when the command did not exit by itself (a signal) or could not start."),
  signal: z25.string().optional().describe("The signal that ended the command, if any."),
  durationMs: z25.number().nonnegative(),
  error: z25.string().optional().describe("Why the command could not start, if it did not.")
}), reasonCodeSchema = z25.enum([
  "input-error",
  "command-failed",
  "zero-tests",
  "tests-failed",
  "suite-missing",
  "stale-junit"
]), reasonSchema = z25.object({
  code: reasonCodeSchema,
  message: z25.string().describe("What is wrong and what to do next."),
  file: z25.string().optional(),
  line: z25.number().int().positive().optional(),
  column: z25.number().int().positive().optional()
}), countsSchema = z25.object({
  total: z25.number().int().nonnegative(),
  executed: z25.number().int().nonnegative().describe("passed + failed + errored + flaky: every scenario that ran."),
  passed: z25.number().int().nonnegative().describe("Passed on the first attempt."),
  failed: z25.number().int().nonnegative(),
  errored: z25.number().int().nonnegative(),
  skipped: z25.number().int().nonnegative(),
  flaky: z25.number().int().nonnegative().describe("Passed only after a rerun.")
}), smokeReportSchema = z25.object({
  version: z25.literal(SMOKE_REPORT_VERSION),
  gate: z25.literal("smoke"),
  status: z25.enum(["pass", "fail"]),
  counts: countsSchema,
  reasons: z25.array(reasonSchema).describe("Empty exactly when status is pass."),
  commands: z25.array(commandResultSchema),
  junit: z25.object({
    patterns: z25.array(z25.string()),
    files: z25.array(z25.object({ path: z25.string(), scenarios: z25.number().int().nonnegative() }))
  }),
  suites: z25.object({
    expected: z25.array(z25.string()),
    found: z25.array(z25.string()),
    missing: z25.array(z25.string())
  }),
  scenarios: z25.array(scenarioSchema).describe("Every scenario, in the order the files list them.")
});

// core/gates/smoke/evaluate.ts
function formatDuration(ms) {
  return ms < 1e3 ? `${Math.round(ms)} ms` : ms < 6e4 ? `${(ms / 1e3).toFixed(1)} s` : `${Math.floor(ms / 6e4)} min ${Math.round(ms % 6e4 / 1e3)} s`;
}

// core/gates/smoke/junit.ts
import { XMLParser, XMLValidator } from "fast-xml-parser";
var REPEATED = /* @__PURE__ */ new Set([
  "testsuite",
  "testcase",
  "property",
  "properties",
  "failure",
  "error",
  "skipped",
  "flakyFailure",
  "flakyError",
  "rerunFailure",
  "rerunError"
]);
var parser2 = new XMLParser({
  ignoreAttributes: !1,
  attributeNamePrefix: "@_",
  textNodeName: "#text",
  parseTagValue: !1,
  parseAttributeValue: !1,
  ignoreDeclaration: !0,
  ignorePiTags: !0,
  isArray: (name) => REPEATED.has(name),
  // Captured output is never read, and is often most of a file; as stop nodes
  // it is sliced out whole instead of built a character at a time (16 MB of
  // it: 60 ms instead of 2 s and 550 MB).
  stopNodes: ["*.system-out", "*.system-err"]
});

// core/gates/smoke/render.ts
var encoder = new TextEncoder();

// core/incidents/blocked.ts
var DAY = 1440 * 6e4, EMPTY_VALUE = /^(?:_?no response_?|tbd|tbc|todo|\?+|-+|—|n\/a)?$/iu;
function filled(value) {
  return value !== void 0 && !EMPTY_VALUE.test(value.trim());
}
function missingBlockedFields(body, config) {
  let fields = config.blocked.fields, parsed = parseBody(
    body,
    fields.map((field) => ({ id: field, title: field, aliases: [] }))
  ), stated = /* @__PURE__ */ new Set();
  for (let section of parsed.sections)
    section.id && (filled(section.inlineValue) || filled(proseText(ownNodes(section)))) && stated.add(section.id);
  let byKey = new Map(fields.map((field) => [normalizeHeading(field), field])), visit3 = (node) => {
    if (node.type === "table") {
      for (let row of node.children) {
        if (row.children.length < 2) continue;
        let field = byKey.get(normalizeHeading(mdastToString(row.children[0])));
        field && filled(mdastToString(row.children[1])) && stated.add(field);
      }
      return;
    }
    if ("children" in node) for (let child of node.children) visit3(child);
  };
  return visit3(parsed.tree), fields.filter((field) => !stated.has(field));
}
function missingFieldsComment(missing, config) {
  return [
    `This item is labeled ${codeSpan(config.blocked.label)} but does not state: ${missing.map((field) => inertText(field)).join(", ")}.`,
    "",
    "Add each as a heading with the answer under it, or as a row of a two-column table:",
    "",
    "| Field | Value |",
    "|---|---|",
    ...missing.map((field) => `| ${tableCell(field)} | … |`),
    "",
    `The ${codeSpan(config.blocked.needs_info_label)} label comes off once every field is stated.`
  ].join(`
`);
}
function blockedTooLong(labeledAt, now, config) {
  return now.getTime() - labeledAt.getTime() > config.blocked.cycle_days * DAY;
}
function readBlockedFields(raw, config) {
  let { text, length } = boundBody(raw), cut = length > 65536 ? `The description is longer than GitHub's limit of ${65536 .toLocaleString("en-US")} characters; only the first ${65536 .toLocaleString("en-US")} were read.` : void 0;
  try {
    return { missing: missingBlockedFields(text, config), ...cut ? { unreadable: cut } : {} };
  } catch (error) {
    let unreadable = error instanceof MarkdownTooDeepError ? `The description ${error.reason} (line ${error.line}), so it was not read: flatten it and state each field as a heading or a table row.` : `The description could not be read as Markdown (${error instanceof Error ? error.message : String(error)}): simplify it and state each field as a heading or a table row.`;
    return { missing: [...config.blocked.fields], unreadable };
  }
}

// core/incidents/freeze-command.ts
import { z as z26 } from "zod";

// core/commands.ts
import { createHash as createHash3 } from "node:crypto";
import canonicalize2 from "canonicalize";
var FENCE = /^[ \t]*(`{3,}|~{3,})(.*)$/;
function indentation(line) {
  let columns = 0;
  for (let char of line)
    if (char === " ") columns++;
    else if (char === "	") columns += 4 - columns % 4;
    else break;
  return columns;
}
function findCommand(body, command) {
  let fence, inComment = !1;
  for (let rawLine of wellFormed(body).split(/\r\n?|\n/)) {
    if (fence) {
      let close = FENCE.exec(rawLine), marker2 = close?.[1];
      marker2 && marker2[0] === fence.char && marker2.length >= fence.length && close[2]?.trim() === "" && (fence = void 0);
      continue;
    }
    let line = rawLine;
    if (inComment) {
      let end = line.indexOf("-->");
      if (end === -1) continue;
      inComment = !1, line = line.slice(end + 3);
    }
    line = line.replace(/<!--[\s\S]*?-->/g, "");
    let open = line.indexOf("<!--");
    open !== -1 && (inComment = !0, line = line.slice(0, open));
    let opener = FENCE.exec(line);
    if (opener?.[1] && !(opener[1][0] === "`" && opener[2]?.includes("`"))) {
      fence = { char: opener[1][0], length: opener[1].length };
      continue;
    }
    if (indentation(line) >= 4) continue;
    let match = command.exec(line);
    if (match) return match;
  }
}
var LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
function wellFormed(text) {
  return text.replace(LONE_SURROGATE, "�");
}
function contentId(fields) {
  let json = canonicalize2(fields);
  return `pg-${createHash3("sha256").update(json, "utf8").digest("hex").slice(0, 16)}`;
}

// core/incidents/freeze-command.ts
var FREEZE_SYNTAX = "/pilot-gate freeze <reason>", UNFREEZE_SYNTAX = "/pilot-gate unfreeze", MAX_FREEZE_REASON_CHARS = 500, COMMAND = /^\s*\/pilot-gate\s+(freeze|unfreeze)(?:\s+(.*))?$/i;
function parseFreezeCommand(body) {
  let match = findCommand(body, COMMAND);
  if (!match) return;
  let verb = (match[1] ?? "").toLowerCase(), rest = (match[2] ?? "").trim();
  return verb === "unfreeze" ? { kind: "unfreeze" } : rest === "" ? {
    error: `The freeze gives no reason. Write it on its own line as \`${FREEZE_SYNTAX}\`, e.g. \`/pilot-gate freeze launch rehearsal until 14:00\`; every frozen PR's check shows it.`
  } : { kind: "freeze", reason: rest.slice(0, MAX_FREEZE_REASON_CHARS) };
}
var freezeRecordSchema = z26.object({
  kind: z26.enum(["freeze", "trigger"]),
  /** The receipt id (`pg-…`), derived from the fields below. */
  receipt: z26.string(),
  actor: z26.string(),
  at: z26.string(),
  reason: z26.string(),
  /** The issue the command was given on. */
  source: z26.number().int().optional(),
  /** For a trigger: its configured id (e.g. PC-P1-01) and the incidents in its window. */
  trigger: z26.string().optional(),
  incidents: z26.array(z26.number().int()).optional()
}), RECORD = /<!-- pilot-gate:freeze (\{[\s\S]*?\}) -->/;
function freezeReceiptId(record) {
  return contentId(record);
}
function unfreezeReceiptId(record) {
  return contentId({ kind: "unfreeze", ...record });
}
function marker(name, record) {
  return `<!-- pilot-gate:${name} ${JSON.stringify(record).replace(/>/g, "\\u003e")} -->`;
}
function freezeRecordMarker(record) {
  return marker("freeze", record);
}
function unfreezeRecordMarker(record) {
  return marker("unfreeze", record);
}
function readFreezeRecord(body) {
  let json = RECORD.exec(body)?.[1];
  if (json)
    try {
      let parsed = freezeRecordSchema.safeParse(JSON.parse(json));
      return parsed.success ? parsed.data : void 0;
    } catch {
      return;
    }
}

// core/incidents/triggers.ts
function p0TriggerTripped(incidents, now, config) {
  let { count: count4, days, id } = config.p0_trigger, windowStart2 = new Date(now.getTime() - days * 864e5), inWindow = incidents.filter(
    (incident) => incident.severity === "critical" && incident.openedAt.getTime() >= windowStart2.getTime() && incident.openedAt.getTime() <= now.getTime()
  ).sort((a, b) => a.openedAt.getTime() - b.openedAt.getTime());
  return {
    id,
    tripped: inWindow.length >= count4,
    incidents: inWindow.map((incident) => incident.number),
    windowStart: windowStart2
  };
}

// core/fingerprint.ts
var LINE_REFERENCE = /\blines? \d+(?:[-–]\d+)?\b/g;
function fingerprintOf(finding2) {
  return contentId({
    ruleId: finding2.ruleId,
    message: finding2.message.replace(LINE_REFERENCE, "line"),
    files: [...finding2.files ?? []].sort()
  });
}
var MAX_SHOWN = 200;
function recordShown(verdict, before, now) {
  let shown = {}, count4 = 0;
  for (let finding2 of verdict.findings) {
    if (finding2.severity !== "blocking" || count4 >= MAX_SHOWN) continue;
    let fingerprint = fingerprintOf(finding2);
    fingerprint in shown || (shown[fingerprint] = before?.[fingerprint] ?? now, count4++);
  }
  return shown;
}

// core/overrides.ts
var OVERRIDE_SYNTAX = "/pilot-gate override <rule-id> reason: <why this is acceptable>", MAX_REASON_CHARS = 500, NOT_OVERRIDABLE = /* @__PURE__ */ new Map([
  [
    "no-merge-label",
    "a NO_MERGE label is lifted by removing the label, not by an override: whoever added it decides"
  ],
  [
    "pr-body",
    "a PR body that cannot be read is not a rule and cannot be overridden: shorten or flatten the body"
  ]
]), PERMISSION_RANK = /* @__PURE__ */ new Map([
  ["none", 0],
  ["read", 1],
  ["triage", 2],
  ["write", 3],
  ["maintain", 4],
  ["admin", 5]
]);
function permissionAtLeast(has, needed) {
  return (PERMISSION_RANK.get(has.toLowerCase()) ?? 0) >= (PERMISSION_RANK.get(needed) ?? Number.POSITIVE_INFINITY);
}
var COMMAND2 = /^\s*\/pilot-gate\s+override(?:\s+(.*))?$/i;
function parseOverrideCommand(body) {
  let match = findCommand(body, COMMAND2);
  return match ? parseArguments(match[1] ?? "") : void 0;
}
function parseArguments(rest) {
  let args = rest.trim(), withRule = /^(\S+)\s*(.*)$/.exec(args), ruleId = withRule?.[1];
  if (!ruleId || /^reason:/i.test(ruleId))
    return {
      error: `The override names no rule. Write it on its own line as \`${OVERRIDE_SYNTAX}\`, e.g. \`/pilot-gate override branch-name reason: release branch named by the vendor\`.`
    };
  let tail = withRule?.[2] ?? "", reasonMatch = /^reason:(.*)$/i.exec(tail);
  if (!reasonMatch)
    return {
      error: `The override of ${codeSpan(ruleId)} gives no reason. Write it on its own line as \`${OVERRIDE_SYNTAX}\`; the reason is kept in the receipt.`
    };
  let reason = (reasonMatch[1] ?? "").trim();
  return reason === "" ? {
    error: `The override of ${codeSpan(ruleId)} has an empty reason. Write it on its own line as \`${OVERRIDE_SYNTAX}\`; the reason is kept in the receipt.`
  } : { ruleId: ruleId.toLowerCase(), reason: capReason(reason) };
}
function capReason(reason) {
  let chars = Array.from(reason);
  return chars.length <= MAX_REASON_CHARS ? reason : chars.slice(0, MAX_REASON_CHARS).join("").trimEnd();
}
function overridableRuleIds() {
  return RULES.map((rule) => rule.id).filter((id) => !NOT_OVERRIDABLE.has(id));
}
function decideOverride(command, requester, context, config) {
  let { sha, at: at2 } = context, refuse = (detail) => ({
    ...receiptFor("refusal", command, requester.login, sha, at2),
    detail
  }), notOverridable = NOT_OVERRIDABLE.get(command.ruleId);
  if (notOverridable) return refuse(`"${command.ruleId}" cannot be overridden: ${notOverridable}.`);
  if (!RULES.some((rule) => rule.id === command.ruleId)) {
    let known = overridableRuleIds().join(", ");
    return refuse(`unknown rule "${command.ruleId}"; rules that can be overridden: ${known}.`);
  }
  let needed = config.overrides.permission, has = requester.permission.toLowerCase(), rankOk = permissionAtLeast(has, needed), login2 = requester.login.toLowerCase(), roleOk = config.overrides.roles.some(
    (role) => (requester.roleMembers[role] ?? []).some((member) => member.toLowerCase() === login2)
  );
  if (!rankOk && !roleOk) {
    let roles = config.overrides.roles.length > 0 ? ` or one of roles [${config.overrides.roles.join(", ")}]` : "";
    return refuse(
      `needs ${needed} permission${roles}; @${requester.login} has ${PERMISSION_RANK.has(has) ? has : `"${requester.permission}"`}.`
    );
  }
  if (context.author?.toLowerCase() === login2 && config.overrides.not_by_author.includes(command.ruleId))
    return refuse(
      `the author of a PR cannot override "${command.ruleId}" on it (overrides.not_by_author): another person who may override has to.`
    );
  let open = context.verdict.findings.filter(
    (f) => f.ruleId === command.ruleId && f.severity === "blocking" && !f.acceptedBy
  );
  if (open.length === 0)
    return refuse(
      `"${command.ruleId}" has no open blocking finding on ${sha.slice(0, 7)}, so there is nothing to override.`
    );
  let seen = /* @__PURE__ */ new Set();
  for (let finding2 of open) {
    let fingerprint = fingerprintOf(finding2), shownAt = context.shown[fingerprint];
    shownAt !== void 0 && compareTimes(shownAt, at2) <= 0 && seen.add(fingerprint);
  }
  return seen.size === 0 ? refuse(
    `the PR changed after the comment: no finding of "${command.ruleId}" it now has on ${sha.slice(0, 7)} was shown in the check before the comment was written. Read the check again, and comment again if the override still stands.`
  ) : receiptFor("override", command, requester.login, sha, at2, [...seen].sort());
}
function receiptFor(kind, command, actor, sha, at2, findings) {
  let fields = {
    kind,
    ruleId: command.ruleId,
    actor,
    reason: command.reason,
    sha,
    at: at2,
    ...findings ? { findings } : {}
  };
  return { id: receiptId(fields), ...fields };
}
function receiptId(fields) {
  let { kind, ruleId, actor, reason, sha, at: at2, findings } = fields;
  return contentId({ kind, ruleId, actor, reason, sha, at: at2, ...findings ? { findings } : {} });
}
function applyOverrides(verdict, receipts, sha, config) {
  let carryOver = config.overrides.carry_over, concerns = (r) => r.sha === sha || carryOver && r.kind === "override", attached = sortReceipts(
    dedupe([...verdict.receipts ?? [], ...receipts.filter(concerns)])
  ), byFinding = /* @__PURE__ */ new Map();
  for (let receipt2 of attached)
    if (!(receipt2.kind !== "override" || NOT_OVERRIDABLE.has(receipt2.ruleId)))
      for (let fingerprint of receipt2.findings ?? [])
        byFinding.set(`${receipt2.ruleId} ${fingerprint}`, receipt2);
  let rules = verdict.rules.map((rule) => {
    if (NOT_OVERRIDABLE.has(rule.ruleId)) return rule;
    let accepted = 0, findings2 = rule.findings.map((finding2) => {
      if (finding2.severity !== "blocking" || finding2.acceptedBy) return finding2;
      let receipt2 = byFinding.get(`${rule.ruleId} ${fingerprintOf(finding2)}`);
      return receipt2 ? (accepted++, { ...finding2, acceptedBy: receipt2 }) : finding2;
    });
    if (accepted === 0) return rule;
    let open = findings2.some((f) => f.severity === "blocking" && !f.acceptedBy);
    return { ...rule, status: open ? rule.status : "overridden", findings: findings2 };
  }), findings = rules.flatMap((rule) => rule.findings), blocked = findings.some((f) => f.severity === "blocking" && !f.acceptedBy), result = { ...verdict, status: blocked ? "no_merge" : "pass", rules, findings };
  return attached.length > 0 && (result.receipts = attached), result;
}
function dedupe(receipts) {
  let seen = /* @__PURE__ */ new Map();
  for (let receipt2 of receipts) seen.has(receipt2.id) || seen.set(receipt2.id, receipt2);
  return [...seen.values()];
}
function sortReceipts(receipts) {
  return receipts.sort((a, b) => compareTimes(a.at, b.at) || compare(a.id, b.id));
}
function compareTimes(a, b) {
  let ta = Date.parse(a), tb = Date.parse(b);
  return Number.isFinite(ta) && Number.isFinite(tb) && ta !== tb ? ta - tb : compare(a, b);
}
function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// core/render/markdown.ts
var GITHUB_TEXT_LIMIT = 65535, STATUS_ICON = {
  pass: "✅ pass",
  fail: "❌ fail",
  warn: "⚠️ warning",
  skipped: "➖ skipped",
  overridden: "↪️ overridden"
}, SEVERITY_ICON = {
  blocking: "❌",
  warning: "⚠️",
  info: "ℹ️"
}, OVERRIDDEN_ICON = "↪️", TAIL_SHARE = 0.4, encoder2 = new TextEncoder();
function bytes(text) {
  return encoder2.encode(text).length;
}
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function isOpenBlocking(finding2) {
  return finding2.severity === "blocking" && !finding2.acceptedBy;
}
function overriddenRules(verdict) {
  let ids = /* @__PURE__ */ new Set();
  for (let finding2 of verdict.findings) finding2.acceptedBy && ids.add(finding2.ruleId);
  return ids.size;
}
function verdictTitle(verdict) {
  let blocking = verdict.findings.filter(isOpenBlocking).length, warnings = verdict.findings.filter((f) => f.severity === "warning").length, overridden = overriddenRules(verdict), overriddenText = overridden > 0 ? `${plural(overridden, "rule")} overridden` : "";
  if (verdict.status === "pass") {
    let parts = [overriddenText, warnings > 0 ? plural(warnings, "warning") : ""].filter(Boolean);
    return parts.length === 0 ? "Ready to merge: every rule passes" : overridden > 0 ? `Ready to merge: ${parts.join(", ")}` : `Ready to merge, ${parts.join(", ")}`;
  }
  let title = `NO_MERGE: ${plural(blocking, "blocking finding")} to fix`;
  return overridden > 0 ? `${title}, ${overriddenText}` : title;
}
function renderMarkdown(verdict, limit = GITHUB_TEXT_LIMIT) {
  let head = [];
  head.push(`## ${verdict.status === "pass" ? "✅" : "❌"} ${verdictTitle(verdict)}`, ""), head.push("| Rule | Result | Findings |", "| --- | --- | --- |");
  for (let rule of verdict.rules)
    head.push(
      `| ${codeCell(rule.ruleId)} | ${STATUS_ICON[rule.status]} | ${countText(rule.findings)} |`
    );
  head.push("");
  let order = ["blocking", "warning", "info"], blocks = [];
  for (let severity of order)
    for (let rule of verdict.rules)
      for (let finding2 of rule.findings)
        finding2.severity === severity && !finding2.acceptedBy && blocks.push(renderFinding(finding2));
  let tail = renderTail(verdict, Math.floor(limit * TAIL_SHARE)), out = head.join(`
`);
  blocks.length > 0 && (out += `
### What to fix

`);
  let used = bytes(out), reserve = 200 + bytes(tail);
  for (let i = 0; i < blocks.length; i++) {
    let block = `${blocks[i]}
`, size = bytes(block);
    if (used + size > limit - reserve) {
      let left = blocks.length - i;
      return out += `
_${left} more finding${left === 1 ? "" : "s"} not shown: GitHub limits this text to ${limit.toLocaleString("en-US")} bytes. Run \`pilot-gate check --json\` to see all._
`, out + tail;
    }
    out += block, used += size;
  }
  return out + tail;
}
function renderTail(verdict, budget) {
  let accepted = [];
  for (let rule of verdict.rules)
    for (let finding2 of rule.findings)
      finding2.acceptedBy && accepted.push(`${renderAccepted(finding2, finding2.acceptedBy)}
`);
  let receipts = verdict.receipts ?? [], table = "";
  if (receipts.length > 0) {
    let rows = [...receipts].reverse().map(renderReceiptRow);
    table = fitItems(
      `
### Receipts

| Id | Kind | Rule | By | Reason | Commit | Time |
| --- | --- | --- | --- | --- | --- | --- |
`,
      rows,
      Math.floor(budget / 2),
      (left) => `
_${plural(left, "older receipt")} not shown._
`
    );
  }
  let list = "";
  return accepted.length > 0 && (list = fitItems(
    `
### Overridden

`,
    accepted,
    budget - bytes(table),
    (left) => `
_${left} more overridden finding${left === 1 ? "" : "s"} not shown._
`
  )), list + table;
}
function fitItems(heading, items, budget, note) {
  let reserve = bytes(note(items.length)), out = heading, used = bytes(heading);
  if (used + reserve > budget) return "";
  for (let i = 0; i < items.length; i++) {
    let item = items[i], size = bytes(item);
    if (used + size + reserve > budget) return out + note(items.length - i);
    out += item, used += size;
  }
  return out;
}
function countText(findings) {
  if (findings.length === 0) return "-";
  let parts = [], open = findings.filter(isOpenBlocking).length;
  open > 0 && parts.push(`${open} blocking`);
  let accepted = findings.filter((f) => f.acceptedBy).length;
  accepted > 0 && parts.push(`${accepted} overridden`);
  for (let severity of ["warning", "info"]) {
    let n = findings.filter((f) => f.severity === severity).length;
    n > 0 && parts.push(`${n} ${severity}`);
  }
  return parts.join(", ");
}
function renderFinding(finding2) {
  let where2 = finding2.position && finding2.source ? ` (${finding2.source} line ${finding2.position.line})` : "", id = finding2.severity === "blocking" ? ` ${codeSpan(fingerprintOf(finding2))}` : "", text = truncateMarkdown(finding2.message, 4e3);
  return `- ${SEVERITY_ICON[finding2.severity]} **${inertText(finding2.ruleId)}**${id}${where2}: ${text}`;
}
function renderAccepted(finding2, receipt2) {
  let text = truncateMarkdown(finding2.message, 2e3);
  return `- ${OVERRIDDEN_ICON} **${inertText(finding2.ruleId)}** ${codeSpan(fingerprintOf(finding2))}: ${text}
  Overridden by ${handle(receipt2.actor)}: “${inertText(receipt2.reason)}” (receipt ${codeSpan(receipt2.id)}, commit ${codeSpan(shortSha(receipt2.sha))}).`;
}
function renderReceiptRow(receipt2) {
  let kind = receipt2.kind === "override" ? `${OVERRIDDEN_ICON} override of ${(receipt2.findings ?? []).map((f) => codeSpan(f)).join(", ") || "no finding"}` : `🚫 refusal: ${tableCell(receipt2.detail ?? "refused")}`;
  return `| ${codeCell(receipt2.id)} | ${kind} | ${codeCell(receipt2.ruleId)} | ${markdownCell(handle(receipt2.actor))} | ${tableCell(receipt2.reason)} | ${codeCell(shortSha(receipt2.sha))} | ${tableCell(receipt2.at)} |
`;
}
function shortSha(sha) {
  return sha.slice(0, 7);
}

// core/plan.ts
var RERUN_ACTION = {
  label: "Re-run",
  identifier: "rerun",
  description: "Evaluate this PR again"
}, MAX_TITLE_CHARS = 200, MAX_ANNOTATION_MESSAGE = 4e3, MAX_ANNOTATIONS = 50;
function fitAnnotations(annotations, room = MAX_ANNOTATIONS) {
  let kept = annotations.slice(0, Math.max(0, room)), left = annotations.length - kept.length, note = left === 0 ? "" : `
_${left.toLocaleString("en-US")} more problem${left === 1 ? "" : "s"} not annotated: a check run is written in one request, which takes at most ${MAX_ANNOTATIONS} annotations._
`;
  return { annotations: kept, note };
}
var NO_LABEL_CHANGE = () => ({ add: [], remove: [] });
function planPullRequest(verdict, input, config) {
  let drafts = config.check.drafts;
  if (input.draft && drafts === "skip") return { checkRun: void 0, labels: NO_LABEL_CHANGE() };
  let labelName = config.rules["no-merge-label"].label, present = labelOn(input.labels.current, labelName), effective = present && input.labels.appliedByApp ? discountOwnLabel(verdict, present) : verdict, reportOnly = input.draft && drafts === "report", title = verdictTitle(effective), { annotations, note } = fitAnnotations(annotationsFor(effective)), checkRun = {
    name: config.check.name,
    headSha: input.headSha,
    conclusion: effective.status === "pass" ? "success" : "failure",
    title: truncateTitle(input.draft ? `Draft: ${title}` : title),
    summary: renderMarkdown(effective, GITHUB_TEXT_LIMIT - bytes2(note)) + note,
    annotations,
    actions: [{ ...RERUN_ACTION }],
    ...input.shown ? { shown: recordShown(effective, input.shown.before, input.shown.now) } : {}
  }, labels2 = NO_LABEL_CHANGE();
  return effective.findings.some(
    (f) => f.severity === "blocking" && !f.acceptedBy && f.ruleId !== "no-merge-label"
  ) && !present && !reportOnly && labels2.add.push(labelName), effective.status === "pass" && present && input.labels.appliedByApp && labels2.remove.push(present), { checkRun, labels: labels2 };
}
function discountOwnLabel(verdict, label2) {
  let changed = !1, rules = verdict.rules.map((rule) => {
    if (rule.ruleId !== "no-merge-label") return rule;
    let findings2 = rule.findings.map((finding2) => finding2.severity !== "blocking" || finding2.acceptedBy ? finding2 : (changed = !0, {
      ruleId: finding2.ruleId,
      severity: "info",
      source: "labels",
      message: `The ${codeSpan(label2)} label was applied by pilot-gate itself, so it does not count against the PR; it is removed once the PR passes.`
    }));
    return changed ? { ...rule, status: statusOf2(findings2), findings: findings2 } : rule;
  });
  if (!changed) return verdict;
  let findings = rules.flatMap((rule) => rule.findings);
  return {
    ...verdict,
    rules,
    findings,
    status: findings.some((f) => f.severity === "blocking" && !f.acceptedBy) ? "no_merge" : "pass"
  };
}
function statusOf2(findings) {
  return findings.some((f) => f.severity === "blocking" && !f.acceptedBy) ? "fail" : findings.some((f) => f.acceptedBy) ? "overridden" : findings.some((f) => f.severity === "warning") ? "warn" : "pass";
}
function annotationsFor(verdict) {
  let annotations = [];
  for (let finding2 of verdict.findings) {
    let level2 = levelOf(finding2), message = truncate(
      finding2.acceptedBy ? `${finding2.message}

Overridden by @${finding2.acceptedBy.actor}: ${finding2.acceptedBy.reason} (receipt ${finding2.acceptedBy.id}).` : finding2.message,
      MAX_ANNOTATION_MESSAGE
    );
    finding2.source === "config" && finding2.position && annotations.push({
      path: CONFIG_PATH,
      ...lines(finding2.position),
      annotation_level: level2,
      title: finding2.ruleId,
      message
    });
    for (let path of finding2.files ?? [])
      annotations.push({
        path,
        start_line: 1,
        end_line: 1,
        annotation_level: level2,
        title: finding2.ruleId,
        message
      });
  }
  return annotations;
}
function levelOf(finding2) {
  return finding2.acceptedBy ? "notice" : finding2.severity === "blocking" ? "failure" : finding2.severity === "warning" ? "warning" : "notice";
}
function lines(position) {
  let start = Math.max(1, position.line), end = Math.max(start, position.endLine ?? start);
  if (end !== start) return { start_line: start, end_line: end };
  let column = Math.max(1, position.column);
  return {
    start_line: start,
    end_line: end,
    start_column: column,
    end_column: Math.max(column, position.endColumn ?? column)
  };
}
function planConfigError(error, headSha, checkName2) {
  let n = error.problemCount, problems = `${n.toLocaleString("en-US")} problem${n === 1 ? "" : "s"}`, files = error.files, title = truncateTitle(
    files.length === 1 ? `Config error: ${error.file} has ${problems}` : `Config error: ${files.length} files have ${problems}`
  ), intro = [
    `## ❌ ${inertText(title)}`,
    "",
    `pilot-gate could not use ${files.map((file) => codeSpan(file)).join(", ")}, so **nothing was evaluated** and this check fails until the config is fixed (it fails closed rather than let a PR through unchecked).`,
    "",
    ""
  ].join(`
`), outro = [
    "",
    "To fix it, correct each line above (`pilot-gate config validate` checks a file locally), then push; the check runs again on the next push or with the Re-run button.",
    ""
  ].join(`
`), items = error.issues.map(
    (issue) => `- ${inertText(formatConfigIssues(error.file, [issue]), 2e3)}
`
  );
  error.unlisted > 0 && items.push(`- ${unlistedLine(error.file, error.unlisted)}
`);
  let { annotations, note } = fitAnnotations(
    error.issues.flatMap((issue) => {
      let path = error.localPathOf(issue);
      return path === void 0 ? [] : [
        {
          path,
          ...issue.position ? lines(issue.position) : { start_line: 1, end_line: 1 },
          annotation_level: "failure",
          title: issue.path ? `Config error at ${issue.path}` : "Config error",
          message: truncate(issue.message, MAX_ANNOTATION_MESSAGE)
        }
      ];
    })
  ), tail = note + outro, summary = intro + fitList(items, GITHUB_TEXT_LIMIT - bytes2(intro) - bytes2(tail), "problem") + tail;
  return {
    checkRun: {
      name: checkName2,
      headSha,
      conclusion: "failure",
      title,
      summary,
      annotations,
      actions: [{ ...RERUN_ACTION }]
    },
    labels: NO_LABEL_CHANGE()
  };
}
function planEvaluationError(reason, headSha, checkName2) {
  let prefix = "could not evaluate: ", suffix = ", re-run", oneLine = reason.replace(/\s+/g, " ").trim() || "unknown error", room = MAX_TITLE_CHARS - 1 - prefix.length - suffix.length, title = `${prefix}${truncate(oneLine, room - 1)}${suffix}`, summary = [
    "## ❌ pilot-gate could not evaluate this PR",
    "",
    `Errors from GitHub stopped the evaluation, so no rule was checked and this check fails rather than pass unchecked. The error was: ${inertText(oneLine, 4e3)}`,
    "",
    "This is usually temporary (rate limits, timeouts, an outage). Press **Re-run** above, or push a commit, to evaluate the PR again. If it keeps failing, check that the App is still installed with access to this repository.",
    ""
  ].join(`
`);
  return {
    checkRun: {
      name: checkName2,
      headSha,
      conclusion: "failure",
      title,
      summary,
      annotations: [],
      actions: [{ ...RERUN_ACTION }]
    },
    labels: NO_LABEL_CHANGE()
  };
}
function fitList(items, budget, noun) {
  let out = "", used = 0, reserve = 200;
  for (let i = 0; i < items.length; i++) {
    let item = items[i], size = bytes2(item);
    if (used + size > budget - reserve) {
      let left = items.length - i;
      return `${out}
_${left} more ${noun}${left === 1 ? "" : "s"} not shown: GitHub limits this text to ${GITHUB_TEXT_LIMIT.toLocaleString("en-US")} bytes; \`pilot-gate config validate\` lists them._
`;
    }
    out += item, used += size;
  }
  return out;
}
function truncateTitle(title) {
  return truncate(title.replace(/\s+/g, " ").trim(), MAX_TITLE_CHARS - 1);
}
function truncate(text, max) {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
var encoder3 = new TextEncoder();
function bytes2(text) {
  return encoder3.encode(text).length;
}

// core/protection/classic.ts
function classicProtectionBody(settings) {
  return {
    required_status_checks: settings.requiredChecks.length > 0 ? {
      strict: settings.strict,
      checks: settings.requiredChecks.map((check) => ({
        context: check.context,
        ...check.appId !== void 0 ? { app_id: check.appId } : {}
      }))
    } : null,
    enforce_admins: settings.enforceAdmins,
    required_pull_request_reviews: settings.requirePullRequest ? {
      dismiss_stale_reviews: settings.dismissStaleReviews,
      require_code_owner_reviews: settings.codeOwnerReviews,
      required_approving_review_count: settings.approvingReviews
    } : null,
    restrictions: null,
    required_linear_history: settings.linearHistory,
    allow_force_pushes: !settings.blockForcePushes,
    allow_deletions: !settings.blockDeletions,
    required_conversation_resolution: settings.conversationResolution
  };
}
function settingsFromClassic(data) {
  let status2 = data.required_status_checks ?? void 0, checks = status2?.checks ? status2.checks.map((check) => ({
    context: check.context,
    ...typeof check.app_id == "number" ? { appId: check.app_id } : {}
  })) : (status2?.contexts ?? []).map((context) => ({ context })), reviews = data.required_pull_request_reviews ?? void 0;
  return {
    requiredChecks: checks,
    strict: status2?.strict === !0,
    requirePullRequest: reviews !== void 0,
    approvingReviews: reviews?.required_approving_review_count ?? 0,
    dismissStaleReviews: reviews?.dismiss_stale_reviews === !0,
    codeOwnerReviews: reviews?.require_code_owner_reviews === !0,
    enforceAdmins: data.enforce_admins?.enabled === !0,
    blockForcePushes: data.allow_force_pushes?.enabled !== !0,
    blockDeletions: data.allow_deletions?.enabled !== !0,
    linearHistory: data.required_linear_history?.enabled === !0,
    conversationResolution: data.required_conversation_resolution?.enabled === !0
  };
}

// core/protection/settings.ts
var UNPROTECTED = Object.freeze({
  requiredChecks: [],
  strict: !1,
  requirePullRequest: !1,
  approvingReviews: 0,
  dismissStaleReviews: !1,
  codeOwnerReviews: !1,
  enforceAdmins: !1,
  blockForcePushes: !1,
  blockDeletions: !1,
  linearHistory: !1,
  conversationResolution: !1
});
function desiredProtection(config, checkName2, appId) {
  let checks = [{ context: checkName2, appId }];
  for (let entry of config.required_checks) {
    let check = typeof entry == "string" ? { context: entry } : {
      context: entry.context,
      ...entry.app_id !== void 0 ? { appId: entry.app_id } : {}
    };
    checks.some((c) => c.context === check.context) || checks.push(check);
  }
  return {
    mode: config.mode,
    branches: [...new Set(config.branches)],
    settings: {
      requiredChecks: checks,
      strict: config.strict,
      requirePullRequest: !0,
      approvingReviews: config.required_approving_reviews,
      dismissStaleReviews: config.dismiss_stale_reviews,
      codeOwnerReviews: config.require_code_owner_reviews,
      enforceAdmins: config.enforce_admins,
      blockForcePushes: config.block_force_pushes,
      blockDeletions: config.block_deletions,
      linearHistory: config.require_linear_history,
      conversationResolution: config.require_conversation_resolution
    }
  };
}
function mergeSettings(a, b) {
  let checks = [...a.requiredChecks];
  for (let check of b.requiredChecks)
    checks.some((c) => c.context === check.context && c.appId === check.appId) || checks.push(check);
  return {
    requiredChecks: checks,
    strict: a.strict || b.strict,
    requirePullRequest: a.requirePullRequest || b.requirePullRequest,
    approvingReviews: Math.max(a.approvingReviews, b.approvingReviews),
    dismissStaleReviews: a.dismissStaleReviews || b.dismissStaleReviews,
    codeOwnerReviews: a.codeOwnerReviews || b.codeOwnerReviews,
    enforceAdmins: a.enforceAdmins && b.enforceAdmins,
    blockForcePushes: a.blockForcePushes || b.blockForcePushes,
    blockDeletions: a.blockDeletions || b.blockDeletions,
    linearHistory: a.linearHistory || b.linearHistory,
    conversationResolution: a.conversationResolution || b.conversationResolution
  };
}

// core/protection/rulesets.ts
var RULESET_NAME = "pilot-gate", ADMIN_ROLE_ID = 5;
function rulesetBody(settings, branches) {
  let rules = [];
  return settings.blockDeletions && rules.push({ type: "deletion" }), settings.blockForcePushes && rules.push({ type: "non_fast_forward" }), settings.linearHistory && rules.push({ type: "required_linear_history" }), settings.requirePullRequest && rules.push({
    type: "pull_request",
    parameters: {
      required_approving_review_count: settings.approvingReviews,
      dismiss_stale_reviews_on_push: settings.dismissStaleReviews,
      require_code_owner_review: settings.codeOwnerReviews,
      require_last_push_approval: !1,
      required_review_thread_resolution: settings.conversationResolution
    }
  }), settings.requiredChecks.length > 0 && rules.push({
    type: "required_status_checks",
    parameters: {
      strict_required_status_checks_policy: settings.strict,
      required_status_checks: settings.requiredChecks.map((check) => ({
        context: check.context,
        ...check.appId !== void 0 && check.appId > 0 ? { integration_id: check.appId } : {}
      }))
    }
  }), {
    name: RULESET_NAME,
    target: "branch",
    enforcement: "active",
    bypass_actors: settings.enforceAdmins ? [] : [{ actor_id: ADMIN_ROLE_ID, actor_type: "RepositoryRole", bypass_mode: "always" }],
    conditions: {
      ref_name: { include: branches.map((branch) => `refs/heads/${branch}`), exclude: [] }
    },
    rules
  };
}
function settingsFromRules(rules, adminsBound) {
  let settings = { ...UNPROTECTED, requiredChecks: [] };
  for (let rule of rules) {
    let p = rule.parameters ?? {};
    switch (rule.type) {
      case "deletion":
        settings.blockDeletions = !0;
        break;
      case "non_fast_forward":
        settings.blockForcePushes = !0;
        break;
      case "required_linear_history":
        settings.linearHistory = !0;
        break;
      case "pull_request":
        settings.requirePullRequest = !0, settings.approvingReviews = Math.max(
          settings.approvingReviews,
          numberOr(p.required_approving_review_count, 0)
        ), settings.dismissStaleReviews ||= p.dismiss_stale_reviews_on_push === !0, settings.codeOwnerReviews ||= p.require_code_owner_review === !0, settings.conversationResolution ||= p.required_review_thread_resolution === !0;
        break;
      case "required_status_checks": {
        settings.strict ||= p.strict_required_status_checks_policy === !0;
        let listed = Array.isArray(p.required_status_checks) ? p.required_status_checks : [];
        for (let raw of listed) {
          if (typeof raw.context != "string") continue;
          let check = {
            context: raw.context,
            ...typeof raw.integration_id == "number" ? { appId: raw.integration_id } : {}
          };
          settings.requiredChecks.some(
            (c) => c.context === check.context && c.appId === check.appId
          ) || settings.requiredChecks.push(check);
        }
        break;
      }
      default:
        break;
    }
  }
  return settings.enforceAdmins = rules.length > 0 && adminsBound, settings;
}
function numberOr(value, fallback) {
  return typeof value == "number" && Number.isFinite(value) ? value : fallback;
}

// core/protection/scorecard.ts
var SCORECARD_TIERS = [
  {
    tier: 1,
    weight: 3,
    criteria: [
      { id: "block-force-pushes", met: (s) => s.blockForcePushes },
      { id: "block-deletions", met: (s) => s.blockDeletions }
    ]
  },
  {
    tier: 2,
    weight: 3,
    criteria: [
      { id: "one-approving-review", met: (s) => s.requirePullRequest && s.approvingReviews >= 1 },
      { id: "up-to-date-branches", met: (s) => s.requiredChecks.length > 0 && s.strict }
    ]
  },
  {
    tier: 3,
    weight: 2,
    criteria: [{ id: "required-status-checks", met: (s) => s.requiredChecks.length > 0 }]
  },
  {
    tier: 4,
    weight: 1,
    criteria: [
      { id: "two-approving-reviews", met: (s) => s.requirePullRequest && s.approvingReviews >= 2 },
      { id: "code-owner-review", met: (s) => s.requirePullRequest && s.codeOwnerReviews }
    ]
  },
  {
    tier: 5,
    weight: 1,
    criteria: [
      { id: "dismiss-stale-reviews", met: (s) => s.requirePullRequest && s.dismissStaleReviews },
      { id: "enforce-admins", met: (s) => s.enforceAdmins }
    ]
  }
];
function scorecardTier(settings) {
  if (!settings)
    return { tier: 0, score: 0, next: SCORECARD_TIERS[0]?.criteria.map((c) => c.id) ?? [] };
  let tier = 0, score = 0;
  for (let level2 of SCORECARD_TIERS) {
    let missed = level2.criteria.filter((c) => !c.met(settings)).map((c) => c.id);
    if (missed.length > 0) {
      let met = level2.criteria.length - missed.length;
      return score += level2.weight * met / level2.criteria.length, { tier, score: Math.round(score * 10) / 10, next: missed };
    }
    tier = level2.tier, score += level2.weight;
  }
  return { tier, score: Math.round(score * 10) / 10, next: [] };
}

// core/protection/plan.ts
var SEVERITY = [
  "Error",
  "PermissionNeeded",
  "Unavailable",
  "Missing",
  "Drifted",
  "Applied"
];
function planProtection(desired, actual) {
  let branches = desired.branches.map(
    (branch) => branchStatus(branch, desired.settings, actual.branches[branch])
  ), [owner, repo] = actual.repository.split("/"), base = `/repos/${owner}/${repo}`, needsWrite = (b) => b.status === "Drifted" || b.status === "Missing" && b.source === "none", writes = [];
  if (desired.mode === "classic")
    for (let branch of branches.filter(needsWrite))
      writes.push({
        method: "PUT",
        path: `${base}/branches/${encodeURIComponent(branch.branch)}/protection`,
        branches: [branch.branch],
        body: { ...classicProtectionBody(desired.settings) },
        outcome: "planned"
      });
  else if (branches.some(needsWrite)) {
    let id = actual.rulesetId;
    writes.push({
      method: id === void 0 ? "POST" : "PUT",
      path: id === void 0 ? `${base}/rulesets` : `${base}/rulesets/${id}`,
      branches: [...desired.branches],
      ...id !== void 0 ? { ruleset_id: id } : {},
      body: { ...rulesetBody(desired.settings, desired.branches) },
      outcome: "planned"
    });
  }
  return summarize({
    version: 1,
    repository: actual.repository,
    mode: desired.mode,
    dry_run: !0,
    status: "Applied",
    branches,
    writes,
    scorecard: { tier: 0, score: 0, next: [] }
  });
}
function applyOutcomes(plan, desired, outcomes) {
  let branches = plan.branches.map((branch) => ({ ...branch })), writes = plan.writes.map((write, i) => {
    let outcome = outcomes[i];
    if (!outcome) return write;
    for (let name of write.branches) {
      let branch = branches.find((b) => b.branch === name);
      !branch || branch.status !== "Drifted" && branch.source !== "none" || (outcome.ok ? (branch.status = "Applied", branch.source === "none" && (branch.source = desired.mode), branch.message = `written by sync (${write.method} ${write.path})`, branch.scorecard = scorecardTier(desired.settings)) : (branch.status = outcome.status, branch.message = outcome.message));
    }
    return { ...write, outcome: outcome.ok ? "written" : "failed" };
  });
  return summarize({ ...plan, dry_run: !1, branches, writes });
}
function summarize(report) {
  let status2 = SEVERITY.find((s) => report.branches.some((b) => b.status === s)) ?? "Applied", lowest = report.branches.reduce(
    (low, b) => low === void 0 || b.scorecard.score < low.score ? b.scorecard : low,
    void 0
  );
  return { ...report, status: status2, scorecard: lowest ?? { tier: 0, score: 0, next: [] } };
}
function branchStatus(branch, desired, reading) {
  let unknown = { tier: 0, score: 0, next: [] };
  if (!reading)
    return {
      branch,
      status: "Error",
      source: "unknown",
      message: `${branch} was not read; this is a pilot-gate bug, please report it`,
      diff: [],
      scorecard: unknown
    };
  if (reading.kind === "branch-missing")
    return {
      branch,
      status: "Missing",
      source: "unknown",
      message: `branch ${branch} does not exist: create the branch first, then run sync`,
      diff: [],
      scorecard: unknown
    };
  if (reading.kind === "failed")
    return {
      branch,
      status: reading.status,
      source: "unknown",
      message: reading.message,
      diff: [],
      scorecard: unknown
    };
  let { classic, rulesets } = reading, source = classic && rulesets ? "classic+rulesets" : classic ? "classic" : rulesets ? "rulesets" : "none", effective = classic && rulesets ? mergeSettings(classic, rulesets) : classic ?? rulesets ?? UNPROTECTED, diff = diffSettings(desired, effective);
  return source === "none" ? {
    branch,
    status: "Missing",
    source,
    message: `${branch} is not protected; sync writes the protection below`,
    diff,
    scorecard: scorecardTier(UNPROTECTED)
  } : {
    branch,
    status: diff.length === 0 ? "Applied" : "Drifted",
    source,
    message: diff.length === 0 ? `${branch} has the protection the config asks for` : `${branch} differs from the config in ${diff.length} setting${diff.length === 1 ? "" : "s"}; sync rewrites them`,
    diff,
    scorecard: scorecardTier(effective)
  };
}
function diffSettings(desired, actual) {
  let diff = [];
  sameChecks(desired.requiredChecks, actual.requiredChecks) || diff.push({
    field: "required_checks",
    desired: desired.requiredChecks.map(describeCheck),
    actual: actual.requiredChecks.map(describeCheck)
  });
  let fields = [
    ["strict", "strict"],
    ["require_pull_request", "requirePullRequest"],
    ["required_approving_reviews", "approvingReviews"],
    ["dismiss_stale_reviews", "dismissStaleReviews"],
    ["require_code_owner_reviews", "codeOwnerReviews"],
    ["enforce_admins", "enforceAdmins"],
    ["block_force_pushes", "blockForcePushes"],
    ["block_deletions", "blockDeletions"],
    ["require_linear_history", "linearHistory"],
    ["require_conversation_resolution", "conversationResolution"]
  ];
  for (let [field, key] of fields) {
    let want = desired[key], have = actual[key];
    want !== have && diff.push({ field, desired: want, actual: have });
  }
  return diff;
}
function sameChecks(desired, actual) {
  return desired.length !== actual.length ? !1 : desired.every(
    (want) => actual.some(
      (have) => have.context === want.context && (want.appId === void 0 || want.appId === -1 || have.appId === want.appId)
    )
  );
}
function describeCheck(check) {
  return check.appId === void 0 || check.appId === -1 ? `${check.context} (any app)` : `${check.context} (app ${check.appId})`;
}

// core/protection/report.ts
import { z as z27 } from "zod";
var PROTECTION_STATUSES = [
  "Applied",
  "Drifted",
  "Missing",
  "Unavailable",
  "PermissionNeeded",
  "Error"
], jsonValue = z27.union([z27.string(), z27.number(), z27.boolean(), z27.array(z27.string())]), fieldDiffSchema = z27.strictObject({
  field: z27.string().describe("Config key under protection:, e.g. required_approving_reviews."),
  desired: jsonValue,
  actual: jsonValue
}).describe("One setting that differs."), scorecardSchema = z27.strictObject({
  tier: z27.number().int().min(0).max(5).describe("OpenSSF Scorecard Branch-Protection tier reached."),
  score: z27.number().min(0).max(10),
  next: z27.array(z27.string()).describe("Criteria missing for the next tier.")
}), plannedWriteSchema = z27.strictObject({
  method: z27.enum(["PUT", "POST"]),
  path: z27.string().describe("The REST path, e.g. /repos/o/r/branches/main/protection."),
  branches: z27.array(z27.string()).describe("The branches the write protects."),
  ruleset_id: z27.number().int().optional(),
  body: z27.record(z27.string(), z27.unknown()),
  outcome: z27.enum(["planned", "written", "failed"]).describe("planned in a dry run (plan), else what happened.")
}).describe("One write: a PUT per branch (classic) or one ruleset create/update (rulesets)."), branchStatusSchema = z27.strictObject({
  branch: z27.string(),
  status: z27.enum(PROTECTION_STATUSES),
  source: z27.enum(["classic", "rulesets", "classic+rulesets", "none", "unknown"]).describe("Where the protection read comes from."),
  message: z27.string().describe("What the status means and the next step."),
  diff: z27.array(fieldDiffSchema),
  scorecard: scorecardSchema.describe("The tier the branch's actual protection reaches.")
}), protectionStatusSchema = z27.strictObject({
  version: z27.literal(1),
  repository: z27.string().describe("owner/name"),
  mode: z27.enum(PROTECTION_MODES),
  dry_run: z27.boolean().describe("True for plan: nothing was written."),
  status: z27.enum(PROTECTION_STATUSES).describe("The worst branch status."),
  branches: z27.array(branchStatusSchema),
  writes: z27.array(plannedWriteSchema),
  scorecard: scorecardSchema.describe("The lowest tier among the branches.")
}).describe("pilot-gate protection plan|sync report.");

// core/release/decide.ts
import { compare as compareSemver, inc } from "semver";

// core/gates/readiness/report-check.ts
var READINESS_CLOCK_SKEW_MS = 5 * 6e4;
function verdictProblem(verdict, blockers) {
  if (verdict === "GO" && blockers.length > 0)
    return `the readiness verdict is GO but it lists blockers (${blockers.join(", ")}): the report contradicts itself`;
  if (verdict === "NO-GO" && blockers.length === 0)
    return "the readiness verdict is NO-GO but it lists no blocker: the report contradicts itself";
}
function readinessReportProblems(report, now) {
  let problems = [], verdict = verdictProblem(report.verdict, report.blockers);
  verdict !== void 0 && problems.push(verdict);
  let at2 = Date.parse(report.evaluated_at);
  return Number.isNaN(at2) ? problems.push(
    `evaluated_at ${JSON.stringify(report.evaluated_at)} is not a time; a readiness report says when it was judged in ISO 8601 (e.g. 2026-05-01T10:00:00Z)`
  ) : at2 - now.getTime() > READINESS_CLOCK_SKEW_MS && problems.push(
    `evaluated_at ${report.evaluated_at} is ${formatDuration(at2 - now.getTime())} after now (${now.toISOString()}), more than the ${READINESS_CLOCK_SKEW_MS / 6e4} min clocks may differ: the report is not from this run, or a clock is wrong`
  ), problems;
}

// core/release/decide.ts
var NUMBER = "(0|[1-9]\\d{0,8})", GA_PATTERN = new RegExp(`^v${NUMBER}\\.${NUMBER}\\.${NUMBER}$`), RC_PATTERN = new RegExp(`^v${NUMBER}\\.${NUMBER}\\.${NUMBER}-rc\\.${NUMBER}$`);

// app/cache.ts
var LruMap = class {
  #max;
  #map = /* @__PURE__ */ new Map();
  constructor(max) {
    this.#max = max;
  }
  get(key) {
    let value = this.#map.get(key);
    return value !== void 0 && (this.#map.delete(key), this.#map.set(key, value)), value;
  }
  set(key, value) {
    for (this.#map.delete(key), this.#map.set(key, value); this.#map.size > this.#max; ) {
      let oldest = this.#map.keys().next();
      if (oldest.done) break;
      this.#map.delete(oldest.value);
    }
  }
  delete(key) {
    this.#map.delete(key);
  }
  get size() {
    return this.#map.size;
  }
  /** The entries, oldest first, without refreshing them. */
  entries() {
    return [...this.#map.entries()];
  }
}, KeyedQueue = class {
  #tails = /* @__PURE__ */ new Map();
  run(key, task) {
    let result = (this.#tails.get(key) ?? Promise.resolve()).then(task, task), tail = result.then(
      () => {
      },
      () => {
      }
    );
    return this.#tails.set(key, tail), tail.then(() => {
      this.#tails.get(key) === tail && this.#tails.delete(key);
    }), result;
  }
};
async function readThrough(deps, cache, key, what, read, { revalidate = !1 } = {}) {
  let now = deps.state.options.now().getTime(), cached = cache.get(key), young = cached && now - cached.fetchedAt < deps.state.options.configCacheSeconds * 1e3;
  if (cached && young && !revalidate) return cached;
  let fresh;
  try {
    fresh = await read(cached, now);
  } catch (error) {
    if (!cached) throw error;
    return deps.log.warn(
      { err: error },
      `could not revalidate ${what}; using the copy read ${Math.round((now - cached.fetchedAt) / 1e3)} s ago`
    ), cached;
  }
  return cache.set(key, fresh), fresh;
}

// app/github/client.ts
import { composeConfigGet } from "@probot/octokit-plugin-config";

// app/errors.ts
var CannotEvaluateError = class extends Error {
  name = "CannotEvaluateError";
  reason;
  constructor(reason) {
    super(reason), this.reason = reason;
  }
};

// app/pull.ts
function toPullInfo(raw) {
  return {
    number: raw.number,
    state: raw.state,
    title: raw.title,
    body: raw.body ?? "",
    draft: raw.draft === !0,
    headSha: raw.head.sha,
    headRef: raw.head.ref,
    baseSha: raw.base.sha,
    baseRef: raw.base.ref,
    labels: labelNames(raw.labels),
    changedFiles: typeof raw.changed_files == "number" ? raw.changed_files : void 0,
    author: raw.user?.login ?? "",
    updatedAt: raw.updated_at ?? ""
  };
}
function waveOfPull(pull, settings) {
  return waveOf({ labels: pull.labels, branch: pull.headRef, title: pull.title }, settings);
}

// app/github/permissions.ts
var REQUEST_PERMISSIONS = {
  "GET /app": {
    why: "the App's slug, to recognise labels it applied (once per process, only when needed)",
    uses: void 0
  },
  "GET /apps/{app_slug}": {
    why: "the Action only: the id of the app its token belongs to (github-actions, or an App), to recognise its own check runs and labels",
    uses: void 0
  },
  "GET /repos/{owner}/{repo}/contents/{path}": {
    why: "read .github/pilot-gate.yml from the default branch (or the organisation's .github repository when there is none) and each file its `_extends` names, the PR's version to validate it, and the public keys readiness.evidence_keys names",
    uses: { contents: "read" }
  },
  "GET /repos/{owner}/{repo}/git/trees/{tree_sha}": {
    why: "list the files of a push to the evidence branch, to find its readiness reports and the evidence pack each belongs to",
    uses: { contents: "read" }
  },
  "GET /repos/{owner}/{repo}/git/blobs/{file_sha}": {
    why: "read a readiness report and every file of its evidence pack, to verify the pack before posting pilot-gate/readiness",
    uses: { contents: "read" }
  },
  "GET /repos/{owner}/{repo}/pulls/{pull_number}": {
    why: "the PR behind an override comment, a merge group or a re-run request",
    uses: { pull_requests: "read" }
  },
  "GET /repos/{owner}/{repo}/pulls/{pull_number}/files": {
    why: "changed paths, for the governance-files rule and to spot a PR that edits the config",
    uses: { pull_requests: "read" }
  },
  "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews": {
    why: "approvals, only when a governance file changed",
    uses: { pull_requests: "read" }
  },
  "GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls": {
    why: "the PRs of a re-run check when GitHub sends none (fork PRs), and the PR a commit on a protected branch was merged from",
    uses: { pull_requests: "read" },
    alsoAccepted: { contents: "read" }
  },
  "GET /orgs/{org}/teams/{team_slug}/members": {
    why: "expand role teams into logins, only when a rule needs the role",
    uses: { members: "read" }
  },
  "GET /repos/{owner}/{repo}/commits/{ref}/check-runs": {
    why: "find this App's check run (and its receipts) on a commit",
    uses: { checks: "read" }
  },
  "POST /repos/{owner}/{repo}/check-runs": {
    why: "post the verdict, always as a completed check",
    uses: { checks: "write" }
  },
  "PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}": {
    why: "update the verdict on the same commit",
    uses: { checks: "write" }
  },
  "POST /repos/{owner}/{repo}/issues/{issue_number}/labels": {
    why: "add the NO_MERGE label to a PR; incidents.enabled: needs-info and escalation:<level> on issues",
    uses: { pull_requests: "write", issues: "write" }
  },
  "DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}": {
    why: "remove a NO_MERGE label the App applied; incidents.enabled: needs-info once a blocked item states every field",
    uses: { pull_requests: "write", issues: "write" }
  },
  "GET /repos/{owner}/{repo}/issues/{issue_number}/events": {
    why: "who applied the NO_MERGE label, only when it is on the PR, or the needs-info label, only when it is on an item no longer blocked",
    uses: { pull_requests: "read" },
    alsoAccepted: { issues: "read" }
  },
  "GET /repos/{owner}/{repo}/collaborators/{username}/permission": {
    why: "the repository role of someone asking for an override or a freeze, commenting on an incident (acknowledgement), or approving a governance change while no approver role has a holder (no config yet)",
    uses: { metadata: "read" }
  },
  "POST /repos/{owner}/{repo}/issues/{issue_number}/comments": {
    why: "explain a refused or malformed override; incidents.enabled: answer freeze commands, escalate incidents, list a blocked item's missing fields",
    uses: { pull_requests: "write", issues: "write" }
  },
  "POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions": {
    why: "acknowledge an accepted override",
    uses: { pull_requests: "write" },
    alsoAccepted: { issues: "write" }
  },
  "GET /repos/{owner}/{repo}": {
    why: "the default branch of a repository the App was just installed on (installation events do not carry it)",
    uses: { metadata: "read" }
  },
  "GET /repos/{owner}/{repo}/branches/{branch}": {
    why: "the default branch's head commit, where the pilot-gate/protection check goes, and pilot-gate/readiness when a report names no commit",
    uses: { contents: "read" }
  },
  "GET /repos/{owner}/{repo}/branches/{branch}/protection": {
    why: "read a branch's classic protection, to compare it with protection: in the config",
    uses: { administration: "read" }
  },
  "PUT /repos/{owner}/{repo}/branches/{branch}/protection": {
    why: "apply protection: to a branch that lacks it or drifted from it (one write per branch)",
    uses: { administration: "write" }
  },
  "GET /repos/{owner}/{repo}/rules/branches/{branch}": {
    why: "the ruleset rules that protect a branch, whatever their source",
    uses: { metadata: "read" }
  },
  "GET /repos/{owner}/{repo}/rulesets": {
    why: "rulesets mode: find the ruleset named pilot-gate",
    uses: { metadata: "read" }
  },
  "GET /repos/{owner}/{repo}/rulesets/{ruleset_id}": {
    why: "whether anyone may bypass a ruleset that protects a branch",
    uses: { metadata: "read" }
  },
  "POST /repos/{owner}/{repo}/rulesets": {
    why: "rulesets mode: create the pilot-gate ruleset",
    uses: { administration: "write" }
  },
  "PUT /repos/{owner}/{repo}/rulesets/{ruleset_id}": {
    why: "rulesets mode: rewrite the pilot-gate ruleset after drift",
    uses: { administration: "write" }
  },
  "GET /repos/{owner}/{repo}/issues": {
    why: "find the open protection drift issue; incidents.enabled: open critical incidents and freeze issues, by label",
    uses: { issues: "read" }
  },
  "POST /repos/{owner}/{repo}/issues": {
    why: "drift: report: open the protection drift issue; incidents.enabled: open a freeze issue (/pilot-gate freeze, a tripped trigger)",
    uses: { issues: "write" }
  },
  "PATCH /repos/{owner}/{repo}/issues/{issue_number}": {
    why: "drift: report: update the drift issue, and close it once protection is back; /pilot-gate unfreeze: close a freeze issue with the lift's receipt",
    uses: { issues: "write" }
  },
  "GET /repos/{owner}/{repo}/issues/{issue_number}/timeline": {
    why: "incidents.enabled: when an incident was acknowledged (a maintainer's comment or assignment), contained and recovered",
    uses: { issues: "read" }
  },
  "GET /repos/{owner}/{repo}/issues/{issue_number}/comments": {
    why: "incidents.enabled: find the App's own comment on a blocked item or incident, to update it rather than post another",
    uses: { issues: "read" },
    alsoAccepted: { pull_requests: "read" }
  },
  "PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}": {
    why: "incidents.enabled: update the App's own comment listing a blocked item's missing fields",
    uses: { issues: "write" },
    alsoAccepted: { pull_requests: "write" }
  },
  "GET /repos/{owner}/{repo}/pulls": {
    why: "incidents.enabled: the open PRs of a wave, for the WIP limit, and those to judge again when a freeze starts or lifts",
    uses: { pull_requests: "read" }
  }
};

// app/github/errors.ts
var GitHubApiError = class extends Error {
  name = "GitHubApiError";
  route;
  /** HTTP status, or `undefined` when no answer arrived (network, timeout). */
  status;
  /**
   * One sentence for a check title: what failed and, unless re-running is
   * all there is to it (the check's title already ends in "re-run"), what to do.
   */
  reason;
  constructor(route, action, cause) {
    let status2 = statusOf3(cause), next = nextStep(route, status2, cause), reason = `${describeAnswer(status2, cause)} when the App tried to ${action}${next ? `; ${next}` : ""}`;
    super(`${reason} (${route}: ${messageOf(cause)})`, { cause }), this.route = route, this.status = status2, this.reason = reason;
  }
};
function statusOf3(error) {
  let status2 = error?.status;
  return typeof status2 == "number" ? status2 : void 0;
}
function isSecondaryRateLimit(error) {
  let status2 = statusOf3(error);
  return (status2 === 403 || status2 === 429) && /secondary rate limit/i.test(messageOf(error));
}
function describeAnswer(status2, cause) {
  return status2 === void 0 ? "GitHub could not be reached" : isSecondaryRateLimit(cause) ? "GitHub's secondary rate limit refused the request" : `GitHub answered ${status2}`;
}
function nextStep(route, status2, cause) {
  if (status2 === void 0 || status2 >= 500) return "";
  if (isSecondaryRateLimit(cause)) return "wait a few minutes";
  if (rateLimitExhausted(cause))
    return "the installation's hourly quota is spent, wait for its reset";
  if (status2 === 401) return "check the App's APP_ID and PRIVATE_KEY";
  if (route === "GET /apps/{app_slug}" && status2 === 404)
    return "check the action's app-slug input: it must name the app the token belongs to";
  if (status2 === 403 || status2 === 404) {
    let needs = REQUEST_PERMISSIONS[route].uses, permission = needs ? Object.entries(needs).map(([name, access]) => `${name}: ${access}`).join(", ") : "a valid App key";
    return route === "GET /orgs/{org}/teams/{team_slug}/members" && status2 === 404 ? `check the team name and the App's access (needs ${permission})` : `check the App's access to this repository (needs ${permission})`;
  }
  return "this is a pilot-gate bug, report it with the App's log";
}
function rateLimitExhausted(error) {
  return error?.response?.headers?.["x-ratelimit-remaining"] === "0";
}
function messageOf(error) {
  return error instanceof Error ? error.message : String(error);
}

// app/github/protection.ts
var PROTECTION_PERMISSION = "administration: write";
async function readProtection(octokit, repo, desired) {
  let actual = { repository: `${repo.owner}/${repo.repo}`, branches: {} };
  if (desired.mode === "rulesets")
    try {
      actual.rulesetId = await findOwnRuleset(octokit, repo);
    } catch (error) {
      let failure2 = classify(error, "list the repository's rulesets");
      for (let branch of desired.branches) actual.branches[branch] = failure2;
      return actual;
    }
  let bypass = /* @__PURE__ */ new Map();
  for (let branch of desired.branches)
    actual.branches[branch] = await readBranch(octokit, repo, branch, bypass);
  return actual;
}
async function readBranch(octokit, repo, branch, bypass) {
  let classic;
  try {
    let { data } = await octokit.request(
      "GET /repos/{owner}/{repo}/branches/{branch}/protection",
      { ...repo, branch }
    );
    classic = settingsFromClassic(data);
  } catch (error) {
    let message = githubMessage(error);
    if (statusOf3(error) === 404 && /branch not protected/i.test(message))
      classic = void 0;
    else return statusOf3(error) === 404 && /branch not found/i.test(message) ? { kind: "branch-missing" } : classify(error, `read the protection of ${branch}`);
  }
  let rules;
  try {
    let { data } = await octokit.request(
      "GET /repos/{owner}/{repo}/rules/branches/{branch}",
      {
        ...repo,
        branch,
        per_page: 100
      }
    );
    rules = Array.isArray(data) ? data : [];
  } catch (error) {
    return classify(error, `read the ruleset rules of ${branch}`);
  }
  if (rules.length === 0) return { kind: "read", classic };
  let ids = [...new Set(rules.flatMap((rule) => rule.ruleset_id ? [rule.ruleset_id] : []))], adminsBound;
  try {
    adminsBound = (await Promise.all(
      ids.map((id) => {
        let known = bypass.get(id);
        return known || (known = rulesetBindsAdmins(octokit, repo, id), bypass.set(id, known)), known;
      })
    )).every(Boolean);
  } catch (error) {
    return classify(error, `read the rulesets that protect ${branch}`);
  }
  return { kind: "read", classic, rulesets: settingsFromRules(rules, adminsBound) };
}
async function rulesetBindsAdmins(octokit, repo, id) {
  let { data } = await octokit.request(
    "GET /repos/{owner}/{repo}/rulesets/{ruleset_id}",
    {
      ...repo,
      ruleset_id: id
    }
  ), actors = data.bypass_actors;
  return Array.isArray(actors) && actors.length === 0;
}
async function findOwnRuleset(octokit, repo) {
  let { data } = await octokit.request(
    "GET /repos/{owner}/{repo}/rulesets",
    {
      ...repo,
      per_page: 100,
      includes_parents: !1
    }
  );
  return (Array.isArray(data) ? data : []).find(
    (ruleset) => ruleset.name === RULESET_NAME && (ruleset.source_type === void 0 || ruleset.source_type === "Repository")
  )?.id;
}
async function writeProtection(octokit, repo, plan) {
  let outcomes = [];
  for (let write of plan.writes) outcomes.push(await writeOne(octokit, repo, write));
  return outcomes;
}
async function writeOne(octokit, repo, write) {
  try {
    return write.ruleset_id !== void 0 ? await octokit.request(
      "PUT /repos/{owner}/{repo}/rulesets/{ruleset_id}",
      {
        ...repo,
        ruleset_id: write.ruleset_id,
        ...write.body
      }
    ) : write.method === "POST" ? await octokit.request("POST /repos/{owner}/{repo}/rulesets", {
      ...repo,
      ...write.body
    }) : await octokit.request(
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection",
      {
        ...repo,
        branch: write.branches[0],
        ...write.body
      }
    ), { ok: !0 };
  } catch (error) {
    let message = githubMessage(error);
    if (statusOf3(error) === 404 && /branch not found/i.test(message))
      return {
        ok: !1,
        status: "Missing",
        message: `branch ${write.branches[0]} does not exist: create the branch first, then run sync`
      };
    let failure2 = classify(error, `write the protection of ${write.branches.join(", ")}`);
    return { ok: !1, status: failure2.status, message: failure2.message };
  }
}
function classify(error, action) {
  let status2 = statusOf3(error), message = githubMessage(error);
  return status2 === 403 && /upgrade to github pro|make this repository public/i.test(message) ? {
    kind: "failed",
    status: "Unavailable",
    message: `Unavailable on this plan: GitHub answered "${message}" when pilot-gate tried to ${action}. Make the repository public or move it to a plan with protected branches (Pro, Team or Enterprise).`
  } : status2 === 401 || status2 === 403 || status2 === 404 ? {
    kind: "failed",
    status: "PermissionNeeded",
    message: `Permission needed: ${PROTECTION_PERMISSION}. GitHub answered ${status2} "${message}" when pilot-gate tried to ${action}: give the App (or the token: fine-grained "Administration: Read and write", or a classic token with repo scope from a repository admin) that permission.`
  } : status2 === 422 ? {
    kind: "failed",
    status: "Error",
    message: `GitHub rejected the request to ${action} (422): ${message}`
  } : status2 === void 0 ? {
    kind: "failed",
    status: "Error",
    message: `GitHub could not be reached to ${action} (${message}); re-run when it can`
  } : {
    kind: "failed",
    status: "Error",
    message: `GitHub answered ${status2} when pilot-gate tried to ${action}: ${message}${status2 >= 500 ? "; re-run later" : ""}`
  };
}
function githubMessage(error) {
  let message = error?.response?.data?.message;
  return typeof message == "string" && message !== "" ? message : error instanceof Error ? error.message : String(error);
}

// app/github/client.ts
var ConfigChainError = class extends Error {
  name = "ConfigChainError";
  kind;
  /** The files read, the one whose `_extends` is at fault last. */
  files;
  /** The file the last one leads to, when known (`owner/repo:path`). */
  target;
  constructor(kind, files, target) {
    super(
      `config chain ${kind}: ${[...files.map((file) => file.name), target ?? "?"].join(" -> ")}`
    ), this.kind = kind, this.files = files, this.target = target;
  }
}, GitHubClient = class {
  #octokit;
  #identity;
  #appId;
  repo;
  /** Requests made through this client (tokens aside), logged per event to watch the rate-limit budget. */
  requests = 0;
  #cache;
  #memo;
  constructor(octokit, repo, identity, cache, memo) {
    this.#octokit = octokit, this.#identity = identity, this.#cache = cache, this.#memo = memo, this.repo = repo, octokit.hook.before("request", (options4) => {
      String(options4.url).startsWith("/app/installations/") || this.requests++;
    });
  }
  /** Who reads GitHub through this client, and how to let it read another repository, for messages. */
  get reader() {
    return this.#identity ? { who: "the step's token", grant: "give the step a token that can read it" } : { who: "the App", grant: "install the App on that repository" };
  }
  /**
   * The App's id, read from its own credentials (no request), or looked up
   * once by the identity's slug. Learned once per client and kept in
   * `memo` when given (the App's state), since reading it from the
   * credentials signs a JWT each time.
   */
  async appId() {
    if (this.#memo?.appId !== void 0) return this.#memo.appId;
    this.#appId ??= this.#identity ? this.#appIdBySlug(this.#identity.appSlug) : this.#appIdFromCredentials();
    let id = await this.#appId;
    return this.#memo && (this.#memo.appId = id), id;
  }
  async #appIdFromCredentials() {
    let auth = await this.#octokit.auth({ type: "app" }), id = Number(auth.appId);
    if (!Number.isInteger(id)) throw new Error("the App's id is unknown: set APP_ID");
    return id;
  }
  /** The App's slug (its bot is `<slug>[bot]`): the identity's, or asked with the App's JWT. */
  async appSlug() {
    if (this.#identity) return this.#identity.appSlug;
    let route = "GET /app", { data } = await this.#call(
      route,
      "read the App's own name",
      () => this.#octokit.request(route)
    );
    return data?.slug ?? "";
  }
  async #appIdBySlug(slug) {
    let route = "GET /apps/{app_slug}", { data } = await this.#call(
      route,
      `look up the app ${slug}`,
      () => this.#octokit.request(route, { app_slug: slug })
    ), id = Number(data?.id);
    if (!Number.isInteger(id)) throw new Error(`GitHub returned no id for the app ${slug}`);
    return id;
  }
  /**
   * A file's raw text at `ref`. With `etag`, asks GitHub to answer 304 when
   * it is unchanged, which does not count against the rate limit.
   */
  getRawFile(path, ref, etag) {
    return this.#rawFile(this.repo, path, ref, etag);
  }
  /**
   * The files a repository's config is composed of, found as Probot's
   * `context.config` finds them (@probot/octokit-plugin-config's
   * `composeConfigGet`): the repository's own file at `ref`; when it has
   * none, the same path in the organisation's `.github` repository; then
   * each `_extends` in turn, on its repository's default branch, so a PR's
   * head is never read. The plugin's requests come through this client, so
   * they are counted and keep `getRawFile`'s answers: only a 404 for the
   * file itself means "no file", anything else throws. The plugin stops at
   * a file that is not there; the caller decides what that means (nothing
   * to inherit, or a broken `_extends`).
   *
   * The plugin parses what it is handed with its own YAML reader, which has
   * no size bound and no positions, so it is handed only the `_extends`
   * each file names (as the caller parsed it), and the caller composes the
   * files it reads itself. Throws `ConfigChainError` for a loop, a chain
   * past `maxExtends` or an `_extends` the plugin refuses.
   */
  async readConfigFiles(path, options4) {
    let route = "GET /repos/{owner}/{repo}/contents/{path}", reads = [], seen = /* @__PURE__ */ new Set(), lastExtends, request = async (endpoint2) => {
      if (`${String(endpoint2.method)} ${String(endpoint2.url)}` !== route)
        throw new Error(
          `the config plugin asked for ${String(endpoint2.method)} ${String(endpoint2.url)}, which pilot-gate does not make; report it with the App's log`
        );
      let file = { owner: String(endpoint2.owner), repo: String(endpoint2.repo) }, filePath = String(endpoint2.path), name = configFileName(file.owner, file.repo, filePath), via = reads.length === 0 ? "repository" : reads.length === 1 && reads[0]?.answer.kind === "missing" ? "organisation" : "extends", key = `${file.owner.toLowerCase()}/${file.repo.toLowerCase()}:${filePath}`;
      if (seen.has(key)) throw new ConfigChainError("loop", [...reads], name);
      if (via === "extends" && reads.filter((read2) => read2.via === "extends").length >= options4.maxExtends)
        throw new ConfigChainError("too-long", [...reads], name);
      seen.add(key);
      let ref = typeof endpoint2.ref == "string" ? endpoint2.ref : void 0, answer;
      try {
        answer = await this.#rawFile(file, filePath, ref, options4.etags?.get(name));
      } catch (error) {
        throw new Fault(error);
      }
      let read = { ...file, path: filePath, name, via, answer };
      if (reads.push(read), answer.kind === "missing")
        throw Object.assign(new Error(`${name} not found`), { status: 404 });
      let extendsValue = options4.extendsOf(read);
      return lastExtends = extendsValue, {
        data: extendsValue === void 0 ? "{}" : JSON.stringify({ _extends: extendsValue }),
        headers: { "content-type": "text/plain; charset=utf-8" }
      };
    }, endpoint = (params) => ({
      url: configFileName(String(params.owner), String(params.repo), String(params.path))
    });
    try {
      await composeConfigGet(
        { request: Object.assign(request, { endpoint }) },
        { ...this.repo, path, branch: options4.ref }
      );
    } catch (error) {
      if (error instanceof Fault) throw error.error;
      let message = error instanceof Error ? error.message : "";
      if (message.startsWith(`${PLUGIN} Recursion detected`)) {
        let target = lastExtends === void 0 ? void 0 : await extendsTarget(this.repo, path, lastExtends);
        throw new ConfigChainError(
          "loop",
          reads,
          target && configFileName(target.owner, target.repo, target.path)
        );
      }
      throw message.startsWith(`${PLUGIN} Invalid value`) ? new ConfigChainError("invalid", reads) : error;
    }
    return reads;
  }
  async #rawFile(repo, path, ref, etag) {
    let route = "GET /repos/{owner}/{repo}/contents/{path}", own = repo.owner === this.repo.owner && repo.repo === this.repo.repo, where2 = ref !== void 0 ? `${own ? "" : `${repo.owner}/${repo.repo}:`}${path} at ${shortRef(ref)}` : `${repo.owner}/${repo.repo}:${path} on its default branch`;
    try {
      let response = await this.#octokit.request(route, {
        ...repo,
        path,
        ...ref !== void 0 ? { ref } : {},
        headers: {
          accept: "application/vnd.github.raw+json",
          ...etag ? { "if-none-match": etag } : {}
        }
      }), data = response.data, text = typeof data == "string" ? data : data instanceof ArrayBuffer ? new TextDecoder().decode(data) : void 0;
      if (text === void 0)
        throw new CannotEvaluateError(
          `${where2} is not a file (GitHub answered with a directory listing or a submodule); make it a file, or remove it`
        );
      return { kind: "found", text, etag: response.headers.etag };
    } catch (error) {
      if (error instanceof CannotEvaluateError) throw error;
      let status2 = statusOf3(error);
      if (status2 === 304) return { kind: "not-modified" };
      if (status2 === 404 && failedUrl(error).includes("/contents/")) return { kind: "missing" };
      throw new GitHubApiError(route, `read ${where2}`, error);
    }
  }
  /**
   * The names in the folder at `path` on `ref` (a non-empty path; the root
   * is a tree, see `getTree`). Only the contents request's own 404 means
   * nothing is there; any other failure throws.
   */
  async listFolder(path, ref) {
    let route = "GET /repos/{owner}/{repo}/contents/{path}";
    try {
      let { data } = await this.#octokit.request(route, { ...this.repo, path, ref });
      return Array.isArray(data) ? { kind: "folder", entries: data.map((entry) => entry.name) } : { kind: "file" };
    } catch (error) {
      if (statusOf3(error) === 404 && failedUrl(error).includes("/contents/"))
        return { kind: "missing" };
      throw new GitHubApiError(route, `list ${path} at ${shortRef(ref)}`, error);
    }
  }
  /**
   * The entries of a tree, or of a commit's tree (a commit sha is accepted
   * in its place). `recursive` lists every path under it in one request;
   * GitHub sets `truncated` past about 100,000 entries or 7 MB.
   */
  async getTree(treeSha, { recursive = !1 } = {}) {
    let route = "GET /repos/{owner}/{repo}/git/trees/{tree_sha}", { data } = await this.#call(
      route,
      `list the files of ${shortRef(treeSha)}`,
      () => this.#octokit.request(route, {
        ...this.repo,
        tree_sha: treeSha,
        ...recursive ? { recursive: "1" } : {}
      })
    );
    return {
      truncated: data.truncated === !0,
      entries: data.tree.flatMap(
        (entry) => entry.path !== void 0 && entry.sha !== void 0 && entry.mode !== void 0 && (entry.type === "blob" || entry.type === "tree" || entry.type === "commit") ? [
          {
            path: entry.path,
            type: entry.type,
            mode: entry.mode,
            sha: entry.sha,
            size: entry.size
          }
        ] : []
      )
    };
  }
  /**
   * A blob's bytes. Asked as JSON (base64), not the raw media type, whose
   * answer Octokit may decode as text and so alter a binary file's bytes.
   */
  async getBlob(sha) {
    let route = "GET /repos/{owner}/{repo}/git/blobs/{file_sha}", response = await this.#call(
      route,
      `read the blob ${shortRef(sha)}`,
      () => this.#octokit.request(route, { ...this.repo, file_sha: sha })
    ), data = typeof response.data == "string" ? parseJsonOrUndefined(response.data) : response.data;
    if (typeof data?.content == "string") {
      if (data.encoding === "base64") return Buffer.from(data.content, "base64");
      if (data.encoding === "utf-8" || data.encoding === "utf8")
        return Buffer.from(data.content, "utf8");
    }
    throw new Error(
      `GitHub answered the blob ${shortRef(sha)} in the encoding "${String(data?.encoding)}", which pilot-gate does not read; report it with the App's log`
    );
  }
  async getPull(pullNumber) {
    let route = "GET /repos/{owner}/{repo}/pulls/{pull_number}", { data } = await this.#call(
      route,
      `read PR #${pullNumber}`,
      () => this.#octokit.request(route, { ...this.repo, pull_number: pullNumber })
    );
    return toPullInfo(data);
  }
  /**
   * The PR's changed files, and whether the list is only a part of them:
   * GitHub stops at `PULL_FILES_LIST_LIMIT` entries, so a list that long, or
   * shorter than the `expected` count the PR gives, is marked `partial`.
   */
  async listPullFiles(pullNumber, expected) {
    let route = "GET /repos/{owner}/{repo}/pulls/{pull_number}/files", files = (await this.#call(
      route,
      "list the PR's changed files",
      () => this.#octokit.paginate(route, { ...this.repo, pull_number: pullNumber, per_page: 100 })
    )).map((file) => ({ path: file.filename, status: file.status }));
    return files.length >= 3e3 || expected !== void 0 && files.length < expected ? { files, partial: { listed: files.length, total: expected } } : { files, partial: void 0 };
  }
  async listReviews(pullNumber) {
    let route = "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews";
    return (await this.#call(
      route,
      "list the PR's reviews",
      () => this.#octokit.paginate(route, { ...this.repo, pull_number: pullNumber, per_page: 100 })
    )).flatMap(
      (review) => review.user ? [
        {
          login: review.user.login,
          state: reviewState(review.state),
          commitId: review.commit_id ?? void 0
        }
      ] : []
    );
  }
  async listTeamMembers(org, teamSlug2) {
    let route = "GET /orgs/{org}/teams/{team_slug}/members";
    return (await this.#call(
      route,
      `list the members of team ${org}/${teamSlug2}`,
      () => this.#octokit.paginate(route, { org, team_slug: teamSlug2, per_page: 100 })
    )).map((member) => member.login);
  }
  /**
   * The merged PR whose merge into `branch` made commit `sha` (its
   * `merge_commit_sha`), or `undefined` when no PR did (a direct push).
   */
  async findMergedPull(sha, branch) {
    let route = "GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls", merged = (await this.#call(
      route,
      `find the PR that made commit ${shortRef(sha)}`,
      () => this.#octokit.paginate(route, { ...this.repo, commit_sha: sha, per_page: 100 })
    )).find(
      (pull) => pull.merged_at !== null && pull.merge_commit_sha === sha && pull.base.ref === branch
    );
    return merged ? {
      number: merged.number,
      title: merged.title,
      url: merged.html_url,
      headSha: merged.head.sha
    } : void 0;
  }
  /** Open PRs whose head is `sha`; for re-runs GitHub sends without PRs (forks). */
  async listOpenPullsForCommit(sha) {
    let route = "GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls";
    return (await this.#call(
      route,
      `find the PRs of commit ${shortRef(sha)}`,
      () => this.#octokit.paginate(route, { ...this.repo, commit_sha: sha, per_page: 100 })
    )).filter((pull) => pull.state === "open").map((pull) => pull.number);
  }
  /**
   * This App's check runs named `name` on `sha`, newest first. Filtered by
   * app id on GitHub's side and again here, so a workflow posting a check
   * with the same name is never taken for ours. All runs, not only the
   * latest: receipts written into an older run must survive a newer one.
   */
  async listCheckRuns(sha, name, appId) {
    let route = "GET /repos/{owner}/{repo}/commits/{ref}/check-runs", { data } = await this.#call(
      route,
      `find the ${name} check on ${shortRef(sha)}`,
      () => this.#octokit.request(route, {
        ...this.repo,
        ref: sha,
        check_name: name,
        filter: "all",
        app_id: appId,
        per_page: 100
      })
    );
    return data.check_runs.filter((run2) => run2.app?.id === appId && run2.name === name).map((run2) => ({
      id: Number(run2.id),
      summary: run2.output.summary ?? "",
      annotationsCount: run2.output.annotations_count,
      conclusion: run2.conclusion,
      title: run2.output.title ?? ""
    })).sort((a, b) => b.id - a.id);
  }
  async createCheckRun(headSha, write) {
    let route = "POST /repos/{owner}/{repo}/check-runs", { data } = await this.#call(
      route,
      `post the ${write.name} check`,
      () => this.#octokit.request(route, {
        ...this.repo,
        head_sha: headSha,
        ...checkRunBody(write)
      })
    );
    return Number(data.id);
  }
  async updateCheckRun(checkRunId, write) {
    let route = "PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}";
    await this.#call(
      route,
      `update the ${write.name} check`,
      () => this.#octokit.request(route, {
        ...this.repo,
        check_run_id: checkRunId,
        ...checkRunBody(write)
      })
    );
  }
  async addLabels(issueNumber, labels2) {
    let route = "POST /repos/{owner}/{repo}/issues/{issue_number}/labels";
    await this.#call(
      route,
      `add the ${labels2.join(", ")} label`,
      () => this.#octokit.request(route, { ...this.repo, issue_number: issueNumber, labels: labels2 })
    );
  }
  /** Removes a label; one that is already gone is not an error. */
  async removeLabel(issueNumber, label2) {
    let route = "DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}";
    try {
      await this.#octokit.request(route, { ...this.repo, issue_number: issueNumber, name: label2 });
    } catch (error) {
      if (statusOf3(error) === 404) return;
      throw new GitHubApiError(route, `remove the ${label2} label`, error);
    }
  }
  /** Who last applied `label` to the PR (case-insensitive), or `undefined` when no event says. */
  async lastLabeledBy(issueNumber, label2) {
    let route = "GET /repos/{owner}/{repo}/issues/{issue_number}/events", events = await this.#call(
      route,
      "read who applied the label",
      () => this.#octokit.paginate(route, { ...this.repo, issue_number: issueNumber, per_page: 100 })
    ), wanted = label2.toLowerCase(), last;
    for (let event of events)
      event.event !== "labeled" || event.label?.name?.toLowerCase() !== wanted || (last = {
        login: event.actor?.login ?? "",
        type: event.actor?.type ?? "",
        appId: event.performed_via_github_app?.id ?? void 0
      });
    return last;
  }
  /** The user's role on the repository: admin, maintain, write, triage, read or none. */
  async getPermission(username) {
    let route = "GET /repos/{owner}/{repo}/collaborators/{username}/permission";
    try {
      let { data } = await this.#octokit.request(route, { ...this.repo, username });
      return data.role_name || data.permission;
    } catch (error) {
      if (statusOf3(error) === 404) return "none";
      throw new GitHubApiError(route, `read ${username}'s permission`, error);
    }
  }
  async createComment(issueNumber, body) {
    let route = "POST /repos/{owner}/{repo}/issues/{issue_number}/comments";
    await this.#call(
      route,
      "reply on the PR",
      () => this.#octokit.request(route, { ...this.repo, issue_number: issueNumber, body })
    );
  }
  async addReaction(commentId, content) {
    let route = "POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions";
    await this.#call(
      route,
      "react to the comment",
      () => this.#octokit.request(route, { ...this.repo, comment_id: commentId, content })
    );
  }
  /** The repository's default branch, for events that do not carry it (installation). */
  async getDefaultBranch() {
    let route = "GET /repos/{owner}/{repo}", { data } = await this.#call(
      route,
      "read the repository's default branch",
      () => this.#octokit.request(route, { ...this.repo })
    );
    return data.default_branch;
  }
  /** The head commit of `branch`, or `undefined` when the branch does not exist (an empty repository). */
  async getBranchHead(branch) {
    let route = "GET /repos/{owner}/{repo}/branches/{branch}";
    try {
      let { data } = await this.#octokit.request(route, { ...this.repo, branch });
      return data.commit.sha;
    } catch (error) {
      if (statusOf3(error) === 404) return;
      throw new GitHubApiError(route, `read the head of ${branch}`, error);
    }
  }
  /**
   * The protection of each desired branch (app/github/protection.ts): 2
   * requests a branch, more for rulesets. Never throws for GitHub's answers:
   * each becomes a branch status that says what to do.
   */
  readProtection(desired) {
    return readProtection(this.#octokit, this.repo, desired);
  }
  /** Makes a protection plan's writes, one request each; never throws for GitHub's answers. */
  writeProtection(plan) {
    return writeProtection(this.#octokit, this.repo, plan);
  }
  /**
   * The oldest open issue (not PR) carrying `label`: how the App finds the
   * one issue it keeps per repository without remembering its number.
   */
  async findOpenIssue(label2) {
    let issue = (await this.listOpenIssues(label2)).find((item) => !item.isPull);
    return issue ? { number: issue.number, body: issue.body } : void 0;
  }
  async createIssue(title, body, labels2) {
    let route = "POST /repos/{owner}/{repo}/issues", { data } = await this.#call(
      route,
      `open the issue "${title}"`,
      () => this.#octokit.request(route, { ...this.repo, title, body, labels: labels2 })
    );
    return data.number;
  }
  /** Rewrites an issue's body, and closes it as completed when `close` is set. */
  async updateIssue(issueNumber, body, { close = !1 } = {}) {
    let route = "PATCH /repos/{owner}/{repo}/issues/{issue_number}";
    await this.#call(
      route,
      `${close ? "close" : "update"} issue #${issueNumber}`,
      () => this.#octokit.request(route, {
        ...this.repo,
        issue_number: issueNumber,
        body,
        ...close ? { state: "closed", state_reason: "completed" } : {}
      })
    );
  }
  /**
   * Open issues and PRs with `label` (one label: GitHub ANDs a list), oldest
   * first. The first page is asked conditionally (see `#conditionalList`),
   * so reading the incidents on every PR event stays cheap.
   */
  async listOpenIssues(label2) {
    let route = "GET /repos/{owner}/{repo}/issues", params = {
      ...this.repo,
      labels: label2,
      state: "open",
      sort: "created",
      direction: "asc",
      per_page: 100
    };
    return (await this.#conditionalList(
      route,
      params,
      `find the open issue labelled ${label2}`
    )).map(issueItemOf);
  }
  /**
   * Issues (open and closed) with `label` updated since `since` (ISO 8601),
   * newest first: GitHub filters by update time, so an issue created since
   * then is always among them.
   */
  async listIssuesSince(label2, since) {
    let route = "GET /repos/{owner}/{repo}/issues";
    return (await this.#call(
      route,
      `list the issues labelled ${label2}`,
      () => this.#octokit.paginate(route, {
        ...this.repo,
        labels: label2,
        state: "all",
        since,
        sort: "created",
        direction: "desc",
        per_page: 100
      })
    )).map(issueItemOf);
  }
  /** An issue's timeline, oldest first: comments, assignments, label changes. */
  async listTimeline(issueNumber) {
    let route = "GET /repos/{owner}/{repo}/issues/{issue_number}/timeline";
    return (await this.#call(
      route,
      `read the timeline of #${issueNumber}`,
      () => this.#octokit.paginate(route, { ...this.repo, issue_number: issueNumber, per_page: 100 })
    )).flatMap((raw) => {
      let at2 = raw.created_at ?? raw.updated_at;
      if (!raw.event || !at2) return [];
      let who = raw.actor ?? raw.user;
      return [
        {
          event: raw.event,
          at: at2,
          actor: who?.login ? { login: who.login, type: who.type ?? "User" } : void 0,
          ...raw.label?.name ? { label: raw.label.name } : {}
        }
      ];
    });
  }
  /** The comments on an issue or PR, oldest first. */
  async listComments(issueNumber) {
    let route = "GET /repos/{owner}/{repo}/issues/{issue_number}/comments";
    return (await this.#call(
      route,
      `read the comments on #${issueNumber}`,
      () => this.#octokit.paginate(route, { ...this.repo, issue_number: issueNumber, per_page: 100 })
    )).map((comment) => ({
      id: comment.id,
      body: comment.body ?? "",
      author: { login: comment.user?.login ?? "", type: comment.user?.type ?? "User" },
      created_at: comment.created_at
    }));
  }
  async updateComment(commentId, body) {
    let route = "PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}";
    await this.#call(
      route,
      "update the App's comment",
      () => this.#octokit.request(route, { ...this.repo, comment_id: commentId, body })
    );
  }
  /** Open PRs of the repository, oldest first (first page asked conditionally, as for issues). */
  async listOpenPulls() {
    let route = "GET /repos/{owner}/{repo}/pulls", params = {
      ...this.repo,
      state: "open",
      sort: "created",
      direction: "asc",
      per_page: 100
    };
    return (await this.#conditionalList(route, params, "list the open PRs")).map((pull) => ({ ...toPullInfo(pull), url: pull.html_url }));
  }
  /**
   * A list whose first page is asked conditionally; only a full first page
   * (100 items) pages on, without the cache.
   */
  async #conditionalList(route, params, action) {
    let first = await this.#conditional(route, params, action);
    return first.length < params.per_page ? first : await this.#call(
      route,
      action,
      () => this.#octokit.paginate(route, params)
    );
  }
  /** One GET whose answer is kept with its ETag, so asking again costs nothing while unchanged. */
  async #conditional(route, params, action) {
    let key = `${route} ${JSON.stringify(params)}`, cached = this.#cache?.get(key);
    try {
      let response = await this.#octokit.request(route, {
        ...params,
        ...cached ? { headers: { "if-none-match": cached.etag } } : {}
      }), etag = response.headers.etag, data = response.data;
      return etag && this.#cache && this.#cache.set(key, { etag, data }), data;
    } catch (error) {
      if (statusOf3(error) === 304 && cached) return cached.data;
      throw new GitHubApiError(route, action, error);
    }
  }
  async #call(route, action, run2) {
    try {
      return await run2();
    } catch (error) {
      throw new GitHubApiError(route, action, error);
    }
  }
}, PLUGIN = "[@probot/octokit-plugin-config]";
async function extendsTarget(repo, path, value) {
  let resolved = { stop: !0 }, target, asked = 0, request = async (endpoint) => {
    if (asked++, asked === 1) return { data: JSON.stringify({ _extends: value }), headers: {} };
    throw target = {
      owner: String(endpoint.owner),
      repo: String(endpoint.repo),
      path: String(endpoint.path)
    }, resolved;
  };
  try {
    await composeConfigGet(
      {
        request: Object.assign(request, { endpoint: () => ({ url: path }) })
      },
      { ...repo, path }
    );
  } catch (error) {
    if (error === resolved) return target;
    if (error instanceof Error && error.message.startsWith(`${PLUGIN} Invalid value`))
      return;
    throw error;
  }
}
var Fault = class {
  error;
  constructor(error) {
    this.error = error;
  }
};
function issueItemOf(raw) {
  return {
    number: raw.number,
    title: raw.title,
    body: raw.body ?? "",
    state: raw.state === "closed" ? "closed" : "open",
    labels: labelNames(raw.labels),
    created_at: raw.created_at,
    closed_at: raw.closed_at,
    html_url: raw.html_url,
    author: { login: raw.user?.login ?? "", type: raw.user?.type ?? "User" },
    isPull: raw.pull_request !== void 0 && raw.pull_request !== null
  };
}
function checkRunBody(write) {
  return {
    name: write.name,
    status: "completed",
    conclusion: write.conclusion,
    completed_at: write.completedAt,
    output: {
      title: write.title,
      summary: write.summary,
      ...write.text !== void 0 ? { text: write.text } : {},
      ...write.annotations.length > 0 ? { annotations: write.annotations } : {}
    },
    ...write.actions.length > 0 ? { actions: write.actions } : {}
  };
}
function reviewState(state) {
  switch (state.toUpperCase()) {
    case "APPROVED":
      return "approved";
    case "CHANGES_REQUESTED":
      return "changes_requested";
    case "DISMISSED":
      return "dismissed";
    case "PENDING":
      return "pending";
    default:
      return "commented";
  }
}
function failedUrl(error) {
  let url = error?.request?.url;
  return typeof url == "string" ? url : "";
}
function parseJsonOrUndefined(text) {
  try {
    return JSON.parse(text);
  } catch {
    return;
  }
}
function shortRef(ref) {
  return /^[0-9a-f]{40}$/.test(ref) ? ref.slice(0, 7) : ref;
}

// app/evaluator.ts
var INLINE_EVALUATOR = {
  evaluate: async (snapshot, config, labelSets) => evaluateWithLabels(snapshot, config, labelSets)
};

// app/state.ts
function createState(options4, evaluator = INLINE_EVALUATOR) {
  return {
    evaluator,
    options: options4,
    configs: new LruMap(1e3),
    files: new LruMap(2e3),
    checkRuns: new LruMap(5e3),
    templates: new LruMap(1e3),
    headPaths: new LruMap(2e3),
    conditional: new LruMap(2e3),
    queue: new KeyedQueue(),
    appSlug: void 0,
    appId: void 0,
    labelWrites: new LruMap(2e3),
    appLabels: new LruMap(5e3),
    pullsSeen: new LruMap(5e3)
  };
}
function appLabelKey(repo, number, label2) {
  return `${pullKey(repo, number)} ${label2.toLowerCase()}`;
}
function labelWriteKey(repo, number, action, label2) {
  return `${pullKey(repo, number)} ${action} ${label2.toLowerCase()}`;
}
function repoKey(repo) {
  return `${repo.owner}/${repo.repo}`.toLowerCase();
}
function issueKey(repo, number) {
  return `issue:${repoKey(repo)}#${number}`;
}
function pullKey(repo, number) {
  return `${repo.owner}/${repo.repo}#${number}`.toLowerCase();
}

// app/config.ts
async function loadRepoConfig(deps, { revalidate = !1 } = {}) {
  return (await readThrough(
    deps,
    deps.state.configs,
    repoKey(deps.repo),
    CONFIG_PATH,
    async (cached, now) => {
      let chain = await readChain(deps, cached);
      return cached && unchanged(chain, cached) ? { ...cached, fetchedAt: now } : (chain.reads.some((read) => read.answer.kind === "not-modified") && (chain = await readChain(deps, void 0)), { files: cachedFiles(chain), fetchedAt: now, loaded: loadedFrom(chain, deps) });
    },
    { revalidate }
  )).loaded;
}
function forgetRepoConfig(deps) {
  deps.state.configs.delete(repoKey(deps.repo));
}
function forgetConfigsReading(deps, paths) {
  let { owner, repo } = deps.repo, prefix = `${owner}/${repo}:`.toLowerCase(), own = repoKey(deps.repo), dropped = !1;
  for (let [key, entry] of deps.state.configs.entries())
    entry.files.some(
      (file) => file.name.toLowerCase().startsWith(prefix) && (paths === void 0 || paths.has(file.name.slice(prefix.length)))
    ) && (deps.state.configs.delete(key), key === own && (dropped = !0));
  return dropped;
}
function parseConfigText(text) {
  try {
    return {
      ok: !0,
      config: parseConfig(text, CONFIG_PATH),
      fromFile: !0,
      files: [CONFIG_PATH]
    };
  } catch (error) {
    if (error instanceof ConfigError)
      return { ok: !1, error, checkName: checkNameOf(text) };
    throw error;
  }
}
async function parsePullConfigText(text, repo) {
  let parsed = parseConfigText(text), value = parsed.ok ? parsed.config._extends : void 0;
  if (value === void 0 || await extendsTarget(repo, CONFIG_PATH, value)) return parsed;
  let layer = readConfigLayer(CONFIG_PATH, text, CONFIG_PATH);
  return {
    ok: !1,
    error: extendsError([layer], layer, invalidExtends(value)),
    checkName: checkNameOf(text)
  };
}
function checkNameOf(text) {
  return checkNameIn(text) ?? DEFAULT_CHECK_NAME;
}
var DEFAULT_CHECK_NAME = "required-check";
function checkNameIn(text) {
  let head = text.length > CONFIG_LIMIT.bytes ? text.slice(0, text.lastIndexOf(`
`, CONFIG_LIMIT.bytes) + 1) : text;
  try {
    let name = parseYaml(head, { maxAliasCount: 100, uniqueKeys: !1 })?.check?.name;
    return typeof name == "string" && name.trim() !== "" && name.length <= 100 ? name : void 0;
  } catch {
    return;
  }
}
async function readChain(deps, cached) {
  let before = new Map((cached?.files ?? []).map((file) => [file.name, file])), etags = new Map(
    [...before.values()].flatMap((file) => file.etag ? [[file.name, file.etag]] : [])
  ), layers = /* @__PURE__ */ new Map(), reads = [], unparsed, problem;
  try {
    reads.push(
      ...await deps.gh.readConfigFiles(CONFIG_PATH, {
        ref: deps.repo.defaultBranch,
        etags,
        maxExtends: CONFIG_EXTENDS_LIMIT,
        extendsOf(file) {
          if (file.answer.kind === "not-modified") return before.get(file.name)?.extends;
          if (file.answer.kind === "found")
            try {
              let layer = readConfigLayer(file.name, file.answer.text, localPath(deps, file));
              return layers.set(file.name, layer), layer.extends?.value;
            } catch (error) {
              if (!(error instanceof ConfigError)) throw error;
              unparsed ??= error;
              return;
            }
        }
      })
    );
  } catch (error) {
    if (!(error instanceof ConfigChainError)) throw error;
    reads.push(...error.files), problem = error;
  }
  return { reads, layers, problem: unparsed ?? problem };
}
function unchanged(chain, cached) {
  return chain.reads.length === cached.files.length && chain.reads.every((read, i) => {
    let file = cached.files[i];
    return !file || file.name !== read.name ? !1 : file.missing ? read.answer.kind === "missing" : read.answer.kind === "not-modified";
  });
}
function cachedFiles(chain) {
  return chain.reads.map((read) => ({
    name: read.name,
    missing: read.answer.kind === "missing",
    etag: read.answer.kind === "found" ? read.answer.etag : void 0,
    extends: chain.layers.get(read.name)?.extends?.value
  }));
}
function loadedFrom(chain, deps) {
  let found = chain.reads.flatMap((read) => {
    let layer = chain.layers.get(read.name);
    return layer ? [layer] : [];
  }), failed = (error) => ({
    ok: !1,
    error,
    checkName: checkNameOfChain(chain)
  });
  if (chain.problem instanceof ConfigError) return failed(chain.problem);
  if (chain.problem instanceof ConfigChainError)
    return failed(chainError(chain.problem, found));
  let broken = chain.reads.findIndex(
    (read) => read.via === "extends" && read.answer.kind === "missing"
  );
  if (broken > 0) {
    let from = found.at(-1), target = chain.reads[broken];
    return failed(
      extendsError(
        found,
        from,
        `\`_extends: ${from.extends?.value}\` leads to ${target.name}, which does not exist or ${deps.gh.reader.who} cannot read; create it, correct \`_extends\`, or ${deps.gh.reader.grant} (pilot-gate does not fall back to the defaults, which may be looser)`
      )
    );
  }
  try {
    return { ok: !0, config: composeConfig(found), fromFile: found.length > 0, files: found.map((l) => l.name) };
  } catch (error) {
    if (error instanceof ConfigError) return failed(error);
    throw error;
  }
}
function chainError(problem, found) {
  let from = found.at(-1), value = from.extends?.value ?? "", path = [...found.map((layer) => layer.name), problem.target ?? `\`_extends: ${value}\``].join(" → ");
  switch (problem.kind) {
    case "loop":
      return extendsError(
        found,
        from,
        `\`_extends\` leads back to a file already read: ${path}; extend a config that does not extend this one`
      );
    case "too-long":
      return extendsError(
        found,
        from,
        `the config extends more than ${CONFIG_EXTENDS_LIMIT} files (${path}); pilot-gate follows \`_extends\` at most ${CONFIG_EXTENDS_LIMIT} times, so extend the base config more directly`
      );
    case "invalid":
      return extendsError(found, from, invalidExtends(value));
  }
}
function invalidExtends(value) {
  return `\`_extends: ${value}\` names no repository or file: write \`repo\`, \`owner/repo\` (that repository's ${CONFIG_PATH}) or \`owner/repo:path/to/file.yml\` (.yml or .yaml)`;
}
function checkNameOfChain(chain) {
  for (let read of chain.reads) {
    if (read.answer.kind !== "found") continue;
    let name = checkNameIn(read.answer.text);
    if (name !== void 0) return name;
  }
  return DEFAULT_CHECK_NAME;
}
function localPath(deps, file) {
  return file.owner.toLowerCase() === deps.repo.owner.toLowerCase() && file.repo.toLowerCase() === deps.repo.repo.toLowerCase() ? file.path : void 0;
}

// app/check-runs.ts
import { createHash as createHash4 } from "node:crypto";

// app/incidents/failures.ts
var MARKER = /^<!-- pilot-gate:streak (\d+) (\d+) -->\n?/;
function readStreak(summary) {
  let match = MARKER.exec(summary);
  if (match)
    return { before: Number(match[1]), failures: Number(match[2]) };
}
function withStreak(summary, streak) {
  return `<!-- pilot-gate:streak ${streak.before} ${streak.failures} -->
${summary.replace(MARKER, "")}`;
}
async function streakBefore(request, existing, previousRun) {
  return request.newCommit ? request.previousSha ? (await previousRun())?.streak?.failures ?? 0 : 0 : existing?.streak?.before ?? 0;
}
var ISSUE_MARKER = (number) => `<!-- pilot-gate:failures #${number} -->`;
function recordStreak(plan, before, config) {
  let checkRun = plan.checkRun;
  if (!checkRun) return;
  let failing = checkRun.conclusion === "failure", streak = { before, failures: failing ? before + 1 : 0 }, limit = config.incidents.consecutive_failures, summary = checkRun.summary;
  return streak.failures >= limit && (summary += `

### 🚨 Escalated: failed on ${streak.failures} commits in a row

${codeSpan(checkRun.name)} has failed on the last ${streak.failures} commits of this PR (limit ${limit}, \`incidents.consecutive_failures\`), so an escalation issue is open for it.`), checkRun.summary = withStreak(summary, streak), streak;
}
async function escalateFailures(deps, config, pull, streak, previous, dryRun) {
  let settings = config.incidents, limit = settings.consecutive_failures, level2 = settings.escalation[0];
  if (!level2) return;
  let label2 = escalationLabel(level2), marker2 = ISSUE_MARKER(pull.number), ended = streak.failures === 0 && streak.before >= limit && (previous?.failures ?? 1) > 0, grew = streak.failures >= limit && !(previous && previous.failures >= streak.failures);
  if (!ended && !grew) return;
  let found = (await deps.gh.listOpenIssues(label2)).find(
    (item) => !item.isPull && item.author.type === "Bot" && item.body.includes(marker2)
  );
  if (ended) {
    if (!found) return;
    let body2 = recoveredIssueBody(config, pull, streak);
    return dryRun ? (deps.log.info({ dryRun: !0 }, `dry run: escalation issue #${found.number} not closed`), found.number) : (await deps.gh.updateIssue(found.number, body2, { close: !0 }), deps.log.info(`#${pull.number} passes again: escalation issue #${found.number} closed`), found.number);
  }
  let body = failureIssueBody(config, pull, streak);
  return dryRun ? (deps.log.info({ dryRun: !0 }, `dry run: escalation issue for #${pull.number} not written`), found?.number) : found ? (await deps.gh.updateIssue(found.number, body), found.number) : deps.gh.createIssue(
    titleText(
      `${config.check.name} failed ${streak.failures} times in a row on #${pull.number}`,
      256
    ),
    body,
    [label2]
  );
}
function failureIssueBody(config, pull, streak) {
  let level2 = config.incidents.escalation[0];
  return [
    `${level2 && level2.mention.length > 0 ? `${level2.mention.join(" ")}: ` : ""}${codeSpan(config.check.name)} has failed on ${streak.failures} commits in a row of #${pull.number} "${inertText(pull.title)}" (limit ${config.incidents.consecutive_failures}), latest ${pull.headSha.slice(0, 7)}.`,
    "",
    "The check's summary on the PR says what fails. This issue is updated while the streak goes on, and closed when the check passes again.",
    "",
    ISSUE_MARKER(pull.number)
  ].join(`
`);
}
function recoveredIssueBody(config, pull, streak) {
  return [
    `#${pull.number} "${inertText(pull.title)}" is back on track: ${codeSpan(config.check.name)} passed on ${pull.headSha.slice(0, 7)} after failing on ${streak.before} commits in a row. pilot-gate closed this issue; reopen it if the PR still needs attention.`,
    "",
    ISSUE_MARKER(pull.number)
  ].join(`
`);
}

// app/receipts.ts
import { z as z28 } from "zod";
var MARKER2 = /\n*<!-- pilot-gate:receipts ([A-Za-z0-9+/=]*) -->\s*$/, MAX_RECEIPTS = 100, receiptSchema = z28.object({
  id: z28.string(),
  kind: z28.enum(["override", "refusal"]),
  ruleId: z28.string(),
  actor: z28.string(),
  reason: z28.string(),
  sha: z28.string(),
  at: z28.string(),
  detail: z28.string().optional(),
  findings: z28.array(z28.string()).optional()
});
function readReceipts(summary) {
  let match = MARKER2.exec(summary);
  if (!match?.[1]) return [];
  try {
    let data = JSON.parse(Buffer.from(match[1], "base64").toString("utf8")), parsed = z28.array(receiptSchema).safeParse(data);
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}
function mergeReceipts(...lists) {
  let byId = /* @__PURE__ */ new Map();
  for (let list of lists)
    for (let receipt2 of list) byId.has(receipt2.id) || byId.set(receipt2.id, receipt2);
  return [...byId.values()].slice(-MAX_RECEIPTS);
}
var SHOWN_MARKER = /\n*<!-- pilot-gate:shown ([A-Za-z0-9+/=]*) -->(?=\s*(?:<!-- pilot-gate:receipts [A-Za-z0-9+/=]* -->\s*)?$)/, shownSchema = z28.record(z28.string(), z28.string());
function readShown(summary) {
  let match = SHOWN_MARKER.exec(summary);
  if (match?.[1])
    try {
      let data = JSON.parse(Buffer.from(match[1], "base64").toString("utf8")), parsed = shownSchema.safeParse(data);
      return parsed.success ? parsed.data : void 0;
    } catch {
      return;
    }
}
function withReceipts(summary, receipts, limit = GITHUB_TEXT_LIMIT, shown) {
  let visible = summary.replace(MARKER2, "").replace(SHOWN_MARKER, ""), markers = [
    ...shown && Object.keys(shown).length > 0 ? [`<!-- pilot-gate:shown ${base64(shown)} -->`] : [],
    ...receipts.length > 0 ? [`<!-- pilot-gate:receipts ${base64(receipts)} -->`] : []
  ];
  if (markers.length === 0) return truncateBytes(visible, limit);
  let tail = `

${markers.join(`
`)}`;
  return `${truncateBytes(visible, limit - Buffer.byteLength(tail))}${tail}`;
}
function base64(data) {
  return Buffer.from(JSON.stringify(data), "utf8").toString("base64");
}
function truncateBytes(text, max) {
  if (Buffer.byteLength(text) <= max) return text;
  let note = `

_(shortened to fit GitHub's limit)_`, end = Math.max(0, max - Buffer.byteLength(note)), bytes3 = Buffer.from(text, "utf8");
  for (; end > 0 && ((bytes3[end] ?? 0) & 192) === 128; ) end--;
  return `${closeCut(bytes3.subarray(0, end).toString("utf8"))}${note}`;
}

// app/check-runs.ts
function checkRunKey(deps, sha, name) {
  return `${repoKey(deps.repo)}@${sha}#${name}`;
}
async function findKnownCheckRun(deps, sha, name, { fresh = !1 } = {}) {
  let key = checkRunKey(deps, sha, name);
  if (!fresh) {
    let known2 = deps.state.checkRuns.get(key);
    if (known2) return known2;
  }
  let appId = await deps.gh.appId(), runs = await deps.gh.listCheckRuns(sha, name, appId), latest = runs[0];
  if (!latest) return;
  let known = {
    id: latest.id,
    // Oldest run first, so receipts keep the order they were recorded in.
    receipts: mergeReceipts(...runs.toReversed().map((run2) => readReceipts(run2.summary))),
    annotationsCount: latest.annotationsCount,
    shows: { conclusion: latest.conclusion, title: latest.title, summary: latest.summary }
  }, streak = readStreak(latest.summary);
  streak && (known.streak = streak);
  let shown = readShown(latest.summary);
  return shown && (known.shown = shown), deps.state.checkRuns.set(key, known), known;
}
function rememberedCheckRun(deps, sha, name) {
  return deps.state.checkRuns.get(checkRunKey(deps, sha, name));
}
function toCheckRunWrite(planned, receipts, completedAt) {
  return {
    name: planned.name,
    conclusion: planned.conclusion,
    completedAt: completedAt.toISOString(),
    title: planned.title,
    summary: withReceipts(planned.summary, receipts, GITHUB_TEXT_LIMIT, planned.shown),
    ...planned.text !== void 0 ? { text: planned.text } : {},
    annotations: planned.annotations,
    actions: planned.actions
  };
}
async function writeCheckRun(deps, sha, write, receipts, existing) {
  let digest2 = digestOf2(write), shows = existing?.shows;
  if (existing?.digest === digest2 || shows !== void 0 && shows.conclusion === write.conclusion && shows.title === write.title && shows.summary === write.summary && existing?.annotationsCount === write.annotations.length) {
    deps.log.debug(`check ${write.name} on ${sha.slice(0, 7)} is unchanged, not written`);
    return;
  }
  let id;
  existing && existing.annotationsCount === 0 ? (await deps.gh.updateCheckRun(existing.id, write), id = existing.id) : id = await deps.gh.createCheckRun(sha, write);
  let known = {
    id,
    receipts,
    annotationsCount: write.annotations.length,
    digest: digest2
  }, streak = readStreak(write.summary);
  streak && (known.streak = streak);
  let shown = readShown(write.summary);
  shown && (known.shown = shown), deps.state.checkRuns.set(checkRunKey(deps, sha, write.name), known);
}
function digestOf2(write) {
  let { completedAt: _ignored, ...content } = write;
  return createHash4("sha256").update(JSON.stringify(content)).digest("hex");
}

// app/apply-plan.ts
async function applyPlan(deps, plan, target) {
  let checkRun = plan.checkRun && !deps.state.options.checkRunButtons ? { ...plan.checkRun, actions: [] } : plan.checkRun, write = checkRun ? toCheckRunWrite(checkRun, target.receipts, deps.state.options.now()) : void 0, labels2 = target.pullNumber === void 0 ? { add: [], remove: [] } : plan.labels;
  if (target.dryRun) {
    let writes = [
      ...write ? [
        `${target.existing && target.existing.annotationsCount === 0 ? "update" : "create"} check run "${write.name}" on ${target.checkSha}: ${write.conclusion}, "${write.title}", ${write.annotations.length} annotation(s)`
      ] : [],
      ...labels2.add.map((label2) => `add label ${label2} to #${target.pullNumber}`),
      ...labels2.remove.map((label2) => `remove label ${label2} from #${target.pullNumber}`)
    ];
    deps.log.info(
      { dryRun: !0, writes, plan: { checkRun: write, labels: labels2 } },
      `dry run: ${writes.length} planned write(s) not made${writes.length > 0 ? `: ${writes.join("; ")}` : ""}`
    );
    return;
  }
  write && await writeCheckRun(deps, target.checkSha, write, target.receipts, target.existing);
  let pull = target.pullNumber;
  if (pull !== void 0) {
    let made = (action, label2) => {
      deps.state.labelWrites.set(labelWriteKey(deps.repo, pull, action, label2), !0);
      let key = appLabelKey(deps.repo, pull, label2);
      action === "labeled" ? deps.state.appLabels.set(key, !0) : deps.state.appLabels.delete(key);
    };
    if (labels2.add.length > 0 && await followUp(
      deps,
      `add ${labels2.add.join(", ")} to #${pull}`,
      () => deps.gh.addLabels(pull, labels2.add)
    ))
      for (let label2 of labels2.add) made("labeled", label2);
    for (let label2 of labels2.remove)
      await followUp(
        deps,
        `remove ${label2} from #${pull}`,
        () => deps.gh.removeLabel(pull, label2)
      ) && made("unlabeled", label2);
  }
}
async function followUp(deps, what, write) {
  try {
    return await write(), !0;
  } catch (error) {
    return deps.followUpErrors?.push(error), deps.log.warn(
      { err: error },
      `could not ${what} (${error instanceof Error ? error.message : String(error)}); the verdict stands, and the next event tries again`
    ), !1;
  }
}

// app/handlers/guard.ts
function pushRepository(repository) {
  return {
    name: repository.name,
    default_branch: repository.default_branch,
    owner: {
      login: repository.owner?.login ?? "",
      ...repository.owner?.type ? { type: repository.owner.type } : {}
    }
  };
}
function repoContextOf(payload) {
  let { repository } = payload;
  return {
    owner: repository.owner.login,
    repo: repository.name,
    defaultBranch: repository.default_branch,
    ownerIsOrg: repository.owner.type === "Organization"
  };
}
async function runGuarded(context, state, payload, handler) {
  let repo = repoContextOf(payload), deps = {
    gh: new GitHubClient(
      context.octokit,
      { owner: repo.owner, repo: repo.repo },
      void 0,
      state.conditional,
      state
    ),
    state,
    log: context.log,
    repo
  }, scope = {}, event = `${context.name}${"action" in context.payload ? `.${String(context.payload.action)}` : ""}`;
  try {
    await handler(deps, scope), deps.log.info({ event, delivery: context.id, requests: deps.gh.requests }, `${event} handled`);
  } catch (error) {
    let reason = failureReason(error);
    deps.log.error({ err: error, event, checkSha: scope.checkSha }, `${event} failed: ${reason}`), await postEvaluationError(deps, scope, reason, event);
  }
}
function failureReason(error) {
  return error instanceof GitHubApiError || error instanceof CannotEvaluateError ? error.reason : `pilot-gate failed unexpectedly (${error instanceof Error ? error.message : String(error)}); this is a bug, re-run and report it with the App's log`;
}
async function postEvaluationError(deps, scope, reason, event) {
  if (!scope.checkSha) return;
  let checkName2 = scope.checkName ?? defaultConfig().check.name, existing = rememberedCheckRun(deps, scope.checkSha, checkName2);
  try {
    await applyPlan(deps, planEvaluationError(reason, scope.checkSha, checkName2), {
      checkSha: scope.checkSha,
      pullNumber: void 0,
      existing,
      // Keep the receipts the run holds: an error must not erase the audit trail.
      receipts: existing?.receipts ?? [],
      dryRun: scope.dryRun ?? deps.state.options.dryRun
    });
  } catch (second) {
    deps.log.error(
      { err: second, event, checkSha: scope.checkSha },
      `${event}: could not post the failing ${checkName2} check either; it stays as it was until the next event or a re-run`
    );
  }
}

// app/incidents/issues.ts
function toIncidents(items, config) {
  let byNumber = /* @__PURE__ */ new Map();
  for (let item of items) {
    if (item.isPull || byNumber.has(item.number)) continue;
    let incident = toIncident(item, config.incidents, config.ids.pattern);
    incident && byNumber.set(item.number, incident);
  }
  return [...byNumber.values()];
}
async function announceEscalation(deps, number, escalation, dryRun) {
  let { body, label: label2, mention: mention2 } = escalation;
  if (dryRun) {
    deps.log.info(
      { number, label: label2, mention: mention2, body },
      `dry run: would comment on #${number} and add the label ${label2}`
    );
    return;
  }
  await deps.gh.createComment(number, body);
  try {
    await deps.gh.addLabels(number, [label2]);
  } catch (error) {
    throw new CannotEvaluateError(
      `${failureReason(error)}; the escalation comment on #${number} was posted, so the next event or sweep posts it again before it adds ${label2}`
    );
  }
}
function recordOf(item) {
  return item.author.type === "Bot" ? readFreezeRecord(item.body) : void 0;
}

// app/incidents/blocked.ts
var BLOCKED_MARKER = "<!-- pilot-gate:blocked -->", BLOCKED_ESCALATION_MARKER = "<!-- pilot-gate:blocked-escalation -->", DAY2 = 1440 * 6e4;
function normalized(text) {
  return text.replace(/\r\n?/g, `
`).trim();
}
function missingBody(missing, unreadable, settings) {
  return [
    BLOCKED_MARKER,
    ...unreadable ? [inertText(unreadable), ""] : [],
    missingFieldsComment(missing, settings)
  ].join(`
`);
}
function statedBody(settings) {
  return [
    BLOCKED_MARKER,
    `Every field a ${codeSpan(settings.blocked.label)} item must state is now stated (${settings.blocked.fields.map((field) => inertText(field)).join(", ")}).`
  ].join(`
`);
}
async function ownBotLogin(deps) {
  if (deps.state.appSlug === void 0)
    try {
      deps.state.appSlug = await deps.gh.appSlug();
    } catch (error) {
      deps.log.warn(
        { err: error },
        `could not read the App's own name (${failureReason(error)}); taking any bot's comment with the blocked marker for the App's`
      );
      return;
    }
  return deps.state.appSlug ? `${deps.state.appSlug}[bot]`.toLowerCase() : void 0;
}
async function isOwnBot(deps, login2) {
  let bot = await ownBotLogin(deps);
  return bot !== void 0 && login2.toLowerCase() === bot;
}
async function findOwnComment(deps, number) {
  let candidates = (await deps.gh.listComments(number)).filter(
    (comment) => comment.body.includes(BLOCKED_MARKER) && comment.author.type === "Bot"
  );
  if (candidates.length === 0) return;
  let bot = await ownBotLogin(deps);
  return candidates.find(
    (comment) => bot === void 0 || comment.author.login.toLowerCase() === bot
  );
}
async function appliedByApp(deps, number, label2) {
  let actor = await deps.gh.lastLabeledBy(number, label2);
  if (!actor) return !1;
  if (actor.appId !== void 0) return actor.appId === await deps.gh.appId();
  if (actor.type !== "Bot") return !1;
  let bot = await ownBotLogin(deps);
  return bot !== void 0 && actor.login.toLowerCase() === bot;
}
async function applyWrites(deps, number, writes, dryRun) {
  for (let write of writes) {
    if (dryRun) {
      deps.log.info({ number, write }, `dry run: would ${describeWrite(write)} on #${number}`);
      continue;
    }
    switch (write.kind) {
      case "create-comment":
        await deps.gh.createComment(number, write.body);
        break;
      case "update-comment":
        await deps.gh.updateComment(write.commentId, write.body);
        break;
      case "add-label":
        await deps.gh.addLabels(number, [write.label]);
        break;
      case "remove-label":
        await deps.gh.removeLabel(number, write.label);
        break;
    }
  }
}
function describeWrite(write) {
  switch (write.kind) {
    case "create-comment":
      return "post the blocked-fields comment";
    case "update-comment":
      return `update the blocked-fields comment ${write.commentId}`;
    case "add-label":
      return `add the label ${write.label}`;
    case "remove-label":
      return `remove the label ${write.label}`;
  }
}
async function checkBlockedItem(deps, config, item, opts) {
  let settings = config.incidents, { label: blockedLabel, needs_info_label: needsInfo } = settings.blocked, blocked = labelOn(item.labels, blockedLabel) !== void 0, needsInfoOn = labelOn(item.labels, needsInfo), writes = [], result = (extra = {}) => ({
    number: item.number,
    blocked,
    missing: [],
    writes,
    dryRun: opts.dryRun,
    ...extra
  });
  if (!blocked)
    return needsInfoOn && await appliedByApp(deps, item.number, needsInfoOn) && writes.push({ kind: "remove-label", label: needsInfoOn }), await applyWrites(deps, item.number, writes, opts.dryRun), result();
  let { missing, unreadable } = readBlockedFields(item.body, settings), own = await findOwnComment(deps, item.number);
  if (missing.length > 0) {
    let body = missingBody(missing, unreadable, settings);
    own ? normalized(own.body) !== normalized(body) && writes.push({ kind: "update-comment", commentId: own.id, body }) : writes.push({ kind: "create-comment", body }), needsInfoOn || writes.push({ kind: "add-label", label: needsInfo });
  } else {
    let body = statedBody(settings);
    own && normalized(own.body) !== normalized(body) && writes.push({ kind: "update-comment", commentId: own.id, body }), needsInfoOn && writes.push({ kind: "remove-label", label: needsInfoOn });
  }
  return await applyWrites(deps, item.number, writes, opts.dryRun), result({ missing, ...unreadable ? { unreadable } : {} });
}
function blockedEscalationComment(number, since, now, level2, settings) {
  let label2 = settings.blocked.escalated_label, who = level2.mention.length > 0 ? level2.mention.join(" ") : `(nobody to mention: list people or teams under \`incidents.escalation[0].mention\` in ${codeSpan(CONFIG_PATH)})`, days = Math.floor((now.getTime() - since.getTime()) / DAY2);
  return [
    BLOCKED_ESCALATION_MARKER,
    `### Blocked longer than one cycle: escalated to ${inertText(level2.name)}`,
    "",
    `${who}: #${number} has been labeled ${codeSpan(settings.blocked.label)} since ${since.toISOString().slice(0, 10)} (${days} days), longer than one cycle of ${settings.blocked.cycle_days} days.`,
    "",
    "Help unblock it, re-plan the work that waits on it, or close it if it is no longer needed.",
    "",
    `_pilot-gate adds the label ${codeSpan(label2)} to record this, so it is announced once._`,
    ""
  ].join(`
`);
}
async function escalateBlockedTooLong(deps, config, item, now, opts) {
  let settings = config.incidents, result = (status2, extra = {}) => ({
    number: item.number,
    status: status2,
    dryRun: opts.dryRun && status2 === "escalated",
    ...extra
  }), blockedLabel = settings.blocked.label;
  if (!labelOn(item.labels, blockedLabel)) return result("not-blocked");
  let level2 = settings.escalation[0], label2 = settings.blocked.escalated_label;
  if (labelOn(item.labels, label2)) return result("already-escalated");
  let created = item.created_at ? Date.parse(item.created_at) : Number.NaN;
  if (Number.isFinite(created) && !blockedTooLong(new Date(created), now, settings))
    return result("within-cycle");
  let added = (await deps.gh.listTimeline(item.number)).filter(
    (event) => event.event === "labeled" && event.label !== void 0 && sameLabel(event.label, blockedLabel)
  ).map((event) => Date.parse(event.at)).filter((at2) => Number.isFinite(at2));
  if (added.length === 0)
    return deps.log.warn(
      { number: item.number },
      `#${item.number} is labeled ${blockedLabel} but its timeline shows no event adding the label, so how long it has been blocked is unknown; not escalated`
    ), result("unknown-since");
  let since = new Date(Math.max(...added)), blockedSince = since.toISOString();
  if (!blockedTooLong(since, now, settings)) return result("within-cycle", { blockedSince });
  let body = blockedEscalationComment(item.number, since, now, level2, settings);
  return await announceEscalation(deps, item.number, { body, label: label2, mention: level2.mention }, opts.dryRun), opts.dryRun ? result("escalated", { blockedSince, label: label2 }) : (deps.log.info(
    { number: item.number, label: label2, blockedSince },
    `#${item.number} blocked since ${blockedSince}: escalated to ${level2.name}`
  ), result("escalated", { blockedSince, label: label2 }));
}
function blockedKey(deps, number) {
  return `blocked:${repoKey(deps.repo)}#${number}`;
}

// app/handlers/blocked.ts
var BLOCKED_ACTIONS = ["opened", "edited", "labeled", "unlabeled", "reopened"];
function isBlockedAction(action) {
  return BLOCKED_ACTIONS.includes(action);
}
async function onBlockedItem(context, state, delivery) {
  let payload = context.payload;
  if (context.name !== "issues" && context.name !== "pull_request" || !isBlockedAction(payload.action)) return;
  let raw = context.name === "issues" ? payload.issue : payload.pull_request;
  if (!raw || raw.state === "closed") return;
  let labels2 = labelNames(raw.labels);
  if (labels2.length === 0) return;
  let changed = payload.label?.name, labelEvent = payload.action === "labeled" || payload.action === "unlabeled";
  if (labelEvent && !changed) return;
  let event = `${context.name}.${payload.action}`, number = raw.number, repo = repoContextOf(payload);
  await state.queue.run(
    blockedKey({ repo }, number),
    () => runGuarded(context, state, payload, async (deps) => {
      let loaded = delivery ? delivery.loaded : await loadRepoConfig(deps);
      if (!loaded) {
        deps.log.debug(
          `${event} on #${number}: the config could not be read for this event, blocked fields not checked`
        );
        return;
      }
      if (!loaded.ok) {
        deps.log.info(`${event} on #${number}: the config is invalid, blocked fields not checked`);
        return;
      }
      let { config } = loaded;
      if (!config.incidents.enabled) return;
      let { label: blockedLabel, needs_info_label: needsInfo } = config.incidents.blocked;
      if (labelEvent && changed) {
        if (!sameLabel(changed, blockedLabel) && !sameLabel(changed, needsInfo)) return;
        if (payload.sender?.type === "Bot" && await isOwnBot(deps, payload.sender.login)) {
          deps.log.debug(`${event} on #${number}: the App's own label change, nothing to check`);
          return;
        }
      }
      let dryRun = deps.state.options.dryRun || config.check.dry_run, item = {
        number,
        body: raw.body ?? "",
        labels: labels2,
        ...raw.created_at ? { created_at: raw.created_at } : {}
      }, check = await checkBlockedItem(deps, config, item, { dryRun }), escalation = check.blocked ? await escalateBlockedTooLong(deps, config, item, deps.state.options.now(), { dryRun }) : void 0;
      deps.log.info(
        {
          number,
          blocked: check.blocked,
          missing: check.missing,
          writes: check.writes.map((write) => write.kind),
          escalation: escalation?.status,
          dryRun
        },
        `${event} on #${number}: ${describe(check.blocked, check.missing, blockedLabel)}`
      );
    })
  );
}
async function afterEventHandler(context, state, handler) {
  let key = repoKey(repoContextOf(context.payload)), before = state.configs.get(key);
  try {
    await handler();
  } finally {
    let after = state.configs.get(key), young = after !== void 0 && state.options.now().getTime() - after.fetchedAt < state.options.configCacheSeconds * 1e3, loaded = after !== void 0 && (after !== before || young) ? after.loaded : void 0;
    await onBlockedItem(context, state, { loaded });
  }
}
function describe(blocked, missing, label2) {
  return blocked ? missing.length > 0 ? `blocked, missing ${missing.join(", ")}` : "blocked, every field stated" : `not labeled ${label2}`;
}

// app/merge-queue.ts
function pullNumberFromQueueRef(ref) {
  let match = /(?:^|\/)gh-readonly-queue\/.+\/pr-(\d+)-[0-9a-f]{7,64}$/.exec(ref), number = match?.[1] ? Number(match[1]) : Number.NaN;
  return Number.isSafeInteger(number) && number > 0 ? number : void 0;
}
function isQueueRef(ref) {
  return /(?:^|\/)gh-readonly-queue\//.test(ref);
}

// app/protection-output.ts
var PROTECTION_CHECK_NAME = "pilot-gate/protection", DRIFT_ISSUE_LABEL = "pilot-gate:protection-drift", DRIFT_ISSUE_TITLE = "pilot-gate: branch protection drift", OUTPUT_LIMIT = 65535, LABEL = {
  Applied: "✅ Applied",
  Drifted: "⚠️ Drifted",
  Missing: "❌ Missing",
  Unavailable: "⛔ Unavailable",
  PermissionNeeded: "🔒 Permission needed",
  Error: "❌ Error"
};
function driftedBranches(report) {
  return report.branches.filter(
    (b) => b.status === "Drifted" || b.status === "Missing" && b.source === "none"
  );
}
function hasUnknownBranches(report) {
  return report.branches.some(
    (b) => b.status === "PermissionNeeded" || b.status === "Unavailable" || b.status === "Error"
  );
}
function protectionCheckRun(report, record, completedAt) {
  let tier = `Scorecard tier ${report.scorecard.tier} (${report.scorecard.score}/10)`, lines2 = [
    `## Branch protection: ${LABEL[report.status]}`,
    "",
    `Policy: \`drift: ${record.policy}\`, mode \`${report.mode}\`. Lowest ${tier}.`,
    "",
    "| Branch | Status | From | Scorecard |",
    "| --- | --- | --- | --- |",
    ...report.branches.map(
      (b) => `| ${codeCell(b.branch)} | ${LABEL[b.status]} | ${b.source} | tier ${b.scorecard.tier} (${b.scorecard.score}/10) |`
    )
  ];
  for (let branch of report.branches) {
    if (branch.status === "Applied" && branch.diff.length === 0) continue;
    lines2.push(
      "",
      `### ${codeSpan(branch.branch)}: ${LABEL[branch.status]}`,
      "",
      inertText(branch.message)
    ), branch.status !== "Applied" && branch.diff.length > 0 && lines2.push("", ...diffTable(branch.diff));
    let next = branch.scorecard.next[0];
    next && lines2.push("", `Next Scorecard tier needs: ${inertText(next)}`);
  }
  record.rewritten.length > 0 && lines2.push("", ...receipt(record)), record.reported && lines2.push(
    "",
    "### Left as is (`drift: report`)",
    "",
    `${describeTrigger(record.trigger)}. pilot-gate did not change it${record.issue !== void 0 ? `; see #${record.issue}` : ""}. Restore the settings, run \`pilot-gate protection sync\`, or set \`protection.drift: enforce\`.`
  );
  let failed = report.writes.filter((w) => w.outcome === "failed");
  if (failed.length > 0) {
    lines2.push("", "### Writes that failed", "");
    for (let write of failed) lines2.push(`- ${write.method} ${inertText(write.path)}`);
  }
  return {
    name: PROTECTION_CHECK_NAME,
    conclusion: report.status === "Applied" ? "success" : "failure",
    completedAt: completedAt.toISOString(),
    title: `Protection ${report.status === "PermissionNeeded" ? "permission needed" : report.status.toLowerCase()}; ${tier}`,
    summary: truncateBytes(`${lines2.join(`
`)}
`, OUTPUT_LIMIT),
    text: truncateBytes(`${codeBlock(JSON.stringify(report, null, 2), "json")}
`, OUTPUT_LIMIT),
    annotations: [],
    actions: []
  };
}
function protectionErrorCheckRun(reason, completedAt) {
  let oneLine = reason.replace(/\s+/g, " ").trim();
  return {
    name: PROTECTION_CHECK_NAME,
    conclusion: "failure",
    completedAt: completedAt.toISOString(),
    title: titleText(`Protection not checked: ${oneLine}`, 250),
    summary: truncateBytes(
      `## Branch protection: not checked

${inertText(oneLine)}

Nothing was written. Fix the cause above; the next push to the default branch, protection change or scheduled \`pilot-gate protection sync\` checks again.
`,
      OUTPUT_LIMIT
    ),
    annotations: [],
    actions: []
  };
}
function driftIssueBody(report, trigger) {
  let lines2 = [
    `Branch protection of ${inertText(report.repository)} differs from \`protection:\` in \`.github/pilot-gate.yml\`. The config says \`drift: report\`, so pilot-gate left it as is.`,
    "",
    `Last seen: ${describeTrigger(trigger)}.`
  ];
  for (let branch of driftedBranches(report))
    lines2.push(
      "",
      `### ${codeSpan(branch.branch)}: ${LABEL[branch.status]}`,
      "",
      inertText(branch.message),
      ""
    ), lines2.push(...diffTable(branch.diff));
  return lines2.push(
    "",
    "To fix: restore these settings, run `pilot-gate protection sync`, or set `protection.drift: enforce` so pilot-gate re-applies them. This issue closes itself once every branch matches."
  ), truncateBytes(`${lines2.join(`
`)}
`, OUTPUT_LIMIT);
}
function resolvedIssueBody(previous, trigger) {
  return truncateBytes(
    `**Resolved**: branch protection matches the config again (${describeTrigger(trigger)}).

---

${previous}`,
    OUTPUT_LIMIT
  );
}
function receipt(record) {
  let { trigger } = record, lines2 = [
    "### Receipt",
    "",
    trigger.reason === "hand-edit" || trigger.reason === "rerun" ? `${describeTrigger(trigger)}; pilot-gate re-applied the config (\`drift: enforce\`).` : `${describeTrigger(trigger)}; pilot-gate applied the config.`,
    "",
    "| Branch | Setting | Was | Now |",
    "| --- | --- | --- | --- |"
  ];
  for (let branch of record.rewritten)
    for (let diff of branch.diff)
      lines2.push(
        `| ${codeCell(branch.branch)} | ${codeCell(diff.field)} | ${show(diff.actual)} | ${show(diff.desired)} |`
      );
  return lines2;
}
function describeTrigger(trigger) {
  let who = trigger.sender ? ` by ${handle(trigger.sender)}` : "";
  return `${codeSpan(trigger.event)}${who} at ${inertText(trigger.at)}`;
}
function diffTable(diff) {
  return [
    "| Setting | Actual | Desired |",
    "| --- | --- | --- |",
    ...diff.map((d) => `| ${codeCell(d.field)} | ${show(d.actual)} | ${show(d.desired)} |`)
  ];
}
function show(value) {
  let text = Array.isArray(value) ? value.length > 0 ? value.join(", ") : "none" : String(value);
  return tableCell(text);
}

// app/publish-verdict.ts
import picomatch6 from "picomatch";

// app/settle.ts
async function settleAll(promises) {
  let results = await Promise.allSettled(promises);
  for (let result of results) if (result.status === "rejected") throw result.reason;
  return results.map((result) => result.value);
}

// app/head-paths.ts
var FOLDER_LIST_LIMIT = 1e3;
function knownHeadPaths(deps, pull, files) {
  let exists = {};
  for (let file of files.files) exists[file.path] = file.status !== "removed";
  return Object.assign(exists, deps.state.headPaths.get(headKey(deps, pull))), { exists };
}
async function lookUpHeadPaths(deps, pull, known, paths) {
  let byFolder = /* @__PURE__ */ new Map();
  for (let path of paths) {
    let slash = path.lastIndexOf("/"), folder = slash === -1 ? "" : path.slice(0, slash);
    byFolder.set(folder, [...byFolder.get(folder) ?? [], path]);
  }
  let answers = {}, cut = /* @__PURE__ */ new Set();
  await settleAll(
    [...byFolder].map(async ([folder, inFolder]) => {
      let listing = await listFolder(deps, pull, folder);
      for (let path of inFolder) {
        let name = path.slice(folder === "" ? 0 : folder.length + 1);
        listing.names.has(name) ? answers[path] = !0 : listing.cut !== void 0 ? cut.add(listing.cut) : answers[path] = !1;
      }
    })
  );
  let key = headKey(deps, pull);
  return deps.state.headPaths.set(key, { ...deps.state.headPaths.get(key), ...answers }), {
    exists: { ...known.exists, ...answers },
    ...cut.size > 0 ? { unchecked: [...cut].join("; ") } : {}
  };
}
async function listFolder(deps, pull, folder) {
  if (folder === "") {
    let root = await deps.gh.getTree(pull.headSha);
    return {
      names: new Set(root.entries.map((entry) => entry.path)),
      cut: root.truncated ? "GitHub listed only part of the repository's root" : void 0
    };
  }
  let listing = await deps.gh.listFolder(folder, pull.headSha);
  return listing.kind !== "folder" ? { names: /* @__PURE__ */ new Set(), cut: void 0 } : {
    names: new Set(listing.entries),
    cut: listing.entries.length >= FOLDER_LIST_LIMIT ? `GitHub lists only the first ${FOLDER_LIST_LIMIT.toLocaleString("en-US")} entries of the folder ${folder}` : void 0
  };
}
function headKey(deps, pull) {
  return `${repoKey(deps.repo)}@${pull.headSha}`;
}

// app/pr-template.ts
var TEMPLATE_PATH = `.github/${PR_TEMPLATE_NAME}`;
async function loadPrTemplate(deps) {
  return (await readThrough(
    deps,
    deps.state.templates,
    repoKey(deps.repo),
    "the PR template",
    (cached, now) => lookUp(deps, cached, now)
  )).found?.text;
}
async function lookUp(deps, cached, now) {
  let { gh, repo } = deps;
  if (!cached || cached.found?.path === TEMPLATE_PATH) {
    let etag = cached?.found?.path === TEMPLATE_PATH ? cached.found.etag : void 0, answer = await gh.getRawFile(TEMPLATE_PATH, repo.defaultBranch, etag);
    if (answer.kind === "not-modified" && cached) return { ...cached, fetchedAt: now };
    if (answer.kind === "found")
      return {
        fetchedAt: now,
        found: { path: TEMPLATE_PATH, text: answer.text, etag: answer.etag, sha: void 0 },
        folders: {}
      };
  }
  let root = await gh.getTree(repo.defaultBranch), folders = {};
  for (let dir of PR_TEMPLATE_DIRS) {
    let files;
    if (dir === "")
      files = filesOf(root.entries);
    else {
      let tree = root.entries.find((entry) => entry.path === dir && entry.type === "tree");
      if (!tree) continue;
      let known = cached?.folders[dir];
      files = known?.sha === tree.sha ? known.files : filesOf((await gh.getTree(tree.sha)).entries), folders[dir] = { sha: tree.sha, files };
    }
    let name = pickPrTemplateName(files.map((file2) => file2.name)), file = files.find((candidate) => candidate.name === name);
    if (!file) continue;
    let path = dir ? `${dir}/${file.name}` : file.name, text = cached?.found?.sha === file.sha ? cached.found.text : (await gh.getBlob(file.sha)).toString("utf8");
    return { fetchedAt: now, found: { path, text, etag: void 0, sha: file.sha }, folders };
  }
  return { fetchedAt: now, found: void 0, folders };
}
function filesOf(entries) {
  return entries.flatMap(
    (entry) => entry.type === "blob" ? [{ name: entry.path, sha: entry.sha }] : []
  );
}

// app/risk.ts
import picomatch5 from "picomatch";
function intoFrozenBranch(config) {
  let frozen = picomatch5(config.incidents.freeze_branches);
  return (pull) => frozen(pull.baseRef);
}
async function openCriticalIncidents(deps, config) {
  let lists = await Promise.all(
    config.incidents.severity_labels.critical.map((label2) => deps.gh.listOpenIssues(label2))
  );
  return toIncidents(lists.flat(), config).filter(
    (incident) => incident.open && incident.severity === "critical"
  );
}
async function openFreezes(deps, config) {
  return (await deps.gh.listOpenIssues(config.incidents.freeze_label)).map((item) => {
    let record = recordOf(item), where2 = { number: item.number, url: item.html_url };
    return record?.kind === "trigger" ? {
      id: record.trigger ?? `FREEZE-${item.number}`,
      reason: record.reason,
      ...where2,
      at: record.at,
      receipt: record.receipt
    } : record ? {
      id: `FREEZE-${item.number}`,
      reason: record.reason,
      ...where2,
      by: record.actor,
      at: record.at,
      receipt: record.receipt
    } : {
      id: `FREEZE-${item.number}`,
      reason: item.title,
      ...where2,
      by: item.author.login,
      at: item.created_at
    };
  });
}
async function loadRiskState(deps, config, pull) {
  let settings = config.incidents;
  if (!settings.enabled) return;
  let frozenBase = intoFrozenBranch(config)(pull), wave = pull.draft ? void 0 : waveOfPull(pull, settings), [incidents, freezes, openPulls] = await settleAll([
    frozenBase ? openCriticalIncidents(deps, config) : Promise.resolve([]),
    frozenBase ? openFreezes(deps, config) : Promise.resolve([]),
    wave ? deps.gh.listOpenPulls() : Promise.resolve(void 0)
  ]), risk = { incidents, freezes };
  return openPulls && (risk.openPulls = openPulls.map(
    (open) => ({
      number: open.number,
      branch: open.headRef,
      title: open.title,
      labels: open.labels,
      draft: open.draft,
      url: open.url
    })
  )), risk;
}

// app/roles.ts
async function expandRoles(deps, config, roles) {
  let members = {}, teams = /* @__PURE__ */ new Map();
  for (let role of new Set(roles)) {
    let defined = config.roles[role];
    if (!defined) continue;
    let logins = [...defined.users];
    for (let team of defined.teams) {
      if (!deps.repo.ownerIsOrg) {
        deps.log.warn(
          `roles.${role}.teams lists "${team}", but ${deps.repo.owner} is not an organisation; only roles.${role}.users count.`
        );
        continue;
      }
      let listed = teams.get(team);
      listed || (listed = deps.gh.listTeamMembers(deps.repo.owner, team), teams.set(team, listed)), logins.push(...await listed);
    }
    members[role] = [...new Map(logins.map((login2) => [login2.toLowerCase(), login2])).values()];
  }
  return members;
}

// app/publish-verdict.ts
async function publishVerdict(deps, scope, request) {
  let { pull } = request;
  if (scope.checkSha = request.checkSha, scope.dryRun = deps.state.options.dryRun, pull.state !== "open") return { status: "ignored", why: `PR #${pull.number} is closed` };
  let loaded = request.loaded ?? await loadRepoConfig(deps, { revalidate: request.fresh });
  if (!loaded.ok) {
    if (scope.checkName = loaded.checkName, request.onlyForCheckName && request.onlyForCheckName !== loaded.checkName)
      return { status: "ignored", why: `check ${request.onlyForCheckName} is not ours` };
    let existing2 = await existingRun(deps, request, loaded.checkName), plan2 = planConfigError(loaded.error, request.checkSha, loaded.checkName);
    return scope.judged = { plan: plan2 }, await applyPlan(deps, plan2, {
      checkSha: request.checkSha,
      pullNumber: void 0,
      existing: existing2,
      receipts: existing2?.receipts ?? [],
      dryRun: deps.state.options.dryRun
    }), { status: "config-error", plan: plan2 };
  }
  let { config } = loaded, checkName2 = config.check.name, dryRun = deps.state.options.dryRun || config.check.dry_run;
  if (scope.checkName = checkName2, scope.dryRun = dryRun, request.onlyForCheckName && request.onlyForCheckName !== checkName2)
    return { status: "ignored", why: `check ${request.onlyForCheckName} is not ours` };
  let noMergeLabel2 = config.rules["no-merge-label"].label;
  if (request.labelEvent && !labelAffectsVerdict(request.labelEvent.label, config))
    return {
      status: "ignored",
      why: `label ${request.labelEvent.label} does not affect the verdict`
    };
  let [files, existing, appliedByApp2, template] = await settleAll([
    changedFiles(deps, pull),
    existingRun(deps, request, checkName2),
    labelAppliedByApp(deps, pull, noMergeLabel2, request.labelEvent),
    config.rules["pr-checklist"].enabled ? loadPrTemplate(deps) : Promise.resolve(void 0)
  ]), paths = files.files.map((file) => file.path), [governance, pullConfigProblems, recorded, risk] = await settleAll([
    governanceInputs(deps, pull, config, files, !loaded.fromFile),
    validatePullConfig(deps, pull, files),
    receiptsFor(deps, request, config, existing),
    loadRiskState(deps, config, pull)
  ]), known = knownHeadPaths(deps, pull, files), snapshot = {
    number: pull.number,
    branch: pull.headRef,
    base: pull.baseRef,
    title: pull.title,
    body: pull.body,
    labels: pull.labels,
    headSha: pull.headSha,
    draft: pull.draft,
    changedFiles: paths,
    ...files.partial ? { changedFilesPartial: files.partial } : {},
    ...governance,
    ...risk ? { risk } : {},
    ...template !== void 0 ? { template } : {},
    headPaths: known
  }, toggled = labelOn(pull.labels, noMergeLabel2) ? pull.labels.filter((label2) => !sameLabel(label2, noMergeLabel2)) : [...pull.labels, noMergeLabel2], judgeSnapshot = () => deps.state.evaluator.evaluate(snapshot, config, [pull.labels, toggled]), verdicts = await judgeSnapshot(), wanted = verdicts[0] ? pathsToCheck(verdicts[0]) : [];
  wanted.length > 0 && (snapshot.headPaths = await lookUpHeadPaths(deps, pull, known, wanted), verdicts = await judgeSnapshot());
  let [asIs, other] = verdicts, evaluated = (labels2) => labelOn(labels2, noMergeLabel2) === labelOn(pull.labels, noMergeLabel2) ? asIs : other, judgeWith = (labels2, receipts2) => applyOverrides(evaluated(labels2), receipts2, pull.headSha, config), receipts = recorded, decided;
  if (request.override) {
    let { command, requester, at: at2 } = request.override;
    decided = decideOverride(
      command,
      requester,
      {
        sha: pull.headSha,
        at: at2,
        author: pull.author,
        verdict: judgeWith(pull.labels, receipts),
        shown: (request.checkSha === pull.headSha ? existing?.shown : void 0) ?? {}
      },
      config
    ), receipts = mergeReceipts(receipts, [decided]);
  }
  let now = deps.state.options.now().toISOString(), judge3 = (labels2, byApp2) => {
    let verdict2 = judgeWith(labels2, receipts), plan2 = planPullRequest(
      verdict2,
      {
        headSha: request.checkSha,
        draft: pull.draft,
        labels: { current: labels2, appliedByApp: byApp2 },
        shown: { before: existing?.shown, now }
      },
      config
    );
    return { verdict: verdict2, plan: plan2 };
  }, byApp = appliedByApp2.byApp, { verdict, plan } = judge3(pull.labels, byApp);
  if (request.manageLabels && plan.labels.remove.length > 0 && !appliedByApp2.proven && (byApp = await labelAppliedByApp(deps, pull, noMergeLabel2, request.labelEvent, {
    remembered: !1
  }).then((origin) => origin.byApp), byApp || ({ verdict, plan } = judge3(pull.labels, byApp))), !request.manageLabels)
    plan.labels = { add: [], remove: [] };
  else if (plan.labels.add.length > 0 || plan.labels.remove.length > 0) {
    let settled = [
      ...pull.labels.filter((label2) => !plan.labels.remove.includes(label2)),
      ...plan.labels.add
    ], stillOurs = plan.labels.add.length > 0 || byApp && settled.some((l) => sameLabel(l, noMergeLabel2)), after = judge3(settled, stillOurs);
    verdict = after.verdict, plan = { checkRun: after.plan.checkRun, labels: plan.labels };
  }
  if (plan.checkRun && addNotes(plan, pullConfigProblems), config.incidents.enabled && request.manageLabels) {
    let before = await streakBefore(
      request,
      existing,
      () => findKnownCheckRun(deps, request.previousSha, checkName2)
    ), streak = recordStreak(plan, before, config);
    streak && await escalateFailures(deps, config, pull, streak, existing?.streak, dryRun);
  }
  return scope.judged = { plan, verdict }, await applyPlan(deps, plan, {
    checkSha: request.checkSha,
    pullNumber: request.manageLabels ? pull.number : void 0,
    existing,
    receipts,
    dryRun
  }), { status: "published", plan, verdict, receipts, config, ...decided ? { decided } : {} };
}
function labelAffectsVerdict(label2, config) {
  return sameLabel(label2, config.rules["no-merge-label"].label) ? !0 : config.incidents.enabled && isWaveLabel(label2, config.incidents);
}
async function existingRun(deps, request, checkName2) {
  return request.existing !== void 0 ? request.existing ?? void 0 : request.newCommit && !request.fresh ? rememberedCheckRun(deps, request.checkSha, checkName2) : findKnownCheckRun(deps, request.checkSha, checkName2, { fresh: request.fresh });
}
async function changedFiles(deps, pull) {
  let key = `${repoKey(deps.repo)}#${pull.number}@${pull.baseSha}...${pull.headSha}`, cached = deps.state.files.get(key);
  if (cached) return cached;
  let entry = await deps.gh.listPullFiles(pull.number, pull.changedFiles);
  return deps.state.files.set(key, entry), entry;
}
async function governanceInputs(deps, pull, config, files, configAbsent) {
  let rule = config.rules["governance-files"];
  if (!rule.enabled || rule.paths.length === 0) return {};
  let isGovernance = picomatch6(rule.paths, { dot: !0 });
  if (!files.partial && !files.files.some((file) => isGovernance(file.path))) return {};
  let [reviews, roleMembers] = await settleAll([
    deps.gh.listReviews(pull.number),
    expandRoles(deps, config, rule.approvers)
  ]), inputs = { reviews, roleMembers, ...configAbsent ? { configAbsent } : {} }, reviewers = reviewersToCheck({ ...inputs, headSha: pull.headSha }, rule);
  if (reviewers.length === 0) return inputs;
  let permissions = await settleAll(reviewers.map((login2) => deps.gh.getPermission(login2)));
  return {
    ...inputs,
    reviewerPermissions: Object.fromEntries(
      reviewers.map((login2, i) => [login2.toLowerCase(), permissions[i]])
    )
  };
}
async function labelAppliedByApp(deps, pull, label2, labelEvent, { remembered = !0 } = {}) {
  let present = labelOn(pull.labels, label2);
  if (!present) return { byApp: !1, proven: !0 };
  if (labelEvent?.action === "labeled" && labelEvent.senderType !== "Bot")
    return { byApp: !1, proven: !0 };
  if (remembered && deps.state.appLabels.get(appLabelKey(deps.repo, pull.number, label2)))
    return { byApp: !0, proven: !1 };
  let actor = await deps.gh.lastLabeledBy(pull.number, present);
  if (!actor) return { byApp: !1, proven: !0 };
  let appId = await deps.gh.appId();
  return actor.appId !== void 0 ? { byApp: actor.appId === appId, proven: !0 } : actor.type !== "Bot" ? { byApp: !1, proven: !0 } : (deps.state.appSlug ??= await deps.gh.appSlug(), { byApp: actor.login.toLowerCase() === `${deps.state.appSlug}[bot]`.toLowerCase(), proven: !0 });
}
async function validatePullConfig(deps, pull, files) {
  if (files.partial !== void 0 || files.files.some((file) => file.path === CONFIG_PATH && file.status !== "removed")) {
    if (files.pullConfigProblems === void 0) {
      let answer = await deps.gh.getRawFile(CONFIG_PATH, pull.headSha), parsed = answer.kind === "found" ? await parsePullConfigText(answer.text, deps.repo) : void 0;
      files.pullConfigProblems = parsed && !parsed.ok ? parsed.error : null;
    }
    return files.pullConfigProblems ?? void 0;
  }
}
async function receiptsFor(deps, request, config, existing) {
  let name = config.check.name, headRun = request.checkSha === request.pull.headSha ? existing : await findKnownCheckRun(deps, request.pull.headSha, name), lists = [headRun?.receipts ?? []];
  if (request.checkSha !== request.pull.headSha && existing && lists.push(existing.receipts), config.overrides.carry_over && !headRun && request.previousSha) {
    let previous = await findKnownCheckRun(deps, request.previousSha, name);
    lists.unshift(previous?.receipts ?? []);
  }
  return mergeReceipts(...lists);
}
function addNotes(plan, pullConfigProblems) {
  let checkRun = plan.checkRun;
  if (!checkRun) return;
  let notes = [];
  if (pullConfigProblems) {
    let room = MAX_ANNOTATIONS - checkRun.annotations.length, fitted = fitAnnotations(configAnnotations(pullConfigProblems), room);
    checkRun.annotations.push(...fitted.annotations), notes.push(
      [
        `### ⚠️ This PR's \`${CONFIG_PATH}\` is invalid`,
        "",
        "The verdict above uses the default branch's config. Merged as it is, this file would fail every PR's check until fixed:",
        "",
        codeBlock(pullConfigProblems.message),
        ...fitted.note ? [fitted.note] : []
      ].join(`
`)
    );
  }
  notes.length > 0 && (checkRun.summary = `${checkRun.summary}

${notes.join(`

`)}
`);
}
function configAnnotations(error) {
  return error.issues.map((issue) => {
    let line = Math.max(1, issue.position?.line ?? 1), column = issue.position ? Math.max(1, issue.position.column) : void 0;
    return {
      path: error.file,
      start_line: line,
      end_line: line,
      ...column !== void 0 ? { start_column: column, end_column: column } : {},
      annotation_level: "failure",
      title: issue.path ? `Invalid config at ${issue.path}` : "Invalid config",
      message: issue.message
    };
  });
}

// app/handlers/protection.ts
async function syncProtection(deps, scope, trigger, options4 = {}) {
  let { gh, state, log, repo } = deps;
  scope.checkName = PROTECTION_CHECK_NAME, scope.checkSha = options4.headSha, repo.defaultBranch === "" && (repo.defaultBranch = await gh.getDefaultBranch());
  let loaded = await loadRepoConfig(deps), dryRun = scope.dryRun ?? (state.options.dryRun || loaded.ok && loaded.config.check.dry_run);
  scope.dryRun = dryRun;
  let headSha = dryRun ? options4.headSha : options4.headSha ?? await gh.getBranchHead(repo.defaultBranch);
  if (scope.checkSha = headSha, !loaded.ok) {
    let reason = `the config on ${repo.defaultBranch} is invalid (${loaded.error.message.split(`
`)[0]}); fix it and push`;
    return !dryRun && headSha && await gh.createCheckRun(headSha, protectionErrorCheckRun(reason, state.options.now())), log.warn({ dryRun }, `protection not checked: ${reason}`), { writes: 0, skipped: reason };
  }
  let { config } = loaded, policy = config.protection.drift, desired = desiredProtection(config.protection, config.check.name, await gh.appId()), plan = planProtection(desired, await gh.readProtection(desired)), apply = trigger.reason === "installed" || trigger.reason === "config" || policy === "enforce", manageIssue = policy === "report" || trigger.reason === "config";
  if (dryRun) {
    let writes = apply ? plan.writes.map((w) => `${w.method} ${w.path}`) : [];
    return log.info(
      { dryRun: !0, writes, status: plan.status, branches: plan.branches },
      `dry run: protection ${plan.status}; ${writes.length} planned write(s) not made${writes.length > 0 ? `: ${writes.join("; ")}` : ""}; check ${PROTECTION_CHECK_NAME} not posted`
    ), { report: plan, writes: 0 };
  }
  let before = driftedBranches(plan), report = apply && plan.writes.length > 0 ? applyOutcomes(plan, desired, await gh.writeProtection(plan)) : plan, written = report.writes.filter((w) => w.outcome === "written"), rewritten = before.filter(
    (b) => written.some((w) => w.branches.includes(b.branch) && w.outcome === "written")
  ), record = {
    policy,
    trigger,
    rewritten,
    reported: !apply && before.length > 0
  }, issue;
  if (manageIssue) {
    let outcome = await syncDriftIssue(deps, report, trigger);
    issue = outcome.change, record.issue = outcome.number;
  }
  return headSha ? await gh.createCheckRun(headSha, protectionCheckRun(report, record, state.options.now())) : log.warn(
    `${repo.defaultBranch} has no commit yet, so the ${PROTECTION_CHECK_NAME} check has nowhere to go`
  ), log.info(
    {
      status: report.status,
      writes: written.length,
      issue,
      receipt: rewritten.length > 0 ? { sender: trigger.sender, at: trigger.at } : void 0
    },
    `protection ${report.status} after ${trigger.event}`
  ), { report, writes: report.writes.filter((w) => w.outcome !== "planned").length, issue };
}
async function syncDriftIssue(deps, report, trigger) {
  let { gh } = deps, open = await gh.findOpenIssue(DRIFT_ISSUE_LABEL);
  if (driftedBranches(report).length > 0) {
    let body = driftIssueBody(report, trigger);
    return open ? open.body.trim() === body.trim() ? { change: void 0, number: open.number } : (await gh.updateIssue(open.number, body), { change: "updated", number: open.number }) : { change: "opened", number: await gh.createIssue(DRIFT_ISSUE_TITLE, body, [DRIFT_ISSUE_LABEL]) };
  }
  return open && !hasUnknownBranches(report) ? (await gh.updateIssue(open.number, resolvedIssueBody(open.body, trigger), { close: !0 }), { change: "closed", number: open.number }) : { change: void 0, number: open?.number };
}
async function runSync(deps, scope, trigger, options4 = {}) {
  try {
    await syncProtection(deps, scope, trigger, options4);
  } catch (error) {
    let reason = failureReason(error);
    if (deps.log.error({ err: error, event: trigger.event }, `protection sync failed: ${reason}`), scope.checkSha && !(scope.dryRun ?? deps.state.options.dryRun))
      try {
        await deps.gh.createCheckRun(
          scope.checkSha,
          protectionErrorCheckRun(reason, deps.state.options.now())
        );
      } catch (second) {
        deps.log.error(
          { err: second, event: trigger.event },
          `could not post the failing ${PROTECTION_CHECK_NAME} check either`
        );
      }
  }
}
function guardedSync(context, state, payload, trigger, options4 = {}) {
  let key = `${payload.repository.owner.login}/${payload.repository.name}#protection`.toLowerCase();
  return state.queue.run(
    key,
    () => runGuarded(context, state, payload, (deps) => runSync(deps, {}, trigger, options4))
  );
}
async function onInstallation(context, state) {
  let { payload } = context, repositories = ("repositories_added" in payload ? payload.repositories_added : payload.repositories) ?? [], account = payload.installation.account, login2 = account && "login" in account ? account.login : "", ownerType = account && "type" in account ? account.type : void 0;
  for (let repository of repositories) {
    let [owner = login2, name = repository.name] = repository.full_name.split("/");
    await guardedSync(
      context,
      state,
      {
        repository: {
          name,
          // Unknown here; syncProtection asks GitHub.
          default_branch: "",
          owner: { login: owner, ...ownerType ? { type: ownerType } : {} }
        }
      },
      {
        reason: "installed",
        event: `${context.name}.${payload.action}`,
        sender: payload.sender.login,
        at: state.options.now().toISOString()
      }
    );
  }
}
async function onProtectionChange(context, state) {
  let { payload } = context, repository = "repository" in payload ? payload.repository : void 0;
  if (!repository) {
    context.log.debug(`${context.name}: not about a repository (an organisation ruleset), ignored`);
    return;
  }
  let sender = payload.sender;
  if (sender?.type === "Bot" && await isOwnBot2(context, state, repository, sender.login)) {
    context.log.debug(`${context.name}.${payload.action} by this App's own bot: ignored`);
    return;
  }
  let changed = payload, at2 = changed.rule?.updated_at ?? changed.ruleset?.updated_at;
  await guardedSync(
    context,
    state,
    { repository },
    {
      reason: "hand-edit",
      event: `${context.name}.${payload.action}`,
      sender: sender?.login,
      at: at2 ?? state.options.now().toISOString()
    }
  );
}
async function isOwnBot2(context, state, repository, login2) {
  if (state.appSlug === void 0) {
    let gh = new GitHubClient(context.octokit, {
      owner: repository.owner.login,
      repo: repository.name
    });
    try {
      state.appSlug = await gh.appSlug();
    } catch (error) {
      return context.log.warn({ err: error }, "could not read the App's own name; syncing anyway"), !1;
    }
  }
  return login2.toLowerCase() === `${state.appSlug}[bot]`.toLowerCase();
}
function syncAfterConfigPush(context, state, headSha) {
  let { payload } = context;
  return guardedSync(
    context,
    state,
    {
      repository: {
        name: payload.repository.name,
        default_branch: payload.repository.default_branch,
        owner: {
          login: payload.repository.owner?.login ?? "",
          ...payload.repository.owner?.type ? { type: payload.repository.owner.type } : {}
        }
      }
    },
    {
      reason: "config",
      event: "push",
      sender: payload.sender?.login ?? payload.pusher.name,
      at: payload.head_commit?.timestamp ?? state.options.now().toISOString()
    },
    { headSha }
  );
}
async function onProtectionRerun(context, state) {
  let { payload } = context;
  await guardedSync(context, state, payload, {
    reason: "rerun",
    event: `check_run.${payload.action}`,
    sender: payload.sender.login,
    at: state.options.now().toISOString()
  });
}

// app/handlers/check-run.ts
async function onCheckRun(context, state) {
  let { payload } = context, run2 = payload.check_run;
  if (!(payload.action === "requested_action" && (!("requested_action" in payload) || payload.requested_action?.identifier !== RERUN_ACTION.identifier))) {
    if (run2.name === PROTECTION_CHECK_NAME && payload.action === "rerequested") {
      let appId = await new GitHubClient(context.octokit, {
        owner: payload.repository.owner.login,
        repo: payload.repository.name
      }).appId();
      run2.app?.id === appId && await onProtectionRerun(context, state);
      return;
    }
    await runGuarded(context, state, payload, async (deps, scope) => {
      if (run2.app?.id !== await deps.gh.appId()) return;
      scope.checkSha = run2.head_sha, scope.checkName = run2.name;
      let request = {
        checkSha: run2.head_sha,
        onlyForCheckName: run2.name,
        fresh: !0
      }, headBranch = run2.check_suite?.head_branch ?? "";
      if (isQueueRef(headBranch)) {
        let number = pullNumberFromQueueRef(headBranch);
        if (number === void 0) return;
        let pull = await deps.gh.getPull(number);
        await publishVerdict(deps, scope, { ...request, pull, manageLabels: !1 });
        return;
      }
      let numbers = run2.pull_requests.filter((pr) => pr.base.repo.id === payload.repository.id).map((pr) => pr.number);
      numbers.length === 0 && (numbers = await deps.gh.listOpenPullsForCommit(run2.head_sha));
      for (let number of numbers)
        await state.queue.run(`${payload.repository.full_name}#${number}`.toLowerCase(), async () => {
          let pull = await deps.gh.getPull(number);
          if (pull.headSha !== run2.head_sha) {
            deps.log.info(
              `#${number} has moved on from ${run2.head_sha.slice(0, 7)}; its new head is judged on push`
            );
            return;
          }
          await publishVerdict(deps, scope, { ...request, pull, manageLabels: !0 });
        });
    });
  }
}

// app/incidents/freeze.ts
async function openFreezeIssues(deps, config) {
  return (await deps.gh.listOpenIssues(config.incidents.freeze_label)).filter(
    (item) => !item.isPull
  );
}
function branchesOf(config) {
  return config.incidents.freeze_branches.map((branch) => codeSpan(branch)).join(", ");
}
function freezeIssue(config, comment, reason, record) {
  let body = [
    `Merges into ${branchesOf(config)} are frozen: ${inertText(reason)}`,
    "",
    `- Frozen by ${handle(comment.login)} at ${inertText(comment.at)}, from #${comment.issue}`,
    `- Receipt: ${codeSpan(record.receipt)}`,
    "",
    `While this issue is open, every PR into these branches fails \`incident-freeze\` in the ${codeSpan(config.check.name)} check. Lift the freeze with \`${UNFREEZE_SYNTAX}\` here or on #${comment.issue} (${config.incidents.freeze_permission} permission or higher), or close this issue.`,
    "",
    freezeRecordMarker(record)
  ].join(`
`);
  return { title: titleText(`Merge freeze: ${reason}`, 120), body };
}
function frozenReply(config, comment, reason, issue, receipt2) {
  return `Merges into ${branchesOf(config)} are frozen by ${handle(comment.login)}: ${inertText(reason)}. Freeze issue${issue ? ` #${issue}` : ""}, receipt ${codeSpan(receipt2)}. Lift it with \`${UNFREEZE_SYNTAX}\`.`;
}
async function runFreezeCommand(deps, config, comment, command, dryRun) {
  let write = async (what, run2) => {
    if (dryRun) {
      deps.log.info({ dryRun: !0 }, `dry run: ${what} not done`);
      return;
    }
    await run2();
  }, reply = (body) => write(`reply on #${comment.issue}`, () => deps.gh.createComment(comment.issue, body)), needed = config.incidents.freeze_permission, permission = await deps.gh.getPermission(comment.login);
  if (!permissionAtLeast(permission, needed))
    return await reply(
      `${mention(comment.login)}, merges can only be frozen and unfrozen here by people with **${needed}** permission or higher on this repository (\`incidents.freeze_permission\`); you have ${inertText(permission)}. Ask one of them to comment \`${command.kind === "freeze" ? FREEZE_SYNTAX : UNFREEZE_SYNTAX}\`.`
    ), { status: "refused" };
  let open = await openFreezeIssues(deps, config);
  if (command.kind === "freeze") {
    let fields2 = {
      kind: "freeze",
      actor: comment.login,
      at: comment.at,
      reason: command.reason,
      source: comment.issue
    }, record = { ...fields2, receipt: freezeReceiptId(fields2) };
    if (open.some((item) => recordOf(item)?.receipt === record.receipt))
      return deps.log.info(
        `freeze ${record.receipt} is already open (redelivered comment): nothing to do`
      ), { status: "already-recorded", receipt: record.receipt };
    let { title, body } = freezeIssue(config, comment, command.reason, record), number = 0;
    return await write(`open the freeze issue "${title}"`, async () => {
      number = await deps.gh.createIssue(title, body, [config.incidents.freeze_label]);
    }), await reply(frozenReply(config, comment, command.reason, number, record.receipt)), { status: "frozen", issue: number, receipt: record.receipt };
  }
  let targets = open.filter(
    (item) => item.number === comment.issue || recordOf(item)?.source === comment.issue
  ), fields = { actor: comment.login, at: comment.at, source: comment.issue }, lift = { ...fields, receipt: unfreezeReceiptId(fields) };
  if (targets.length === 0) {
    let others = open.map((item) => `#${item.number}`).join(", ");
    return await reply(
      `${mention(comment.login)}, there is no open freeze to lift from here. ${open.length > 0 ? `Open freezes: ${others}; comment \`${UNFREEZE_SYNTAX}\` on the one to lift.` : "No freeze is open."}`
    ), { status: "nothing-to-lift" };
  }
  for (let item of targets) {
    let body = [
      item.body,
      "",
      "---",
      `Lifted by ${handle(comment.login)} at ${inertText(comment.at)} from #${comment.issue} (receipt ${codeSpan(lift.receipt)}).`,
      "",
      unfreezeRecordMarker(lift)
    ].join(`
`);
    await write(
      `close freeze issue #${item.number}`,
      () => deps.gh.updateIssue(item.number, body, { close: !0 })
    );
  }
  let lifted = targets.map((item) => `#${item.number}`).join(", ");
  return await reply(
    `Freeze ${lifted} lifted by ${handle(comment.login)} (receipt ${codeSpan(lift.receipt)}). Open PRs into ${branchesOf(config)} are judged again now.`
  ), { status: "lifted", issues: targets.map((item) => item.number), receipt: lift.receipt };
}
var DAY3 = 1440 * 6e4;
async function checkP0Trigger(deps, config, now, dryRun) {
  let settings = config.incidents, since = new Date(now.getTime() - settings.p0_trigger.days * DAY3).toISOString(), lists = await Promise.all(
    settings.severity_labels.critical.map((label2) => deps.gh.listIssuesSince(label2, since))
  ), incidents = toIncidents(lists.flat(), config), trigger = p0TriggerTripped(incidents, now, settings);
  if (!trigger.tripped) return { status: "not-tripped", incidents: trigger.incidents };
  let newest = trigger.incidents.at(-1), earlier = (await deps.gh.listIssuesSince(settings.freeze_label, since)).find((item) => {
    let record2 = recordOf(item);
    return record2?.kind === "trigger" && record2.trigger === trigger.id && (record2.incidents ?? []).includes(newest);
  });
  if (earlier)
    return { status: "already-frozen", incidents: trigger.incidents, issue: earlier.number };
  let { days } = settings.p0_trigger, links = trigger.incidents.map((number2) => {
    let incident = incidents.find((listed) => listed.number === number2);
    return incident ? incidentLink(incident) : `#${number2}`;
  }), reason = `${trigger.incidents.length} critical incidents opened within ${days} days (${trigger.incidents.map((n) => `#${n}`).join(", ")})`, fields = {
    kind: "trigger",
    trigger: trigger.id,
    actor: "pilot-gate",
    at: now.toISOString(),
    reason,
    incidents: trigger.incidents
  }, record = { ...fields, receipt: freezeReceiptId(fields) }, level2 = settings.escalation[0], callOut = level2 && level2.mention.length > 0 ? `${level2.mention.join(" ")}: ` : "", title = titleText(`${trigger.id} tripped: ${reason}`, 120), body = [
    `${callOut}trigger **${inertText(trigger.id)}** tripped: ${reason}.`,
    "",
    ...links.map((link2) => `- ${link2}`),
    "",
    `Merges into ${branchesOf(config)} are frozen until a maintainer clears this trigger: comment \`${UNFREEZE_SYNTAX}\` here (${settings.freeze_permission} permission or higher) or close this issue. A PR from a hotfix branch that references ${inertText(trigger.id)} or this issue is exempt.`,
    "",
    `Receipt: ${codeSpan(record.receipt)}`,
    "",
    freezeRecordMarker(record)
  ].join(`
`), labels2 = [settings.freeze_label, ...level2 ? [escalationLabel(level2)] : []], number = 0;
  return dryRun ? deps.log.info({ dryRun: !0 }, `dry run: trigger ${trigger.id} issue not opened`) : number = await deps.gh.createIssue(title, body, labels2), deps.log.warn(
    { incidents: trigger.incidents, issue: number, receipt: record.receipt },
    `trigger ${trigger.id} tripped: merges frozen`
  ), {
    status: "tripped",
    incidents: trigger.incidents,
    issue: number,
    receipt: record.receipt
  };
}

// app/incidents/sla.ts
var TIMELINE_EVENTS = /* @__PURE__ */ new Set(["commented", "assigned", "labeled", "unlabeled"]);
function isBot(actor) {
  return actor.type === "Bot" || actor.login.endsWith("[bot]");
}
function incidentOf(config, issue, events) {
  let incident = toIncident({ ...issue, events }, config.incidents, config.ids.pattern);
  if (!incident)
    throw new CannotEvaluateError(
      `#${issue.number} has none of the severity labels in incidents.severity_labels of ${CONFIG_PATH}, so it is not an incident`
    );
  return incident;
}
async function toEvents(deps, items, needed, permissions) {
  let ordered = items.filter((item) => TIMELINE_EVENTS.has(item.event)).sort((a, b) => Date.parse(a.at) - Date.parse(b.at)), events = [], acknowledged = !1;
  for (let item of ordered) {
    let event = {
      type: item.event,
      at: item.at,
      ...item.actor ? { actor: item.actor.login } : {},
      ...item.label !== void 0 ? { label: item.label } : {}
    };
    if ((event.type === "commented" || event.type === "assigned") && !acknowledged && item.actor && !isBot(item.actor)) {
      let login2 = item.actor.login.toLowerCase(), permission = permissions.get(login2);
      permission === void 0 && (permission = await deps.gh.getPermission(item.actor.login), permissions.set(login2, permission)), event.byMaintainer = permissionAtLeast(permission, needed), acknowledged = event.byMaintainer;
    }
    events.push(event);
  }
  return events;
}
function clockReport(status2) {
  return {
    clock: status2.clock,
    state: status2.breached ? "breached" : status2.metAt ? "met" : "running",
    target: status2.target,
    business: status2.business,
    dueAt: status2.dueAt.toISOString(),
    ...status2.metAt ? { metAt: status2.metAt.toISOString() } : {},
    overdueBy: status2.overdueBy
  };
}
var CLOCK_WORDS = {
  ack: {
    done: "acknowledged",
    how: (config) => `a comment or an assignment by someone with ${config.maintainer_permission} permission or higher`
  },
  contain: {
    done: "contained",
    how: (config) => `the label ${config.contained_labels.map((l) => codeSpan(l)).join(" or ")}`
  },
  recover: {
    done: "recovered",
    how: (config) => `the label ${config.recovered_labels.map((l) => codeSpan(l)).join(" or ")}, or closing the issue`
  }
};
function minutes2(n, business) {
  return `${n} ${business ? "business " : ""}min`;
}
function escalationComment(incident, step, clocks, config) {
  let chain = config.escalation, opener = step.mention.length > 0 ? `${step.mention.join(" ")}: this ${incident.severity} incident breached its SLA.` : `This ${incident.severity} incident breached its SLA. Nobody is mentioned at this level: list people or teams under \`incidents.escalation[${step.level - 1}].mention\` in ${codeSpan(CONFIG_PATH)}.`, breached = clocks.filter((status2) => status2.breached).map((status2) => {
    let words = CLOCK_WORDS[status2.clock], state = status2.metAt ? `${words.done} ${status2.overdueBy} min late` : `not ${words.done} yet, ${status2.overdueBy} min overdue (stops with ${words.how(config)})`;
    return `- **${status2.clock}**: target ${minutes2(status2.target, status2.business)}, ${state}`;
  }), next = chain[step.level], nextLine = next ? step.breached.length > step.level ? `Next level: **${inertText(next.name)}** (${step.level + 1} of ${chain.length}), also due: the next sweep escalates to it.` : `Next level: **${inertText(next.name)}** (${step.level + 1} of ${chain.length}), when one more SLA clock is breached.` : "This is the last level of the escalation chain.";
  return [
    `<!-- pilot-gate:${step.label} -->`,
    `### Escalated to ${inertText(step.name)} (level ${step.level} of ${chain.length})`,
    "",
    opener,
    "",
    ...breached,
    "",
    nextLine,
    "",
    `_pilot-gate adds the label ${codeSpan(step.label)} to record this level, so it is announced once._`,
    ""
  ].join(`
`);
}
async function escalateIncident(deps, config, issue, now, opts) {
  let settings = config.incidents, dryRun = opts.dryRun || deps.state.options.dryRun || config.check.dry_run, requestsBefore = deps.gh.requests, levelBefore = escalationLevelFromLabels(issue.labels, settings), incident = incidentOf(config, issue, []), result = (timeline, escalation) => ({
    number: issue.number,
    url: issue.html_url,
    severity: incident.severity,
    levelBefore,
    timeline,
    clocks: slaStatus(incident, now, settings).map(clockReport),
    escalation,
    dryRun: escalation !== void 0 && dryRun,
    requests: deps.gh.requests - requestsBefore
  });
  if (!escalationsDue(incident, levelBefore, now, settings)) return result("skipped");
  let items = await deps.gh.listTimeline(issue.number), events = await toEvents(
    deps,
    items,
    settings.maintainer_permission,
    opts.permissions ?? /* @__PURE__ */ new Map()
  );
  incident = incidentOf(config, issue, events);
  let step = escalationsDue(incident, levelBefore, now, settings);
  if (!step) return result("read");
  let body = escalationComment(incident, step, slaStatus(incident, now, settings), settings);
  return await announceEscalation(deps, issue.number, { ...step, body }, dryRun), dryRun || deps.log.info(
    { number: issue.number, label: step.label, breached: step.breached },
    `#${issue.number} escalated to ${step.name} (level ${step.level})`
  ), result("read", step);
}

// app/rejudge.ts
async function rejudgeOpenPulls(deps, loaded, select, event) {
  let pulls = (await deps.gh.listOpenPulls()).filter(select), result = { judged: [], failed: [] };
  for (let pull of pulls)
    await deps.state.queue.run(pullKey(deps.repo, pull.number), async () => {
      let scope = {};
      try {
        await publishVerdict(deps, scope, {
          pull,
          checkSha: pull.headSha,
          manageLabels: !0,
          loaded
        }), result.judged.push(pull.number);
      } catch (error) {
        result.failed.push(pull.number);
        let reason = failureReason(error);
        deps.log.error(
          { err: error, event, pull: pull.number },
          `${event}: could not judge #${pull.number} again: ${reason}`
        ), await postEvaluationError(deps, scope, reason, event);
      }
    });
  return result;
}
function inWave(config, wave) {
  let wanted = wave.toLowerCase();
  return (pull) => waveOfPull(pull, config.incidents)?.toLowerCase() === wanted;
}

// app/handlers/incident.ts
var INCIDENT_ACTIONS = [
  "assigned",
  "opened",
  "edited",
  "closed",
  "reopened",
  "deleted",
  "labeled",
  "unlabeled"
];
function freezeRelevance(payload, config) {
  let settings = config.incidents, freezing = [...settings.severity_labels.critical, settings.freeze_label], labels2 = labelNames(payload.issue.labels), changed = "label" in payload ? payload.label?.name : void 0;
  if (hasAny(labels2, freezing) || changed !== void 0 && hasAny([changed], freezing))
    switch (payload.action) {
      case "labeled":
      case "unlabeled":
        return changed === void 0 ? void 0 : hasAny([changed], freezing) ? `label ${changed} ${payload.action}` : isWaveLabel(changed, settings) ? `wave label ${changed} ${payload.action}` : hasAny(labels2, settings.severity_labels.critical) && hasAny([changed], settings.escalation.map(escalationLabel)) ? `escalation label ${changed} ${payload.action}` : void 0;
      case "edited":
        return "changes" in payload && payload.changes?.title ? "title edited" : void 0;
      case "assigned":
        return;
      default:
        return payload.action;
    }
}
async function escalateOnEvent(deps, config, raw) {
  let item = issueItemOf(raw);
  if (item.isPull || item.state !== "open" || !severityOf(item.labels, config.incidents)) return;
  let dryRun = deps.state.options.dryRun || config.check.dry_run, result = await escalateIncident(deps, config, item, deps.state.options.now(), { dryRun });
  result.escalation && deps.log.info(`#${item.number}: escalated to ${result.escalation.name} on this event`);
}
function opensCriticalIncident(payload, config) {
  let critical = config.incidents.severity_labels.critical;
  if (payload.action === "opened" || payload.action === "reopened")
    return hasAny(labelNames(payload.issue.labels), critical);
  let changed = "label" in payload ? payload.label?.name : void 0;
  return payload.action === "labeled" && changed !== void 0 && hasAny([changed], critical);
}
async function onIncidentIssue(context, state) {
  let { payload } = context;
  if (payload.issue.pull_request) return;
  let event = `issues.${payload.action}`, key = issueKey(repoContextOf(payload), payload.issue.number);
  await state.queue.run(
    key,
    () => runGuarded(context, state, payload, async (deps) => {
      let loaded = await loadRepoConfig(deps);
      if (!loaded.ok) {
        deps.log.info(`${event} on #${payload.issue.number}: the config is invalid, not judged`);
        return;
      }
      let { config } = loaded;
      if (!config.incidents.enabled) return;
      payload.action !== "deleted" && await escalateOnEvent(deps, config, payload.issue);
      let why = freezeRelevance(payload, config);
      if (!why) return;
      if (opensCriticalIncident(payload, config)) {
        let dryRun = deps.state.options.dryRun || config.check.dry_run, trigger = await checkP0Trigger(deps, config, deps.state.options.now(), dryRun);
        deps.log.info({ trigger }, `trigger ${config.incidents.p0_trigger.id}: ${trigger.status}`);
      }
      let { judged, failed } = await rejudgeOpenPulls(
        deps,
        loaded,
        intoFrozenBranch(config),
        event
      );
      deps.log.info(
        { judged, failed },
        `#${payload.issue.number} ${why}: judged ${judged.length} open PR(s) into frozen branches again`
      );
    })
  );
}

// app/handlers/merge-group.ts
async function onMergeGroup(context, state) {
  let { payload } = context, { repository } = payload, group = payload.merge_group;
  repository && await state.queue.run(
    `${repository.full_name}@${group.head_sha}`.toLowerCase(),
    () => runGuarded(context, state, { repository }, async (deps, scope) => {
      let outcome = await judgeMergeGroup(deps, scope, group);
      outcome.status === "ignored" && deps.log.info(`merge group not judged: ${outcome.why}`);
    })
  );
}
async function judgeMergeGroup(deps, scope, group) {
  scope.checkSha = group.head_sha;
  let number = pullNumberFromQueueRef(group.head_ref);
  if (number === void 0)
    throw new CannotEvaluateError(
      `the merge queue branch ${group.head_ref} names no PR (expected gh-readonly-queue/<base>/pr-<number>-<sha>); remove the PR from the queue and add it again`
    );
  let pull = await deps.gh.getPull(number);
  return publishVerdict(deps, scope, { pull, checkSha: group.head_sha, manageLabels: !1 });
}

// app/handlers/override.ts
async function onIssueComment(context, state) {
  let { payload } = context, { issue, comment } = payload;
  if (comment.user?.type === "Bot") return;
  let freeze = parseFreezeCommand(comment.body ?? "");
  if (freeze !== void 0) {
    await onFreezeComment(context, state, freeze);
    return;
  }
  if (!issue.pull_request) {
    await onIssueCommentOnIssue(context, state);
    return;
  }
  let command = parseOverrideCommand(comment.body ?? "");
  if (command === void 0) return;
  let login2 = comment.user?.login ?? payload.sender.login;
  await state.queue.run(
    pullKey(repoContextOf(payload), issue.number),
    () => runGuarded(context, state, payload, async (deps, scope) => {
      let loaded = await loadRepoConfig(deps), dryRun = deps.state.options.dryRun || loaded.ok && loaded.config.check.dry_run, reply = (body) => respond(
        deps,
        dryRun,
        `reply on #${issue.number}`,
        () => deps.gh.createComment(issue.number, body)
      );
      if ("error" in command) {
        await reply(`${mention(login2)}, pilot-gate could not read that override: ${command.error}`);
        return;
      }
      let pull = await deps.gh.getPull(issue.number);
      if (scope.checkSha = pull.headSha, !loaded.ok) {
        await publishVerdict(deps, scope, {
          pull,
          checkSha: pull.headSha,
          manageLabels: !0,
          loaded
        }), await reply(
          `${mention(login2)}, overrides cannot be judged while ${codeSpan(loaded.error.file)} on the default branch is invalid; the ${codeSpan(loaded.checkName)} check lists its problems. Fix the config, then ask again.`
        );
        return;
      }
      let { config } = loaded;
      scope.checkName = config.check.name, scope.dryRun = dryRun;
      let permission = await deps.gh.getPermission(login2), roleMembers = !permissionAtLeast(permission, config.overrides.permission) && config.overrides.roles.length > 0 ? await expandRoles(deps, config, config.overrides.roles) : {}, existing = await findKnownCheckRun(deps, pull.headSha, config.check.name, {
        fresh: !0
      }), at2 = comment.created_at;
      if (existing?.receipts.some((r) => sameRequest(r, command, login2, pull.headSha, at2))) {
        deps.log.info("this override is already recorded (redelivered comment): nothing to do");
        return;
      }
      let outcome = await publishVerdict(deps, scope, {
        pull,
        checkSha: pull.headSha,
        manageLabels: !0,
        override: { command, requester: { login: login2, permission, roleMembers }, at: at2 },
        loaded,
        existing: existing ?? null
      });
      if (outcome.status !== "published") {
        deps.log.info(`override not recorded: ${"why" in outcome ? outcome.why : outcome.status}`);
        return;
      }
      outcome.decided?.kind === "refusal" && await reply(refusalText(outcome.decided, config));
    })
  );
}
function sameRequest(receipt2, command, login2, sha, at2) {
  return receipt2.ruleId === command.ruleId && receipt2.actor === login2 && receipt2.reason === command.reason && receipt2.sha === sha && receipt2.at === at2;
}
async function onIssueCommentOnIssue(context, state) {
  let { payload } = context, { issue } = payload;
  if (issue.state !== "open" || (issue.labels ?? []).length === 0) return;
  let key = issueKey(repoContextOf(payload), issue.number);
  await state.queue.run(
    key,
    () => runGuarded(context, state, payload, async (deps) => {
      let loaded = await loadRepoConfig(deps);
      !loaded.ok || !loaded.config.incidents.enabled || await escalateOnEvent(deps, loaded.config, issue);
    })
  );
}
async function onFreezeComment(context, state, command) {
  let { payload } = context, { issue, comment } = payload, login2 = comment.user?.login ?? payload.sender.login, key = issueKey(repoContextOf(payload), issue.number);
  await state.queue.run(
    key,
    () => runGuarded(context, state, payload, async (deps) => {
      let loaded = await loadRepoConfig(deps, { revalidate: !0 }), dryRun = deps.state.options.dryRun || loaded.ok && loaded.config.check.dry_run, reply = (body) => respond(
        deps,
        dryRun,
        `reply on #${issue.number}`,
        () => deps.gh.createComment(issue.number, body)
      );
      if ("error" in command) {
        await reply(`${mention(login2)}, pilot-gate could not read that command: ${command.error}`);
        return;
      }
      if (!loaded.ok) {
        await reply(
          `${mention(login2)}, freezes cannot be changed while ${codeSpan(loaded.error.file)} on the default branch is invalid: ${inertText(loaded.error.message.split(`
`)[0] ?? "")} Fix the config, then ask again.`
        );
        return;
      }
      if (!loaded.config.incidents.enabled) {
        await reply(
          `${mention(login2)}, the risk protocol is off in this repository, so nothing would enforce a freeze. Set \`incidents.enabled: true\` in \`${CONFIG_PATH}\` on the default branch, then ask again.`
        );
        return;
      }
      let outcome = await runFreezeCommand(
        deps,
        loaded.config,
        { issue: issue.number, login: login2, at: comment.created_at },
        command,
        dryRun
      );
      deps.log.info(
        { outcome },
        `/pilot-gate ${command.kind} on #${issue.number}: ${outcome.status}`
      );
    })
  );
}
async function respond(deps, dryRun, what, write) {
  if (dryRun) {
    deps.log.info({ dryRun: !0 }, `dry run: ${what} not made`);
    return;
  }
  await followUp(deps, what, write);
}
function refusalText(receipt2, config) {
  let roles = config.overrides.roles, who = [
    `people with **${config.overrides.permission}** permission or higher on this repository`,
    ...roles.length > 0 ? [`holders of the ${roles.map((role) => codeSpan(role)).join(" or ")} role`] : []
  ].join(", and ");
  return [
    `${mention(receipt2.actor)}, thanks for asking, but this override of ${codeSpan(receipt2.ruleId)} was not accepted: ${inertText(receipt2.detail ?? "it is not allowed here.")}`,
    "",
    `Who may override here: ${who}. One of them can comment \`${OVERRIDE_SYNTAX}\`, or the finding can be fixed instead.`,
    "",
    `The refusal is recorded in the ${codeSpan(config.check.name)} check on ${receipt2.sha.slice(0, 7)} (receipt ${codeSpan(receipt2.id)}).`
  ].join(`
`);
}

// app/handlers/pull-request.ts
async function onPullRequest(context, state) {
  let payload = context.payload, repo = repoContextOf(payload), key = pullKey(repo, payload.pull_request.number), { labelEvent } = labelEventOf(payload);
  if (labelEvent && isOwnLabelEcho(state, repo, payload.pull_request.number, labelEvent)) {
    context.log.debug(`${context.name}.${payload.action}: the echo of the App's own label change`);
    return;
  }
  let changedLabel = labelEvent?.label;
  changedLabel !== void 0 && state.appLabels.delete(appLabelKey(repo, payload.pull_request.number, changedLabel));
  let loaded;
  await state.queue.run(
    key,
    () => runGuarded(context, state, payload, async (deps, scope) => {
      payload.pull_request.state === "open" && (scope.checkSha = payload.pull_request.head.sha, loaded = await loadRepoConfig(deps));
      let outcome = await judgePullRequest(deps, scope, payload, loaded);
      outcome.status === "ignored" && deps.log.debug(`nothing to do: ${outcome.why}`);
    })
  );
  let entersWave = payload.action === "reopened" || payload.action === "ready_for_review" || changedLabel !== void 0;
  context.name === "pull_request" && entersWave && loaded?.ok && loaded.config.incidents.enabled && await onWaveChange(context, state, { changedLabel, loaded });
}
var WAVE_LEAVE_ACTIONS = ["closed", "converted_to_draft"];
async function onWaveChange(context, state, options4 = {}) {
  let { payload } = context, pull = toPullInfo(payload.pull_request), event = `pull_request.${payload.action}`;
  await runGuarded(context, state, payload, async (deps) => {
    let loaded = options4.loaded ?? await loadRepoConfig(deps);
    if (!loaded.ok || !loaded.config.incidents.enabled) return;
    let wave = options4.changedLabel === void 0 ? waveOfPull(pull, loaded.config.incidents) : waveFromLabels([options4.changedLabel], loaded.config.incidents);
    if (!wave) return;
    let self = payload.action === "converted_to_draft", member = inWave(loaded.config, wave), { judged } = await rejudgeOpenPulls(
      deps,
      loaded,
      (open) => member(open) && (open.number > pull.number || self && open.number === pull.number),
      event
    );
    deps.log.info(
      { judged },
      `#${pull.number} ${payload.action}: judged ${judged.length} PR(s) of wave ${wave} again`
    );
  });
}
async function judgePullRequest(deps, scope, payload, loaded) {
  let delivered = toPullInfo(payload.pull_request), pull = delivered.state === "open" ? await currentPull(deps, delivered) : delivered, sameHead = pull.headSha === delivered.headSha;
  return publishVerdict(deps, scope, {
    pull,
    ...loaded ? { loaded } : {},
    checkSha: pull.headSha,
    manageLabels: !0,
    // The head commit is new to the PR: the check run lookup is skipped (see
    // `existingRun`). The Action, a process per event, has no memory to
    // consult either, so it skips the lookup and the app id it would need.
    newCommit: sameHead && (payload.action === "opened" || payload.action === "synchronize"),
    ...sameHead && "before" in payload && payload.action === "synchronize" ? { previousSha: payload.before } : {},
    ...labelEventOf(payload)
  });
}
async function currentPull(deps, delivered) {
  let { state } = deps, key = pullKey(deps.repo, delivered.number), seen = state.pullsSeen.get(key), fresh = state.options.freshPulls === "when-stale" && delivered.updatedAt !== "" && (seen === void 0 || isAfter(delivered.updatedAt, seen)), pull = delivered;
  if (!fresh) {
    let read = await deps.gh.getPull(delivered.number);
    isAfter(delivered.updatedAt, read.updatedAt) || (pull = read), pull !== delivered && deps.log.debug(`#${delivered.number}: judged as GitHub has it now`);
  }
  return pull.updatedAt !== "" && (seen === void 0 || isAfter(pull.updatedAt, seen)) && state.pullsSeen.set(key, pull.updatedAt), pull;
}
function isAfter(a, b) {
  let ta = Date.parse(a), tb = Date.parse(b);
  return Number.isFinite(ta) && (!Number.isFinite(tb) || ta > tb);
}
function isOwnLabelEcho(state, repo, number, labelEvent) {
  if (labelEvent.senderType !== "Bot") return !1;
  let key = labelWriteKey(repo, number, labelEvent.action, labelEvent.label);
  return state.labelWrites.get(key) ? (state.labelWrites.delete(key), !0) : !1;
}
function labelEventOf(payload) {
  if (payload.action !== "labeled" && payload.action !== "unlabeled") return {};
  let label2 = "label" in payload ? payload.label?.name : void 0;
  return label2 === void 0 ? {} : {
    labelEvent: { action: payload.action, label: label2, senderType: payload.sender.type }
  };
}

// core/protected-commit.ts
var BYPASS_LABEL = "pilot-gate:bypass", LISTED_COMMITS = 20;
function bypassMarker(sha) {
  return `<!-- pilot-gate:bypass ${sha} -->`;
}
function planProtectedCommit(commit) {
  let { pull } = commit, sha7 = commit.sha.slice(0, 7), branch = codeSpan(commit.branch), base = {
    name: commit.checkName,
    headSha: commit.sha,
    annotations: [],
    actions: [{ ...RERUN_ACTION }]
  };
  if (pull?.headCheck?.conclusion === "success")
    return {
      checkRun: {
        ...base,
        conclusion: "success",
        title: titleText(`Merged from #${pull.number}: ${pull.headCheck.title}`, 199),
        summary: [
          `## ✅ Merged from ${issueRef(pull.number, pull.url)}, whose ${codeSpan(commit.checkName)} passed`,
          "",
          `${codeSpan(sha7)} reached ${branch} as the merge of ${issueRef(pull.number, pull.url)} (${inertText(pull.title)}), whose ${codeSpan(commit.checkName)} check passed on its last head, ${codeSpan(pull.headSha.slice(0, 7))}. Its overrides and receipts are carried here.`,
          ""
        ].join(`
`)
      }
    };
  let how = pull ? `the merge of ${issueRef(pull.number, pull.url)} (${inertText(pull.title)}) while its ${codeSpan(commit.checkName)} check ${pull.headCheck ? `was ${inertText(pull.headCheck.conclusion ?? "not finished")} ("${inertText(pull.headCheck.title)}")` : "was missing"} on its last head, ${codeSpan(pull.headSha.slice(0, 7))}` : `a direct push by ${handle(commit.pushedBy)}, not through a PR`, title = pull ? `Bypass: #${pull.number} merged without a passing ${commit.checkName}` : `Bypass: pushed to ${commit.branch} without a PR`, listed = commit.commits.slice(-LISTED_COMMITS), unlisted = Math.max(0, commit.commitCount - listed.length), commits = [
    ...listed.map(
      (c) => `- ${codeSpan(c.sha.slice(0, 7))} ${inertText(c.message.split(`
`)[0] ?? "", 200)} (${handle(c.author)})`
    ),
    ...unlisted > 0 ? [`- …and ${unlisted} more`] : []
  ], marker2 = bypassMarker(commit.sha);
  return {
    checkRun: {
      ...base,
      conclusion: "failure",
      title: titleText(title, 199),
      summary: [
        `## ❌ ${codeSpan(sha7)} reached ${branch} without a passing ${codeSpan(commit.checkName)}`,
        "",
        `It came as ${how}. Every commit on a protected branch carries the verdict of the PR it came from; this one has none to carry, so it fails, and readiness will not call it GO. An audit issue labelled ${codeSpan(BYPASS_LABEL)} records it.`,
        "",
        "To clear it, land the change through a PR whose check passes (a revert and a new PR), and close the audit issue with what happened.",
        ""
      ].join(`
`)
    },
    audit: {
      title: titleText(`pilot-gate: ${sha7} reached ${commit.branch} without a passing check`, 250),
      marker: marker2,
      body: [
        `${codeSpan(commit.sha)} reached ${branch} as ${how}.`,
        "",
        `Pushed by ${handle(commit.pushedBy)}. Commits:`,
        "",
        ...commits,
        "",
        `The commit's ${codeSpan(commit.checkName)} check fails, so readiness will not call it GO. Close this issue with what happened and how it was made good.`,
        "",
        marker2,
        ""
      ].join(`
`)
    }
  };
}

// app/handlers/protected-push.ts
async function onProtectedPush(context, state) {
  let { payload } = context;
  if (payload.deleted || !payload.ref.startsWith("refs/heads/")) return;
  let branch = payload.ref.slice(11), repository = pushRepository(payload.repository), key = `${repository.owner.login}/${repository.name}@${payload.after}`.toLowerCase();
  await state.queue.run(
    key,
    () => runGuarded(context, state, { repository }, async (deps, scope) => {
      let loaded = await loadRepoConfig(deps);
      if (!loaded.ok || !loaded.config.protection.branches.includes(branch)) return;
      let { config } = loaded, checkName2 = config.check.name;
      scope.checkSha = payload.after, scope.checkName = checkName2;
      let dryRun = deps.state.options.dryRun || config.check.dry_run;
      scope.dryRun = dryRun;
      let existing = await findKnownCheckRun(deps, payload.after, checkName2, { fresh: !0 });
      if (existing?.shows?.conclusion === "success") {
        deps.log.debug(`${payload.after.slice(0, 7)} on ${branch} already passes (a merge queue)`);
        return;
      }
      let { commit, receipts } = await describeCommit(deps, payload, branch, checkName2), plan = planProtectedCommit(commit);
      if (dryRun) {
        deps.log.info(
          { dryRun: !0, conclusion: plan.checkRun.conclusion, audit: plan.audit?.title },
          `dry run: ${checkName2} on ${payload.after.slice(0, 7)} (${branch}) not posted`
        );
        return;
      }
      let write = toCheckRunWrite(plan.checkRun, receipts, deps.state.options.now());
      await writeCheckRun(deps, payload.after, write, receipts, existing);
      let { audit } = plan;
      audit && await followUp(deps, `open the audit issue for ${payload.after.slice(0, 7)}`, async () => {
        (await deps.gh.listOpenIssues(BYPASS_LABEL)).some((issue) => issue.body.includes(audit.marker)) || await deps.gh.createIssue(audit.title, audit.body, [BYPASS_LABEL]);
      }), deps.log.info(
        { conclusion: plan.checkRun.conclusion, pull: commit.pull?.number },
        `${checkName2} on ${payload.after.slice(0, 7)} (${branch}): ${plan.checkRun.title}`
      );
    })
  );
}
async function describeCommit(deps, payload, branch, checkName2) {
  let commit = {
    sha: payload.after,
    branch,
    checkName: checkName2,
    pushedBy: payload.sender?.login ?? payload.pusher.name,
    commits: payload.commits.map((c) => ({
      sha: c.id,
      message: c.message,
      author: c.author.username ?? c.author.name
    })),
    commitCount: payload.commits.length
  }, pull = await deps.gh.findMergedPull(payload.after, branch);
  if (!pull) return { commit, receipts: [] };
  let head = await findKnownCheckRun(deps, pull.headSha, checkName2, { fresh: !0 });
  return { commit: {
    ...commit,
    pull: {
      ...pull,
      // Looked up fresh, so a run found says what GitHub shows of it.
      headCheck: head?.shows ? { conclusion: head.shows.conclusion, title: head.shows.title } : void 0
    }
  }, receipts: head?.receipts ?? [] };
}

// app/github/git-data.ts
var DEFAULT_EVIDENCE_BRANCH = "pilot-evidence";

// app/readiness-evidence.ts
var MAX_PACK_FILES = 100, MAX_FILE_BYTES = 10 * 1024 * 1024, MAX_TOTAL_BYTES = 50 * 1024 * 1024, MAX_DEPTH = 16, SYMLINK_MODE = "120000", EvidenceReadError = class extends Error {
  name = "EvidenceReadError";
}, CommitFiles = class {
  #gh;
  commit;
  #whole;
  #folders = /* @__PURE__ */ new Map();
  #blobs = /* @__PURE__ */ new Map();
  /** Bytes read so far, against MAX_TOTAL_BYTES. */
  bytesRead = 0;
  constructor(gh, commit) {
    this.#gh = gh, this.commit = commit;
  }
  /** Every entry under `folder` ("" for the whole commit), by path relative to it; empty when there is no such folder. */
  folder(folder) {
    let listing = this.#folders.get(folder);
    return listing || (listing = this.#listFolder(folder), this.#folders.set(folder, listing)), listing;
  }
  async #listFolder(folder) {
    this.#whole ??= this.#gh.getTree(this.commit, { recursive: !0 });
    let whole = await this.#whole;
    if (!whole.truncated) {
      let prefix = folder === "" ? "" : `${folder}/`;
      return new Map(
        whole.entries.filter((entry) => entry.path.startsWith(prefix)).map((entry) => [entry.path.slice(prefix.length), entry])
      );
    }
    let segments = folder === "" ? [] : folder.split("/");
    if (segments.length > MAX_DEPTH)
      throw new EvidenceReadError(
        `${folder} is ${segments.length} folders deep and the branch is too big to list at once; keep packs at most ${MAX_DEPTH} folders deep (evidence/<scope>/<id>)`
      );
    let sha = this.commit, at2 = "";
    for (let segment of segments) {
      let listing2 = await this.#gh.getTree(sha), next = listing2.entries.find((entry) => entry.path === segment && entry.type === "tree");
      if (at2 = at2 === "" ? segment : `${at2}/${segment}`, !next) {
        if (listing2.truncated)
          throw new EvidenceReadError(
            `GitHub truncated the listing of the folder holding ${at2}, so it cannot be found; move old packs off the evidence branch`
          );
        return /* @__PURE__ */ new Map();
      }
      sha = next.sha;
    }
    let listing = await this.#gh.getTree(sha, { recursive: !0 });
    if (listing.truncated)
      throw new EvidenceReadError(
        `GitHub truncated the listing of ${folder || "the commit"}, so not every file of it can be checked; keep evidence packs small (at most ${MAX_PACK_FILES} files)`
      );
    return new Map(listing.entries.map((entry) => [entry.path, entry]));
  }
  /**
   * The blob at `path`, looked up in the listing of `within` (a folder above
   * it, so the pack's one listing serves its reports too); undefined when
   * there is none (a folder, a submodule, a symbolic link, nothing).
   */
  async file(path, within) {
    let entry = (await this.folder(within)).get(
      within === "" ? path : path.slice(within.length + 1)
    );
    if (!(entry?.type !== "blob" || entry.mode === SYMLINK_MODE))
      return this.blob(entry, path);
  }
  /** A blob's bytes within the bounds; `path` names it in errors. */
  async blob(entry, path) {
    let known = this.#blobs.get(entry.sha);
    if (known) return known;
    let size = entry.size ?? 0;
    if (size > MAX_FILE_BYTES)
      throw new EvidenceReadError(
        `${path} is ${size} bytes; the App reads files of at most ${MAX_FILE_BYTES} bytes (verify it with pilot-gate evidence verify instead)`
      );
    if (this.bytesRead + size > MAX_TOTAL_BYTES)
      throw new EvidenceReadError(
        `reading ${path} would take the push past the ${MAX_TOTAL_BYTES} bytes the App reads at most; push one evidence pack at a time and keep it small`
      );
    let bytes3 = await this.#gh.getBlob(entry.sha);
    if (this.bytesRead += bytes3.length, bytes3.length > MAX_FILE_BYTES || this.bytesRead > MAX_TOTAL_BYTES)
      throw new EvidenceReadError(
        `${path} is ${bytes3.length} bytes, past what the App reads (${MAX_FILE_BYTES} bytes a file, ${MAX_TOTAL_BYTES} a push); verify it with pilot-gate evidence verify instead`
      );
    if (entry.size !== void 0 && bytes3.length !== entry.size)
      throw new EvidenceReadError(
        `GitHub answered ${bytes3.length} bytes for ${path}, which the tree lists as ${entry.size}; re-run`
      );
    return this.#blobs.set(entry.sha, bytes3), bytes3;
  }
};
function pathInPack(pack, path) {
  return pack === "" ? path : path.slice(pack.length + 1);
}
async function verifyReportEvidence(deps, files, config, entry, pack) {
  let fail2 = (...reasons2) => ({ verified: !1, pack, reasons: reasons2 });
  if (!config.ok)
    return fail2(
      `the config on ${deps.repo.defaultBranch} does not parse, so there are no trusted keys (${config.error.message.split(`
`)[0]}); fix .github/pilot-gate.yml`
    );
  let paths = config.config.readiness.evidence_keys;
  if (paths.length === 0)
    return fail2(
      `no trusted key is configured: list the public key(s) the packs are signed with under readiness.evidence_keys in .github/pilot-gate.yml on ${deps.repo.defaultBranch}`
    );
  let keys = await readTrustedKeys(deps, paths);
  if ("reasons" in keys) return fail2(...keys.reasons);
  let contents;
  try {
    contents = await readPack(files, pack);
  } catch (error) {
    if (error instanceof EvidenceReadError) return fail2(error.message);
    throw error;
  }
  let result = verifyPack(contents, { keys: keys.keys, requireSignature: !0 }), reasons = result.findings.filter((finding2) => finding2.severity === "error").map((finding2) => finding2.message), manifest = result.manifest;
  if (manifest) {
    let own = pathInPack(pack, entry.path);
    manifest.files.some((file) => file.path === own) || reasons.push(
      `${own} is not one of the files ${MANIFEST_FILE} lists, so the signature does not cover it; pack the report with --report`
    ), manifest.commit !== entry.report.sha && reasons.push(
      `the pack is evidence about commit ${manifest.commit}, but the report judged ${entry.report.sha}; pack it with --commit ${COMMIT_PATTERN.test(entry.report.sha) ? entry.report.sha : "<the full commit id the report judged>"}`
    );
  }
  return reasons.length > 0 || !manifest || !result.manifestDigest ? fail2(...reasons) : {
    verified: !0,
    pack,
    manifestDigest: result.manifestDigest,
    keyids: result.verifiedKeyids,
    files: manifest.files.length
  };
}
async function readTrustedKeys(deps, paths) {
  let keys = [], reasons = [];
  for (let path of paths) {
    let what = `readiness.evidence_keys: ${path}`, answer = await deps.gh.getRawFile(path, deps.repo.defaultBranch);
    if (answer.kind !== "found") {
      reasons.push(
        `${what} is not a file on ${deps.repo.defaultBranch}; commit the public key there (openssl pkey -in key.pem -pubout -out pub.pem)`
      );
      continue;
    }
    try {
      keys.push(publicKeyFromPem(answer.text, what));
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      reasons.push(error.message);
    }
  }
  return reasons.length > 0 ? { reasons } : { keys };
}
async function readPack(files, pack) {
  let entries = [...await files.folder(pack)].filter(([, entry]) => entry.type !== "tree"), label2 = pack || "/";
  if (entries.length > MAX_PACK_FILES + PACK_META_FILES.length)
    throw new EvidenceReadError(
      `${label2} holds ${entries.length} files; the App verifies packs of at most ${MAX_PACK_FILES} files (verify bigger ones with pilot-gate evidence verify)`
    );
  let total = entries.reduce((sum, [, entry]) => sum + (entry.size ?? 0), 0);
  if (total > MAX_TOTAL_BYTES)
    throw new EvidenceReadError(
      `${label2} holds ${total} bytes; the App verifies packs of at most ${MAX_TOTAL_BYTES} bytes (verify bigger ones with pilot-gate evidence verify)`
    );
  let full = (path) => pack === "" ? path : `${pack}/${path}`, regular = (entry) => entry.type === "blob" && entry.mode !== SYMLINK_MODE, meta = /* @__PURE__ */ new Map();
  for (let name of PACK_META_FILES) {
    let entry = entries.find(([path]) => path === name)?.[1];
    entry && regular(entry) && meta.set(name, await files.blob(entry, full(name)));
  }
  let listed = listedPaths(meta.get(MANIFEST_FILE)), digests = /* @__PURE__ */ new Map();
  for (let [path, entry] of entries)
    if (!meta.has(path))
      if (!regular(entry))
        digests.set(path, { sha256: "not-a-regular-file", size: 0 });
      else if (listed.has(path)) {
        let bytes3 = await files.blob(entry, full(path));
        digests.set(path, { sha256: sha256Hex(bytes3), size: bytes3.length });
      } else
        digests.set(path, { sha256: "not-read", size: entry.size ?? 0 });
  return {
    label: label2,
    folder: pack,
    manifest: meta.get(MANIFEST_FILE),
    statement: meta.get(STATEMENT_FILE),
    envelope: meta.get(ENVELOPE_FILE),
    files: digests
  };
}
function listedPaths(bytes3) {
  if (bytes3 === void 0) return /* @__PURE__ */ new Set();
  try {
    let parsed = manifestSchema.safeParse(JSON.parse(bytes3.toString("utf8")));
    return new Set(parsed.success ? parsed.data.files.map((file) => file.path) : []);
  } catch {
    return /* @__PURE__ */ new Set();
  }
}

// app/handlers/readiness.ts
var READINESS_CHECK_NAME = "pilot-gate/readiness", EVIDENCE_BRANCH = DEFAULT_EVIDENCE_BRANCH, REPORT_PATH = /^(?:(.+)\/)?reports\/[^/]+\.json$/, MAX_REPORTS = 20;
function reportCandidates(commits) {
  let paths = /* @__PURE__ */ new Set();
  for (let commit of commits) {
    for (let path of [...commit.added ?? [], ...commit.modified ?? []])
      REPORT_PATH.test(path) && paths.add(path);
    for (let path of commit.removed ?? []) paths.delete(path);
  }
  return [...paths];
}
function packOf(path) {
  return REPORT_PATH.exec(path)?.[1] ?? "";
}
function classifyReport(path, text, now) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { reason: `not JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  if (typeof data != "object" || data === null || data.kind !== "readiness")
    return;
  let regenerate = `regenerate it with pilot-gate readiness --report ${path.split("/").pop()}`, parsed = readinessReportSchema.safeParse(data);
  if (!parsed.success) {
    let issue = parsed.error.issues[0];
    return {
      reason: `not a valid readiness report (${issue && issue.path.length > 0 ? `at ${issue.path.join(".")}: ` : ""}${issue?.message ?? "invalid"}); ${regenerate}`
    };
  }
  let problems = readinessReportProblems(parsed.data, now);
  return problems.length > 0 ? { reason: `${problems.join("; ")}; ${regenerate}` } : { report: parsed.data };
}
function newestReport(reports) {
  let time = (r) => {
    let t = Date.parse(r.evaluated_at);
    return Number.isNaN(t) ? Number.NEGATIVE_INFINITY : t;
  }, newest;
  for (let entry of reports)
    (!newest || time(entry.report) > time(newest.report)) && (newest = entry);
  return newest;
}
function bounded(summary) {
  return truncateBytes(summary, GITHUB_TEXT_LIMIT);
}
var MAX_REASONS = 50;
function readinessCheckRun(entry, packUrl, now, evidence) {
  let { report, path } = entry, go = report.verdict === "GO", blockers = go ? "" : ` (${report.blockers.length} blocker(s))`, keys = evidence.keyids.map((id) => codeSpan(id.slice(0, 16))).join(", ");
  return {
    name: READINESS_CHECK_NAME,
    conclusion: go ? "success" : "failure",
    completedAt: now.toISOString(),
    title: titleText(`${report.verdict} for ${report.sha.slice(0, 12)}${blockers}`, 200),
    summary: bounded(
      [
        renderReadinessMarkdown(report),
        `From the evidence pack ${link(evidence.pack || "/", packUrl, { code: !0 })} (${codeSpan(path)}), verified: signed by ${keys}, its ${evidence.files} file(s) match its manifest (${codeSpan(evidence.manifestDigest)}), and this report is one of them.`,
        ""
      ].join(`
`)
    ),
    annotations: [],
    actions: []
  };
}
function unverifiedCheckRun(entry, evidence, packUrl, now) {
  let { report, path } = entry, first = evidence.reasons[0] ?? "unknown", shown = evidence.reasons.slice(0, MAX_REASONS), more = evidence.reasons.length - shown.length, pack = evidence.pack || ".";
  return {
    name: READINESS_CHECK_NAME,
    conclusion: "failure",
    completedAt: now.toISOString(),
    title: `Not verified: ${first.length > 160 ? `${first.slice(0, 159)}…` : first}`,
    summary: bounded(
      [
        `## ❌ Readiness not verified: ${codeSpan(path)}`,
        "",
        `The report says ${codeSpan(report.verdict)} for ${codeSpan(report.sha)}, but pilot-gate posts a readiness verdict only from an evidence pack signed by a key listed under ${codeSpan("readiness.evidence_keys")}, whose files all match its signed manifest, with the report among them. The pack ${link(evidence.pack || "/", packUrl, { code: !0 })} was not verified:`,
        "",
        ...shown.map((reason) => `- ${inertText(reason)}`),
        ...more > 0 ? [`- …and ${more} more`] : [],
        "",
        `Check it with ${codeSpan(`pilot-gate evidence verify ${pack} --key pub.pem --require-signature`)}, fix it and push a new pack; the check follows the next push.`,
        ""
      ].join(`
`)
    ),
    annotations: [],
    actions: []
  };
}
function unreadableCheckRun(problems, branch, now) {
  let first = problems[0];
  return {
    name: READINESS_CHECK_NAME,
    conclusion: "failure",
    completedAt: now.toISOString(),
    title: titleText(
      `Unreadable readiness report: ${first?.path ?? "?"}${problems.length > 1 ? ` and ${problems.length - 1} more` : ""}`,
      200
    ),
    summary: bounded(
      [
        `## ❌ Readiness unknown: a report on ${codeSpan(branch)} cannot be read`,
        "",
        "pilot-gate fails closed: no verdict is posted from a report it cannot read.",
        "",
        ...problems.map((p) => `- ${codeSpan(p.path)}: ${inertText(p.reason)}`),
        "",
        "Fix the report and commit a new evidence pack; the check follows the next push.",
        ""
      ].join(`
`)
    ),
    annotations: [],
    actions: []
  };
}
function errorCheckRun(reason, now) {
  return {
    name: READINESS_CHECK_NAME,
    conclusion: "failure",
    completedAt: now.toISOString(),
    title: "Could not read the readiness reports",
    summary: bounded(`pilot-gate could not read the readiness reports: ${inertText(reason)}
`),
    annotations: [],
    actions: []
  };
}
async function postReadinessFromPush(deps, push) {
  let { gh, state, log, repo } = deps, loaded = await loadRepoConfig(deps), dryRun = state.options.dryRun || loaded.ok && loaded.config.check.dry_run, now = state.options.now(), files = new CommitFiles(gh, push.sha), target, postingOn, post = async (sha, write) => {
    let head = sha ?? await gh.getBranchHead(repo.defaultBranch);
    return head ? (postingOn = head, await gh.createCheckRun(head, write), !0) : (log.warn(
      `${repo.defaultBranch} has no commit yet, so the ${READINESS_CHECK_NAME} check has nowhere to go`
    ), !1);
  };
  try {
    let read = { reports: [], problems: [] }, candidates = push.candidates.slice(0, MAX_REPORTS);
    push.candidates.length > candidates.length && log.warn(
      `${push.candidates.length} report files in one push; only the first ${MAX_REPORTS} are read`
    );
    for (let path of candidates) {
      let bytes3;
      try {
        bytes3 = await files.file(path, packOf(path));
      } catch (error) {
        if (!(error instanceof EvidenceReadError)) throw error;
        read.problems.push({ path, reason: error.message });
        continue;
      }
      if (bytes3 === void 0) continue;
      let sorted = classifyReport(path, bytes3.toString("utf8"), now);
      sorted && ("report" in sorted ? read.reports.push({ path, report: sorted.report }) : read.problems.push({ path, reason: sorted.reason }));
    }
    if (read.problems.length > 0)
      return log.warn(
        { dryRun, problems: read.problems },
        `readiness report(s) on ${push.branch} do not parse${dryRun ? "; dry run: failing check not posted" : ""}`
      ), dryRun ? {} : await post(void 0, unreadableCheckRun(read.problems, push.branch, now)) ? { posted: "unreadable" } : { skipped: `${repo.defaultBranch} has no commit yet` };
    let newest = newestReport(read.reports);
    if (!newest)
      return { skipped: "no readiness report among the pushed reports" };
    let { report } = newest;
    COMMIT_PATTERN.test(report.sha) && (target = report.sha);
    let pack = packOf(newest.path), packUrl = `https://github.com/${repo.owner}/${repo.repo}/tree/${push.sha}/${pack}`, evidence = await verifyReportEvidence(deps, files, loaded, newest, pack), write = evidence.verified ? readinessCheckRun(newest, packUrl, now, evidence) : unverifiedCheckRun(newest, evidence, packUrl, now);
    return log.info(
      {
        dryRun,
        verdict: report.verdict,
        sha: report.sha,
        blockers: report.blockers,
        report: newest.path,
        verified: evidence.verified,
        ...evidence.verified ? { keyids: evidence.keyids } : { reasons: evidence.reasons }
      },
      `readiness ${report.verdict} from ${newest.path}, ${evidence.verified ? "verified" : `not verified (${evidence.reasons[0]})`}${dryRun ? `; dry run: ${READINESS_CHECK_NAME} not posted` : ` posted on ${target ?? repo.defaultBranch}`}`
    ), dryRun ? {} : await post(target, write) ? { posted: evidence.verified ? "verdict" : "unverified" } : { skipped: `${repo.defaultBranch} has no commit yet` };
  } catch (error) {
    let reason = failureReason(error);
    if (log.error({ err: error }, `readiness check failed: ${reason}`), !dryRun)
      try {
        await post(postingOn === target ? void 0 : target, errorCheckRun(reason, now));
      } catch (second) {
        log.error(
          { err: second },
          `could not post the failing ${READINESS_CHECK_NAME} check either`
        );
      }
    return { skipped: reason };
  }
}
async function onReadinessPush(context, state) {
  let { payload } = context;
  if (payload.deleted || payload.ref !== `refs/heads/${EVIDENCE_BRANCH}`) return;
  let candidates = reportCandidates(payload.commits);
  if (candidates.length === 0) return;
  let repository = pushRepository(payload.repository), key = `${repository.owner.login}/${repository.name}#readiness`.toLowerCase();
  await state.queue.run(
    key,
    () => runGuarded(context, state, { repository }, async (deps) => {
      let outcome = await postReadinessFromPush(deps, {
        branch: payload.ref.slice(11),
        sha: payload.after,
        candidates
      });
      outcome.skipped && deps.log.debug(`readiness: ${outcome.skipped}`);
    })
  );
}

// app/handlers/push.ts
var PUSH_COMMIT_LIMIT = 2048;
async function onPush(context, state) {
  await onReadinessPush(context, state), await onConfigPush(context, state), await onProtectedPush(context, state);
}
async function onConfigPush(context, state) {
  let { payload } = context;
  if (payload.ref !== `refs/heads/${payload.repository.default_branch}` || payload.deleted) return;
  let paths = new Set(
    payload.commits.flatMap((commit) => [
      ...commit.added ?? [],
      ...commit.modified ?? [],
      ...commit.removed ?? []
    ])
  ), unknown = payload.forced || payload.commits.length >= PUSH_COMMIT_LIMIT, repo = repoContextOf({ repository: pushRepository(payload.repository) });
  (unknown || [...paths].some(isPrTemplatePath)) && state.templates.delete(repoKey(repo)), (forgetConfigsReading({ state, repo }, unknown ? void 0 : paths) || unknown || paths.has(CONFIG_PATH)) && (forgetRepoConfig({ state, repo }), context.log.info(
    `${CONFIG_PATH} may have changed on ${repo.defaultBranch}: cached config dropped`
  ), await syncAfterConfigPush(context, state, payload.after));
}

// app/options.ts
var TRUE = /* @__PURE__ */ new Set(["1", "true", "yes", "on"]), FALSE = /* @__PURE__ */ new Set(["", "0", "false", "no", "off"]);
function readAppOptions(env = process.env) {
  return {
    dryRun: readBoolean(env, "DRY_RUN", !1),
    configCacheSeconds: readSeconds(env, "PILOT_GATE_CONFIG_CACHE_SECONDS", 60),
    now: () => /* @__PURE__ */ new Date(),
    checkRunButtons: !0,
    freshPulls: "when-stale",
    evaluationWorkers: readWhole(env, "PILOT_GATE_EVALUATION_WORKERS", 2, 0, 64),
    evaluationBudgetMs: readWhole(env, "PILOT_GATE_EVALUATION_BUDGET_MS", 2e3, 100, 6e4)
  };
}
function readBoolean(env, name, fallback) {
  let raw = env[name];
  if (raw === void 0) return fallback;
  let value = raw.trim().toLowerCase();
  if (TRUE.has(value)) return !0;
  if (FALSE.has(value)) return !1;
  throw new Error(`${name}="${raw}" is not a boolean: set it to true or false, or unset it.`);
}
function readWhole(env, name, fallback, min, max) {
  let raw = env[name];
  if (raw === void 0 || raw.trim() === "") return fallback;
  let value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max)
    throw new Error(`${name}="${raw}" is not a whole number between ${min} and ${max}.`);
  return value;
}
function readSeconds(env, name, fallback) {
  let raw = env[name];
  if (raw === void 0 || raw.trim() === "") return fallback;
  let value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > 86400)
    throw new Error(`${name}="${raw}" is not a whole number of seconds between 0 and 86400.`);
  return value;
}

// app/index.ts
var PULL_REQUEST_EVENTS = [
  "pull_request.opened",
  "pull_request.edited",
  "pull_request.synchronize",
  "pull_request.reopened",
  "pull_request.ready_for_review",
  "pull_request.labeled",
  "pull_request.unlabeled",
  "pull_request_review.submitted",
  "pull_request_review.dismissed"
], WAVE_LEAVE_EVENTS = WAVE_LEAVE_ACTIONS.map((action) => `pull_request.${action}`), INCIDENT_EVENTS = INCIDENT_ACTIONS.map((action) => `issues.${action}`), BLOCKED_EVENTS = BLOCKED_ACTIONS.flatMap((action) => [
  `issues.${action}`,
  `pull_request.${action}`
]), CHECK_RUN_EVENTS = ["check_run.rerequested", "check_run.requested_action"], INSTALLATION_EVENTS = ["installation.created", "installation_repositories.added"], PROTECTION_CHANGE_EVENTS = [
  "branch_protection_rule.created",
  "branch_protection_rule.edited",
  "branch_protection_rule.deleted",
  "repository_ruleset.created",
  "repository_ruleset.edited",
  "repository_ruleset.deleted"
], HANDLED_EVENTS = [
  .../* @__PURE__ */ new Set([
    ...PULL_REQUEST_EVENTS,
    ...WAVE_LEAVE_EVENTS,
    ...INCIDENT_EVENTS,
    ...BLOCKED_EVENTS,
    ...CHECK_RUN_EVENTS,
    "merge_group.checks_requested",
    "issue_comment.created",
    "push",
    ...INSTALLATION_EVENTS,
    ...PROTECTION_CHANGE_EVENTS
  ])
];
function createApp(options4) {
  return (app) => {
    let resolved = options4 ?? readAppOptions(), workers = resolved.evaluationWorkers ?? 0, state = createState(
      resolved,
      workers > 0 ? new EvaluationPool({ size: workers, budgetMs: resolved.evaluationBudgetMs ?? 2e3 }) : void 0
    );
    app.on(
      [...PULL_REQUEST_EVENTS],
      (context) => afterEventHandler(context, state, () => onPullRequest(context, state))
    ), app.on([...WAVE_LEAVE_EVENTS], (context) => onWaveChange(context, state)), app.on(
      [...INCIDENT_EVENTS],
      (context) => afterEventHandler(context, state, () => onIncidentIssue(context, state))
    ), app.on([...CHECK_RUN_EVENTS], (context) => onCheckRun(context, state)), app.on("merge_group.checks_requested", (context) => onMergeGroup(context, state)), app.on("issue_comment.created", (context) => onIssueComment(context, state)), app.on("push", async (context) => onPush(context, state)), app.on([...INSTALLATION_EVENTS], (context) => onInstallation(context, state)), app.on([...PROTECTION_CHANGE_EVENTS], (context) => onProtectionChange(context, state));
  };
}
var pilotGate = createApp(), index_default = pilotGate;

// app/main.ts
var main_default = index_default;
import.meta.url === pathToFileURL(process.argv[1] ?? "").href && await run(index_default, { Octokit: PilotGateOctokit });
export {
  PilotGateOctokit,
  main_default as default
};
