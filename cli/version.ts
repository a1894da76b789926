import { readFileSync } from "node:fs";

/** Replaced with the package version by scripts/build.mjs (esbuild `define`). */
declare const PILOT_GATE_VERSION: string | undefined;

/** The CLI's version: injected at build time; read from package.json when run from source. */
export function cliVersion(): string {
  return typeof PILOT_GATE_VERSION === "string" ? PILOT_GATE_VERSION : packageVersion();
}

function packageVersion(): string {
  const url = new URL("../package.json", import.meta.url);
  return (JSON.parse(readFileSync(url, "utf8")) as { version: string }).version;
}
