import { describe, expect, it } from "vitest";
import { readinessCheckRun } from "../../app/handlers/readiness.js";
import { MAX_FILE_BYTES } from "../../app/readiness-evidence.js";
import type { ReadinessReport } from "../../core/gates/readiness/report.js";
import { CHECK_RUN_TEXT_BYTES } from "../../core/github-limits.js";

import { DRY_RUN_CONFIG } from "./helpers/configs.js";
import { ed25519Key, evidencePack, type RawTreeEntry, treeEntries } from "./helpers/evidence.js";
import {
  type CheckRunBody,
  countRequests,
  GitHubMock,
  REPO_PATH,
  useGitHubMock,
} from "./helpers/github.js";
import { pushEvent } from "./helpers/payloads.js";
import { createTestApp, NOW } from "./helpers/probot.js";

useGitHubMock();

const EVIDENCE_REF = "refs/heads/pilot-evidence";
const MAIN_HEAD = "e5".repeat(20);
const JUDGED_SHA = "f6".repeat(20);
const PACK = "evidence/release/v1.2.0";
const REPORT = `${PACK}/reports/readiness.json`;
const KEY = ed25519Key();
const OTHER_KEY = ed25519Key();
const KEY_PATH = ".github/pilot-gate/evidence.pub.pem";
const KEYS_CONFIG = `readiness:\n  evidence_keys: [${KEY_PATH}]\n`;

function report(overrides: Partial<ReadinessReport> = {}): ReadinessReport {
  return {
    version: 1,
    kind: "readiness",
    sha: JUDGED_SHA,
    verdict: "GO",
    evaluated_at: "2024-05-01T11:00:00Z",
    blockers: [],
    warnings: [],
    criteria: [
      {
        id: "smoke-green",
        title: "Smoke suite green",
        level: "blocking",
        status: "pass",
        summary: "12 of 12 scenarios passed",
        evidence: { values: { passed: 12, executed: 12 }, items: [] },
      },
    ],
    notes: [],
    ...overrides,
  };
}

const NO_GO = report({
  verdict: "NO-GO",
  blockers: ["p0-incidents"],
  criteria: [
    {
      id: "p0-incidents",
      title: "No open P0 incidents",
      level: "blocking",
      status: "fail",
      summary: "1 open P0 incident, at most 0 allowed",
      evidence: { values: { open: 1, max: 0 }, items: [{ text: "#12 Login fails (P0)" }] },
      fix: "Resolve or relabel #12.",
    },
  ],
});

/** A pack as `pilot-gate evidence pack` writes it: the readiness report and a JUnit file. */
function pack(
  options: {
    folder?: string;
    rep?: ReadinessReport;
    keys?: "trusted" | "other" | "none";
    commit?: string;
    files?: Record<string, string>;
  } = {},
): Map<string, string> {
  const keys = options.keys ?? "trusted";
  return evidencePack({
    folder: options.folder ?? PACK,
    commit: options.commit ?? JUDGED_SHA,
    files: options.files ?? {
      "reports/readiness.json": JSON.stringify(options.rep ?? report()),
      "files/junit.xml": `<testsuite name="core" tests="12"/>\n`,
    },
    keys: keys === "none" ? [] : [keys === "trusted" ? KEY.privateKey : OTHER_KEY.privateKey],
  });
}

/** A push to the evidence branch adding `files` (paths) in one commit. */
function evidencePush(files: Iterable<string>, ref = EVIDENCE_REF) {
  const push = pushEvent({ ref, modified: [] });
  push.commits[0].added = [...files];
  return push;
}

/**
 * The listings GitHub gives when the pushed commit is too big to list at
 * once: the whole listing truncated, one listing per folder down to the
 * pack, then the pack's own (truncated too when `truncated`).
 */
function walkDown(
  mock: GitHubMock,
  commit: string,
  files: ReadonlyMap<string, string>,
  truncated: boolean,
): void {
  mock.tree(commit, [], { truncated: true });
  const all = treeEntries(files);
  const children = (under: string) =>
    treeEntries(files, under).filter((entry) => !entry.path.includes("/"));
  const segments = PACK.split("/");
  segments.forEach((_, depth) => {
    const folder = segments.slice(0, depth).join("/");
    const sha = folder === "" ? commit : all.find((entry) => entry.path === folder)?.sha;
    mock.tree(sha as string, children(folder), { recursive: false });
  });
  const pack = all.find((entry) => entry.path === PACK) as RawTreeEntry;
  const entries = treeEntries(files, PACK);
  mock.tree(pack.sha, truncated ? entries.slice(0, 2) : entries, { truncated });
}

/**
 * The GitHub side of a push of `files` to the evidence branch, in the order
 * the App asks: the config, the listing of the pushed commit (`walk`: as
 * `walkDown` gives it), the blob of each of `reads` (the candidate reports
 * first), and the trusted key from the default branch unless `key` is false.
 */
function arrange(
  files: ReadonlyMap<string, string>,
  {
    config = KEYS_CONFIG,
    reads = [...files.keys()],
    key = KEY.publicPem,
    listing = "whole",
    sizes = {},
  }: {
    config?: string | null;
    reads?: string[];
    key?: string | null | false;
    listing?: "whole" | "walk" | "walk-truncated";
    /** Sizes the listing gives instead of the true ones; undefined leaves the size out. */
    sizes?: Record<string, number | undefined>;
  } = {},
) {
  const push = evidencePush(files.keys());
  const mock = new GitHubMock().token();
  mock.config(config);
  const listed = treeEntries(files).map((entry) =>
    entry.path in sizes ? { ...entry, size: sizes[entry.path] } : entry,
  );
  if (listing === "whole") mock.tree(push.after, listed);
  else walkDown(mock, push.after, files, listing === "walk-truncated");
  mock.blobs(reads.map((path) => files.get(path) as string));
  if (key !== false) mock.rawFile(KEY_PATH, "master", key);
  return { push, mock };
}

/** Delivers the push `arrange` sets up and returns the check the App posted. */
async function judged(
  files: ReadonlyMap<string, string>,
  options: Parameters<typeof arrange>[1] = {},
) {
  const app = await createTestApp();
  const { push, mock } = arrange(files, options);
  const check = mock.createCheckRun();
  await app.receive("push", push);
  return { app, push, body: check.body as CheckRunBody };
}

describe("pilot-gate/readiness from verified evidence", () => {
  it("posts a GO report from a signed pack that verifies, on the commit the report judged", async () => {
    const { push, body } = await judged(pack());

    expect(body).toMatchObject({
      name: "pilot-gate/readiness",
      head_sha: JUDGED_SHA,
      status: "completed",
      conclusion: "success",
    });
    expect(body.output.title).toBe(`GO for ${JUDGED_SHA.slice(0, 12)}`);
    expect(body.output.summary).toContain("✅ GO");
    expect(body.output.summary).toContain(
      `[\`${PACK}\`](https://github.com/Codertocat/Hello-World/tree/${push.after}/${PACK})`,
    );
    expect(body.output.summary).toContain(
      `verified: signed by \`${KEY.id.slice(0, 16)}\`, its 2 file(s) match its manifest`,
    );
    // config, listing, 5 blobs (report, junit, manifest, statement, envelope), key, check.
    expect(countRequests().byOperation).toEqual({
      "GET /repos/{owner}/{repo}/contents/{path}": 2,
      "GET /repos/{owner}/{repo}/git/trees/{tree_sha}": 1,
      "GET /repos/{owner}/{repo}/git/blobs/{file_sha}": 5,
      "POST /repos/{owner}/{repo}/check-runs": 1,
    });
  });

  it("links the check to the readiness site when site.url is set, and not otherwise", async () => {
    const linked = await judged(pack(), {
      config: `${KEYS_CONFIG}site:\n  url: https://acme.github.io/app/\n`,
    });
    expect(linked.body).toMatchObject({
      conclusion: "success",
      details_url: "https://acme.github.io/app/index.html",
    });
    const plain = await judged(pack());
    expect(plain.body).not.toHaveProperty("details_url");
  });

  it("posts a verified NO-GO as a failing check listing the blockers; the newest report wins", async () => {
    const older = pack({ rep: report({ evaluated_at: "2024-04-01T00:00:00Z" }) });
    const newer = pack({ folder: "evidence/release/v1.2.1", rep: NO_GO });
    const files = new Map([...older, ...newer]);
    const { body } = await judged(files, { reads: [REPORT, ...newer.keys()] });

    expect(body).toMatchObject({ head_sha: JUDGED_SHA, conclusion: "failure" });
    expect(body.output.title).toBe(`NO-GO for ${JUDGED_SHA.slice(0, 12)} (1 blocker(s))`);
    expect(body.output.summary).toContain("### Blockers (1)");
    expect(body.output.summary).toContain("No open P0 incidents");
    expect(body.output.summary).toContain("evidence/release/v1.2.1");
  });

  it("walks down to the pack when GitHub truncates the listing of the whole commit", async () => {
    const { body } = await judged(pack(), { listing: "walk" });

    expect(body).toMatchObject({ head_sha: JUDGED_SHA, conclusion: "success" });
    expect(countRequests().byOperation["GET /repos/{owner}/{repo}/git/trees/{tree_sha}"]).toBe(5);
  });

  describe("fails on the judged commit, naming why, when the evidence does not verify", () => {
    /** Delivers the push and returns the check, which must fail on the judged commit. */
    async function failing(
      files: ReadonlyMap<string, string>,
      options: Parameters<typeof arrange>[1] = {},
    ) {
      const { app, body } = await judged(files, options);
      expect(body).toMatchObject({
        name: "pilot-gate/readiness",
        head_sha: JUDGED_SHA,
        conclusion: "failure",
      });
      expect(app.logged(50)).toEqual([]);
      return body;
    }

    it("a hand-written GO report with no pack around it (the forgery this check used to post as success)", async () => {
      const files = new Map([[REPORT, JSON.stringify(report())]]);
      const body = await failing(files);
      expect(body.output.title).toBe(
        "Not verified: manifest.json is missing, so no file can be checked",
      );
      expect(body.output.summary).toContain(
        `The report says \`GO\` for \`${JUDGED_SHA}\`, but pilot-gate posts a readiness verdict only from an evidence pack signed by a key listed under \`readiness.evidence_keys\``,
      );
      expect(body.output.summary).not.toContain("✅ GO");
    });

    it("an unsigned pack", async () => {
      const files = pack({ keys: "none" });
      const body = await failing(files);
      expect(body.output.title).toBe(
        "Not verified: the pack is unsigned, and a signature is required",
      );
    });

    it("a signed pack copied into another pack's folder", async () => {
      const moved = "evidence/release/v1.3.0";
      const files = new Map(
        [...pack()].map(([path, text]) => [path.replace(`${PACK}/`, `${moved}/`), text]),
      );
      const body = await failing(files);
      expect(body.output.title).toMatch(
        /^Not verified: the folder evidence\/release\/v1\.3\.0 holds pack release\/v1\.2\.0 \(its manifest's scope and id\)/,
      );
    });

    it("a pack signed by a key the config does not trust", async () => {
      const body = await failing(pack({ keys: "other" }));
      expect(body.output.title).toBe(
        `Not verified: no signature by the given key; the pack is signed by ${OTHER_KEY.id}`,
      );
    });

    it("a report edited after signing (NO-GO turned into GO)", async () => {
      const files = pack({ rep: NO_GO });
      files.set(REPORT, JSON.stringify(report()));
      const body = await failing(files);
      expect(body.output.title).toMatch(
        /^Not verified: reports\/readiness\.json is truncated: \d+ of \d+ bytes, and its sha256 differs$/,
      );
      expect(body.output.summary).not.toContain("✅ GO");
    });

    it("a tampered file of the pack", async () => {
      const files = pack();
      files.set(`${PACK}/files/junit.xml`, `<testsuite name="core" tests="13"/>\n`);
      const body = await failing(files);
      expect(body.output.title).toMatch(/^Not verified: files\/junit\.xml was modified/);
    });

    it("a report added to a signed pack, which its manifest does not list", async () => {
      const files = pack({ files: { "files/junit.xml": "<testsuite/>\n" } });
      files.set(REPORT, JSON.stringify(report()));
      const body = await failing(files);
      expect(body.output.summary).toContain(
        "reports/readiness.json is in the pack but not in the manifest",
      );
      expect(body.output.summary).toContain(
        "reports/readiness.json is not one of the files manifest.json lists, so the signature does not cover it",
      );
    });

    it("a signed pack about another commit than the report judged", async () => {
      const body = await failing(pack({ commit: "a7".repeat(20) }));
      expect(body.output.title).toMatch(/^Not verified: the pack is evidence about commit a7a7/);
      expect(body.output.summary).toContain(
        `- the pack is evidence about commit ${"a7".repeat(20)}, but the report judged ${JUDGED_SHA}; pack it with --commit ${JUDGED_SHA}\n`,
      );
    });

    it("no trusted key configured: the pack is not even read", async () => {
      const files = pack();
      const body = await failing(files, { config: null, reads: [REPORT], key: false });
      expect(body.output.title).toMatch(
        /^Not verified: no trusted key is configured: list the public key\(s\) the packs are signed with under readiness\.evidence_keys/,
      );
      // The config read asks the organisation's `.github` too, the repository having none.
      expect(countRequests().total).toBe(5);
    });

    it("a configured key that is not on the default branch, or not a key", async () => {
      const missing = await failing(pack(), { reads: [REPORT], key: null });
      expect(missing.output.summary).toContain(
        `- readiness.evidence_keys: ${KEY_PATH} is not a file on master; commit the public key there (openssl pkey -in key.pem -pubout -out pub.pem)\n`,
      );
      const garbage = await failing(pack(), { reads: [REPORT], key: "not a key\n" });
      expect(garbage.output.summary).toContain(
        `- readiness.evidence_keys: ${KEY_PATH} is not a PEM public key; export one with: openssl pkey -in key.pem -pubout -out pub.pem\n`,
      );
    });

    it("a file of the pack listed over the size bound, never read", async () => {
      const files = pack();
      const junit = `${PACK}/files/junit.xml`;
      const body = await failing(files, {
        reads: [...files.keys()].filter((path) => path !== junit),
        sizes: { [junit]: MAX_FILE_BYTES + 1 },
      });
      expect(body.output.title).toBe(
        `Not verified: ${junit} is ${MAX_FILE_BYTES + 1} bytes; the App reads files of at most ${MAX_FILE_BYTES} bytes (verify it with pilot-gate evidence verify instead)`,
      );
    });

    it("a file over the size bound that the listing gives no size for", async () => {
      const junit = `${PACK}/files/junit.xml`;
      const files = pack({
        files: {
          "reports/readiness.json": JSON.stringify(report()),
          "files/junit.xml": "x".repeat(MAX_FILE_BYTES + 1),
        },
      });
      const body = await failing(files, { sizes: { [junit]: undefined } });
      expect(body.output.title).toMatch(
        new RegExp(
          `^Not verified: ${junit} is ${MAX_FILE_BYTES + 1} bytes, past what the App reads`,
        ),
      );
    });

    it("a pack GitHub cannot list whole", async () => {
      const app = await createTestApp();
      const { push, mock } = arrange(pack(), { listing: "walk-truncated", reads: [], key: false });
      const check = mock.createCheckRun();
      mock.branchHead("master", MAIN_HEAD);

      await app.receive("push", push);

      // The report itself cannot be read, so the failure goes where it always did.
      const body = check.body as CheckRunBody;
      expect(body).toMatchObject({ head_sha: MAIN_HEAD, conclusion: "failure" });
      expect(body.output.title).toBe(`Unreadable readiness report: ${REPORT}`);
      expect(body.output.summary).toContain(
        `GitHub truncated the listing of ${PACK}, so not every file of it can be checked`,
      );
    });
  });

  it("posts a failure on the default branch when the report names no full commit id", async () => {
    const app = await createTestApp();
    const files = pack({ rep: report({ sha: "4f2c9a1e8b7d" }) });
    const { push, mock } = arrange(files);
    mock.branchHead("master", MAIN_HEAD);
    const check = mock.createCheckRun();

    await app.receive("push", push);

    const body = check.body as CheckRunBody;
    expect(body).toMatchObject({ head_sha: MAIN_HEAD, conclusion: "failure" });
    expect(body.output.summary).toContain(
      `- the pack is evidence about commit ${JUDGED_SHA}, but the report judged 4f2c9a1e8b7d; pack it with --commit &lt;the full commit id the report judged&gt;\n`,
    );
  });

  it("in dry run names the default branch's head as where the check would go, without reading it", async () => {
    const app = await createTestApp({ dryRun: true });
    const files = pack({ rep: report({ sha: "4f2c9a1e8b7d" }) });
    const { push } = arrange(files);

    await app.receive("push", push);

    const { byOperation } = countRequests();
    expect(Object.keys(byOperation).every((op) => op.startsWith("GET "))).toBe(true);
    expect(byOperation["GET /repos/{owner}/{repo}/branches/{branch}"]).toBeUndefined();
    expect(app.logs.map((line) => line.msg)).toContainEqual(
      expect.stringMatching(
        /^dry run: 1 planned write\(s\) not made: create check run "pilot-gate\/readiness" on the head of master: failure/,
      ),
    );
  });

  it("posts nothing, and says why, when the default branch has no commit yet", async () => {
    const app = await createTestApp();
    const files = pack({ rep: report({ sha: "4f2c9a1e8b7d" }) });
    const { push, mock } = arrange(files);
    mock.branchHead("master", null);

    await app.receive("push", push);

    expect(countRequests().byOperation["POST /repos/{owner}/{repo}/check-runs"]).toBeUndefined();
    expect(app.logs.map((line) => line.msg)).toContain(
      "master has no commit yet, so the pilot-gate/readiness check has nowhere to go",
    );
    expect(app.logged(50)).toEqual([]);
  });

  /**
   * Pushes two reports, `REPORT` and `other.json`, that the App cannot use:
   * the check fails on the default branch, naming both; returns its body.
   */
  async function unusable(first: string, other: string): Promise<CheckRunBody> {
    const app = await createTestApp();
    const files = new Map([
      [REPORT, first],
      [`${PACK}/reports/other.json`, other],
    ]);
    const { push, mock } = arrange(files, { key: false });
    mock.branchHead("master", MAIN_HEAD);
    const check = mock.createCheckRun();

    await app.receive("push", push);

    const body = check.body as CheckRunBody;
    expect(body).toMatchObject({ head_sha: MAIN_HEAD, conclusion: "failure" });
    expect(body.output.title).toBe(`Unreadable readiness report: ${REPORT} and 1 more`);
    expect(body.output.summary).not.toContain("✅ GO");
    expect(app.logged(50)).toEqual([]);
    return body;
  }

  it("fails closed on a report that does not parse, naming the file and why", async () => {
    const body = await unusable(JSON.stringify({ ...report(), verdict: "MAYBE" }), "{ not json");
    expect(body.output.summary).toContain(
      `\`${REPORT}\`: not a valid readiness report (at verdict:`,
    );
    expect(body.output.summary).toContain(`\`${PACK}/reports/other.json\`: not JSON`);
  });

  it("fails closed on a report dated in the future, or whose verdict its blockers deny", async () => {
    const body = await unusable(
      // Ten minutes after the App's clock (NOW): it would win as the newest report.
      JSON.stringify(report({ evaluated_at: "2024-05-01T12:10:00Z" })),
      JSON.stringify(report({ blockers: ["p0-incidents"] })),
    );
    expect(body.output.summary).toContain(
      `\`${REPORT}\`: evaluated_at 2024-05-01T12:10:00Z is 10 min 0 s after now (2024-05-01T12:00:00.000Z), more than the 5 min clocks may differ`,
    );
    expect(body.output.summary).toContain(
      `\`${PACK}/reports/other.json\`: the readiness verdict is GO but it lists blockers (p0-incidents): the report contradicts itself; regenerate it with pilot-gate readiness --report other.json\n`,
    );
  });

  it.each([
    { failing: "the listing of the pushed files", postedOn: MAIN_HEAD },
    { failing: "the manifest of the report's pack", postedOn: JUDGED_SHA },
  ])(
    "posts a failing check when GitHub fails to answer $failing, instead of crashing",
    async ({ postedOn }) => {
      const app = await createTestApp();
      const files = pack();
      const push = evidencePush(files.keys());
      const mock = new GitHubMock().token();
      mock.config(KEYS_CONFIG);
      const error = { status: 500, message: "Server Error" };
      if (postedOn === MAIN_HEAD) {
        mock.fail("GET", `${REPO_PATH}/git/trees/${push.after}`, error);
        mock.branchHead("master", MAIN_HEAD);
      } else {
        const entries = treeEntries(files);
        mock.tree(push.after, entries);
        mock.blobs([files.get(REPORT) as string]);
        mock.rawFile(KEY_PATH, "master", KEY.publicPem);
        const manifest = entries.find((entry) => entry.path === `${PACK}/manifest.json`);
        mock.fail("GET", `${REPO_PATH}/git/blobs/${manifest?.sha}`, error);
      }
      const check = mock.createCheckRun();

      await app.receive("push", push);

      const body = check.body as CheckRunBody;
      expect(body).toMatchObject({ head_sha: postedOn, conclusion: "failure" });
      expect(body.output.title).toBe("Could not read the readiness reports");
      expect(body.output.summary).toContain("GitHub answered 500");
    },
  );

  it("reports on the default branch when GitHub does not know the judged commit", async () => {
    const app = await createTestApp();
    const { push, mock } = arrange(pack());
    const refused = mock.createCheckRun(1001, 422);
    mock.branchHead("master", MAIN_HEAD);
    const check = mock.createCheckRun(1002);

    await app.receive("push", push);

    expect((refused.body as CheckRunBody).head_sha).toBe(JUDGED_SHA);
    const body = check.body as CheckRunBody;
    expect(body).toMatchObject({ head_sha: MAIN_HEAD, conclusion: "failure" });
    expect(body.output.summary).toContain("GitHub answered 422");
  });

  it("reads no report for a push without reports", async () => {
    const app = await createTestApp();
    // Only the config (the repository's, then its organisation's), to tell
    // whether the branch is protected (it is not).
    new GitHubMock().token().config(null);
    await app.receive("push", evidencePush([`${PACK}/manifest.json`, "notes/reports.md"]));
    expect(countRequests().byOperation).toEqual({ "GET /repos/{owner}/{repo}/contents/{path}": 2 });
  });

  it("reads no report pushed to another branch", async () => {
    const app = await createTestApp();
    new GitHubMock().token().config(null);
    await app.receive("push", evidencePush([REPORT], "refs/heads/feature"));
    expect(countRequests().byOperation).toEqual({ "GET /repos/{owner}/{repo}/contents/{path}": 2 });
  });

  it("follows check.dry_run in the config: reads, logs, posts nothing", async () => {
    const app = await createTestApp();
    const files = pack();
    const { push } = arrange(files, {
      config: `${DRY_RUN_CONFIG}${KEYS_CONFIG}`,
    });

    await app.receive("push", push);

    const { byOperation } = countRequests();
    expect(Object.keys(byOperation).every((op) => op.startsWith("GET "))).toBe(true);
    expect(app.logs.some((line) => /readiness GO .*, verified;/.test(line.msg))).toBe(true);
    expect(
      app.logs.some((line) =>
        /^dry run: 1 planned write\(s\) not made: create check run "pilot-gate\/readiness" on [0-9a-f]{40}: success/.test(
          line.msg,
        ),
      ),
    ).toBe(true);
  });

  it("in dry run reads and logs the verdict, writes nothing", async () => {
    const app = await createTestApp({ dryRun: true });
    const files = pack({ rep: NO_GO, keys: "none" });
    const { push } = arrange(files);

    await app.receive("push", push);

    const { byOperation } = countRequests();
    expect(Object.keys(byOperation).every((op) => op.startsWith("GET "))).toBe(true);
    expect(
      app.logs.some((line) =>
        /readiness NO-GO .*not verified \(the pack is unsigned/.test(line.msg),
      ),
    ).toBe(true);
    expect(
      app.logs.some((line) =>
        /^dry run: 1 planned write\(s\) not made: create check run "pilot-gate\/readiness" on [0-9a-f]{40}: failure/.test(
          line.msg,
        ),
      ),
    ).toBe(true);
  });
});

describe("readinessCheckRun", () => {
  it("keeps the summary within GitHub's byte limit, cut on a character boundary", () => {
    const long = "🚀".repeat(40_000);
    const entry = {
      path: REPORT,
      report: report({ notes: [long] }),
    };
    const write = readinessCheckRun(entry, "https://example.test", NOW, {
      verified: true,
      pack: PACK,
      manifestDigest: `sha256:${"0".repeat(64)}`,
      keyids: [KEY.id],
      files: 1,
    });
    expect(Buffer.byteLength(write.summary)).toBeLessThanOrEqual(CHECK_RUN_TEXT_BYTES);
    // A lone surrogate would be a character split in two.
    expect(write.summary).not.toMatch(
      /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/,
    );
    expect(write.summary).toContain("shortened to fit GitHub's limit");
  });
});
