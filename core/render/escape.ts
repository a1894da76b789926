/**
 * The one escaper for user text in the Markdown pilot-gate writes (check run
 * summaries, comments, issues, job summaries). User text is anything someone
 * who can open a PR, comment, push a branch or write a file controls: branch
 * names, titles, labels, logins, reasons, test names, parity keys and values,
 * file names, config values echoed back.
 *
 * Each helper returns Markdown that shows the text as it is and does nothing
 * else: no tag or comment opens, no link or image forms, nobody is pinged,
 * no list, heading or table row starts, and a code span always closes where
 * it should. Renderers build their Markdown from these pieces and their own
 * constant text; nothing else is interpolated.
 *
 * GitHub renders with cmark-gfm, then links mentions (`@user`,
 * `@org/team`) and references (`#12`) in the text of the result, after
 * entities are decoded; GFM also finds bare URLs and e-mail addresses in
 * text. So neither an entity for `@` nor a backslash stops them: what does
 * is a character between `@` and the name. pilot-gate puts U+200B ZERO
 * WIDTH SPACE there, as a character rather than `&#8203;`, as Renovate does
 * in the release notes it copies onto GitHub: it is invisible in the page,
 * in e-mail notifications and in the plain-text places the same strings
 * reach (annotations, titles, the terminal), where an entity would show as
 * `&#8203;`; it joins no emoji sequence (unlike U+200D); and GitHub's
 * mention, reference and autolink patterns never match across it. `<`, `>`
 * and `&` become entities instead, since they must not be read as Markdown
 * at all and render as themselves.
 *
 * Escaping grows text (`<` becomes `&lt;`), so each helper caps its input
 * (`max`, in code points, before escaping) and a caller that caps by bytes
 * must measure what these return.
 */

/** Invisible; breaks `@name`, `#12`, `www.` and `://` so GitHub links none of them. */
const BREAK = "\u200b";

/** Longest text a table cell shows, in code points, before escaping. */
export const CELL_MAX_CHARS = 600;

/** One line: every run of whitespace (line breaks included) becomes one space. */
function flatten(text: string): string {
  return text.replace(/\s+/gu, " ").trim();
}

/** At most `max` code points (never half a surrogate pair), `…` marking a cut. */
function cap(text: string, max: number | undefined): string {
  if (max === undefined || text.length <= max) return text;
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, Math.max(0, max - 1)).join("")}…`;
}

/**
 * Characters that start Markdown constructs anywhere in a line: escapes,
 * code, emphasis, strikethrough, links and images, and GitHub's `$` math.
 * `_` is handled apart, since between letters it can do nothing.
 */
const ANYWHERE = /[\\`*~[\]$]/g;

/**
 * User text as inert Markdown on one line: it renders as the same words and
 * nothing more. `<` and `>` become entities (no tag, comment or autolink
 * opens); `&` does where it would start an entity, so `&#64;` cannot become
 * `@`; the characters that start emphasis, code, links, images,
 * strikethrough and math are backslash-escaped, and so is what would start
 * a heading, list item or thematic break at the start of the text; `@`,
 * `#12`, `www.` and `://` get an invisible break, so GitHub neither pings,
 * links a reference nor autolinks. Whitespace (newlines too) collapses to
 * single spaces. Ordinary words, paths and snake_case names come out
 * unchanged. `|` is left as it is: in a table use `tableCell`.
 */
export function inertText(text: string, max?: number): string {
  let out = cap(flatten(text), max)
    .replace(ANYWHERE, "\\$&")
    .replace(/_/g, (_, at: number, whole: string) =>
      /[\p{L}\p{N}]/u.test(whole[at - 1] ?? "") && /[\p{L}\p{N}]/u.test(whole[at + 1] ?? "")
        ? "_"
        : "\\_",
    )
    .replace(/&(?=#|[A-Za-z][A-Za-z0-9]*;)/g, "&amp;")
    // Every `@`: one before any character can start a mention or an e-mail autolink.
    .replace(/@/g, `@${BREAK}`)
    .replace(/#(?=\d)/g, `#${BREAK}`)
    .replace(/(www)\./gi, `$1${BREAK}.`)
    .replace(/:(?=\/\/)/g, `:${BREAK}`)
    // Last, so the `#` and `&` of these entities are not escaped again.
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");
  // What starts a block only at the start of a line: a heading, a list item
  // (`-`, `+`, `1.`), a setext underline or thematic break (`=`, `-`).
  out = out.replace(/^([#=+-])/, "\\$1").replace(/^(\d+)([.)])/, "$1\\$2");
  // A closing `#` run would be dropped from a heading the text ends.
  return out.replace(
    /(\s)(#+)$/,
    (_, space: string, hashes: string) => `${space}${hashes.replace(/#/g, "\\#")}`,
  );
}

/**
 * User text as an inline code span that shows it verbatim. The fence is a
 * backtick run longer than any run inside (CommonMark ends a span at the
 * first run of the same length); a space pads text that starts or ends with
 * a backtick, or starts and ends with a space, since CommonMark strips one
 * such space from each side. Line breaks become spaces, as inside a span
 * anyway. Empty text shows as an empty span.
 */
export function codeSpan(text: string, max?: number): string {
  const value = cap(text.replace(/\r\n?|\n/g, " "), max);
  if (value === "") return "` `";
  const fence = "`".repeat(longestBacktickRun(value) + 1);
  const pad =
    value.startsWith("`") ||
    value.endsWith("`") ||
    (value.startsWith(" ") && value.endsWith(" ") && value.trim() !== "");
  return pad ? `${fence} ${value} ${fence}` : `${fence}${value}${fence}`;
}

/**
 * The longest run of backticks in `text`, 0 for none. A loop, not
 * `Math.max(...runs)`: text with a hundred thousand runs overflows the stack
 * when spread into arguments.
 */
function longestBacktickRun(text: string): number {
  let longest = 0;
  for (const run of text.matchAll(/`+/g)) longest = Math.max(longest, run[0].length);
  return longest;
}

/**
 * Markdown built from these helpers and the renderer's own text, made safe
 * for a table cell: one line, and every `|` escaped so the row keeps its
 * columns. GFM splits rows before it reads code spans, so a pipe inside a
 * span needs the escape too (it shows as `|`). A backslash right before a
 * pipe would escape the escape, so an invisible break goes between them.
 */
export function markdownCell(markdown: string): string {
  return markdown
    .replace(/\s*[\r\n]+\s*/g, " ")
    .trim()
    .replace(/\\(?=\|)/g, `\\${BREAK}`)
    .replace(/\|/g, "\\|");
}

/** User text for a table cell: `inertText`, pipes escaped, at most `max` code points (600 by default). */
export function tableCell(text: string, max: number = CELL_MAX_CHARS): string {
  return markdownCell(inertText(text, max));
}

/** User text as a code span in a table cell (see `codeSpan` and `markdownCell`). */
export function codeCell(text: string, max: number = CELL_MAX_CHARS): string {
  return markdownCell(codeSpan(text, max));
}

/**
 * A fenced code block holding `text` verbatim: the fence is longer than any
 * backtick run in it, so no line of the text can close it. `info` is the
 * language (`text`, `json`).
 */
export function codeBlock(text: string, info = "text"): string {
  const fence = "`".repeat(Math.max(3, longestBacktickRun(text) + 1));
  return `${fence}${info}\n${text.replace(/\r\n?/g, "\n")}\n${fence}`;
}

/** A GitHub login shown without pinging its owner: `@` and an invisible break, then the login. */
export function handle(login: string): string {
  return `@${BREAK}${inertText(login)}`;
}

const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;

/**
 * A deliberate mention that pings `login` (a reply to the person who asked).
 * Only a well-formed GitHub login is mentioned; anything else is shown with
 * `handle`, so no crafted value can ping someone else or a team.
 */
export function mention(login: string): string {
  return LOGIN.test(login) ? `@${login}` : handle(login);
}

/**
 * A Markdown link to `url` when it is an absolute `http:` or `https:` URL,
 * else the label alone: no `javascript:`, `data:` or relative target. The
 * label is user text (`inertText`), or a code span with `{ code: true }`.
 * The target is the URL as WHATWG serialises it (spaces and `<>"` already
 * percent-encoded), with parentheses encoded so none ends the link early and
 * `&` escaped where it would start an entity.
 */
export function link(
  label: string,
  url: string | undefined,
  options: { code?: boolean } = {},
): string {
  const text = options.code ? codeSpan(label) : inertText(label);
  const target = webUrl(url);
  return target === undefined ? text : `[${text}](${target})`;
}

/**
 * The renderer's own reference to issue or PR `number`: `[#12](url)` when
 * `url` is a web URL, else a bare `#12`, which GitHub links itself.
 */
export function issueRef(number: number, url?: string): string {
  const target = webUrl(url);
  return target === undefined ? `#${number}` : `[#${number}](${target})`;
}

function webUrl(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return undefined;
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return undefined;
  return parsed.href
    .replace(/\(/g, "%28")
    .replace(/\)/g, "%29")
    .replace(/&(?=#|[A-Za-z][A-Za-z0-9]*;)/g, "&amp;");
}

/**
 * `markdown` (built with these helpers, then cut anywhere) without the end
 * of its last line from a code span the cut left open. A span whose closing
 * fence was cut off would end nowhere: its backticks would show as text and
 * the user text inside it would be read as Markdown, HTML included. A cut
 * inside a fenced code block is safe as it is (the block runs to the end).
 * The helpers keep every span on one line, so only the last line can hold
 * an open one.
 */
export function closeCut(markdown: string): string {
  const lines = markdown.split("\n");
  const last = lines.pop() ?? "";
  let fence: string | undefined;
  for (const line of lines) {
    const match = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line);
    if (!match) continue;
    const run = match[1] as string;
    const rest = match[2] as string;
    if (fence === undefined) {
      // A backtick fence's info string holds no backtick (else it is a code span).
      if (!(run.startsWith("`") && rest.includes("`"))) fence = run;
    } else if (run[0] === fence[0] && run.length >= fence.length && rest.trim() === "") {
      fence = undefined;
    }
  }
  if (fence !== undefined) return markdown;
  const open = openSpanAt(last);
  return open === undefined
    ? markdown
    : markdown.slice(0, markdown.length - last.length + open).trimEnd();
}

/**
 * Where the first code span of `line` that does not close starts, as
 * CommonMark finds spans: an unescaped backtick run opens one, the next run
 * of the same length closes it.
 */
function openSpanAt(line: string): number | undefined {
  const runs = /`+/g;
  for (let match = runs.exec(line); match !== null; match = runs.exec(line)) {
    let start = match.index;
    let length = match[0].length;
    let backslashes = 0;
    while (line[start - 1 - backslashes] === "\\") backslashes++;
    // `\`` is a literal backtick; the rest of the run may still open a span.
    if (backslashes % 2 === 1) {
      start++;
      length--;
      if (length === 0) continue;
    }
    const closing = new RegExp(`(?<!\`)\`{${length}}(?!\`)`, "g");
    closing.lastIndex = start + length;
    const close = closing.exec(line);
    if (!close) return start;
    runs.lastIndex = close.index + length;
  }
  return undefined;
}

/**
 * At most `max` code points of `markdown` (built with these helpers), `…`
 * marking a cut; the cut never leaves a code span open (see `closeCut`).
 */
export function truncateMarkdown(markdown: string, max: number): string {
  const cut = cap(markdown, max);
  return cut === markdown ? markdown : `${closeCut(cut.slice(0, -1))}…`;
}

/**
 * Text for a field GitHub shows as plain text on one line (a check run or
 * issue title): whitespace collapsed, at most `max` code points. Titles
 * render no mentions, HTML or links, so nothing else is escaped.
 */
export function titleText(text: string, max: number): string {
  return cap(flatten(text), max);
}
