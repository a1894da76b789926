import { createRequire as __pilotGateCreateRequire } from "node:module";
const require = __pilotGateCreateRequire(import.meta.url);
import {
  FileTooLargeError,
  displayPath,
  errorCode,
  readLimitedFile
} from "./chunk-SSP7UEET.js";
import {
  parseJunit
} from "./chunk-XRWPT2AM.js";
import {
  UsageError
} from "./chunk-E3QZQHHB.js";
import {
  require_picomatch
} from "./chunk-VUTGOOYN.js";
import {
  JUNIT_LIMIT
} from "./chunk-MSUCSWVI.js";
import {
  __toESM
} from "./chunk-TXBVCHSZ.js";

// engine/smoke/gather.ts
var import_picomatch = __toESM(require_picomatch(), 1);
import { spawn } from "node:child_process";
import { mkdir, readdir, stat, writeFile } from "node:fs/promises";
import { dirname, join, relative, resolve, sep } from "node:path";
var DEFAULT_SMOKE_REPORT = ".pilot-gate/smoke-report.json", SKIPPED_DIRS = /* @__PURE__ */ new Set(["node_modules", ".git"]), STALE_SLACK_MS = 2e3;
async function gatherSmoke(options) {
  let now = options.now ?? Date.now, startedAt = now(), commands = [];
  for (let command of options.commands)
    commands.push(await runCommand(command, options, now));
  let inputErrors = [], paths = [];
  for (let pattern of options.patterns) {
    let matched = await matchFiles(options.cwd, pattern);
    matched.length === 0 && inputErrors.push({
      file: pattern,
      message: `--junit ${pattern} matched no file: the smoke run wrote no JUnit report there. Check the reporter's output path (vitest: --reporter=junit --outputFile=<path>).`
    });
    for (let path of matched) paths.includes(path) || paths.push(path);
  }
  let files = [], testcases = 0;
  for (let path of paths.sort()) {
    let shown = displayPath(options.cwd, path).split(sep).join("/"), text, modified;
    try {
      ({ text, modified } = await readLimitedFile(path, shown, JUNIT_LIMIT));
    } catch (error) {
      inputErrors.push({
        file: shown,
        message: error instanceof FileTooLargeError ? error.message : `${shown} cannot be read: ${readReason(error)}`
      });
      continue;
    }
    let parsed = parseJunit(text, shown, { testcasesBefore: testcases });
    if (!parsed.ok) {
      inputErrors.push(parsed.error);
      continue;
    }
    testcases += parsed.scenarios.length;
    let stale = options.commands.length > 0 && modified < startedAt - STALE_SLACK_MS;
    files.push({ path: shown, scenarios: parsed.scenarios, ...stale ? { stale } : {} });
  }
  return {
    commands,
    patterns: [...options.patterns],
    files,
    inputErrors,
    expectedSuites: [...options.suites]
  };
}
function runCommand(command, options, now) {
  let start = now();
  return new Promise((done) => {
    let settled = !1, finish = (result) => {
      settled || (settled = !0, done({ command, ...result, durationMs: Math.max(0, now() - start) }));
    }, child;
    try {
      child = spawn(command, {
        shell: !0,
        cwd: options.cwd,
        env: options.env,
        stdio: ["ignore", "pipe", "pipe"]
      });
    } catch (error) {
      finish({ exitCode: null, error: error.message });
      return;
    }
    let forward = (chunk) => options.output.write(chunk.toString("utf8"));
    child.stdout?.on("data", forward), child.stderr?.on("data", forward), child.on("error", (error) => finish({ exitCode: null, error: error.message })), child.on("close", (code, signal) => finish({ exitCode: code, ...signal ? { signal } : {} }));
  });
}
async function matchFiles(cwd, pattern) {
  let scan = import_picomatch.default.scan(pattern), base = resolve(cwd, scan.base === "" ? "." : scan.base);
  if (!scan.isGlob) return await isFile(base) ? [base] : [];
  let isMatch = (0, import_picomatch.default)(scan.glob, { dot: !1 }), found = [], walk = async (dir) => {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: !0 });
    } catch {
      return;
    }
    for (let entry of entries) {
      let full = join(dir, entry.name);
      if (entry.isDirectory()) {
        SKIPPED_DIRS.has(entry.name) || await walk(full);
        continue;
      }
      !entry.isFile() && !(entry.isSymbolicLink() && await isFile(full)) || isMatch(relative(base, full).split(sep).join("/")) && found.push(full);
    }
  };
  return await walk(base), found.sort();
}
async function isFile(path) {
  try {
    return (await stat(path)).isFile();
  } catch {
    return !1;
  }
}
function readReason(error) {
  let code = errorCode(error);
  return code === "EACCES" || code === "EPERM" ? "permission denied" : code === "EISDIR" ? "it is a directory" : error instanceof Error ? error.message : String(error);
}
async function writeSmokeReport(cwd, path, report) {
  let absolute = resolve(cwd, path);
  try {
    await mkdir(dirname(absolute), { recursive: !0 }), await writeFile(absolute, `${JSON.stringify(report, null, 2)}
`);
  } catch (error) {
    throw new UsageError(
      `cannot write the smoke report to ${path}: ${readReason(error)}. Pass another path with --report.`
    );
  }
  return displayPath(cwd, path);
}

export {
  DEFAULT_SMOKE_REPORT,
  gatherSmoke,
  writeSmokeReport
};
