import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { installPacked, packProject } from "./helpers/package.js";

/**
 * The package a team installs: `npm pack` of the repository, installed
 * offline into a fresh project outside the repository (so nothing resolves
 * from the repository's node_modules), then run through npm's own bin link.
 */

const ROOT = fileURLToPath(new URL("..", import.meta.url));

interface Manifest {
  version: string;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
  devDependencies: Record<string, string>;
  scripts: Record<string, string>;
}

const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as Manifest;
const deploy = JSON.parse(readFileSync(join(ROOT, "deploy", "package.json"), "utf8")) as Manifest;
const lock = JSON.parse(readFileSync(join(ROOT, "package-lock.json"), "utf8")) as {
  packages: Record<string, { version?: string }>;
};
const deployLock = JSON.parse(readFileSync(join(ROOT, "deploy", "package-lock.json"), "utf8")) as {
  packages: Record<string, { version?: string }>;
};

let dir: string;
let project: string;

/** `npx --no-install pilot-gate ...` in the team's project: the installed bin or an error, never the registry. */
function npx(args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: "1" };
  delete env.FORCE_COLOR;
  return spawnSync("npx", ["--no-install", "pilot-gate", ...args], {
    cwd: project,
    env,
    encoding: "utf8",
    timeout: 30_000,
  });
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "pilot-gate-package-"));
  project = join(dir, "repository");
  mkdirSync(project);
  installPacked(project, packProject(dir));
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("the packed package (npm pack), installed into a team's repository", () => {
  it("has no runtime dependencies: every entry is a bundle, and Probot is an optional peer", () => {
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(pkg.peerDependencies).toEqual({ probot: pkg.devDependencies.probot });
    expect(pkg.peerDependenciesMeta?.probot?.optional).toBe(true);
    // Installing from a Git tag runs `prepare` (with every dev dependency)
    // when there is one; dist/ is committed, so none is needed.
    for (const hook of ["prepare", "prepack", "postpack", "preinstall", "install", "postinstall"]) {
      expect(pkg.scripts[hook], `scripts.${hook}`).toBeUndefined();
    }
  });

  it("installs alone: no Probot, nothing but the package itself", () => {
    const installed = JSON.parse(readFileSync(join(project, "package.json"), "utf8")) as Manifest;
    expect(Object.keys(installed.devDependencies)).toEqual(["pilot-gate"]);
    expect(existsSync(join(project, "node_modules", "probot"))).toBe(false);
    expect(existsSync(join(project, "node_modules", "zod"))).toBe(false);
    expect(existsSync(join(project, "node_modules", "pilot-gate", "dist", "cli.js"))).toBe(true);
  });

  it("runs `npx pilot-gate --version` from the installed bin", () => {
    const result = npx(["--version"]);
    expect(result.stderr).toBe("");
    expect(result.stdout).toBe(`${pkg.version}\n`);
    expect(result.status).toBe(0);
  });

  it("runs `npx pilot-gate check`: 0 for a ready PR, 1 for NO_MERGE", () => {
    const body = readFileSync(join(ROOT, "cli", "examples", "ready-feature.md"), "utf8");
    writeFileSync(join(project, "pr.md"), body);
    // The checkout holds the evidence file the body cites: the CLI looks for it.
    mkdirSync(join(project, "evidence", "story", "S-PC-01"), { recursive: true });
    writeFileSync(join(project, "evidence", "story", "S-PC-01", "login-page.png"), "png");
    const base = ["check", "--branch", "feature/S-PC-01-login-page", "--body-file", "pr.md"];

    const ready = npx(base);
    expect(ready.stderr).toBe("");
    expect(ready.stdout).toContain("✔ Ready to merge");
    expect(ready.status).toBe(0);

    const blocked = npx([...base, "--labels", "NO_MERGE", "--json"]);
    expect(JSON.parse(blocked.stdout).status).toBe("no_merge");
    expect(blocked.status).toBe(1);
  });
});

describe("the App's runtime manifest (deploy/)", () => {
  it("installs Probot, and each package at the version the tests run against", () => {
    expect(deploy.dependencies?.probot).toBe(pkg.peerDependencies?.probot);
    for (const [name, range] of Object.entries(deploy.dependencies ?? {})) {
      expect(range, name).toBe(pkg.devDependencies[name]);
      const locked = deployLock.packages[`node_modules/${name}`]?.version;
      expect(locked, name).toBe(lock.packages[`node_modules/${name}`]?.version);
    }
  });
});
