import { spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, posix } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { buildDist, DIST, ENTRIES, ROOT, SELF_CONTAINED } from "../scripts/build.mjs";
import { distDifferences, importClosure, listFiles, packagesOf } from "./helpers/dist.js";

const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
  bin: Record<string, string>;
  scripts: Record<string, string>;
};

/** The `run` steps of every action.yml that start a file of dist/, with the file. */
function actionRuns(): {
  file: string;
  run: string;
  env: Record<string, string>;
  target: string;
}[] {
  const files = [
    "action.yml",
    ...readdirSync(join(ROOT, "actions"))
      .map((name) => `actions/${name}/action.yml`)
      .filter((file) => existsSync(join(ROOT, file))),
  ];
  return files.flatMap((file) => {
    const yml = parse(readFileSync(join(ROOT, file), "utf8")) as {
      runs: { steps: { run?: string; env?: Record<string, string> }[] };
    };
    return yml.runs.steps.flatMap(({ run, env }) => {
      const path = run?.match(/^node "\$GITHUB_ACTION_PATH\/([^"]+)"$/)?.[1];
      if (!run || !path) return [];
      const target = posix.relative("dist", posix.join(posix.dirname(file), path));
      // The Node version check (actions/check-node.cjs) runs from the
      // checkout, not from dist/; test/actions/check-node.test.ts covers it.
      if (target.startsWith("../")) return [];
      return [{ file, run, env: env ?? {}, target }];
    });
  });
}

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

describe("dist/ (npm run build)", () => {
  it("is, file for file, what npm run build makes from the current sources", async () => {
    const differences = distDifferences(await buildDist(), DIST);
    if (differences.length > 0) {
      const more = differences.length > 10 ? `; and ${differences.length - 10} more` : "";
      throw new Error(
        `dist/ is out of date: ${differences.slice(0, 10).join("; ")}${more}. Run npm run build.`,
      );
    }
  });

  it("names a stale, a missing and a leftover file", () => {
    const dir = mkdtempSync(join(tmpdir(), "pilot-gate-dist-"));
    temps.push(dir);
    writeFileSync(join(dir, "cli.js"), "old");
    writeFileSync(join(dir, "app.js"), "same");
    writeFileSync(join(dir, "chunk-OLD.js"), "left over");
    const built = new Map([
      ["app.js", Buffer.from("same")],
      ["cli.js", Buffer.from("new")],
      ["chunk-NEW.js", Buffer.from("shared")],
    ]);
    expect(distDifferences(built, dir)).toEqual([
      "cli.js is stale",
      "chunk-NEW.js is missing",
      "chunk-OLD.js is not built from any source",
    ]);
  });

  it("holds every entry other files run by name", () => {
    const files = listFiles(DIST);
    for (const name of Object.keys(ENTRIES)) expect(files).toContain(`${name}.js`);
    expect(pkg.bin["pilot-gate"]).toBe("dist/cli.js");
    expect(pkg.scripts.start).toBe("node dist/app.js");
    // The App's worker pool starts its worker by this name, relative to the
    // file the pool's code is in: one of dist/, beside the worker.
    const app = importClosure(DIST, "app.js", { dynamic: true }).files;
    const pool = app.filter((file) =>
      readFileSync(join(DIST, file), "utf8").includes('new URL("./evaluation-worker.js"'),
    );
    expect(pool).toHaveLength(1);
    expect(pool[0]).not.toContain("/");
    // Each action entry is what one action.yml runs, and each action.yml runs one.
    const targets = actionRuns().map(({ target }) => target.replace(/\.js$/, ""));
    expect(targets.sort()).toEqual(SELF_CONTAINED.filter((name) => name !== "cli").sort());
  });

  it("lets the CLI and the actions load only Node's built-ins, since they run without node_modules", () => {
    for (const name of SELF_CONTAINED) {
      const closure = importClosure(DIST, `${name}.js`, { dynamic: true });
      expect(packagesOf(closure.specifiers), `dist/${name}.js`).toEqual([]);
    }
  });

  it("lets the App and its worker load only Probot from node_modules", () => {
    for (const name of ["app", "evaluation-worker"]) {
      const closure = importClosure(DIST, `${name}.js`, { dynamic: true });
      // The worker pool's loader for running from the TypeScript sources:
      // text it evaluates only when its own file ends in .ts, never in dist/.
      const packages = packagesOf(closure.specifiers).filter((p) => p !== "tsx/esm/api");
      expect(packages, `dist/${name}.js`).toEqual(name === "app" ? ["probot"] : []);
    }
  });

  it("starts the CLI without the engine: --version loads none of core's rules, zod or yaml", () => {
    const closure = importClosure(DIST, "cli.js", { dynamic: false });
    expect(closure.modules).toContain("cli/main.ts");
    expect(closure.modules.filter((m) => m.startsWith("node_modules/"))).toEqual([]);
    // Of core, only the error classes main reports by.
    expect(closure.modules.filter((m) => /^core\/(?!errors\.ts$)/.test(m))).toEqual([]);
    // --help and a mistyped command load the help text, which names the
    // config file but not its schema.
    const help = listFiles(DIST).filter((file) =>
      /^\/\/ cli\/help\.ts$/m.test(readFileSync(join(DIST, file), "utf8")),
    );
    expect(help).toHaveLength(1);
    for (const file of help) {
      const { modules } = importClosure(DIST, file, { dynamic: false });
      expect(
        modules.filter((m) => m.startsWith("node_modules/")),
        file,
      ).toEqual([]);
    }
    // The commands are there, one import() away.
    const all = importClosure(DIST, "cli.js", { dynamic: true });
    expect(all.modules).toContain("cli/commands/check.ts");
    expect(all.modules.some((m) => m.startsWith("node_modules/zod/"))).toBe(true);
  });

  it("starts every action from a copy of the repository, as a workflow's runner does", () => {
    // Outside the repository, so nothing resolves from its node_modules.
    const copy = mkdtempSync(join(tmpdir(), "pilot-gate-checkout-"));
    temps.push(copy);
    cpSync(DIST, join(copy, "dist"), { recursive: true });
    const runs = actionRuns();
    for (const { file, run, env } of runs) {
      mkdirSync(join(copy, dirname(file)), { recursive: true });
      cpSync(join(ROOT, file), join(copy, file));
      // Every input empty: each action refuses to start with a message.
      const inputs = Object.fromEntries(Object.keys(env).map((key) => [key, ""]));
      // As GitHub runs a step with `shell: bash`.
      const result = spawnSync("bash", ["--noprofile", "--norc", "-eo", "pipefail", "-c", run], {
        cwd: copy,
        env: { PATH: process.env.PATH, GITHUB_ACTION_PATH: join(copy, dirname(file)), ...inputs },
        encoding: "utf8",
        timeout: 15_000,
      });
      expect(result.stderr, file).toBe("");
      expect(result.stdout, file).toMatch(/^::error::/m);
      expect(result.status, file).toBe(1);
    }
  });
});
