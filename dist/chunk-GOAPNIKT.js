import { createRequire as __pilotGateCreateRequire } from "node:module";
const require = __pilotGateCreateRequire(import.meta.url);
import {
  renderText
} from "./chunk-YZES2VGG.js";
import {
  palette,
  useColor
} from "./chunk-T2LBRVU5.js";
import {
  HELP
} from "./chunk-5EA3RFOC.js";
import {
  ArgumentError,
  parseOrExplain,
  splitList
} from "./chunk-IYG7IW7E.js";
import {
  extendsNote,
  findPrTemplate,
  loadConfig
} from "./chunk-4YV5M6XR.js";
import {
  displayPath,
  errorCode,
  readAll,
  readTextFile,
  runGit
} from "./chunk-SSP7UEET.js";
import {
  safeText
} from "./chunk-EYTOIYXU.js";
import {
  renderJson
} from "./chunk-XRWPT2AM.js";
import "./chunk-ZMO2NGHV.js";
import {
  UsageError
} from "./chunk-E3QZQHHB.js";
import {
  evaluatePullRequest,
  pathsToCheck
} from "./chunk-VUTGOOYN.js";
import "./chunk-MSUCSWVI.js";
import "./chunk-TXBVCHSZ.js";

// cli/commands/check.ts
import { parseArgs } from "node:util";

// cli/changed-files.ts
function parseChangedFiles(text) {
  let files = text.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== "");
  return [...new Set(files)];
}
function changedFilesFromGit(io, base) {
  let unknown = {
    files: void 0,
    source: `unknown (pass --changed-files or fetch ${base})`
  }, git = (args) => (io.git ?? runGit)(args, io.cwd, io.env), baseRef = [`origin/${base}`, base].find((ref) => {
    if (ref.startsWith("-")) return !1;
    try {
      return git(["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]).trim() !== "";
    } catch {
      return !1;
    }
  });
  if (baseRef === void 0) return unknown;
  try {
    let mergeBase = git(["merge-base", baseRef, "HEAD"]).trim();
    if (mergeBase === "") return unknown;
    let output = git(["diff", "--name-only", "--no-renames", "-z", mergeBase, "HEAD", "--"]);
    return { files: [...new Set(output.split("\0").filter((path) => path !== ""))], source: `git diff ${baseRef}...HEAD` };
  } catch {
    return unknown;
  }
}

// cli/checkout-paths.ts
import { stat } from "node:fs/promises";
import { resolve, sep } from "node:path";
async function checkoutPaths(cwd, paths) {
  let root = resolve(cwd), exists = {}, unreadable = [];
  return await Promise.all(
    paths.map(async (path) => {
      let full = resolve(root, path);
      if (!full.startsWith(`${root}${sep}`)) {
        exists[path] = !1;
        return;
      }
      try {
        await stat(full), exists[path] = !0;
      } catch (error) {
        let code = errorCode(error);
        code === "ENOENT" || code === "ENOTDIR" ? exists[path] = !1 : unreadable.push(`${path} (${code ?? "unreadable"})`);
      }
    })
  ), unreadable.length > 0 ? { exists, unchecked: `the checkout could not be read at ${unreadable.join(", ")}` } : { exists };
}

// cli/commands/check.ts
var OPTIONS = {
  "body-file": { type: "string" },
  "changed-files": { type: "string" },
  branch: { type: "string" },
  base: { type: "string", default: "main" },
  title: { type: "string", default: "" },
  labels: { type: "string", multiple: !0 },
  config: { type: "string" },
  json: { type: "boolean", default: !1 },
  help: { type: "boolean", short: "h", default: !1 }
};
async function runCheck(args, io) {
  let { values } = parseOrExplain(
    Object.keys(OPTIONS),
    () => parseArgs({ args, options: OPTIONS, strict: !0, allowPositionals: !1 })
  );
  if (values.help)
    return io.stdout.write(HELP.check), 0;
  let bodyFile = values["body-file"];
  if (bodyFile === void 0 || bodyFile === "")
    throw new ArgumentError(
      "--body-file is required",
      "save the PR body to a file and pass its path, or pass --body-file - to read it from standard input"
    );
  let filesFile = values["changed-files"];
  if (filesFile === "")
    throw new ArgumentError(
      "--changed-files needs a path",
      "pass a file with one changed path per line, or leave the option out to ask git"
    );
  if (bodyFile === "-" && filesFile === "-")
    throw new ArgumentError(
      "--body-file - and --changed-files - cannot both read standard input",
      "save one of them to a file and pass its path"
    );
  let loaded = await loadConfig(io.cwd, values.config);
  loaded.config._extends !== void 0 && io.stderr.write(
    `note: ${safeText(extendsNote(loaded.file ?? loaded.description, loaded.config._extends))}
`
  );
  let branch = values.branch ?? currentBranch(io), body = bodyFile === "-" ? await readStdin(io, "--body-file", "the PR body") : await readTextFile(io.cwd, bodyFile), changes = await changedFiles(io, filesFile, values.base), template = await findPrTemplate(io.cwd), snapshot = {
    branch,
    base: values.base,
    title: values.title,
    body,
    labels: splitList(values.labels),
    ...changes.files !== void 0 ? { changedFiles: changes.files } : {},
    roleMembers: configuredMembers(loaded.config),
    ...template ? { template: template.text } : {}
  }, verdict = evaluatePullRequest(snapshot, loaded.config), wanted = pathsToCheck(verdict);
  if (wanted.length > 0) {
    let headPaths = await checkoutPaths(io.cwd, wanted);
    verdict = evaluatePullRequest({ ...snapshot, headPaths }, loaded.config);
  }
  if (noteUnseenApprovals(verdict, loaded.config, io), values.json)
    io.stdout.write(renderJson(verdict));
  else {
    let color = useColor(io.stdout, io.env), c = palette(color), bodyName = bodyFile === "-" ? "stdin" : displayPath(io.cwd, bodyFile);
    io.stdout.write(
      [
        `${c.bold(safeText(branch))} → ${c.bold(safeText(values.base))}`,
        c.dim(`body:     ${bodyName}`),
        c.dim(`changes:  ${changesLine(changes)}`),
        c.dim(`config:   ${loaded.description}`),
        c.dim(
          `template: ${template ? template.path : "built-in only (no pull_request_template.md)"}`
        ),
        "",
        renderText(verdict, { color, body, bodyName })
      ].join(`
`)
    );
  }
  return verdict.status === "pass" ? 0 : 1;
}
async function readStdin(io, option, what) {
  if (io.stdin === void 0) throw new UsageError(`${option} - needs ${what} on standard input`);
  return typeof io.stdin != "string" && io.stdin.isTTY && io.stderr.write(`Reading ${what} from standard input; end it with Ctrl-D.
`), readAll(io.stdin);
}
async function changedFiles(io, filesFile, base) {
  if (filesFile === void 0) return changedFilesFromGit(io, base);
  let text = filesFile === "-" ? await readStdin(io, "--changed-files", "the changed files") : await readTextFile(io.cwd, filesFile), name = filesFile === "-" ? "stdin" : displayPath(io.cwd, filesFile);
  return { files: parseChangedFiles(text), source: `from ${name}` };
}
function changesLine(changes) {
  if (changes.files === void 0) return safeText(changes.source);
  let n = changes.files.length;
  return `${n} file${n === 1 ? "" : "s"} (${safeText(changes.source)})`;
}
function configuredMembers(config) {
  return Object.fromEntries(
    Object.entries(config.roles).map(([role, holders]) => [role, [...holders?.users ?? []]])
  );
}
function noteUnseenApprovals(verdict, config, io) {
  if (!verdict.findings.some(
    (f) => f.ruleId === "governance-files" && f.severity === "blocking"
  )) return;
  let approvers = config.rules["governance-files"].approvers, teams = approvers.some((role) => (config.roles[role]?.teams.length ?? 0) > 0), unblock = approvers.length > 0 ? ` On GitHub, an approving review from a holder of ${approvers.join(" or ")} unblocks it.` : "";
  io.stderr.write(
    `note: the CLI cannot see the PR's reviews${teams ? " or the members of teams" : ""}, so governance-files blocks here whether or not the change is approved.${unblock}
`
  );
}
function currentBranch(io) {
  let git = io.git ?? runGit, name;
  try {
    name = git(["rev-parse", "--abbrev-ref", "HEAD"], io.cwd, io.env).trim();
  } catch {
    try {
      name = git(["symbolic-ref", "--short", "HEAD"], io.cwd, io.env).trim();
    } catch {
      name = "";
    }
  }
  if (name === "")
    throw new ArgumentError(
      "cannot tell the current branch (not a git repository, or git is not installed)",
      "pass the head branch with --branch <name>"
    );
  if (name === "HEAD")
    throw new ArgumentError(
      "HEAD is detached, so there is no current branch to judge",
      "pass the head branch with --branch <name>"
    );
  return name;
}
export {
  runCheck
};
