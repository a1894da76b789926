// Writes docs/site-overview.png, docs/site-trends.png and
// docs/site-trends-dark.png: the site built from the bundled example
// evidence (examples/evidence-branch), as headless Chromium shows it.
// The README shows the trends.
//
//   npm run site:screenshots     (needs chromium; CHROMIUM_PATH points elsewhere)
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import puppeteer from "puppeteer-core";
import { publicKeyFromPem } from "../core/evidence/index.js";
import { buildSite } from "../engine/site/build.js";
import { examplePublicKeyPem } from "./evidence-fixture.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const temp = await mkdtemp(join(tmpdir(), "pilot-gate-screenshots-"));
try {
  const out = join(temp, "site");
  await buildSite({
    cwd: root,
    from: "examples/evidence-branch",
    out,
    verify: {
      keys: [publicKeyFromPem(examplePublicKeyPem(), "the example key")],
      requireSignature: true,
    },
  });
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu"],
  });
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1000, height: 1200 });
    for (const [name, file, scheme] of [
      ["site-overview", "index.html", "light"],
      ["site-trends", "trends.html", "light"],
      ["site-trends-dark", "trends.html", "dark"],
    ] as const) {
      await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: scheme }]);
      await page.goto(pathToFileURL(join(out, file)).href);
      const path = join(root, "docs", `${name}.png`);
      await page.screenshot({ path });
      console.log(`wrote ${path}`);
    }
  } finally {
    await browser.close();
  }
} finally {
  await rm(temp, { recursive: true, force: true });
}
