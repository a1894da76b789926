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
  const style =
    (open: number, close: number) =>
    (text: string): string =>
      enabled && text ? `\u001b[${open}m${text}\u001b[${close}m` : text;
  return {
    bold: style(1, 22),
    dim: style(2, 22),
    red: style(31, 39),
    green: style(32, 39),
    yellow: style(33, 39),
    blue: style(34, 39),
    cyan: style(36, 39),
  };
}
