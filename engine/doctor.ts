import { createPublicKey } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import {
  type DoctorCheck,
  readIssueForm,
  requiredLabels,
  secretsUsed,
  unpinnedUses,
} from "../core/doctor.js";
import { ConfigError } from "../core/errors.js";
import { InputFileError, parsePilotManifest } from "../core/gates/pilot/index.js";
import { CONFIG_PATH, type Config } from "../core/index.js";
import { hasAny } from "../core/labels.js";
import { DOCTOR_FOLDER_FILES } from "../core/limits.js";
import { desiredProtection, planProtection } from "../core/protection/index.js";
import type { GitHubClient } from "../github/client.js";
import { type Access, type PermissionName, requiredPermissions } from "../github/permissions.js";
import { failureReason } from "./verdict/evaluation-error.js";

const WORKFLOWS = ".github/workflows";
const FORMS = ".github/ISSUE_TEMPLATE";

/**
 * Where the doctor reads the repository's files: a checkout (the CLI) or
 * one commit through the API (the App, which has no checkout).
 */
export interface DoctorFiles {
  /** A file's text, or undefined when it does not exist. */
  read(path: string): Promise<string | undefined>;
  /** The YAML files of a folder by path, sorted; none when the folder does not exist. */
  yaml(folder: string): Promise<Map<string, string>>;
}

/**
 * Who runs the doctor. `token`: a person's or a workflow's token (the CLI),
 * which may read secrets. `app`: the App's installation, which `app.yml`
 * never grants secrets, so that check is reported as not checked, never as
 * passed.
 */
export type DoctorRunner = "token" | "app";

/** What the doctor is given: the files, the config as loaded, and GitHub when a token is set. */
export interface DoctorInput {
  files: DoctorFiles;
  /** The loaded config, or the error loading it threw. */
  config: { config: Config; description: string } | { error: unknown };
  /** Undefined without a token: the GitHub checks are skipped and `token` fails. */
  gh: GitHubClient | undefined;
  /** The App id required-check is pinned to (--app-id, protection.app_id or APP_ID), if known. */
  appId: number | undefined;
  /** `token` unless said. */
  runner?: DoctorRunner;
}

const fail = (id: DoctorCheck["id"], detail: string, fix: string): DoctorCheck => ({
  id,
  status: "fail",
  detail,
  fix,
});
const pass = (id: DoctorCheck["id"], detail: string): DoctorCheck => ({
  id,
  status: "pass",
  detail,
});
const skip = (id: DoctorCheck["id"], detail: string): DoctorCheck => ({
  id,
  status: "skip",
  detail,
});

/** A checkout's files (the CLI's working directory). */
export function checkoutFiles(cwd: string): DoctorFiles {
  return {
    async read(path) {
      try {
        return await readFile(join(cwd, path), "utf8");
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
        throw error;
      }
    },
    async yaml(folder) {
      let names: string[];
      try {
        names = await readdir(join(cwd, folder));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return new Map();
        throw error;
      }
      const files = new Map<string, string>();
      for (const name of names.filter((n) => /\.ya?ml$/.test(n)).sort()) {
        files.set(`${folder}/${name}`, await readFile(join(cwd, folder, name), "utf8"));
      }
      return files;
    },
  };
}

/**
 * The files of one commit, read through the API (the App). A folder's YAML
 * files are read one request each, at most `DOCTOR_FOLDER_FILES` of them:
 * past that the folder's listing fails the doctor rather than reading it in part.
 */
export function repositoryFiles(gh: GitHubClient, sha: string): DoctorFiles {
  const read = async (path: string) => {
    const answer = await gh.getRawFile(path, sha);
    return answer.kind === "found" ? answer.text : undefined;
  };
  return {
    read,
    async yaml(folder) {
      const listing = await gh.listFolder(folder, sha);
      if (listing.kind !== "folder") return new Map();
      const names = listing.entries.filter((n) => /\.ya?ml$/.test(n)).sort();
      if (names.length > DOCTOR_FOLDER_FILES) {
        throw new Error(
          `${folder} has ${names.length} YAML files, more than the ${DOCTOR_FOLDER_FILES} the App reads; run pilot-gate doctor in a checkout instead`,
        );
      }
      const files = new Map<string, string>();
      for (const name of names) {
        const text = await read(`${folder}/${name}`);
        if (text !== undefined) files.set(`${folder}/${name}`, text);
      }
      return files;
    },
  };
}

/**
 * Runs every preflight check (core/doctor.ts lists them) and returns one
 * result each, in order. A check that needs what an earlier one found
 * missing is skipped, never passed. GitHub failures (a token without the
 * permission, say) fail their own check with the reason, and the others go on.
 */
export async function runDoctor(input: DoctorInput): Promise<DoctorCheck[]> {
  const { files, gh } = input;
  const runner = input.runner ?? "token";
  const checks: DoctorCheck[] = [];
  const loaded = "config" in input.config ? input.config : undefined;
  if (loaded) {
    checks.push(pass("config", `${loaded.description} is valid`));
  } else {
    const error = (input.config as { error: unknown }).error;
    const detail =
      error instanceof ConfigError
        ? `${error.file} has ${error.issues.length} problem(s), first: ${error.issues[0]?.message ?? error.message}`
        : failureReason(error);
    checks.push(
      fail("config", detail, `pilot-gate config validate lists each problem with its line`),
    );
  }
  const config = loaded?.config;
  const workflows = await files.yaml(WORKFLOWS);

  if (!gh) {
    checks.push(
      fail(
        "token",
        "GITHUB_TOKEN is not set, so nothing on GitHub can be checked",
        "export GITHUB_TOKEN=$(gh auth token) (an admin's token: protection and secrets need it)",
      ),
    );
  } else {
    checks.push(runner === "app" ? await installationCheck(gh) : await tokenCheck(gh));
  }
  const github = gh && checks.at(-1)?.status === "pass" ? gh : undefined;
  const needs = (id: DoctorCheck["id"], what: string): DoctorCheck | undefined =>
    !config
      ? skip(id, `needs a valid ${CONFIG_PATH}`)
      : !github && what === "github"
        ? skip(id, "needs a token that can read the repository")
        : undefined;

  checks.push(
    needs("protection", "github") ??
      (await protectionCheck(github as GitHubClient, config as Config, input.appId)),
  );
  checks.push(
    needs("labels", "github") ?? (await labelsCheck(github as GitHubClient, config as Config)),
  );
  checks.push(needs("issue-forms", "local") ?? (await formsCheck(files, config as Config)));
  checks.push(workflowsCheck(workflows));
  checks.push(
    !github
      ? skip("secrets", "needs a token that can read the repository")
      : await secretsCheck(github, workflows, runner),
  );
  checks.push(needs("signing-keys", "local") ?? (await keysCheck(files, config as Config)));
  checks.push(needs("pilot-manifest", "local") ?? (await manifestCheck(files, config as Config)));
  return checks;
}

async function tokenCheck(gh: GitHubClient): Promise<DoctorCheck> {
  const where = `${gh.repo.owner}/${gh.repo.repo}`;
  try {
    const { permissions } = await gh.getRepositoryAccess();
    if (!permissions.includes("admin")) {
      return fail(
        "token",
        `the token reads ${where} but is no admin's (${permissions.join(", ") || "no permissions"}), so protection and secrets cannot be read`,
        "use an admin's token, or a fine-grained token with Administration: Read and Secrets: Read",
      );
    }
    return pass("token", `the token reads ${where} as an admin`);
  } catch (error) {
    return fail(
      "token",
      `the token cannot read ${where}: ${failureReason(error)}`,
      "check --repo, and that the token has access to the repository (Metadata: Read)",
    );
  }
}

const ACCESS_RANK: Record<Access, number> = { read: 1, write: 2 };

/**
 * The App's side of "installed, with enough access": the permissions its
 * installation was granted against those app.yml asks for. An owner must
 * accept a new permission before the installation gets it, so the two can
 * differ for as long as nobody does.
 */
async function installationCheck(gh: GitHubClient): Promise<DoctorCheck> {
  const where = `${gh.repo.owner}/${gh.repo.repo}`;
  try {
    const granted = await gh.installationPermissions();
    const missing = (Object.entries(requiredPermissions()) as [PermissionName, Access][])
      .filter(([name, access]) => {
        const has = granted[name] as Access | undefined;
        return has === undefined || (ACCESS_RANK[has] ?? 0) < ACCESS_RANK[access];
      })
      .map(([name, access]) => `${name}: ${access}`);
    if (missing.length === 0) {
      return pass("token", `the App is installed on ${where} with every permission it asks for`);
    }
    return fail(
      "token",
      `the App's installation on ${where} lacks ${missing.join(", ")}`,
      `an owner of ${gh.repo.owner} accepts the App's pending permission request (Settings, GitHub Apps, pilot-gate, Review request)`,
    );
  } catch (error) {
    return fail(
      "token",
      `the App cannot read its installation's permissions: ${failureReason(error)}`,
      "re-run the doctor; if it persists, reinstall the App on the repository",
    );
  }
}

async function protectionCheck(
  gh: GitHubClient,
  config: Config,
  appId: number | undefined,
): Promise<DoctorCheck> {
  if (appId === undefined) {
    return fail(
      "protection",
      "the App's id is unknown, so the required check cannot be compared",
      "pass --app-id <id>, or set protection.app_id in the config",
    );
  }
  try {
    const desired = desiredProtection(config.protection, config.check.name, appId);
    const plan = planProtection(desired, await gh.readProtection(desired));
    const off = plan.branches.filter((branch) => branch.status !== "Applied");
    if (off.length === 0) {
      return pass("protection", `Applied on ${plan.branches.map((b) => b.branch).join(", ")}`);
    }
    return fail(
      "protection",
      off.map((branch) => `${branch.branch}: ${branch.status}`).join(", "),
      "pilot-gate protection sync (pilot-gate protection plan shows each difference)",
    );
  } catch (error) {
    return fail("protection", `could not be read: ${failureReason(error)}`, "use an admin's token");
  }
}

async function labelsCheck(gh: GitHubClient, config: Config): Promise<DoctorCheck> {
  const wanted = requiredLabels(config);
  try {
    const existing = await gh.listLabels();
    const missing = wanted.filter((label) => !hasAny([label], existing));
    if (missing.length === 0) return pass("labels", `${wanted.join(", ")} exist`);
    return fail(
      "labels",
      `missing ${missing.join(", ")}`,
      missing.map((label) => `gh label create ${JSON.stringify(label)}`).join("; "),
    );
  } catch (error) {
    return fail(
      "labels",
      `could not be listed: ${failureReason(error)}`,
      "a token with Issues: Read",
    );
  }
}

/**
 * With the incident protocol on, there must be a form to report incidents
 * (named for them, or applying a severity label: the label is often left
 * to triage, since it starts the SLA clocks) and one that opens blocked
 * items (applying the blocked label), so people file them with the fields
 * the App reads.
 */
async function formsCheck(files: DoctorFiles, config: Config): Promise<DoctorCheck> {
  const settings = config.incidents;
  if (!settings.enabled) return pass("issue-forms", "not needed: incidents.enabled is off");
  const forms = [...(await files.yaml(FORMS)).values()].flatMap((text) => {
    const form = readIssueForm(text);
    return form ? [form] : [];
  });
  const severities = Object.values(settings.severity_labels).flat();
  const missing = [
    ...(forms.some((form) => /incident/i.test(form.name) || hasAny(form.labels, severities))
      ? []
      : ["an incident form"]),
    ...(forms.some((form) => hasAny(form.labels, [settings.blocked.label]))
      ? []
      : [`a blocked-item form (labels: [${settings.blocked.label}])`]),
  ];
  if (missing.length === 0) {
    return pass("issue-forms", `incident and blocked-item forms in ${FORMS}`);
  }
  return fail(
    "issue-forms",
    `${FORMS} has no ${missing.join(", and no ")}`,
    "copy .github/ISSUE_TEMPLATE/incident.yml and blocked.yml from pilot-gate's repository",
  );
}

function workflowsCheck(workflows: ReadonlyMap<string, string>): DoctorCheck {
  if (workflows.size === 0) {
    return fail(
      "workflows",
      `no workflow in ${WORKFLOWS}`,
      "add the pilot-gate workflows (pilot-gate.yml, release.yml, incidents-sweep.yml) from pilot-gate's repository",
    );
  }
  const unpinned = [...workflows].flatMap(([path, text]) =>
    unpinnedUses(text).map((use) => `${path}:${use.line} ${use.uses}`),
  );
  if (unpinned.length === 0) {
    return pass("workflows", `${workflows.size} workflow(s), every action pinned by commit SHA`);
  }
  return fail(
    "workflows",
    `not pinned by commit SHA: ${unpinned.join(", ")}`,
    "pin each to a full commit SHA, e.g. uses: actions/checkout@<40-hex sha> # v4",
  );
}

async function secretsCheck(
  gh: GitHubClient,
  workflows: ReadonlyMap<string, string>,
  runner: DoctorRunner,
): Promise<DoctorCheck> {
  const used = [...new Set([...workflows.values()].flatMap(secretsUsed))].sort();
  if (used.length === 0) return pass("secrets", "no workflow reads a secret");
  if (runner === "app") {
    // app.yml grants no secrets permission, and must not for this: only names are
    // wanted, and a person's token can show them.
    return {
      id: "secrets",
      status: "unchecked",
      detail: `the workflows read ${used.join(", ")}; not checked by the App: run pilot-gate doctor with a token`,
      fix: `GITHUB_TOKEN=$(gh auth token) pilot-gate doctor --repo ${gh.repo.owner}/${gh.repo.repo}`,
    };
  }
  try {
    const existing = await gh.listSecretNames();
    const missing = used.filter((name) => !existing.includes(name));
    if (missing.length === 0) return pass("secrets", `${used.join(", ")} are set`);
    return fail(
      "secrets",
      `the workflows read ${missing.join(", ")}, which are not set for this repository or shared by its organisation`,
      missing.map((name) => `gh secret set ${name}`).join("; "),
    );
  } catch (error) {
    return fail(
      "secrets",
      `could not be listed: ${failureReason(error)}`,
      "an admin's token, or a fine-grained token with Secrets: Read",
    );
  }
}

/** readiness.evidence_keys: each an Ed25519 public key in the checkout, or pilot-gate/readiness fails. */
async function keysCheck(files: DoctorFiles, config: Config): Promise<DoctorCheck> {
  const paths = config.readiness.evidence_keys;
  if (paths.length === 0) {
    return fail(
      "signing-keys",
      "readiness.evidence_keys lists no public key, so the App fails every pilot-gate/readiness check",
      "commit the Ed25519 public key of PILOT_GATE_SIGNING_KEY and list its path under readiness.evidence_keys",
    );
  }
  const problems: string[] = [];
  for (const path of paths) {
    const text = await files.read(path);
    if (text === undefined) {
      problems.push(`${path} does not exist`);
      continue;
    }
    try {
      const key = createPublicKey(text);
      if (key.asymmetricKeyType !== "ed25519") {
        problems.push(`${path} is a ${key.asymmetricKeyType} key, not Ed25519`);
      }
    } catch {
      problems.push(`${path} is not a PEM public key`);
    }
  }
  if (problems.length === 0)
    return pass("signing-keys", `${paths.join(", ")}: Ed25519 public key(s)`);
  return fail(
    "signing-keys",
    problems.join(", "),
    "openssl pkey -in signing.pem -pubout > <path>, for each path under readiness.evidence_keys",
  );
}

async function manifestCheck(files: DoctorFiles, config: Config): Promise<DoctorCheck> {
  const path = config.readiness.manifest;
  const text = await files.read(path);
  if (text === undefined) {
    return fail(
      "pilot-manifest",
      `${path} does not exist`,
      "pilot-gate pilot start --name <name> writes a template to fill in",
    );
  }
  try {
    const manifest = parsePilotManifest(text, path);
    return pass("pilot-manifest", `${path} is valid (${manifest.clients.length} client(s))`);
  } catch (error) {
    if (error instanceof InputFileError) {
      const first = error.issues[0];
      return fail(
        "pilot-manifest",
        `${path} has ${error.issues.length} problem(s), first: ${first ? `${first.path ? `${first.path}: ` : ""}${first.message}` : error.message}`,
        `fix ${path}; pilot-gate pilot start --name <name> --dir <empty dir> writes a valid template to compare with`,
      );
    }
    throw error;
  }
}
