import { describe, expect, it } from "vitest";
import {
  DOCTOR_CHECK_NAME,
  hiddenDoctorRecord,
  readDoctorRecord,
  requiredLabels,
} from "../../core/doctor.js";
import { parseConfig } from "../../core/index.js";
import { defaultProtectionConfig, desiredProtection } from "../../core/protection/index.js";
import { requiredPermissions } from "../../github/permissions.js";
import { healthyDoctorFiles } from "../helpers/doctor.js";
import { INVALID_CONFIG } from "./helpers/configs.js";
import { ed25519Key } from "./helpers/evidence.js";
import {
  APP_ID,
  type Captured,
  type CheckRunBody,
  countRequests,
  GitHubMock,
  INSTALLATION_ID,
  REPO_PATH,
  recorded,
  useGitHubMock,
} from "./helpers/github.js";
import { checkRunEvent, issueCommentEvent } from "./helpers/payloads.js";
import { createTestApp, NOW } from "./helpers/probot.js";
import { classicResponse } from "./helpers/protection.js";

useGitHubMock();

// biome-ignore lint/suspicious/noExplicitAny: example payloads are untyped JSON.
type Json = any;

const HEAD = "d4".repeat(20);
const SHA = "b4ffde65f46336ab88eb53be808477a3936bae11";
const CONFIG = `incidents:
  enabled: true
readiness:
  evidence_keys: [keys/evidence.pub.pem]
`;
// The CLI's test lists them by hand; here the App is held to the same list.
const REQUIRED_LABELS = requiredLabels(parseConfig(CONFIG));
const publicKey = ed25519Key().publicPem;

function workflow(uses: string, secret = true): string {
  return [
    "on: workflow_dispatch",
    "jobs:",
    "  release:",
    "    runs-on: ubuntu-latest",
    "    steps:",
    `      - uses: ${uses}`,
    ...(secret
      ? [
          "        with:",
          // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression, not a JavaScript template
          "          signing-key: ${{ secrets.PILOT_GATE_SIGNING_KEY }}",
        ]
      : []),
    "",
  ].join("\n");
}

/** The installation token, carrying the permissions the installation was granted. */
function token(gh: GitHubMock, permissions: Record<string, string> = requiredPermissions()) {
  gh.scope
    .post(`/app/installations/${INSTALLATION_ID}/access_tokens`)
    .reply(201, { token: "ghs_test", expires_at: "2099-01-01T00:00:00Z", permissions });
}

/** The App under test and GitHub as it answers, the installation token first. */
async function start(permissions?: Record<string, string>) {
  const app = await createTestApp();
  const gh = new GitHubMock();
  token(gh, permissions);
  return { app, gh };
}

/** This App's latest pilot-gate/doctor run on the head, as GitHub lists it. */
function latestDoctorRun(gh: GitHubMock, run?: { id: number; completedAt: string; text: string }) {
  gh.scope
    .get(`${REPO_PATH}/commits/${HEAD}/check-runs`)
    .query({
      check_name: DOCTOR_CHECK_NAME,
      app_id: String(APP_ID),
      filter: "latest",
      per_page: "100",
    })
    .reply(200, {
      total_count: run ? 1 : 0,
      check_runs: run
        ? [
            {
              id: run.id,
              name: DOCTOR_CHECK_NAME,
              head_sha: HEAD,
              status: "completed",
              conclusion: "success",
              html_url: `https://github.com/Codertocat/Hello-World/runs/${run.id}`,
              started_at: run.completedAt,
              completed_at: run.completedAt,
              app: { id: APP_ID, slug: "pilot-gate" },
              output: { title: "t", summary: "s", text: run.text, annotations_count: 0 },
            },
          ]
        : [],
    });
}

interface Repository {
  files?: Record<string, string>;
  labels?: string[];
  protected?: boolean;
}

/** A default branch every file check passes on. */
async function healthyFiles(): Promise<Record<string, string>> {
  return {
    ".github/workflows/release.yml": workflow(`actions/checkout@${SHA}`, false),
    ...(await healthyDoctorFiles(publicKey)),
  };
}

/** The default branch's files, labels and protection as the App reads them. */
async function repository(gh: GitHubMock, options: Repository = {}) {
  const files: Record<string, string> = { ...(await healthyFiles()), ...options.files };
  for (const folder of [".github/workflows", ".github/ISSUE_TEMPLATE"]) {
    const names = Object.keys(files)
      .filter((path) => path.startsWith(`${folder}/`))
      .map((path) => path.slice(folder.length + 1));
    gh.folder(folder, HEAD, names);
  }
  for (const [path, text] of Object.entries(files)) gh.rawFile(path, HEAD, text);
  const settings = desiredProtection(
    parseConfig(CONFIG).protection,
    "required-check",
    APP_ID,
  ).settings;
  for (const branch of defaultProtectionConfig().branches) {
    if (options.protected === false) gh.protection(branch, "unprotected");
    else gh.protection(branch, { body: classicResponse(settings, branch) });
  }
  gh.labels(options.labels ?? REQUIRED_LABELS);
}

function comments(gh: GitHubMock, issue: number, listed: Json[] = []) {
  gh.scope
    .get(`${REPO_PATH}/issues/${issue}/comments`)
    .query({ per_page: "100" })
    .reply(200, listed);
}

function doctorComment(options: { login?: string; commentId?: number } = {}): Json {
  return issueCommentEvent("Before the pilot:\n/pilot-gate doctor\n", {
    number: 5,
    onPullRequest: false,
    login: options.login ?? "maintainer-mia",
    commentId: options.commentId ?? 777,
    createdAt: "2024-05-01T11:59:30Z",
  });
}

/** The reads of an allowed comment, up to the doctor itself. */
function commentReads(gh: GitHubMock, role = "maintain") {
  gh.config(CONFIG);
  comments(gh, 5);
  gh.permission("maintainer-mia", role);
  gh.branchHead("master", HEAD);
}

const bodyOf = (captured: Captured) => captured.body as CheckRunBody & { head_sha: string };
/** The posted check, and its summary's row for a check id. */
function posted(check: Captured) {
  const body = bodyOf(check);
  const row = (id: string) =>
    body.output.summary.split("\n").find((line) => line.startsWith(`| \`${id}\``));
  return { ...body, row };
}

const replyOf = (captured: Captured) => (captured.body as { body: string }).body;

describe("the pilot-gate/doctor check on demand", () => {
  it("a /pilot-gate doctor comment posts a successful check on the default branch's head when every check passes, and replies with its link", async () => {
    const { app, gh } = await start();
    commentReads(gh);
    latestDoctorRun(gh);
    await repository(gh);
    const check = gh.createCheckRun(4242);
    const reply = gh.comment(5);

    await app.receive("issue_comment", doctorComment());

    const body = bodyOf(check);
    expect(body).toMatchObject({
      name: DOCTOR_CHECK_NAME,
      head_sha: HEAD,
      status: "completed",
      conclusion: "success",
      completed_at: NOW.toISOString(),
    });
    expect(body.output.title).toBe("All 9 checks passed");
    expect(body.output.summary.match(/\| passed \|/g)).toHaveLength(9);
    expect(readDoctorRecord(body.output.text ?? "")).toEqual({ request: "comment:777" });
    const text = replyOf(reply);
    expect(text).toContain(
      "[`pilot-gate/doctor` check](https://github.com/Codertocat/Hello-World/runs/4242)",
    );
    expect(text).toContain("**success**");
    expect(readDoctorRecord(text)).toEqual({ request: "comment:777" });
    expect(app.logged(50)).toEqual([]);
    // What one request costs the installation's hourly budget, here with 3 YAML files and 2 protected branches.
    expect(countRequests().total).toBe(19);
  });

  it("fails with each failing check's fix, and reports the secrets the App cannot read as not checked, not passed", async () => {
    const { app, gh } = await start();
    commentReads(gh);
    latestDoctorRun(gh);
    await repository(gh, {
      labels: ["NO_MERGE"],
      files: {
        ".github/workflows/release.yml": workflow("actions/checkout@v4"),
        "pilot.yml": "name: x\nclients: 3\n",
      },
    });
    const check = gh.createCheckRun(4243);
    const reply = gh.comment(5);

    await app.receive("issue_comment", doctorComment());

    const { conclusion, output, row } = posted(check);
    expect(conclusion).toBe("failure");
    expect(output.title).toBe("3 failed, 1 not checked by the App of 9 checks");
    expect(row("labels")).toContain("**failed**");
    expect(row("labels")).toContain('gh label create "pilot-gate:freeze"');
    // Escaped: an @ in repository text can mention no one.
    expect(row("workflows")).toContain(".github/workflows/release.yml:6 actions/checkout@\u200bv4");
    expect(row("workflows")).toContain("pin each to a full commit SHA");
    expect(row("pilot-manifest")).toContain("**failed**");
    expect(row("secrets")).toContain("**not checked by the App**");
    expect(row("secrets")).toContain("not checked by the App: run pilot-gate doctor with a token");
    expect(row("secrets")).toContain("pilot-gate doctor --repo Codertocat/Hello-World");
    expect(replyOf(reply)).toContain("**failure**");
  });

  it("an installation without every permission app.yml asks for fails, and the checks that need GitHub are skipped", async () => {
    const { app, gh } = await start({ ...requiredPermissions(), administration: "read" });
    commentReads(gh);
    latestDoctorRun(gh);
    for (const [path, text] of Object.entries(await healthyFiles())) {
      if (path.startsWith(".github/")) continue;
      gh.rawFile(path, HEAD, text);
    }
    gh.folder(".github/workflows", HEAD, []);
    gh.folder(".github/ISSUE_TEMPLATE", HEAD, null);
    const check = gh.createCheckRun(4247);
    gh.comment(5);

    await app.receive("issue_comment", doctorComment());

    const { conclusion, row } = posted(check);
    expect(conclusion).toBe("failure");
    expect(row("token")).toContain("lacks administration: write");
    expect(row("token")).toContain("accepts the App's pending permission request");
    expect(row("protection")).toContain("**skipped**");
    expect(row("labels")).toContain("**skipped**");
  });

  it("only unreadable secrets still fail the check: not checked is not passed", async () => {
    const { app, gh } = await start();
    commentReads(gh);
    latestDoctorRun(gh);
    await repository(gh, {
      files: { ".github/workflows/release.yml": workflow(`actions/checkout@${SHA}`) },
    });
    const check = gh.createCheckRun(4244);
    gh.comment(5);

    await app.receive("issue_comment", doctorComment());

    expect(bodyOf(check).conclusion).toBe("failure");
    expect(bodyOf(check).output.title).toBe("1 not checked by the App of 9 checks");
  });

  it("an error mid-way ends the check as a failure with the message, never in progress", async () => {
    const { app, gh } = await start();
    commentReads(gh);
    latestDoctorRun(gh);
    gh.folder(".github/workflows", HEAD, ["release.yml"]);
    gh.fail("GET", `${REPO_PATH}/contents/${encodeURIComponent(".github/workflows/release.yml")}`, {
      status: 500,
      message: "Server Error",
    });
    const check = gh.createCheckRun(4245);
    gh.comment(5);

    await app.receive("issue_comment", doctorComment());

    const body = bodyOf(check);
    expect(body.status).toBe("completed");
    expect(body.conclusion).toBe("failure");
    expect(body.output.title).toBe("The preflight could not finish");
    expect(body.output.summary).toContain("GitHub answered 500");
    expect(checkRunWrites()).toBe(1);
  });

  it("a folder with more YAML files than the App reads fails the check instead of reading it in part", async () => {
    const { app, gh } = await start();
    commentReads(gh);
    latestDoctorRun(gh);
    gh.folder(
      ".github/workflows",
      HEAD,
      Array.from({ length: 51 }, (_, i) => `w${i}.yml`),
    );
    const check = gh.createCheckRun(4249);
    gh.comment(5);

    await app.receive("issue_comment", doctorComment());

    const { conclusion, output } = posted(check);
    expect(conclusion).toBe("failure");
    expect(output.summary).toContain(
      ".github/workflows has 51 YAML files, more than the 50 the App reads",
    );
  });

  it("an invalid config is the first failure, judged under the default permission rules, and the checks that read it are skipped", async () => {
    const { app, gh } = await start();
    gh.config(INVALID_CONFIG);
    comments(gh, 5);
    gh.permission("maintainer-mia", "maintain");
    gh.branchHead("master", HEAD);
    latestDoctorRun(gh);
    gh.folder(".github/workflows", HEAD, []);
    const check = gh.createCheckRun(4248);
    gh.comment(5);

    await app.receive("issue_comment", doctorComment());

    const { conclusion, row } = posted(check);
    expect(conclusion).toBe("failure");
    expect(row("config")).toContain("**failed**");
    expect(row("config")).toContain("pilot-gate config validate");
    for (const id of ["protection", "labels", "issue-forms", "signing-keys", "pilot-manifest"]) {
      expect(row(id), id).toContain("**skipped**");
    }
  });

  it("when the check cannot be posted, the asker is told why", async () => {
    const { app, gh } = await start();
    commentReads(gh);
    latestDoctorRun(gh);
    await repository(gh);
    gh.createCheckRun(1, 500);
    const reply = gh.comment(5);

    await app.receive("issue_comment", doctorComment());

    expect(replyOf(reply)).toContain("check could not be posted: GitHub answered 500");
    expect(app.logged(50).map((line) => line.msg)).toEqual([
      expect.stringContaining("issue_comment.created failed"),
    ]);
  });

  it("refuses someone without the operator commands' permission, and runs nothing", async () => {
    const { app, gh } = await start();
    gh.config(CONFIG);
    comments(gh, 5);
    gh.permission("outsider-olga", "read");
    const reply = gh.comment(5);

    await app.receive("issue_comment", doctorComment({ login: "outsider-olga" }));

    const text = replyOf(reply);
    expect(text).toContain("`/pilot-gate doctor` needs **maintain** permission or higher");
    expect(text).toContain("you have read");
    expect(readDoctorRecord(text)).toEqual({ request: "comment:777" });
  });

  it("a redelivered comment finds its reply and writes nothing new", async () => {
    const { app, gh } = await start();
    gh.config(CONFIG);
    comments(gh, 5, [
      {
        id: 9001,
        node_id: "IC_1",
        url: "",
        html_url: "",
        body: `@maintainer-mia, the check ...\n${hiddenDoctorRecord("comment:777")}`,
        user: { login: "pilot-gate[bot]", id: 41, type: "Bot" },
        created_at: "2024-05-01T11:59:40Z",
        updated_at: "2024-05-01T11:59:40Z",
        issue_url: "",
        author_association: "NONE",
      },
    ]);

    await app.receive("issue_comment", doctorComment());

    expect(recordedWrites()).toBe(0);
  });

  it("a second request within a minute gets the last run's link and no new run", async () => {
    const { app, gh } = await start();
    commentReads(gh);
    latestDoctorRun(gh, {
      id: 4000,
      completedAt: new Date(NOW.getTime() - 30_000).toISOString(),
      text: hiddenDoctorRecord("comment:600"),
    });
    const reply = gh.comment(5);

    await app.receive("issue_comment", doctorComment());

    const text = replyOf(reply);
    expect(text).toContain("ran less than a minute ago");
    expect(text).toContain("(https://github.com/Codertocat/Hello-World/runs/4000)");
    expect(checkRunWrites()).toBe(0);
  });

  it("a Re-run of the App's own pilot-gate/doctor check runs the doctor again on the default branch's head", async () => {
    const { app, gh } = await start();
    gh.config(CONFIG);
    gh.branchHead("master", HEAD);
    latestDoctorRun(gh, {
      id: 4000,
      completedAt: new Date(NOW.getTime() - 120_000).toISOString(),
      text: hiddenDoctorRecord("comment:600"),
    });
    await repository(gh);
    const check = gh.createCheckRun(4246);
    const event = checkRunEvent("rerequested", { name: DOCTOR_CHECK_NAME, sha: "e5".repeat(20) });

    await app.receive("check_run", event);

    expect(bodyOf(check)).toMatchObject({ head_sha: HEAD, conclusion: "success" });
    expect(readDoctorRecord(bodyOf(check).output.text ?? "")).toEqual({
      request: `rerun:${event.check_run.id}`,
    });
  });

  it("a redelivered Re-run finds the run it made and writes nothing", async () => {
    const { app, gh } = await start();
    gh.config(CONFIG);
    gh.branchHead("master", HEAD);
    const event = checkRunEvent("rerequested", { name: DOCTOR_CHECK_NAME });
    latestDoctorRun(gh, {
      id: 4246,
      completedAt: new Date(NOW.getTime() - 120_000).toISOString(),
      text: hiddenDoctorRecord(`rerun:${event.check_run.id}`),
    });

    await app.receive("check_run", event);

    expect(recordedWrites()).toBe(0);
  });

  it("another app's check of the same name is not re-run, and costs no request", async () => {
    const app = await createTestApp();
    new GitHubMock();

    await app.receive(
      "check_run",
      checkRunEvent("rerequested", { name: DOCTOR_CHECK_NAME, appId: 999 }),
    );

    expect(recordedWrites()).toBe(0);
  });
});

/** The writes this test's event made (check runs, comments), the installation token left out. */
function recordedWrites(): number {
  return recorded.filter(
    (request) => request.method !== "GET" && !request.path.includes("/access_tokens"),
  ).length;
}

/** The check runs this test's event posted or updated. */
function checkRunWrites(): number {
  return recorded.filter(
    (request) => request.method !== "GET" && request.path.includes("/check-runs"),
  ).length;
}
