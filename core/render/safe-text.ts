// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point
const UNSAFE_CHARS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Makes text from a PR (body lines, branch names, labels) safe to print:
 * control characters, escape sequences and bidirectional overrides are shown
 * as `\u{…}` instead of acting on the terminal.
 */
export function safeText(text: string): string {
  return text.replace(UNSAFE_CHARS, (ch) => `\\u{${(ch.codePointAt(0) ?? 0).toString(16)}}`);
}
