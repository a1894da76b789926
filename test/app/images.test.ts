import { readFileSync } from "node:fs";
import { join } from "node:path";
import semver from "semver";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ROOT } from "../helpers/source-files.js";

/**
 * The images the container is built from and run beside. A tag alone can
 * move under a rebuild; a digest cannot. The Node release in the image is the
 * one the suite also runs on (.ci/run installs it from tools/node-versions),
 * so what is tested is what is shipped.
 */

const DIGEST = /@sha256:[0-9a-f]{64}$/;

function fromLines(dockerfile: string): string[] {
  return dockerfile
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => /^FROM\s/i.test(line))
    .map((line) => line.split(/\s+/)[1] ?? "");
}

describe("the images (Dockerfile, compose.yaml)", () => {
  const froms = fromLines(readFileSync(join(ROOT, "Dockerfile"), "utf8"));

  it("builds and runs from one Node image, pinned by tag and digest", () => {
    expect(froms.length).toBeGreaterThanOrEqual(2);
    for (const image of froms) expect(image).toMatch(DIGEST);
    expect(new Set(froms).size).toBe(1);
  });

  it("ships the Node release the suite runs on, within the package's engines", () => {
    const tag = /^node:(\d+\.\d+\.\d+)-[a-z-]+@/.exec(froms[0] ?? "")?.[1];
    expect(tag, `FROM ${froms[0]} names no exact Node release`).toBeDefined();
    const tested = JSON.parse(readFileSync(join(ROOT, "tools/node-versions/package.json"), "utf8"))
      .optionalDependencies as Record<string, string>;
    const releases = Object.values(tested).map((spec) => spec.split("@").at(-1));
    expect(releases).toContain(tag);
    const engines = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).engines.node;
    expect(semver.satisfies(tag as string, engines)).toBe(true);
  });

  it("runs Redis from an image pinned by digest", () => {
    const compose = parse(readFileSync(join(ROOT, "compose.yaml"), "utf8")) as {
      services: Record<string, { image?: string; build?: unknown }>;
    };
    const images = Object.values(compose.services).flatMap((service) =>
      service.image ? [service.image] : [],
    );
    expect(images.length).toBeGreaterThan(0);
    for (const image of images) expect(image).toMatch(DIGEST);
  });
});
