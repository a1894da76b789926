import { createRequire as __pilotGateCreateRequire } from "node:module";
const require = __pilotGateCreateRequire(import.meta.url);
import {
  failureReason
} from "./chunk-4GTL7U6X.js";
import {
  requiredPermissions
} from "./chunk-T2NOWLVF.js";
import {
  InputFileError,
  desiredProtection,
  findCommand,
  hiddenRecordMarker,
  parsePilotManifest,
  planProtection,
  readHiddenRecord,
  require_dist
} from "./chunk-XRWPT2AM.js";
import {
  CONFIG_PATH
} from "./chunk-ZMO2NGHV.js";
import {
  ConfigError
} from "./chunk-E3QZQHHB.js";
import {
  CHECK_RUN_TEXT_BYTES,
  codeBlock,
  codeCell,
  codeSpan,
  external_exports,
  fitBytes,
  hasAny,
  inertText,
  tableCell
} from "./chunk-VUTGOOYN.js";
import {
  DOCTOR_FOLDER_FILES,
  utf8Length
} from "./chunk-MSUCSWVI.js";
import {
  __toESM
} from "./chunk-TXBVCHSZ.js";

// core/doctor.ts
var import_yaml = __toESM(require_dist(), 1);
var DOCTOR_CHECK_NAME = "pilot-gate/doctor";
var FULL_SHA = /@[0-9a-f]{40}$/;
function unpinnedUses(text) {
  let lines = new import_yaml.LineCounter(), document = (0, import_yaml.parseDocument)(text, { lineCounter: lines });
  if (document.errors.length > 0)
    return [{ line: document.errors[0]?.linePos?.[0].line ?? 1, uses: "(not valid YAML)" }];
  let found = [];
  return (0, import_yaml.visit)(document, {
    Pair(_key, pair) {
      if (!(0, import_yaml.isScalar)(pair.key) || pair.key.value !== "uses" || !(0, import_yaml.isScalar)(pair.value)) return;
      let uses = String(pair.value.value).trim();
      if (uses.startsWith("./") || uses.startsWith("docker://") || FULL_SHA.test(uses)) return;
      let offset = pair.value.range?.[0] ?? 0;
      found.push({ line: lines.linePos(offset).line, uses });
    }
  }), found;
}
var SECRET = /\$\{\{[^}]*?\bsecrets\.([A-Za-z_][A-Za-z0-9_]*)/g;
function secretsUsed(text) {
  let names = /* @__PURE__ */ new Set();
  for (let match of text.matchAll(SECRET)) {
    let name = match[1];
    name.toUpperCase() !== "GITHUB_TOKEN" && names.add(name);
  }
  return [...names].sort();
}
function readIssueForm(text) {
  let document = (0, import_yaml.parseDocument)(text);
  if (document.errors.length > 0 || !(0, import_yaml.isMap)(document.contents)) return;
  let data = document.toJS();
  if (!Array.isArray(data.body)) return;
  let raw = data.labels, list = Array.isArray(raw) ? raw : typeof raw == "string" ? raw.split(",") : [];
  return {
    name: typeof data.name == "string" ? data.name : "",
    labels: list.map((label) => String(label).trim()).filter((label) => label !== "")
  };
}
function requiredLabels(config) {
  let labels = [config.rules["no-merge-label"].label], incidents = config.incidents;
  return incidents.enabled && labels.push(
    ...Object.values(incidents.severity_labels).flat(),
    incidents.freeze_label,
    incidents.blocked.label,
    incidents.blocked.needs_info_label
  ), [...new Map(labels.map((label) => [label.toLowerCase(), label])).values()];
}
function doctorExitCode(checks) {
  return checks.some((check) => check.status === "fail") ? 1 : 0;
}
var MARK = {
  pass: "ok  ",
  fail: "FAIL",
  skip: "skip",
  unchecked: "n/a "
};
function renderDoctorText(checks) {
  let width = Math.max(...checks.map((check) => check.id.length)), lines = checks.map(
    (check) => `${MARK[check.status]} ${check.id.padEnd(width)}  ${check.detail}${check.fix ? `; fix: ${check.fix}` : ""}`
  ), failed = checks.filter((check) => check.status === "fail").length;
  return lines.push(
    failed === 0 ? "doctor: every check passed." : `doctor: ${failed} of ${checks.length} checks failed; each line says how to fix it.`
  ), `${lines.join(`
`)}
`;
}
function doctorConclusion(checks) {
  return checks.every((check) => check.status === "pass") ? "success" : "failure";
}
var DOCTOR_SYNTAX = "/pilot-gate doctor", DOCTOR_COMMAND = /^\s*\/pilot-gate\s+doctor(?=\s|$)/i;
function isDoctorCommand(body) {
  return findCommand(body, DOCTOR_COMMAND) !== void 0;
}
var doctorRecordSchema = external_exports.object({ request: external_exports.string() });
function readDoctorRecord(text) {
  return readHiddenRecord("doctor", text, doctorRecordSchema);
}
function hiddenDoctorRecord(request) {
  return hiddenRecordMarker("doctor", { request });
}
var SHOWN = {
  pass: "passed",
  fail: "**failed**",
  skip: "**skipped**",
  unchecked: "**not checked by the App**"
};
function doctorTitle(checks) {
  let count = (status) => checks.filter((check) => check.status === status).length;
  return doctorConclusion(checks) === "success" ? `All ${checks.length} checks passed` : [
    [count("fail"), "failed"],
    [count("unchecked"), "not checked by the App"],
    [count("skip"), "skipped"]
  ].filter(([n]) => n > 0).map(([n, what]) => `${n} ${what}`).join(", ").concat(` of ${checks.length} checks`);
}
function planDoctorCheck(checks, target) {
  let rows = checks.map(
    (check) => `| ${codeCell(check.id)} | ${SHOWN[check.status]} | ${tableCell(check.detail)} | ${check.status === "pass" || !check.fix ? "" : tableCell(check.fix)} |`
  ), summary = [
    `## Preflight of ${codeSpan(target.branch)} at ${target.sha.slice(0, 7)}: ${doctorTitle(checks)}`,
    "",
    "| Check | Result | Found | Fix |",
    "|---|---|---|---|",
    ...rows,
    "",
    doctorConclusion(checks) === "success" ? "Every check passed." : "Not every check passed, so this check fails: each row says how to fix it. A check the App cannot perform (it is never granted secrets) counts as not passed; `pilot-gate doctor` with an admin's token performs it. Comment `/pilot-gate doctor` on any issue, or re-run this check, to look again.",
    ""
  ].join(`
`);
  return {
    name: DOCTOR_CHECK_NAME,
    conclusion: doctorConclusion(checks),
    completedAt: target.completedAt,
    title: doctorTitle(checks),
    summary: fitBytes(summary, CHECK_RUN_TEXT_BYTES),
    text: doctorText(codeBlock(renderDoctorText(checks)), target.request),
    annotations: [],
    actions: []
  };
}
function planDoctorError(reason, target) {
  return {
    name: DOCTOR_CHECK_NAME,
    conclusion: "failure",
    completedAt: target.completedAt,
    title: "The preflight could not finish",
    summary: fitBytes(
      `## Preflight of ${codeSpan(target.branch)} at ${target.sha.slice(0, 7)}: could not finish

${inertText(reason)}

Nothing was judged. Re-run this check, or comment \`/pilot-gate doctor\` on any issue, once the cause above is fixed; \`pilot-gate doctor\` in a checkout runs the same checks.
`,
      CHECK_RUN_TEXT_BYTES
    ),
    text: doctorText("", target.request),
    annotations: [],
    actions: []
  };
}
function doctorText(report, request) {
  let marker = hiddenDoctorRecord(request);
  return `${fitBytes(report, CHECK_RUN_TEXT_BYTES - utf8Length(marker) - 2)}

${marker}`;
}

// engine/doctor.ts
import { createPublicKey } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
var WORKFLOWS = ".github/workflows", FORMS = ".github/ISSUE_TEMPLATE", fail = (id, detail, fix) => ({
  id,
  status: "fail",
  detail,
  fix
}), pass = (id, detail) => ({
  id,
  status: "pass",
  detail
}), skip = (id, detail) => ({
  id,
  status: "skip",
  detail
});
function checkoutFiles(cwd) {
  return {
    async read(path) {
      try {
        return await readFile(join(cwd, path), "utf8");
      } catch (error) {
        if (error.code === "ENOENT") return;
        throw error;
      }
    },
    async yaml(folder) {
      let names;
      try {
        names = await readdir(join(cwd, folder));
      } catch (error) {
        if (error.code === "ENOENT") return /* @__PURE__ */ new Map();
        throw error;
      }
      let files = /* @__PURE__ */ new Map();
      for (let name of names.filter((n) => /\.ya?ml$/.test(n)).sort())
        files.set(`${folder}/${name}`, await readFile(join(cwd, folder, name), "utf8"));
      return files;
    }
  };
}
function repositoryFiles(gh, sha) {
  let read = async (path) => {
    let answer = await gh.getRawFile(path, sha);
    return answer.kind === "found" ? answer.text : void 0;
  };
  return {
    read,
    async yaml(folder) {
      let listing = await gh.listFolder(folder, sha);
      if (listing.kind !== "folder") return /* @__PURE__ */ new Map();
      let names = listing.entries.filter((n) => /\.ya?ml$/.test(n)).sort();
      if (names.length > DOCTOR_FOLDER_FILES)
        throw new Error(
          `${folder} has ${names.length} YAML files, more than the ${DOCTOR_FOLDER_FILES} the App reads; run pilot-gate doctor in a checkout instead`
        );
      let files = /* @__PURE__ */ new Map();
      for (let name of names) {
        let text = await read(`${folder}/${name}`);
        text !== void 0 && files.set(`${folder}/${name}`, text);
      }
      return files;
    }
  };
}
async function runDoctor(input) {
  let { files, gh } = input, runner = input.runner ?? "token", checks = [], loaded = "config" in input.config ? input.config : void 0;
  if (loaded)
    checks.push(pass("config", `${loaded.description} is valid`));
  else {
    let error = input.config.error, detail = error instanceof ConfigError ? `${error.file} has ${error.issues.length} problem(s), first: ${error.issues[0]?.message ?? error.message}` : failureReason(error);
    checks.push(
      fail("config", detail, "pilot-gate config validate lists each problem with its line")
    );
  }
  let config = loaded?.config, workflows = await files.yaml(WORKFLOWS);
  gh ? checks.push(runner === "app" ? await installationCheck(gh) : await tokenCheck(gh)) : checks.push(
    fail(
      "token",
      "GITHUB_TOKEN is not set, so nothing on GitHub can be checked",
      "export GITHUB_TOKEN=$(gh auth token) (an admin's token: protection and secrets need it)"
    )
  );
  let github = gh && checks.at(-1)?.status === "pass" ? gh : void 0, needs = (id, what) => config ? !github && what === "github" ? skip(id, "needs a token that can read the repository") : void 0 : skip(id, `needs a valid ${CONFIG_PATH}`);
  return checks.push(
    needs("protection", "github") ?? await protectionCheck(github, config, input.appId)
  ), checks.push(
    needs("labels", "github") ?? await labelsCheck(github, config)
  ), checks.push(needs("issue-forms", "local") ?? await formsCheck(files, config)), checks.push(workflowsCheck(workflows)), checks.push(
    github ? await secretsCheck(github, workflows, runner) : skip("secrets", "needs a token that can read the repository")
  ), checks.push(needs("signing-keys", "local") ?? await keysCheck(files, config)), checks.push(needs("pilot-manifest", "local") ?? await manifestCheck(files, config)), checks;
}
async function tokenCheck(gh) {
  let where = `${gh.repo.owner}/${gh.repo.repo}`;
  try {
    let { permissions } = await gh.getRepositoryAccess();
    return permissions.includes("admin") ? pass("token", `the token reads ${where} as an admin`) : fail(
      "token",
      `the token reads ${where} but is no admin's (${permissions.join(", ") || "no permissions"}), so protection and secrets cannot be read`,
      "use an admin's token, or a fine-grained token with Administration: Read and Secrets: Read"
    );
  } catch (error) {
    return fail(
      "token",
      `the token cannot read ${where}: ${failureReason(error)}`,
      "check --repo, and that the token has access to the repository (Metadata: Read)"
    );
  }
}
var ACCESS_RANK = { read: 1, write: 2 };
async function installationCheck(gh) {
  let where = `${gh.repo.owner}/${gh.repo.repo}`;
  try {
    let granted = await gh.installationPermissions(), missing = Object.entries(requiredPermissions()).filter(([name, access]) => {
      let has = granted[name];
      return has === void 0 || (ACCESS_RANK[has] ?? 0) < ACCESS_RANK[access];
    }).map(([name, access]) => `${name}: ${access}`);
    return missing.length === 0 ? pass("token", `the App is installed on ${where} with every permission it asks for`) : fail(
      "token",
      `the App's installation on ${where} lacks ${missing.join(", ")}`,
      `an owner of ${gh.repo.owner} accepts the App's pending permission request (Settings, GitHub Apps, pilot-gate, Review request)`
    );
  } catch (error) {
    return fail(
      "token",
      `the App cannot read its installation's permissions: ${failureReason(error)}`,
      "re-run the doctor; if it persists, reinstall the App on the repository"
    );
  }
}
async function protectionCheck(gh, config, appId) {
  if (appId === void 0)
    return fail(
      "protection",
      "the App's id is unknown, so the required check cannot be compared",
      "pass --app-id <id>, or set protection.app_id in the config"
    );
  try {
    let desired = desiredProtection(config.protection, config.check.name, appId), plan = planProtection(desired, await gh.readProtection(desired)), off = plan.branches.filter((branch) => branch.status !== "Applied");
    return off.length === 0 ? pass("protection", `Applied on ${plan.branches.map((b) => b.branch).join(", ")}`) : fail(
      "protection",
      off.map((branch) => `${branch.branch}: ${branch.status}`).join(", "),
      "pilot-gate protection sync (pilot-gate protection plan shows each difference)"
    );
  } catch (error) {
    return fail("protection", `could not be read: ${failureReason(error)}`, "use an admin's token");
  }
}
async function labelsCheck(gh, config) {
  let wanted = requiredLabels(config);
  try {
    let existing = await gh.listLabels(), missing = wanted.filter((label) => !hasAny([label], existing));
    return missing.length === 0 ? pass("labels", `${wanted.join(", ")} exist`) : fail(
      "labels",
      `missing ${missing.join(", ")}`,
      missing.map((label) => `gh label create ${JSON.stringify(label)}`).join("; ")
    );
  } catch (error) {
    return fail(
      "labels",
      `could not be listed: ${failureReason(error)}`,
      "a token with Issues: Read"
    );
  }
}
async function formsCheck(files, config) {
  let settings = config.incidents;
  if (!settings.enabled) return pass("issue-forms", "not needed: incidents.enabled is off");
  let forms = [...(await files.yaml(FORMS)).values()].flatMap((text) => {
    let form = readIssueForm(text);
    return form ? [form] : [];
  }), severities = Object.values(settings.severity_labels).flat(), missing = [
    ...forms.some((form) => /incident/i.test(form.name) || hasAny(form.labels, severities)) ? [] : ["an incident form"],
    ...forms.some((form) => hasAny(form.labels, [settings.blocked.label])) ? [] : [`a blocked-item form (labels: [${settings.blocked.label}])`]
  ];
  return missing.length === 0 ? pass("issue-forms", `incident and blocked-item forms in ${FORMS}`) : fail(
    "issue-forms",
    `${FORMS} has no ${missing.join(", and no ")}`,
    "copy .github/ISSUE_TEMPLATE/incident.yml and blocked.yml from pilot-gate's repository"
  );
}
function workflowsCheck(workflows) {
  if (workflows.size === 0)
    return fail(
      "workflows",
      `no workflow in ${WORKFLOWS}`,
      "add the pilot-gate workflows (pilot-gate.yml, release.yml, incidents-sweep.yml) from pilot-gate's repository"
    );
  let unpinned = [...workflows].flatMap(
    ([path, text]) => unpinnedUses(text).map((use) => `${path}:${use.line} ${use.uses}`)
  );
  return unpinned.length === 0 ? pass("workflows", `${workflows.size} workflow(s), every action pinned by commit SHA`) : fail(
    "workflows",
    `not pinned by commit SHA: ${unpinned.join(", ")}`,
    "pin each to a full commit SHA, e.g. uses: actions/checkout@<40-hex sha> # v4"
  );
}
async function secretsCheck(gh, workflows, runner) {
  let used = [...new Set([...workflows.values()].flatMap(secretsUsed))].sort();
  if (used.length === 0) return pass("secrets", "no workflow reads a secret");
  if (runner === "app")
    return {
      id: "secrets",
      status: "unchecked",
      detail: `the workflows read ${used.join(", ")}; not checked by the App: run pilot-gate doctor with a token`,
      fix: `GITHUB_TOKEN=$(gh auth token) pilot-gate doctor --repo ${gh.repo.owner}/${gh.repo.repo}`
    };
  try {
    let existing = await gh.listSecretNames(), missing = used.filter((name) => !existing.includes(name));
    return missing.length === 0 ? pass("secrets", `${used.join(", ")} are set`) : fail(
      "secrets",
      `the workflows read ${missing.join(", ")}, which are not set for this repository or shared by its organisation`,
      missing.map((name) => `gh secret set ${name}`).join("; ")
    );
  } catch (error) {
    return fail(
      "secrets",
      `could not be listed: ${failureReason(error)}`,
      "an admin's token, or a fine-grained token with Secrets: Read"
    );
  }
}
async function keysCheck(files, config) {
  let paths = config.readiness.evidence_keys;
  if (paths.length === 0)
    return fail(
      "signing-keys",
      "readiness.evidence_keys lists no public key, so the App fails every pilot-gate/readiness check",
      "commit the Ed25519 public key of PILOT_GATE_SIGNING_KEY and list its path under readiness.evidence_keys"
    );
  let problems = [];
  for (let path of paths) {
    let text = await files.read(path);
    if (text === void 0) {
      problems.push(`${path} does not exist`);
      continue;
    }
    try {
      let key = createPublicKey(text);
      key.asymmetricKeyType !== "ed25519" && problems.push(`${path} is a ${key.asymmetricKeyType} key, not Ed25519`);
    } catch {
      problems.push(`${path} is not a PEM public key`);
    }
  }
  return problems.length === 0 ? pass("signing-keys", `${paths.join(", ")}: Ed25519 public key(s)`) : fail(
    "signing-keys",
    problems.join(", "),
    "openssl pkey -in signing.pem -pubout > <path>, for each path under readiness.evidence_keys"
  );
}
async function manifestCheck(files, config) {
  let path = config.readiness.manifest, text = await files.read(path);
  if (text === void 0)
    return fail(
      "pilot-manifest",
      `${path} does not exist`,
      "pilot-gate pilot start --name <name> writes a template to fill in"
    );
  try {
    let manifest = parsePilotManifest(text, path);
    return pass("pilot-manifest", `${path} is valid (${manifest.clients.length} client(s))`);
  } catch (error) {
    if (error instanceof InputFileError) {
      let first = error.issues[0];
      return fail(
        "pilot-manifest",
        `${path} has ${error.issues.length} problem(s), first: ${first ? `${first.path ? `${first.path}: ` : ""}${first.message}` : error.message}`,
        `fix ${path}; pilot-gate pilot start --name <name> --dir <empty dir> writes a valid template to compare with`
      );
    }
    throw error;
  }
}

export {
  DOCTOR_CHECK_NAME,
  doctorExitCode,
  renderDoctorText,
  DOCTOR_SYNTAX,
  isDoctorCommand,
  readDoctorRecord,
  hiddenDoctorRecord,
  planDoctorCheck,
  planDoctorError,
  checkoutFiles,
  repositoryFiles,
  runDoctor
};
