/**
 * The readiness site in a real browser: headless Chromium opens the built
 * pages over file:// and the tests read what a person sees. Screenshots go
 * to a temporary folder (`npm run site:screenshots` writes the README's).
 */
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { examplePublicKeyPem, writeEvidenceFixture } from "../../scripts/evidence-fixture.js";
import { browserMissing, launchChromium } from "../helpers/chromium.js";
import { run } from "./helpers.js";

/** An element as the page lays it out: innerText is the text a person sees (CSS applied). */
type Shown = { innerText: string };
/** Where an element is drawn on the page. */
type Laid = {
  getBoundingClientRect(): { left: number; right: number; top: number; bottom: number };
};

const missing = browserMissing();
if (missing) console.warn(`\n${"!".repeat(78)}\n${missing}\n${"!".repeat(78)}\n`);

let dir: string;
let browser: Browser;
let page: Page;
/** Every URL the pages asked for: the site must need nothing from elsewhere. */
const requested: string[] = [];

const url = (path: string) => pathToFileURL(join(dir, "site", path)).href;

describe.skipIf(missing !== undefined)("the readiness site in Chromium", () => {
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "pilot-gate-site-browser-"));
    // Six daily runs; releases v1.0.0-rc.1 (NO-GO), v1.0.0 (GO), v1.1.0 (tampered).
    await writeEvidenceFixture(join(dir, "branch"), { cycles: 6, releases: 3, tamper: true });
    const { writeFile } = await import("node:fs/promises");
    await writeFile(join(dir, "pub.pem"), examplePublicKeyPem());
    const built = await run(
      ["site", "build", "--from", "branch", "--out", "site", "--key", "pub.pem"],
      {
        cwd: dir,
      },
    );
    expect(built.code, built.stderr).toBe(0);
    browser = await launchChromium();
    page = await browser.newPage();
    await page.setViewport({ width: 1000, height: 800 });
    page.on("request", (request) => {
      requested.push(request.url());
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("shows the current verdict and each release's decision, the tampered one flagged", async () => {
    await page.goto(url("index.html"));
    const banner = await page.$eval("#current-verdict", (el) => (el as unknown as Shown).innerText);
    expect(banner).toMatch(
      /^Current readiness: GO on 0+c0ffee05, judged 2026-05-09T06:17:00\.000Z, from evidence\/pilot\/cycle-2026-05-09\./,
    );
    const rows = await page.$$eval("table.releases tbody tr", (trs) =>
      trs.map((tr) => (tr as unknown as Shown).innerText.replace(/\s+/g, " ").trim()),
    );
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatch(/^v1\.1\.0 not shown .* fails verification$/);
    expect(rows[1]).toMatch(/^v1\.0\.0 GO .*sha256:[0-9a-f]{64} verifies \(signature checked\)$/);
    expect(rows[2]).toMatch(/^v1\.0\.0-rc\.1 NO-GO .* verifies \(signature checked\)$/);
    const flagged = await page.$eval(".failed-pack", (el) => (el as unknown as Shown).innerText);
    expect(flagged).toMatch(/evidence\/release\/v1\.1\.0: fails verification/);
    expect(flagged).toMatch(/reports\/readiness\.json was modified/);
    // A person sees the flag: it is laid out, not hidden.
    const box = await page.$eval(".failed-pack", (el) => el.getBoundingClientRect().height);
    expect(box).toBeGreaterThan(20);
  });

  it("draws the success rate with one point per day and the 95 % line, with a table beside it", async () => {
    await page.goto(url("trends.html"));
    const points = await page.$$eval("#success-rate svg circle.point", (els) => els.length);
    expect(points).toBe(6);
    const chart = await page.$eval("#success-rate svg", (svg) => ({
      title: svg.querySelector("title")?.textContent,
      desc: svg.querySelector("desc")?.textContent,
      width: svg.getBoundingClientRect().width,
      threshold: svg.querySelector(".threshold-label")?.textContent,
    }));
    expect(chart.title).toBe("Scenario success rate per day");
    expect(chart.desc).toMatch(/against the 95 % line; 4 of 6 days below it\.$/);
    expect(chart.threshold).toBe("95 % line");
    expect(chart.width).toBeGreaterThan(300);
    // The line's label sits above the plot, clear of every point and of the top grid line.
    const layout = await page.$eval("#success-rate svg", (svg) => {
      const box = (el: unknown) => {
        const r = (el as Laid).getBoundingClientRect();
        return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
      };
      const label = svg.querySelector(".threshold-label");
      return {
        label: label ? box(label) : undefined,
        points: [...svg.querySelectorAll("circle.point")].map(box),
        gridTop: Math.min(...[...svg.querySelectorAll("line.grid")].map((l) => box(l).top)),
      };
    });
    const overlaps = (a: (typeof layout.points)[number], b: (typeof layout.points)[number]) =>
      a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    expect(layout.label).toBeDefined();
    const label = layout.label as (typeof layout.points)[number];
    expect(layout.points.filter((point) => overlaps(label, point))).toEqual([]);
    expect(label.bottom).toBeLessThanOrEqual(layout.gridTop);
    // In the bars per scenario, the 95 % line crosses no bar's value.
    const bars = await page.$eval("#scenarios svg", (svg) => {
      const box = (el: unknown) => (el as Laid).getBoundingClientRect();
      const line = svg.querySelector("line.threshold");
      const x = line ? box(line).left : Number.NaN;
      return [...svg.querySelectorAll("g.bar text:last-of-type")].map((text) => {
        const r = box(text);
        return { text: (text as unknown as Shown).innerText, crossed: r.left <= x && x <= r.right };
      });
    });
    expect(bars.length).toBeGreaterThan(0);
    expect(bars.filter((bar) => bar.crossed)).toEqual([]);
    const tableRows = await page.$$eval("#success-rate table tbody tr", (trs) => trs.length);
    expect(tableRows).toBe(6);
    for (const id of ["scenarios", "suites", "incidents", "sla-breaches", "protection-tiers"]) {
      expect(await page.$(`#${id} svg`), id).not.toBeNull();
    }
  });

  it("follows the dark colour scheme", async () => {
    await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: "dark" }]);
    await page.goto(url("index.html"));
    const dark = await page.$eval(
      "body",
      (b) => b.ownerDocument.defaultView?.getComputedStyle(b).backgroundColor,
    );
    await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: "light" }]);
    await page.goto(url("index.html"));
    const light = await page.$eval(
      "body",
      (b) => b.ownerDocument.defaultView?.getComputedStyle(b).backgroundColor,
    );
    expect(dark).toBe("rgb(13, 17, 23)");
    expect(light).toBe("rgb(255, 255, 255)");
  });

  it("opens a release page and the pilot summary, and writes screenshots", async () => {
    await page.goto(url("releases/v1.0.0-rc.1.html"));
    expect(await page.$eval("main", (m) => (m as unknown as Shown).innerText)).toMatch(
      /Release decision\s+Refused v1\.0\.0-rc\.1/,
    );
    await page.goto(url("summary.html"));
    const summary = await page.$eval("#pilot-summary", (el) => (el as unknown as Shown).innerText);
    expect(summary).toMatch(/6 verified pilot runs over 6 days \(2026-05-04 to 2026-05-09\)/);
    expect(summary).toMatch(/1 pack failing verification/);
    for (const name of ["index", "trends"]) {
      await page.goto(url(`${name}.html`));
      const path = join(dir, `site-${name}.png`);
      await page.screenshot({ path, fullPage: true });
      expect((await stat(path)).size).toBeGreaterThan(10_000);
    }
  });

  it("asked for nothing but its own files", () => {
    expect(requested.length).toBeGreaterThan(0);
    expect(requested.filter((u) => !u.startsWith(pathToFileURL(join(dir, "site")).href))).toEqual(
      [],
    );
  });
});
