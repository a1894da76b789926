import { styleText } from "node:util";
import type { Environment, OutputStream } from "../engine/io.js";

/**
 * Whether to colour output written to `stream`: `FORCE_COLOR` forces it on
 * (`FORCE_COLOR=0` forces it off), `NO_COLOR` (https://no-color.org) or
 * `TERM=dumb` turn it off, otherwise only a terminal gets colour.
 */
export function useColor(stream: OutputStream, env: Environment): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== "0" && force.toLowerCase() !== "false";
  if (env.NO_COLOR) return false;
  if (env.TERM === "dumb") return false;
  return stream.isTTY === true;
}

/** SGR styles; each is the identity when colour is off, so callers never branch. */
export interface Palette {
  bold(text: string): string;
  dim(text: string): string;
  red(text: string): string;
  green(text: string): string;
  yellow(text: string): string;
  blue(text: string): string;
  cyan(text: string): string;
}

export function palette(enabled: boolean): Palette {
  // Whether to colour is decided above (useColor), for the stream the text
  // goes to, so styleText is told not to second-guess it from process.stdout.
  const style =
    (format: "bold" | "dim" | "red" | "green" | "yellow" | "blue" | "cyan") =>
    (text: string): string =>
      enabled && text ? styleText(format, text, { validateStream: false }) : text;
  return {
    bold: style("bold"),
    dim: style("dim"),
    red: style("red"),
    green: style("green"),
    yellow: style("yellow"),
    blue: style("blue"),
    cyan: style("cyan"),
  };
}
