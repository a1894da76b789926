/**
 * How terminal text marks up its words. The CLI passes its colour palette;
 * without one, every style is the identity, so the same renderers write plain
 * text for logs and tests.
 */
export interface TextStyle {
  bold(text: string): string;
  dim(text: string): string;
  red(text: string): string;
  green(text: string): string;
  yellow(text: string): string;
}

/** No markup at all. */
export const PLAIN: TextStyle = {
  bold: (t) => t,
  dim: (t) => t,
  red: (t) => t,
  green: (t) => t,
  yellow: (t) => t,
};
