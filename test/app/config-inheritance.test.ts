import { describe, expect, it } from "vitest";
import { BAD_BODY } from "./helpers/configs.js";
import {
  type CheckRunBody,
  CONFIG_PATH,
  FAILURES,
  type Failure,
  GitHubMock,
  OWNER,
  recorded,
  useGitHubMock,
} from "./helpers/github.js";
import { HEAD_SHA, PR_NUMBER, pullRequestEvent, pushEvent } from "./helpers/payloads.js";
import { createTestApp } from "./helpers/probot.js";

useGitHubMock();

/** A check summary as read on GitHub: Markdown escapes removed. */
const plain = (body: unknown) =>
  (body as CheckRunBody).output.summary.replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, "$1");

/** A config that renames the check, so which file won shows in the check's name. */
const named = (name: string, rest = "") => `check:\n  name: ${name}\n${rest}`;

/** A good PR on a plain file, opened and judged under the config the test sets up. */
async function judge(
  gh: GitHubMock,
  app: Awaited<ReturnType<typeof createTestApp>>,
  { checkName = "required-check", labels = [] }: { checkName?: string; labels?: string[] } = {},
): Promise<CheckRunBody> {
  gh.files(PR_NUMBER, ["src/login.ts"]);
  const created = gh.createCheckRun();
  await app.receive("pull_request", pullRequestEvent("opened", { labels }));
  const check = created.body as CheckRunBody;
  expect(check.name).toBe(checkName);
  return check;
}

/**
 * A PR opened under the config `mock` sets up: the check run posted, and how
 * many files the App asked GitHub for.
 */
async function openedUnder(
  mock: (gh: GitHubMock) => void,
): Promise<{ body: CheckRunBody; summary: string; reads: number | undefined }> {
  const app = await createTestApp();
  const gh = new GitHubMock().token();
  mock(gh);
  const created = gh.createCheckRun();
  await app.receive("pull_request", pullRequestEvent("opened"));
  return {
    body: created.body as CheckRunBody,
    summary: plain(created.body),
    reads: configReads(),
  };
}

/** Reads of config files (any repository's `pilot-gate.yml` or `_extends` target), the PR template aside. */
function configReads(): number {
  return recorded.filter(
    (r) => r.path.includes("/contents/") && !r.path.includes("pull_request_template"),
  ).length;
}

describe("the organisation's .github repository", () => {
  it("gives its config to a repository that has none, read on its default branch", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    const org = gh.config(null, { org: named("org-gate") });

    await judge(gh, app, { checkName: "org-gate" });

    expect(org.calls).toBe(1);
    expect(configReads()).toBe(2);
  });

  it("is not read when the repository has a config, even an empty one", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.config("# nothing changed yet\n");

    await judge(gh, app);

    expect(configReads()).toBe(1);
  });
});

describe("_extends", () => {
  it("inherits another repository's config, the repository's own settings winning", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.config("_extends: base\nrules:\n  no-merge-label:\n    label: STOP\n");
    gh.configFile(
      "base",
      CONFIG_PATH,
      named("base-gate", "rules:\n  no-merge-label:\n    label: HOLD\n"),
    );

    // The base's name holds; its HOLD label does not block: the repository's STOP won.
    const check = await judge(gh, app, { checkName: "base-gate", labels: ["HOLD"] });

    expect(check.conclusion).toBe("success");
    expect(check.output.summary).not.toMatch(/extends|does not follow/);
  });

  it("reads owner/repo:path on that repository's default branch, never at a ref", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.config("_extends: acme/policies:gates/pilot.yml\n");
    const base = gh.configFile("policies", "gates/pilot.yml", named("acme-gate"), {
      owner: "acme",
    });

    await judge(gh, app, { checkName: "acme-gate" });

    expect(base.calls).toBe(1);
  });

  it("follows the organisation's _extends as well", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.config(null, { org: false });
    gh.configFile(".github", CONFIG_PATH, "_extends: policies:base.yml\n");
    gh.configFile("policies", "base.yml", named("policy-gate"));

    await judge(gh, app, { checkName: "policy-gate" });

    expect(configReads()).toBe(3);
  });

  it("is a config error, not the defaults, when the file it names does not exist", async () => {
    const { body, summary } = await openedUnder((gh) => {
      gh.config(named("launch-gate", "_extends: missing-base\n"));
      gh.configFile("missing-base", CONFIG_PATH, null);
    });

    expect(body).toMatchObject({ name: "launch-gate", conclusion: "failure" });
    expect(summary).toContain(
      "Codertocat/Hello-World:.github/pilot-gate.yml:3:11 _extends: `_extends: missing-base` leads to Codertocat/missing-base:.github/pilot-gate.yml, which does not exist or the App cannot read; create it, correct `_extends`, or install the App on that repository",
    );
    expect(body.output.annotations).toEqual([
      expect.objectContaining({ path: CONFIG_PATH, start_line: 3, start_column: 11 }),
    ]);
  });

  it("names the file, line and column of a problem in the file it extends, annotating only this repository's", async () => {
    const { body } = await openedUnder((gh) => {
      gh.config("_extends: base\ncheck:\n  drafs: skip\n");
      gh.configFile("base", CONFIG_PATH, "# org policy\nrules:\n  branch-names: {}\n");
    });

    expect(body.conclusion).toBe("failure");
    expect(body.output.title).toBe("Config error: 2 files have 2 problems");
    expect(body.output.summary).toContain(
      'Codertocat/Hello-World:.github/pilot-gate.yml:3:3 check.drafs: unknown key "drafs"',
    );
    expect(body.output.summary).toContain(
      'Codertocat/base:.github/pilot-gate.yml:3:3 rules.branch-names: unknown rule "branch-names"',
    );
    expect(body.output.annotations?.map((a) => [a.path, a.start_line])).toEqual([[CONFIG_PATH, 3]]);
  });

  it("stops at a loop, naming the chain, without reading a file twice", async () => {
    const { summary, reads } = await openedUnder((gh) => {
      gh.config("_extends: base\n");
      gh.configFile("base", CONFIG_PATH, "# base\n_extends: Hello-World\n");
    });

    expect(summary).toContain(
      "Codertocat/base:.github/pilot-gate.yml:2:11 _extends: `_extends` leads back to a file already read: Codertocat/Hello-World:.github/pilot-gate.yml → Codertocat/base:.github/pilot-gate.yml → Codertocat/Hello-World:.github/pilot-gate.yml;",
    );
    expect(reads).toBe(2);
  });

  it("stops at a file that extends itself, spelt in another case", async () => {
    const { summary } = await openedUnder((gh) => {
      gh.config("_extends: hello-world\n");
    });

    expect(summary).toContain(
      "`_extends` leads back to a file already read: Codertocat/Hello-World:.github/pilot-gate.yml → Codertocat/hello-world:.github/pilot-gate.yml",
    );
    expect(configReads()).toBe(1);
  });

  it(`follows at most 5 links, refusing the 6th without reading it`, async () => {
    const { summary } = await openedUnder((gh) => {
      gh.config("_extends: level-1\n");
      for (let level = 1; level <= 5; level++) {
        gh.configFile(`level-${level}`, CONFIG_PATH, `_extends: level-${level + 1}\n`);
      }
    });

    expect(summary).toContain(
      "Codertocat/level-5:.github/pilot-gate.yml:1:11 _extends: the config extends more than 5 files (Codertocat/Hello-World:.github/pilot-gate.yml → Codertocat/level-1:.github/pilot-gate.yml",
    );
    expect(summary).toContain("→ Codertocat/level-6:.github/pilot-gate.yml)");
    expect(configReads()).toBe(6);
  });

  it("refuses a value that names no repository, at its line", async () => {
    const { summary } = await openedUnder((gh) => {
      gh.config("\n_extends: not a repo\n");
    });

    expect(summary).toContain(
      "Codertocat/Hello-World:.github/pilot-gate.yml:2:11 _extends: `_extends: not a repo` names no repository or file",
    );
  });

  it("bounds each file it reads by the config size limit", async () => {
    const { body } = await openedUnder((gh) => {
      gh.config("_extends: base\n");
      gh.configFile("base", CONFIG_PATH, `# ${"x".repeat(70_000)}\n`);
    });

    expect(body.output.summary).toMatch(
      /Codertocat\/base:\.github\/pilot-gate\.yml the file is 70,003 bytes, over the limit of 65,536 bytes/,
    );
  });

  it("fails closed when a file it extends cannot be read, and no config was read before", async () => {
    const { body } = await openedUnder((gh) => {
      gh.config("_extends: base\n");
      gh.fail(
        "GET",
        `/repos/${OWNER}/base/contents/.github%2Fpilot-gate.yml`,
        FAILURES["500"] as Failure,
      );
    });

    expect(body.output.title).toMatch(
      /^could not evaluate: GitHub answered 500 when the App tried to read Codertocat\/base:\.github\/pilot-gate\.yml on its default branch/,
    );
  });
});

describe("the cached chain", () => {
  /** A PR judged once under `_extends: base` (the cache revalidates on every event), ETags kept. */
  async function judgedUnderChain() {
    const app = await createTestApp({ configCacheSeconds: 0 });
    const gh = new GitHubMock().token();
    gh.config("_extends: base\n", { etag: '"own-1"' });
    gh.configFile("base", CONFIG_PATH, named("base-gate"), { etag: '"base-1"' });
    await judge(gh, app, { checkName: "base-gate" });
    return { app, gh };
  }

  /** The body now fails: the run written before is updated, under the name the config gives. */
  async function editedToFail(app: Awaited<ReturnType<typeof createTestApp>>, gh: GitHubMock) {
    const again = gh.updateCheckRun(1001);
    gh.addLabels(PR_NUMBER);
    await app.receive("pull_request", pullRequestEvent("edited", { body: BAD_BODY }));
    return again;
  }

  it("revalidates every file with its ETag, and a chain of 304s is reused as it was", async () => {
    const { app, gh } = await judgedUnderChain();

    const own = gh.config(null, { ifNoneMatch: '"own-1"' });
    const base = gh.configFile("base", CONFIG_PATH, null, { ifNoneMatch: '"base-1"' });
    const again = await editedToFail(app, gh);

    expect([own.calls, base.calls]).toEqual([1, 1]);
    expect(again.body).toMatchObject({ name: "base-gate" });
  });

  it("reads the chain again when a file it extends changed, and uses the new settings", async () => {
    const { app, gh } = await judgedUnderChain();

    gh.config(null, { ifNoneMatch: '"own-1"' });
    gh.configFile("base", CONFIG_PATH, named("base-gate-v2"), { etag: '"base-2"' });
    // The repository's file answered 304, so its text is read again to compose.
    gh.config("_extends: base\n", { etag: '"own-1"' });
    gh.configFile("base", CONFIG_PATH, named("base-gate-v2"), { etag: '"base-2"' });
    gh.checkRuns(HEAD_SHA, [], "base-gate-v2");
    const again = gh.createCheckRun(1002);
    await app.receive("pull_request", pullRequestEvent("edited"));

    expect(again.body).toMatchObject({ name: "base-gate-v2" });
  });

  it("keeps the last config when a file it extends fails to revalidate, never the defaults", async () => {
    const { app, gh } = await judgedUnderChain();

    gh.config(null, { ifNoneMatch: '"own-1"' });
    gh.fail(
      "GET",
      `/repos/${OWNER}/base/contents/.github%2Fpilot-gate.yml`,
      FAILURES["500"] as Failure,
    );
    const again = await editedToFail(app, gh);

    expect(again.body).toMatchObject({ name: "base-gate" });
    expect(app.logged(40).map((line) => line.msg)).toContainEqual(
      expect.stringMatching(/could not revalidate \.github\/pilot-gate\.yml; using the copy read/),
    );
  });

  it("is dropped when a push changes a file the chain read in another repository", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.config("_extends: policies:base.yml\n", { etag: '"own-1"' });
    gh.configFile("policies", "base.yml", named("policy-gate"), { etag: '"base-1"' });
    await judge(gh, app, { checkName: "policy-gate" });

    // Another file of that repository: the cache (young) stays. (The push
    // itself reads that repository's own config, and its organisation's, to
    // tell whether the pushed branch is protected; the second push finds it cached.)
    gh.configFile("policies", CONFIG_PATH, null, { ref: "master" });
    gh.configFile(".github", CONFIG_PATH, null);
    const elsewhere = pushEvent({ modified: ["README.md"] });
    elsewhere.repository.name = "policies";
    await app.receive("push", elsewhere);
    const push = pushEvent({ modified: ["base.yml"] });
    push.repository.name = "policies";
    await app.receive("push", push);

    // Read afresh, without ETags: the cache entry is gone.
    const own = gh.config("_extends: policies:base.yml\n");
    gh.configFile("policies", "base.yml", named("policy-gate-v2"));
    gh.checkRuns(HEAD_SHA, [], "policy-gate-v2");
    const again = gh.createCheckRun(1002);
    await app.receive("pull_request", pullRequestEvent("edited"));

    expect(own.headers?.["if-none-match"]).toBeUndefined();
    expect(again.body).toMatchObject({ name: "policy-gate-v2" });
  });
});

describe("a PR's own config", () => {
  it("is validated alone: its _extends is not followed, and the default branch's chain judges it", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.config(named("strict-gate"));
    gh.files(PR_NUMBER, [CONFIG_PATH]);
    gh.reviews(PR_NUMBER, []);
    gh.config("_extends: lenient\ncheck:\n  name: strict-gate\n", { ref: HEAD_SHA });
    const created = gh.createCheckRun();
    gh.addLabels(PR_NUMBER);

    await app.receive("pull_request", pullRequestEvent("synchronize", { body: BAD_BODY }));

    expect(created.body).toMatchObject({ name: "strict-gate", conclusion: "failure" });
    // The default branch's file and the PR's: nothing asked of Codertocat/lenient
    // (an unmocked request would fail the test).
    expect(configReads()).toBe(2);
  });
  it("gets a note when its _extends names nothing Probot can read, before it merges", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.config(named("strict-gate"));
    gh.files(PR_NUMBER, [CONFIG_PATH]);
    gh.reviews(PR_NUMBER, []);
    gh.config("check:\n  name: strict-gate\n_extends: not a repo\n", { ref: HEAD_SHA });
    const created = gh.createCheckRun();
    gh.addLabels(PR_NUMBER);

    await app.receive("pull_request", pullRequestEvent("synchronize"));

    const body = created.body as CheckRunBody;
    expect(body.output.summary).toContain("This PR's `.github/pilot-gate.yml` is invalid");
    expect(body.output.summary).toContain("`_extends: not a repo` names no repository or file");
    expect(body.output.annotations).toContainEqual(
      expect.objectContaining({ path: CONFIG_PATH, start_line: 3, start_column: 11 }),
    );
    expect(configReads()).toBe(2);
  });
  it("cannot change a file of this repository the config extends without a governance approval", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.config("_extends: Hello-World:gates/base.yml\n");
    const base = gh.configFile("Hello-World", "gates/base.yml", named("base-gate"));
    gh.files(PR_NUMBER, ["gates/base.yml"]);
    gh.reviews(PR_NUMBER, []);
    gh.checkRuns(HEAD_SHA, [], "base-gate");
    const created = gh.createCheckRun();
    gh.addLabels(PR_NUMBER);

    await app.receive("pull_request", pullRequestEvent("reopened"));

    // Read on the default branch (no ref), and governed like the config itself.
    expect(base.calls).toBe(1);
    expect(created.body).toMatchObject({ name: "base-gate", conclusion: "failure" });
    expect((created.body as CheckRunBody).output.summary).toContain(
      "This PR changes governance files: `gates/base.yml`.",
    );
  });
});
