import { existsSync } from "node:fs";
import puppeteer, { type Browser } from "puppeteer-core";

/** Debian's chromium (apt-get install chromium); CHROMIUM_PATH points elsewhere. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/**
 * Why the browser tests cannot run here, or undefined when they can. In CI
 * a missing browser is no reason: .ci/run installs it, so the tests run
 * and fail there rather than skip.
 */
export function browserMissing(): string | undefined {
  if (existsSync(CHROMIUM) || process.env.CI) return undefined;
  return `SKIPPED: no Chromium at ${CHROMIUM}; install it with apt-get install -y --no-install-recommends chromium (or set CHROMIUM_PATH) to run the site's browser tests`;
}

/** Headless Chromium; no sandbox, since CI runs as root. */
export function launchChromium(): Promise<Browser> {
  return puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run"],
  });
}
