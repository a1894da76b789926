import type { Nodes } from "mdast";

/**
 * Reading the words people write in Markdown cells and list items as data:
 * the text a reader sees, folded so case and accents do not matter, and
 * matched against a closed list of phrases. Shared by the residual-risks
 * reader (risks.ts) and readiness's milestone checklists
 * (core/gates/readiness/milestones.ts).
 */

/**
 * Text an author wrote for a reader: HTML and code are left out, and so is
 * struck-through text, which on GitHub reads as withdrawn (`~~open~~ mitigated`).
 */
export function plainText(nodes: readonly Nodes[]): string {
  const parts: string[] = [];
  const visit = (node: Nodes): void => {
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
        parts.push("\n");
        return;
    }
    if ("children" in node) {
      const block = isBlock(node);
      for (const child of node.children as Nodes[]) {
        visit(child);
        if (block) parts.push("\n");
      }
      if (node.type === "paragraph" || node.type === "heading") parts.push("\n");
    }
  };
  for (const node of nodes) visit(node);
  return parts
    .join("")
    .replace(/\n{2,}/g, "\n")
    .trim();
}

function isBlock(node: Nodes): boolean {
  return (
    node.type === "list" ||
    node.type === "listItem" ||
    node.type === "blockquote" ||
    node.type === "table" ||
    node.type === "tableRow" ||
    node.type === "root"
  );
}

/** Cell text that stands for nothing: empty, `-`, `…`, or a literal `<placeholder>`. */
export function isBlankCell(text: string): boolean {
  return /^(?:|<[^>]*>|[-_*–—]+|\.{3}|…)$/u.test(text.trim());
}

/**
 * The words of a text, without case or accents (`Concluído` is `concluido`),
 * split at anything but letters and digits; `?` is kept as a word of its own.
 */
export function foldWords(text: string): string[] {
  const folded = text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/\?/g, " ? ")
    .replace(/[^\p{L}\p{N}?]+/gu, " ")
    .trim();
  return folded ? folded.split(" ") : [];
}

/**
 * A closed list of phrases (one or more folded words each) and what each
 * means. Longer phrases win, so `not done` is read as one phrase rather than
 * `not` and `done`.
 */
export class PhraseLexicon<T> {
  readonly #phrases = new Map<string, T>();
  readonly #longest: number;

  /** `entries` in order: a phrase listed twice keeps its first meaning. */
  constructor(entries: Iterable<readonly [string, T]>) {
    for (const [phrase, meaning] of entries) {
      const key = foldWords(phrase).join(" ");
      if (key && !this.#phrases.has(key)) this.#phrases.set(key, meaning);
    }
    this.#longest = Math.max(1, ...[...this.#phrases.keys()].map((key) => key.split(" ").length));
  }

  /** The meanings of `words` read as phrases, or `undefined` when a word is not in any phrase. */
  lex(words: readonly string[]): T[] | undefined {
    const { meanings, unknown } = this.read(words);
    return unknown.length === 0 ? meanings : undefined;
  }

  /** The meanings of the phrases in `words`, and the words that are in none, in order. */
  read(words: readonly string[]): { meanings: T[]; unknown: string[] } {
    const meanings: T[] = [];
    const unknown: string[] = [];
    let i = 0;
    outer: while (i < words.length) {
      for (let n = Math.min(this.#longest, words.length - i); n >= 1; n--) {
        const meaning = this.#phrases.get(words.slice(i, i + n).join(" "));
        if (meaning !== undefined) {
          meanings.push(meaning);
          i += n;
          continue outer;
        }
      }
      unknown.push(words[i] as string);
      i++;
    }
    return { meanings, unknown };
  }
}
