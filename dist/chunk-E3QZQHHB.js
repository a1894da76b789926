import { createRequire as __pilotGateCreateRequire } from "node:module";
const require = __pilotGateCreateRequire(import.meta.url);

// core/errors.ts
var FileIssuesError = class extends Error {
  file;
  issues;
  unlisted;
  /**
   * Where each named file is in the repository being judged, for
   * annotations; unset when `file` is that path itself. A file from another
   * repository has no entry, so it gets no annotation.
   */
  localPaths;
  constructor(file, issues, unlisted = 0, localPaths) {
    super(formatConfigIssues(file, issues, unlisted)), this.file = file, this.issues = issues, this.unlisted = unlisted, this.localPaths = localPaths;
  }
  /** The files the problems are in, the error's own first. */
  get files() {
    return [.../* @__PURE__ */ new Set([this.file, ...this.issues.map((issue) => issue.file ?? this.file)])];
  }
  /** Where `issue` is in the judged repository, for an annotation; `undefined` when elsewhere. */
  localPathOf(issue) {
    let file = issue.file ?? this.file;
    return this.localPaths ? this.localPaths[file] : file;
  }
  /** Every problem found, listed or not. */
  get problemCount() {
    return this.issues.length + this.unlisted;
  }
}, ConfigError = class extends FileIssuesError {
  name = "ConfigError";
};
function formatConfigIssues(file, issues, unlisted = 0) {
  let lines = issues.map((issue) => {
    let named = issue.file ?? file, where = issue.position ? `${named}:${issue.position.line}:${issue.position.column}` : named, path = issue.path ? ` ${issue.path}:` : "";
    return `${where}${path} ${issue.message}`;
  });
  return unlisted > 0 && lines.push(unlistedLine(file, unlisted)), lines.join(`
`);
}
function unlistedLine(file, unlisted) {
  return `${file}: ${unlisted.toLocaleString("en-US")} more problem${unlisted === 1 ? "" : "s"} not listed; fix the ones above and validate again to see them.`;
}
var UsageError = class extends Error {
  name = "UsageError";
};

export {
  FileIssuesError,
  ConfigError,
  formatConfigIssues,
  unlistedLine,
  UsageError
};
