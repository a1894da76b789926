/**
 * What installing pilot-gate costs on disk: the packed package (`npm pack`)
 * installed offline into a fresh project, as a team installs the CLI, with
 * npm's defaults and with optional and peer dependencies omitted (Probot is
 * an optional peer, so the three should match); and the App's runtime
 * install (deploy/, what the container runs `npm ci --omit=dev` on). Sizes
 * are the bytes of the files under node_modules.
 */
import { mkdirSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  folderSize,
  installAppRuntime,
  installPacked,
  packProject,
} from "../test/helpers/package.js";

function mib(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(2)} MiB`;
}

export function benchPackageSize(): string[] {
  const dir = mkdtempSync(join(tmpdir(), "pilot-gate-bench-package-"));
  try {
    const tarball = packProject(dir);
    const lines = [
      `Install size (npm pack, installed offline; files under node_modules):`,
      `  tarball: ${statSync(tarball).size} bytes (${mib(statSync(tarball).size)})`,
    ];
    for (const [label, flags] of [
      ["npm install --save-dev <tgz>", []],
      ["the same with --omit=optional", ["--omit=optional"]],
      ["the same with --omit=peer", ["--omit=peer"]],
    ] as const) {
      const project = join(dir, `cli${flags.join("")}`);
      mkdirSync(project);
      installPacked(project, tarball, [...flags]);
      const { files, bytes } = folderSize(join(project, "node_modules"));
      lines.push(`  CLI, ${label}: ${files} files, ${bytes} bytes (${mib(bytes)})`);
    }
    const app = join(dir, "app");
    mkdirSync(app);
    installAppRuntime(app);
    const { files, bytes } = folderSize(join(app, "node_modules"));
    lines.push(
      `  App runtime (deploy/, npm ci --omit=dev; the container adds dist/): ${files} files, ${bytes} bytes (${mib(bytes)})`,
    );
    return lines;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
