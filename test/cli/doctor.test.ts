import { generateKeyPairSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import { parseConfig } from "../../core/index.js";
import { defaultProtectionConfig, desiredProtection } from "../../core/protection/index.js";
import { GitHubMock, OWNER, REPO, REPO_PATH, useGitHubMock } from "../app/helpers/github.js";
import { classicResponse } from "../app/helpers/protection.js";
import { healthyDoctorFiles } from "../helpers/doctor.js";
import { run, STACK_LINE, tempDir, writeFiles } from "./helpers.js";

// Every request the doctor makes is checked against GitHub's OpenAPI description.
useGitHubMock();

const APP = 123;
const ENV = { GITHUB_TOKEN: "ghp_test", PILOT_GATE_NO_RETRY: "1" };
const SHA = "b4ffde65f46336ab88eb53be808477a3936bae11";
const CONFIG = `protection:
  app_id: ${APP}
incidents:
  enabled: true
readiness:
  evidence_keys: [keys/evidence.pub.pem]
`;
const REQUIRED = [
  "NO_MERGE",
  "P0",
  "critical",
  "P1",
  "high",
  "P2",
  "medium",
  "pilot-gate:freeze",
  "blocked",
  "needs-info",
];
const doctor = (...extra: string[]) => ["doctor", "--repo", `${OWNER}/${REPO}`, ...extra];

const publicKey = generateKeyPairSync("ed25519").publicKey.export({
  type: "spki",
  format: "pem",
}) as string;

function workflow(uses: string): string {
  return [
    "on: workflow_dispatch",
    "permissions:",
    "  contents: read",
    "jobs:",
    "  release:",
    "    runs-on: ubuntu-latest",
    "    steps:",
    `      - uses: ${uses}`,
    "        with:",
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression, not a JavaScript template
    "          signing-key: ${{ secrets.PILOT_GATE_SIGNING_KEY }}",
    "",
  ].join("\n");
}

/** A checkout every local check passes in. */
async function healthyCheckout(): Promise<string> {
  const dir = await tempDir();
  await writeFiles(dir, {
    ".github/pilot-gate.yml": CONFIG,
    ".github/workflows/release.yml": workflow(`actions/checkout@${SHA}`),
    ...(await healthyDoctorFiles(publicKey)),
  });
  return dir;
}

/** GitHub as an admin's token reads it: `labels` and `secrets` exist, protection as given. */
function repository(
  gh: GitHubMock,
  options: { admin?: boolean; labels?: string[]; secrets?: string[]; protected?: boolean } = {},
) {
  gh.scope.get(REPO_PATH).reply(200, {
    id: 1296269,
    name: REPO,
    full_name: `${OWNER}/${REPO}`,
    default_branch: "main",
    permissions: {
      admin: options.admin ?? true,
      maintain: true,
      push: true,
      triage: true,
      pull: true,
    },
  });
  if (options.admin === false) return;
  const settings = desiredProtection(
    parseConfig(CONFIG).protection,
    "required-check",
    APP,
  ).settings;
  for (const branch of defaultProtectionConfig().branches) {
    if (options.protected === false) gh.protection(branch, "unprotected");
    else gh.protection(branch, { body: classicResponse(settings, branch) });
  }
  gh.labels(options.labels ?? REQUIRED);
  const secret = (name: string) => ({
    name,
    created_at: "2024-01-01T00:00:00Z",
    updated_at: "2024-01-01T00:00:00Z",
  });
  const names = options.secrets ?? ["PILOT_GATE_SIGNING_KEY"];
  gh.scope
    .get(`${REPO_PATH}/actions/secrets`)
    .query({ per_page: "100" })
    .reply(200, { total_count: names.length, secrets: names.map(secret) });
  gh.scope
    .get(`${REPO_PATH}/actions/organization-secrets`)
    .query({ per_page: "100" })
    .reply(200, { total_count: 0, secrets: [] });
}

describe("pilot-gate doctor", () => {
  it("passes every check of a ready repository, one line each, and exits 0", async () => {
    const cwd = await healthyCheckout();
    repository(new GitHubMock());
    const result = await run(doctor(), { cwd, env: ENV });
    expect(result.stderr).toBe("");
    const lines = result.stdout.trim().split("\n");
    expect(lines.slice(0, -1).map((line) => line.slice(0, 4))).toEqual(Array(9).fill("ok  "));
    expect(lines.at(-1)).toBe("doctor: every check passed.");
    expect(result.code).toBe(0);
  });

  it("fails what is missing, each with its fix, and exits 1", async () => {
    const cwd = await healthyCheckout();
    await writeFiles(cwd, {
      ".github/workflows/release.yml": workflow("actions/checkout@v4"),
      "keys/evidence.pub.pem": generateKeyPairSync("ec", { namedCurve: "P-256" }).publicKey.export({
        type: "spki",
        format: "pem",
      }) as string,
      "pilot.yml": "name: x\nclients: 3\n",
      ".github/ISSUE_TEMPLATE/blocked.yml": "name: Blocked\nbody: []\n",
    });
    repository(new GitHubMock(), { labels: ["NO_MERGE", "P0"], secrets: [], protected: false });
    const result = await run(doctor("--json"), { cwd, env: ENV });
    const byId = Object.fromEntries(
      (
        JSON.parse(result.stdout).checks as {
          id: string;
          status: string;
          detail: string;
          fix?: string;
        }[]
      ).map((check) => [check.id, check]),
    );
    expect(result.code).toBe(1);
    expect(byId.config?.status).toBe("pass");
    expect(byId.token?.status).toBe("pass");
    expect(byId.protection).toMatchObject({
      status: "fail",
      fix: expect.stringContaining("pilot-gate protection sync"),
    });
    expect(byId.labels).toMatchObject({
      status: "fail",
      fix: expect.stringContaining('gh label create "pilot-gate:freeze"'),
    });
    expect(byId.labels?.detail).not.toContain("P0,");
    expect(byId["issue-forms"]).toMatchObject({
      status: "fail",
      detail: expect.stringContaining("no a blocked-item form"),
    });
    expect(byId.workflows).toMatchObject({
      status: "fail",
      detail: expect.stringContaining(".github/workflows/release.yml:8 actions/checkout@v4"),
    });
    expect(byId.secrets).toMatchObject({
      status: "fail",
      fix: "gh secret set PILOT_GATE_SIGNING_KEY",
    });
    expect(byId["signing-keys"]).toMatchObject({
      status: "fail",
      detail: "keys/evidence.pub.pem is a ec key, not Ed25519",
    });
    expect(byId["pilot-manifest"]).toMatchObject({
      status: "fail",
      detail: expect.stringContaining("pilot.yml has"),
    });
  });

  it("without a token fails that check, skips what needs GitHub, and makes no request", async () => {
    const cwd = await healthyCheckout();
    const result = await run(doctor(), { cwd, env: {} });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /^FAIL token +GITHUB_TOKEN is not set.*; fix: export GITHUB_TOKEN/m,
    );
    for (const id of ["protection", "labels", "secrets"]) {
      expect(result.stdout).toMatch(new RegExp(`^skip ${id} `, "m"));
    }
    expect(result.stdout).toMatch(/^ok {3}workflows /m);
  });

  it("a token that is not an admin's fails, and the checks that need one are skipped", async () => {
    const cwd = await healthyCheckout();
    repository(new GitHubMock(), { admin: false });
    const result = await run(doctor(), { cwd, env: ENV });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /^FAIL token +the token reads Codertocat\/Hello-World but is no admin's \(maintain, push, triage, pull\)/m,
    );
    expect(result.stdout).toMatch(/^skip protection /m);
  });

  it("an invalid config is the first failure, and the checks that read it are skipped", async () => {
    const cwd = await healthyCheckout();
    await writeFiles(cwd, { ".github/pilot-gate.yml": "incidents:\n  enabled: maybe\n" });
    const result = await run(doctor(), { cwd, env: {} });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /^FAIL config +\.github\/pilot-gate\.yml has 1 problem\(s\).*; fix: pilot-gate config validate/m,
    );
    for (const id of ["issue-forms", "signing-keys", "pilot-manifest"]) {
      expect(result.stdout).toMatch(new RegExp(`^skip ${id} +needs a valid`, "m"));
    }
    expect(result.stdout).not.toMatch(STACK_LINE);
  });

  it("a malformed --app-id is a usage error", async () => {
    const cwd = await healthyCheckout();
    const result = await run(doctor("--app-id", "abc"), { cwd, env: {} });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--app-id "abc" is not an App id/);
  });
});
