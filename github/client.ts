import { composeConfigGet } from "@probot/octokit-plugin-config";
import type { ProbotOctokit } from "probot";
import { CannotEvaluateError } from "../core/cannot-evaluate.js";
import type { HeadCheckRun, HeadStatus } from "../core/ci/required-checks.js";
import { configFileName } from "../core/config/compose.js";
import { PULL_FILES_LIST_LIMIT } from "../core/github-limits.js";
import type { PullRequestReview } from "../core/index.js";
import { labelNames } from "../core/labels.js";
import type {
  ActualProtection,
  DesiredProtection,
  ProtectionReport,
  WriteOutcome,
} from "../core/protection/index.js";
import type { ReleaseTagger } from "../core/release/index.js";
import type { CheckRunBody } from "../core/write-plan.js";
import { GitHubApiError, statusOf } from "./errors.js";
import { type GitHubRoute, isWorkflowOnly } from "./permissions.js";
import { readProtection, writeProtection } from "./protection.js";
import { type PullInfo, type RawPull, toPullInfo } from "./pull.js";

/** A repository the App acts on. */
export interface RepoRef {
  owner: string;
  repo: string;
}

/**
 * A file as `GET /contents` returned it, or that it does not exist. Any
 * other answer (a fault, a directory) throws: it is not "no file".
 */
export type RawFileResult =
  | { kind: "found"; text: string; etag: string | undefined }
  | { kind: "not-modified" }
  | { kind: "missing" };

/**
 * What is at a path, read as a folder: its entries' names, or that a file
 * or nothing is there. GitHub lists at most 1,000 entries of a folder, so
 * `entries` that long may be cut.
 */
export type FolderListing =
  | { kind: "folder"; entries: string[] }
  | { kind: "file" }
  | { kind: "missing" };
/** A file of a repository's config, as `GitHubClient.readConfigFiles` read it. */
export interface ConfigFileRead {
  owner: string;
  repo: string;
  path: string;
  /** `owner/repo:path`, as config problems name it. */
  name: string;
  /**
   * How it was reached: the repository's own file, its organisation's
   * (the `.github` repository, read when the repository has none), or an
   * `_extends` target.
   */
  via: "repository" | "organisation" | "extends";
  answer: RawFileResult;
}

export interface ConfigFilesOptions {
  /** Where the repository's own file is read (its default branch); every other file is read on its repository's default branch. */
  ref: string;
  /** The ETag each file (by name) had when last read: a 304 costs no rate limit. */
  etags?: ReadonlyMap<string, string>;
  /**
   * The `_extends` a file read names, or `undefined`; for a file answered
   * 304, the one it named before. The caller parses, so each file is parsed
   * once, by pilot-gate's parser; it may throw to stop the chain.
   */
  extendsOf(file: ConfigFileRead): string | undefined;
  /** Most `_extends` links followed (core/limits.ts `CONFIG_EXTENDS_LIMIT`). */
  maxExtends: number;
}

/**
 * Where the last file read leads is not a file that can be read: back to a
 * file already read (`loop`), past `maxExtends` (`too-long`), or nowhere
 * Probot's rules accept (`invalid`). The caller locates it at that file's
 * `_extends`.
 */
export class ConfigChainError extends Error {
  override readonly name = "ConfigChainError";
  readonly kind: "loop" | "too-long" | "invalid";
  /** The files read, the one whose `_extends` is at fault last. */
  readonly files: ConfigFileRead[];
  /** The file the last one leads to, when known (`owner/repo:path`). */
  readonly target: string | undefined;

  constructor(kind: ConfigChainError["kind"], files: ConfigFileRead[], target?: string) {
    super(
      `config chain ${kind}: ${[...files.map((file) => file.name), target ?? "?"].join(" -> ")}`,
    );
    this.kind = kind;
    this.files = files;
    this.target = target;
  }
}

/** One entry of a git tree listing. */
export interface TreeEntry {
  /** Path relative to the tree that was listed, `/`-separated. */
  path: string;
  /** `commit` is a submodule. */
  type: "blob" | "tree" | "commit";
  /** Git's file mode: `100644`, `100755`, `120000` (a symbolic link), `040000`, `160000`. */
  mode: string;
  sha: string;
  /** Bytes, for blobs. */
  size: number | undefined;
}

/** A tree listing; `truncated` when GitHub stopped before the end (too many entries). */
export interface TreeListing {
  entries: TreeEntry[];
  truncated: boolean;
}

/** One changed path of a PR. */
export interface ChangedFile {
  path: string;
  status: string;
}

/** A PR's changed files as GitHub lists them; `partial` when the list is known to be cut. */
export interface PullFiles {
  files: ChangedFile[];
  partial: { listed: number; total: number | undefined } | undefined;
}

/** An open issue the App found by its label. */
export interface FoundIssue {
  number: number;
  body: string;
}

/** An issue (or a PR, as the issues API lists them) as the incident protocol reads it. */
export interface IssueItem {
  number: number;
  title: string;
  body: string;
  state: "open" | "closed";
  labels: string[];
  created_at: string;
  closed_at: string | null;
  html_url: string;
  author: { login: string; type: string };
  isPull: boolean;
  /** Logins it is assigned to (an incident's owner); absent when not given. */
  assignees?: string[];
}

/** A comment on an issue or PR. */
export interface IssueComment {
  id: number;
  body: string;
  author: { login: string; type: string };
  created_at: string;
  /**
   * GitHub's author_association (OWNER, MEMBER, COLLABORATOR, CONTRIBUTOR,
   * NONE, ...): how the author relates to the repository, as the comment
   * was read.
   */
  association?: string;
  /** The GitHub App whose installation posted it (performed_via_github_app), when one did. */
  appId?: number;
}

/** One event of an issue's timeline, reduced to what the SLA clocks and blocked items read. */
export interface TimelineItem {
  /** GitHub's event name: commented, assigned, labeled, unlabeled, closed, reopened, ... */
  event: string;
  /** ISO 8601. */
  at: string;
  actor: { login: string; type: string } | undefined;
  /** For labeled / unlabeled. */
  label?: string;
  /** For cross-referenced: the issue or PR whose body or comment mentioned this one. */
  source?: { number: number; title: string; url: string; state: string; isPull: boolean };
}

/** An issue read on its own: what the incident protocol reads, and its assignees. */
export interface IssueDetail extends IssueItem {
  assignees: string[];
  /** The author's author_association, as for a comment. */
  association: string;
}

/** An open PR as the WIP limit and re-evaluations read it. */
export interface OpenPull extends PullInfo {
  url: string;
}

/** A PR of any state as the cycles read it: when it merged, `null` when it has not. */
export interface RecentPull extends PullInfo {
  url: string;
  mergedAt: string | null;
}

/** Answers kept for conditional requests: GitHub's 304 costs no rate limit. */
export interface ConditionalCache {
  get(key: string): { etag: string; data: unknown } | undefined;
  set(key: string, value: { etag: string; data: unknown }): void;
}

/** This App's check run on a commit, as GitHub reports it. */
export interface ExistingCheckRun {
  id: number;
  summary: string;
  annotationsCount: number;
  conclusion: string | null;
  title: string;
}

/** A commit status as GitHub lists it, reduced to what `listHeadStatuses` reads. */
interface RawStatus {
  context: string;
  state: string;
  target_url: string | null;
  created_at: string;
}

/** Check runs on a PR head (`listHeadCheckRuns`), with what this App's own runs carry. */
export interface HeadCheckRuns {
  runs: (HeadCheckRun & { summary: string; title: string; annotationsCount: number })[];
  /** How many runs GitHub counts on the commit; more than `runs` when the list was cut. */
  total: number;
}

/** A check run as readiness reads it: who posted it, how it ended, and its report text. */
export interface CheckRunReading {
  name: string;
  /** The app that posted it; `undefined` when GitHub does not say. */
  appId: number | undefined;
  status: string;
  conclusion: string | null;
  url: string | undefined;
  headSha: string;
  text: string | undefined;
  completedAt: string | null;
  startedAt: string | null;
}

/** Who applied a label, from the PR's issue events. */
export interface LabelActor {
  login: string;
  type: string;
  /** Set when the label was applied through a GitHub App. */
  appId: number | undefined;
}

/** A check run's body as the seam writes it; planned in core/write-plan.ts. */
export type CheckRunWrite = CheckRunBody;

/**
 * What the seam uses of an Octokit: Probot's (the App, signed as the
 * installation) or the Action's (github/token-octokit.ts, from a token).
 */
export type SeamOctokit = Pick<ProbotOctokit, "request" | "paginate" | "hook" | "auth">;

/** Who the client acts as, when its Octokit cannot tell (a token, not the App's key). */
export interface ClientIdentity {
  /**
   * The slug of the app the token belongs to: `github-actions` for a
   * workflow's GITHUB_TOKEN, or the App behind an installation token. Its id
   * is looked up by name, since only an App's JWT may ask "who am I".
   */
  appSlug: string;
}

/**
 * A workflow-only request (github/permissions.ts) asked of a client that is
 * not a workflow's: the App is never granted what those need, so it is a
 * pilot-gate bug, refused before any request.
 */
export class WorkflowOnlyError extends Error {
  override readonly name = "WorkflowOnlyError";
  constructor(route: GitHubRoute) {
    super(
      `${route} is made only with a workflow's token (releases and evidence commits need contents: write, which the App is never granted), and this client is not one; nothing was sent. This is a pilot-gate bug: report it with the log`,
    );
  }
}

/**
 * The App's only door to GitHub. Every method is one GitHub operation (a
 * paginated list counts its pages), names its route from the permission
 * ledger, and turns a failure into a `GitHubApiError` that says what to do.
 */
/** A PR of a commit, as `listPullsOfCommit` reads it. */
export interface CommitPull {
  number: number;
  title: string;
  url: string;
  state: string;
  merged: boolean;
  /** The branch it merges into. */
  base: string;
  headSha: string;
  mergeCommitSha: string | undefined;
  labels: string[];
}

export class GitHubClient {
  readonly #octokit: SeamOctokit;
  readonly #identity: ClientIdentity | undefined;
  /** Whose token this is; only a workflow's may make the ledger's workflow-only requests. */
  #token: "app" | "workflow" = "app";
  #appId: Promise<number> | undefined;
  readonly repo: RepoRef;
  /** Requests made through this client (tokens aside), logged per event to watch the rate-limit budget. */
  requests = 0;
  /** Of those, the writes (any method but GET and HEAD), which GitHub's secondary limits count. */
  writes = 0;

  readonly #cache: ConditionalCache | undefined;
  readonly #memo: { appId: number | undefined } | undefined;

  constructor(
    octokit: SeamOctokit,
    repo: RepoRef,
    identity?: ClientIdentity,
    cache?: ConditionalCache,
    memo?: { appId: number | undefined },
  ) {
    this.#octokit = octokit;
    this.#identity = identity;
    this.#cache = cache;
    this.#memo = memo;
    this.repo = repo;
    octokit.hook.before("request", (options) => {
      // Installation tokens are signed with the App's JWT and spend no installation quota.
      if (String(options.url).startsWith("/app/installations/")) return;
      this.requests++;
      if (options.method !== "GET" && options.method !== "HEAD") this.writes++;
    });
  }

  /**
   * A client for a workflow's token (`GITHUB_TOKEN` in the release and
   * evidence steps), the only kind that may make the ledger's workflow-only
   * requests: tags, releases and Git Data commits.
   */
  static forWorkflow(octokit: SeamOctokit, repo: RepoRef, identity?: ClientIdentity): GitHubClient {
    const client = new GitHubClient(octokit, repo, identity);
    client.#token = "workflow";
    return client;
  }

  /** Who reads GitHub through this client, and how to let it read another repository, for messages. */
  get reader(): { who: string; grant: string } {
    return this.#identity
      ? { who: "the step's token", grant: "give the step a token that can read it" }
      : { who: "the App", grant: "install the App on that repository" };
  }

  /**
   * The App's id, read from its own credentials (no request), or looked up
   * once by the identity's slug. Learned once per client and kept in
   * `memo` when given (the App's state), since reading it from the
   * credentials signs a JWT each time.
   */
  async appId(): Promise<number> {
    if (this.#memo?.appId !== undefined) return this.#memo.appId;
    this.#appId ??= this.#identity
      ? this.#appIdBySlug(this.#identity.appSlug)
      : this.#appIdFromCredentials();
    const id = await this.#appId;
    if (this.#memo) this.#memo.appId = id;
    return id;
  }

  async #appIdFromCredentials(): Promise<number> {
    const auth = (await this.#octokit.auth({ type: "app" })) as { appId?: number | string };
    const id = Number(auth.appId);
    if (!Number.isInteger(id)) throw new Error("the App's id is unknown: set APP_ID");
    return id;
  }

  /** The App's slug (its bot is `<slug>[bot]`): the identity's, or asked with the App's JWT. */
  async appSlug(): Promise<string> {
    if (this.#identity) return this.#identity.appSlug;
    const route = "GET /app" satisfies GitHubRoute;
    const { data } = await this.#call(route, "read the App's own name", () =>
      this.#octokit.request(route),
    );
    return data?.slug ?? "";
  }

  async #appIdBySlug(slug: string): Promise<number> {
    const route = "GET /apps/{app_slug}" satisfies GitHubRoute;
    const { data } = await this.#call(route, `look up the app ${slug}`, () =>
      this.#octokit.request(route, { app_slug: slug }),
    );
    const id = Number(data?.id);
    if (!Number.isInteger(id)) throw new Error(`GitHub returned no id for the app ${slug}`);
    return id;
  }

  /**
   * A file's raw text at `ref`. With `etag`, asks GitHub to answer 304 when
   * it is unchanged, which does not count against the rate limit.
   */
  getRawFile(path: string, ref: string, etag?: string): Promise<RawFileResult> {
    return this.#rawFile(this.repo, path, ref, etag);
  }

  /**
   * The files a repository's config is composed of, found as Probot's
   * `context.config` finds them (@probot/octokit-plugin-config's
   * `composeConfigGet`): the repository's own file at `ref`; when it has
   * none, the same path in the organisation's `.github` repository; then
   * each `_extends` in turn, on its repository's default branch, so a PR's
   * head is never read. The plugin's requests come through this client, so
   * they are counted and keep `getRawFile`'s answers: only a 404 for the
   * file itself means "no file", anything else throws. The plugin stops at
   * a file that is not there; the caller decides what that means (nothing
   * to inherit, or a broken `_extends`).
   *
   * The plugin parses what it is handed with its own YAML reader, which has
   * no size bound and no positions, so it is handed only the `_extends`
   * each file names (as the caller parsed it), and the caller composes the
   * files it reads itself. Throws `ConfigChainError` for a loop, a chain
   * past `maxExtends` or an `_extends` the plugin refuses.
   */
  async readConfigFiles(path: string, options: ConfigFilesOptions): Promise<ConfigFileRead[]> {
    const route = "GET /repos/{owner}/{repo}/contents/{path}" satisfies GitHubRoute;
    const reads: ConfigFileRead[] = [];
    const seen = new Set<string>();
    let lastExtends: string | undefined;
    const request = async (endpoint: Record<string, unknown>) => {
      if (`${String(endpoint.method)} ${String(endpoint.url)}` !== route) {
        throw new Error(
          `the config plugin asked for ${String(endpoint.method)} ${String(endpoint.url)}, which pilot-gate does not make; report it with the App's log`,
        );
      }
      const file = { owner: String(endpoint.owner), repo: String(endpoint.repo) };
      const filePath = String(endpoint.path);
      const name = configFileName(file.owner, file.repo, filePath);
      const via =
        reads.length === 0
          ? "repository"
          : reads.length === 1 && reads[0]?.answer.kind === "missing"
            ? "organisation"
            : "extends";
      // GitHub spells owners and repositories in any case; paths are exact.
      const key = `${file.owner.toLowerCase()}/${file.repo.toLowerCase()}:${filePath}`;
      if (seen.has(key)) throw new ConfigChainError("loop", [...reads], name);
      if (
        via === "extends" &&
        reads.filter((read) => read.via === "extends").length >= options.maxExtends
      ) {
        throw new ConfigChainError("too-long", [...reads], name);
      }
      seen.add(key);
      const ref = typeof endpoint.ref === "string" ? endpoint.ref : undefined;
      let answer: RawFileResult;
      try {
        answer = await this.#rawFile(file, filePath, ref, options.etags?.get(name));
      } catch (error) {
        // The plugin takes anything with `status: 404` for "no file", a
        // GitHubApiError from a failed token request too: carried past it.
        throw new Fault(error);
      }
      const read: ConfigFileRead = { ...file, path: filePath, name, via, answer };
      reads.push(read);
      if (answer.kind === "missing")
        throw Object.assign(new Error(`${name} not found`), { status: 404 });
      const extendsValue = options.extendsOf(read);
      lastExtends = extendsValue;
      return {
        data: extendsValue === undefined ? "{}" : JSON.stringify({ _extends: extendsValue }),
        headers: { "content-type": "text/plain; charset=utf-8" },
      };
    };
    // The plugin names files by `request.endpoint(...).url` in its messages.
    const endpoint = (params: Record<string, unknown>) => ({
      url: configFileName(String(params.owner), String(params.repo), String(params.path)),
    });
    try {
      await composeConfigGet(
        { request: Object.assign(request, { endpoint }) } as unknown as Parameters<
          typeof composeConfigGet
        >[0],
        { ...this.repo, path, branch: options.ref },
      );
    } catch (error) {
      if (error instanceof Fault) throw error.error;
      const message = error instanceof Error ? error.message : "";
      // The plugin refuses where the last file's `_extends` leads before asking for it.
      if (message.startsWith(`${PLUGIN} Recursion detected`)) {
        const target =
          lastExtends === undefined ? undefined : await extendsTarget(this.repo, path, lastExtends);
        throw new ConfigChainError(
          "loop",
          reads,
          target && configFileName(target.owner, target.repo, target.path),
        );
      }
      if (message.startsWith(`${PLUGIN} Invalid value`)) {
        throw new ConfigChainError("invalid", reads);
      }
      throw error;
    }
    return reads;
  }

  async #rawFile(
    repo: RepoRef,
    path: string,
    ref: string | undefined,
    etag: string | undefined,
  ): Promise<RawFileResult> {
    const route = "GET /repos/{owner}/{repo}/contents/{path}" satisfies GitHubRoute;
    const own = repo.owner === this.repo.owner && repo.repo === this.repo.repo;
    const where =
      ref !== undefined
        ? `${own ? "" : `${repo.owner}/${repo.repo}:`}${path} at ${shortRef(ref)}`
        : `${repo.owner}/${repo.repo}:${path} on its default branch`;
    try {
      const response = await this.#octokit.request(route, {
        ...repo,
        path,
        ...(ref !== undefined ? { ref } : {}),
        headers: {
          accept: "application/vnd.github.raw+json",
          ...(etag ? { "if-none-match": etag } : {}),
        },
      });
      const data: unknown = response.data;
      const text =
        typeof data === "string"
          ? data
          : data instanceof ArrayBuffer
            ? new TextDecoder().decode(data)
            : undefined;
      if (text === undefined) {
        // A directory or a submodule at that path answers with JSON metadata:
        // something is there, so it must not read as "no file".
        throw new CannotEvaluateError(
          `${where} is not a file (GitHub answered with a directory listing or a submodule); make it a file, or remove it`,
        );
      }
      return { kind: "found", text, etag: response.headers.etag };
    } catch (error) {
      if (error instanceof CannotEvaluateError) throw error;
      const status = statusOf(error);
      if (status === 304) return { kind: "not-modified" };
      // Only the contents request's own 404 says the file does not exist; a
      // 404 from the installation-token request made on its way is a fault.
      if (status === 404 && failedUrl(error).includes("/contents/")) return { kind: "missing" };
      throw new GitHubApiError(route, `read ${where}`, error);
    }
  }

  /**
   * The names in the folder at `path` on `ref` (a non-empty path; the root
   * is a tree, see `getTree`). Only the contents request's own 404 means
   * nothing is there; any other failure throws.
   */
  async listFolder(path: string, ref: string): Promise<FolderListing> {
    const route = "GET /repos/{owner}/{repo}/contents/{path}" satisfies GitHubRoute;
    try {
      const { data } = await this.#octokit.request(route, { ...this.repo, path, ref });
      return Array.isArray(data)
        ? { kind: "folder", entries: data.map((entry) => entry.name) }
        : { kind: "file" };
    } catch (error) {
      if (statusOf(error) === 404 && failedUrl(error).includes("/contents/")) {
        return { kind: "missing" };
      }
      throw new GitHubApiError(route, `list ${path} at ${shortRef(ref)}`, error);
    }
  }

  /**
   * The entries of a tree, or of a commit's tree (a commit sha is accepted
   * in its place). `recursive` lists every path under it in one request;
   * GitHub sets `truncated` past about 100,000 entries or 7 MB.
   */
  async getTree(treeSha: string, { recursive = false } = {}): Promise<TreeListing> {
    const route = "GET /repos/{owner}/{repo}/git/trees/{tree_sha}" satisfies GitHubRoute;
    const { data } = await this.#call(route, `list the files of ${shortRef(treeSha)}`, () =>
      this.#octokit.request(route, {
        ...this.repo,
        tree_sha: treeSha,
        ...(recursive ? { recursive: "1" } : {}),
      }),
    );
    return {
      truncated: data.truncated === true,
      entries: data.tree.flatMap((entry) =>
        entry.path !== undefined &&
        entry.sha !== undefined &&
        entry.mode !== undefined &&
        (entry.type === "blob" || entry.type === "tree" || entry.type === "commit")
          ? [
              {
                path: entry.path,
                type: entry.type,
                mode: entry.mode,
                sha: entry.sha,
                size: entry.size,
              },
            ]
          : [],
      ),
    };
  }

  /**
   * A blob's bytes. Asked as JSON (base64), not the raw media type, whose
   * answer Octokit may decode as text and so alter a binary file's bytes.
   */
  async getBlob(sha: string): Promise<Buffer> {
    const route = "GET /repos/{owner}/{repo}/git/blobs/{file_sha}" satisfies GitHubRoute;
    const response = await this.#call(route, `read the blob ${shortRef(sha)}`, () =>
      this.#octokit.request(route, { ...this.repo, file_sha: sha }),
    );
    // Octokit reads JSON with json-with-bigint, whose fallback (Node 20)
    // overflows the stack on a string of several megabytes and hands back
    // the text unparsed; JSON.parse reads it.
    const data = (
      typeof response.data === "string" ? parseJsonOrUndefined(response.data) : response.data
    ) as { content?: unknown; encoding?: unknown } | undefined;
    if (typeof data?.content === "string") {
      if (data.encoding === "base64") return Buffer.from(data.content, "base64");
      if (data.encoding === "utf-8" || data.encoding === "utf8") {
        return Buffer.from(data.content, "utf8");
      }
    }
    throw new Error(
      `GitHub answered the blob ${shortRef(sha)} in the encoding "${String(data?.encoding)}", which pilot-gate does not read; report it with the App's log`,
    );
  }

  async getPull(pullNumber: number): Promise<PullInfo> {
    const route = "GET /repos/{owner}/{repo}/pulls/{pull_number}" satisfies GitHubRoute;
    const { data } = await this.#call(route, `read PR #${pullNumber}`, () =>
      this.#octokit.request(route, { ...this.repo, pull_number: pullNumber }),
    );
    return toPullInfo(data as RawPull);
  }

  /**
   * The PR's changed files, and whether the list is only a part of them:
   * GitHub stops at `PULL_FILES_LIST_LIMIT` entries, so a list that long, or
   * shorter than the `expected` count the PR gives, is marked `partial`.
   */
  async listPullFiles(pullNumber: number, expected?: number): Promise<PullFiles> {
    const route = "GET /repos/{owner}/{repo}/pulls/{pull_number}/files" satisfies GitHubRoute;
    const listed = await this.#call(route, "list the PR's changed files", () =>
      this.#octokit.paginate(route, { ...this.repo, pull_number: pullNumber, per_page: 100 }),
    );
    const files = listed.map((file) => ({ path: file.filename, status: file.status }));
    const short =
      files.length >= PULL_FILES_LIST_LIMIT || (expected !== undefined && files.length < expected);
    return short
      ? { files, partial: { listed: files.length, total: expected } }
      : { files, partial: undefined };
  }

  async listReviews(pullNumber: number): Promise<PullRequestReview[]> {
    const route = "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews" satisfies GitHubRoute;
    const reviews = await this.#call(route, "list the PR's reviews", () =>
      this.#octokit.paginate(route, { ...this.repo, pull_number: pullNumber, per_page: 100 }),
    );
    return reviews.flatMap((review) =>
      review.user
        ? [
            {
              login: review.user.login,
              state: reviewState(review.state),
              commitId: review.commit_id ?? undefined,
            },
          ]
        : [],
    );
  }

  async listTeamMembers(org: string, teamSlug: string): Promise<string[]> {
    const route = "GET /orgs/{org}/teams/{team_slug}/members" satisfies GitHubRoute;
    const members = await this.#call(route, `list the members of team ${org}/${teamSlug}`, () =>
      this.#octokit.paginate(route, { org, team_slug: teamSlug, per_page: 100 }),
    );
    return members.map((member) => member.login);
  }

  /**
   * The merged PR whose merge into `branch` made commit `sha` (its
   * `merge_commit_sha`), or `undefined` when no PR did (a direct push).
   */
  async findMergedPull(
    sha: string,
    branch: string,
  ): Promise<{ number: number; title: string; url: string; headSha: string } | undefined> {
    const pulls = await this.listPullsOfCommit(
      sha,
      `find the PR that made commit ${shortRef(sha)}`,
    );
    const merged = pulls.find(
      (pull) => pull.merged && pull.mergeCommitSha === sha && pull.base === branch,
    );
    return merged
      ? { number: merged.number, title: merged.title, url: merged.url, headSha: merged.headSha }
      : undefined;
  }

  /** Open PRs whose head is `sha`; for re-runs GitHub sends without PRs (forks). */
  async listOpenPullsForCommit(sha: string): Promise<number[]> {
    const pulls = await this.listPullsOfCommit(sha, `find the PRs of commit ${shortRef(sha)}`);
    return pulls.filter((pull) => pull.state === "open").map((pull) => pull.number);
  }

  /**
   * The PRs GitHub associates with commit `sha` (open or closed: those it is
   * in, and the one whose merge made it), with their labels.
   */
  async listPullsOfCommit(
    sha: string,
    action = `find the PRs of commit ${shortRef(sha)}`,
  ): Promise<CommitPull[]> {
    const route = "GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls" satisfies GitHubRoute;
    const pulls = await this.#call(route, action, () =>
      this.#octokit.paginate(route, { ...this.repo, commit_sha: sha, per_page: 100 }),
    );
    // GitHub sends every field below; a trimmed-down answer (a proxy, a test
    // double) missing one reads as "not that PR", never as a crash.
    return pulls.map((pull) => ({
      number: pull.number,
      title: pull.title,
      url: pull.html_url,
      state: pull.state,
      merged: pull.merged_at !== null && pull.merged_at !== undefined,
      base: pull.base?.ref ?? "",
      headSha: pull.head?.sha ?? "",
      mergeCommitSha: pull.merge_commit_sha ?? undefined,
      labels: (pull.labels ?? []).map((label) => label.name),
    }));
  }

  /**
   * This App's check runs named `name` on `sha`, newest first. Filtered by
   * app id on GitHub's side and again here, so a workflow posting a check
   * with the same name is never taken for ours. All runs, not only the
   * latest: receipts written into an older run must survive a newer one.
   */
  async listCheckRuns(sha: string, name: string, appId: number): Promise<ExistingCheckRun[]> {
    const route = "GET /repos/{owner}/{repo}/commits/{ref}/check-runs" satisfies GitHubRoute;
    const { data } = await this.#call(route, `find the ${name} check on ${shortRef(sha)}`, () =>
      this.#octokit.request(route, {
        ...this.repo,
        ref: sha,
        check_name: name,
        filter: "all",
        app_id: appId,
        per_page: 100,
      }),
    );
    return data.check_runs
      .filter((run) => run.app?.id === appId && run.name === name)
      .map((run) => ({
        id: Number(run.id),
        summary: run.output.summary ?? "",
        annotationsCount: run.output.annotations_count,
        conclusion: run.conclusion,
        title: run.output.title ?? "",
      }))
      .sort((a, b) => b.id - a.id);
  }

  /**
   * Every check run on `ref`, any app's and every run of a name (the
   * caller picks the newest), in one paginated list that stops after `max`
   * runs: a matrix of hundreds of jobs is a few pages, never an unbounded
   * walk. `total` is GitHub's count, to tell a list cut short.
   */
  async listHeadCheckRuns(ref: string, max: number): Promise<HeadCheckRuns> {
    const route = "GET /repos/{owner}/{repo}/commits/{ref}/check-runs" satisfies GitHubRoute;
    let total = 0;
    let read = 0;
    const runs = await this.#call(route, `list the check runs on ${shortRef(ref)}`, () =>
      this.#octokit.paginate(
        route,
        { ...this.repo, ref, filter: "all", per_page: 100 },
        (response, done) => {
          // Octokit lifts the list out of `check_runs` and keeps GitHub's count on it.
          total = response.data.total_count ?? total;
          read += response.data.length;
          if (read >= max) done();
          return response.data;
        },
      ),
    );
    const kept = runs.slice(0, max);
    return {
      runs: kept.map((run) => ({
        id: Number(run.id),
        name: run.name,
        appId: run.app?.id,
        status: run.status,
        conclusion: run.conclusion,
        url: run.details_url ?? run.html_url ?? undefined,
        startedAt: run.started_at ?? null,
        summary: run.output?.summary ?? "",
        title: run.output?.title ?? "",
        annotationsCount: run.output?.annotations_count ?? 0,
      })),
      total: Math.max(total, runs.length),
    };
  }

  /**
   * The newest status of each context on `ref`, from GitHub's list (newest
   * first), at most `max` statuses read; `cut` when more may follow. The
   * first page is asked conditionally: a CI event about a check run leaves
   * the statuses as they were, and GitHub's 304 costs no rate limit.
   */
  async listHeadStatuses(
    ref: string,
    max: number,
  ): Promise<{ statuses: HeadStatus[]; cut: boolean }> {
    const route = "GET /repos/{owner}/{repo}/commits/{ref}/statuses" satisfies GitHubRoute;
    const params = { ...this.repo, ref, per_page: 100 };
    const action = `list the commit statuses on ${shortRef(ref)}`;
    let all = (await this.#conditional(route, params, action)) as RawStatus[];
    let cut = false;
    if (all.length === params.per_page) {
      let read = 0;
      all = await this.#call(route, action, () =>
        this.#octokit.paginate(route, params, (response, done) => {
          read += response.data.length;
          if (read >= max) {
            cut = response.data.length === params.per_page;
            done();
          }
          return response.data;
        }),
      );
    }
    const newest = new Map<string, HeadStatus>();
    for (const status of all.slice(0, max)) {
      if (newest.has(status.context)) continue;
      newest.set(status.context, {
        context: status.context,
        state: status.state as HeadStatus["state"],
        url: status.target_url ?? undefined,
        createdAt: status.created_at,
      });
    }
    return { statuses: [...newest.values()], cut };
  }

  /** The latest check run of each name on `ref`, any app's, every page. */
  async listLatestCheckRuns(ref: string): Promise<CheckRunReading[]> {
    const route = "GET /repos/{owner}/{repo}/commits/{ref}/check-runs" satisfies GitHubRoute;
    const runs = await this.#call(route, `list the check runs on ${shortRef(ref)}`, () =>
      this.#octokit.paginate(route, { ...this.repo, ref, filter: "latest", per_page: 100 }),
    );
    return runs.map(checkRunReadingOf);
  }

  /**
   * This App's latest check run named `name` on `ref` (a branch or a commit),
   * or `undefined`. Filtered by app id on GitHub's side and again here, as in
   * `listCheckRuns`.
   */
  async findLatestCheckRun(
    ref: string,
    name: string,
    appId: number,
  ): Promise<CheckRunReading | undefined> {
    const route = "GET /repos/{owner}/{repo}/commits/{ref}/check-runs" satisfies GitHubRoute;
    const { data } = await this.#call(route, `find the ${name} check on ${shortRef(ref)}`, () =>
      this.#octokit.request(route, {
        ...this.repo,
        ref,
        check_name: name,
        app_id: appId,
        filter: "latest",
        per_page: 100,
      }),
    );
    const run = data.check_runs.find((found) => found.app?.id === appId && found.name === name);
    return run ? checkRunReadingOf(run) : undefined;
  }

  async createCheckRun(headSha: string, write: CheckRunWrite): Promise<number> {
    const route = "POST /repos/{owner}/{repo}/check-runs" satisfies GitHubRoute;
    const { data } = await this.#call(route, `post the ${write.name} check`, () =>
      this.#octokit.request(route, {
        ...this.repo,
        head_sha: headSha,
        ...checkRunBody(write),
      }),
    );
    return Number(data.id);
  }

  async updateCheckRun(checkRunId: number, write: CheckRunWrite): Promise<void> {
    const route = "PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}" satisfies GitHubRoute;
    await this.#call(route, `update the ${write.name} check`, () =>
      this.#octokit.request(route, {
        ...this.repo,
        check_run_id: checkRunId,
        ...checkRunBody(write),
      }),
    );
  }

  async addLabels(issueNumber: number, labels: string[]): Promise<void> {
    const route = "POST /repos/{owner}/{repo}/issues/{issue_number}/labels" satisfies GitHubRoute;
    await this.#call(route, `add the ${labels.join(", ")} label`, () =>
      this.#octokit.request(route, { ...this.repo, issue_number: issueNumber, labels }),
    );
  }

  /** Removes a label; one that is already gone is not an error. */
  async removeLabel(issueNumber: number, label: string): Promise<void> {
    const route =
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}" satisfies GitHubRoute;
    try {
      await this.#octokit.request(route, { ...this.repo, issue_number: issueNumber, name: label });
    } catch (error) {
      if (statusOf(error) === 404) return;
      throw new GitHubApiError(route, `remove the ${label} label`, error);
    }
  }

  /** Who last applied `label` to the PR (case-insensitive), or `undefined` when no event says. */
  async lastLabeledBy(issueNumber: number, label: string): Promise<LabelActor | undefined> {
    const route = "GET /repos/{owner}/{repo}/issues/{issue_number}/events" satisfies GitHubRoute;
    const events = await this.#call(route, "read who applied the label", () =>
      this.#octokit.paginate(route, { ...this.repo, issue_number: issueNumber, per_page: 100 }),
    );
    const wanted = label.toLowerCase();
    let last: LabelActor | undefined;
    for (const event of events as LabelEvent[]) {
      if (event.event !== "labeled" || event.label?.name?.toLowerCase() !== wanted) continue;
      last = {
        login: event.actor?.login ?? "",
        type: event.actor?.type ?? "",
        appId: event.performed_via_github_app?.id ?? undefined,
      };
    }
    return last;
  }

  /** The user's role on the repository: admin, maintain, write, triage, read or none. */
  async getPermission(username: string): Promise<string> {
    const route =
      "GET /repos/{owner}/{repo}/collaborators/{username}/permission" satisfies GitHubRoute;
    try {
      const { data } = await this.#octokit.request(route, { ...this.repo, username });
      // role_name tells maintain from write and triage from read; permission does not.
      return data.role_name || data.permission;
    } catch (error) {
      // Someone who is not a collaborator has no permission, which is an answer, not a failure.
      if (statusOf(error) === 404) return "none";
      throw new GitHubApiError(route, `read ${username}'s permission`, error);
    }
  }

  async createComment(issueNumber: number, body: string): Promise<void> {
    const route = "POST /repos/{owner}/{repo}/issues/{issue_number}/comments" satisfies GitHubRoute;
    await this.#call(route, "reply on the PR", () =>
      this.#octokit.request(route, { ...this.repo, issue_number: issueNumber, body }),
    );
  }

  async addReaction(commentId: number, content: "+1" | "confused"): Promise<void> {
    const route =
      "POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions" satisfies GitHubRoute;
    await this.#call(route, "react to the comment", () =>
      this.#octokit.request(route, { ...this.repo, comment_id: commentId, content }),
    );
  }

  /**
   * What the token may do on the repository (`permissions` as GitHub
   * answers for the token's user: admin, maintain, push, triage, pull), for
   * `pilot-gate doctor`; a fine-grained token narrows it further.
   */
  async getRepositoryAccess(): Promise<{ defaultBranch: string; permissions: string[] }> {
    const route = "GET /repos/{owner}/{repo}" satisfies GitHubRoute;
    const { data } = await this.#call(route, "read the repository", () =>
      this.#octokit.request(route, { ...this.repo }),
    );
    const granted = Object.entries(data.permissions ?? {}).filter(([, yes]) => yes === true);
    return { defaultBranch: data.default_branch, permissions: granted.map(([name]) => name) };
  }

  /** Every label of the repository, by name (`pilot-gate doctor`). */
  async listLabels(): Promise<string[]> {
    const route = "GET /repos/{owner}/{repo}/labels" satisfies GitHubRoute;
    const labels = await this.#call(route, "list the repository's labels", () =>
      this.#octokit.paginate(route, { ...this.repo, per_page: 100 }),
    );
    return labels.map((label) => label.name);
  }

  /**
   * The names of the Actions secrets a workflow of the repository can read:
   * its own and the organisation's shared with it (`pilot-gate doctor`).
   * Values are never readable, only names.
   */
  async listSecretNames(): Promise<string[]> {
    const own = "GET /repos/{owner}/{repo}/actions/secrets" satisfies GitHubRoute;
    const shared = "GET /repos/{owner}/{repo}/actions/organization-secrets" satisfies GitHubRoute;
    this.#workflowOnly(own);
    this.#workflowOnly(shared);
    const names = await Promise.all([
      this.#call(own, "list the repository's Actions secrets", () =>
        this.#octokit.paginate(own, { ...this.repo, per_page: 100 }),
      ),
      this.#call(shared, "list the organisation secrets shared with the repository", () =>
        this.#octokit.paginate(shared, { ...this.repo, per_page: 100 }),
      ),
    ]);
    return names.flat().map((secret) => secret.name);
  }

  /**
   * The permissions the App's installation was granted (the pilot-gate/doctor
   * check), as the installation token carries them: no request when the
   * token is cached. Only the App's client has an installation token.
   */
  async installationPermissions(): Promise<Record<string, string>> {
    const auth = (await this.#octokit.auth({ type: "installation" })) as {
      permissions?: Record<string, string>;
    };
    if (auth.permissions === undefined) {
      throw new Error(
        "the token is not an App installation's, so it carries no granted permissions",
      );
    }
    return auth.permissions;
  }

  /** The repository's default branch, for events that do not carry it (installation). */
  async getDefaultBranch(): Promise<string> {
    const route = "GET /repos/{owner}/{repo}" satisfies GitHubRoute;
    const { data } = await this.#call(route, "read the repository's default branch", () =>
      this.#octokit.request(route, { ...this.repo }),
    );
    return data.default_branch;
  }

  /** The head commit of `branch`, or `undefined` when the branch does not exist (an empty repository). */
  async getBranchHead(branch: string): Promise<string | undefined> {
    const route = "GET /repos/{owner}/{repo}/branches/{branch}" satisfies GitHubRoute;
    try {
      const { data } = await this.#octokit.request(route, { ...this.repo, branch });
      return data.commit.sha;
    } catch (error) {
      if (statusOf(error) === 404) return undefined;
      throw new GitHubApiError(route, `read the head of ${branch}`, error);
    }
  }

  /**
   * The protection of each desired branch (github/protection.ts): 2
   * requests a branch, more for rulesets. Never throws for GitHub's answers:
   * each becomes a branch status that says what to do.
   */
  readProtection(desired: Pick<DesiredProtection, "mode" | "branches">): Promise<ActualProtection> {
    return readProtection(this.#octokit, this.repo, desired);
  }

  /** Makes a protection plan's writes, one request each; never throws for GitHub's answers. */
  writeProtection(plan: Pick<ProtectionReport, "writes">): Promise<WriteOutcome[]> {
    return writeProtection(this.#octokit, this.repo, plan);
  }

  /** The commit `ref` (e.g. `heads/pilot-evidence`) points at, or `undefined` on GitHub's 404. */
  async getRef(ref: string): Promise<string | undefined> {
    const route = "GET /repos/{owner}/{repo}/git/ref/{ref}" satisfies GitHubRoute;
    this.#workflowOnly(route);
    try {
      const { data } = await this.#octokit.request(route, { ...this.repo, ref });
      return data.object.sha;
    } catch (error) {
      // A missing ref and a missing repository both answer 404: callers
      // that must tell them apart learn it from their next request.
      if (statusOf(error) === 404) return undefined;
      throw new GitHubApiError(route, `read ${ref}`, error);
    }
  }

  /** The tree of the commit `sha`. */
  async getCommitTree(sha: string): Promise<string> {
    const route = "GET /repos/{owner}/{repo}/git/commits/{commit_sha}" satisfies GitHubRoute;
    this.#workflowOnly(route);
    const { data } = await this.#call(route, `read the commit ${shortRef(sha)}`, () =>
      this.#octokit.request(route, { ...this.repo, commit_sha: sha }),
    );
    return data.tree.sha;
  }

  /** Uploads `bytes` as a blob (base64, so any bytes survive) and returns its id. */
  async createBlob(bytes: Uint8Array): Promise<string> {
    const route = "POST /repos/{owner}/{repo}/git/blobs" satisfies GitHubRoute;
    this.#workflowOnly(route);
    const content = Buffer.from(bytes).toString("base64");
    const { data } = await this.#call(route, "upload a blob", () =>
      this.#octokit.request(route, { ...this.repo, content, encoding: "base64" }),
    );
    return data.sha;
  }

  /** A tree of blobs, on top of `baseTree` when given; returns its id. */
  async createTree(
    tree: { path: string; mode: "100644"; type: "blob"; sha: string }[],
    baseTree?: string,
  ): Promise<string> {
    const route = "POST /repos/{owner}/{repo}/git/trees" satisfies GitHubRoute;
    this.#workflowOnly(route);
    const { data } = await this.#call(route, "create a tree", () =>
      this.#octokit.request(route, {
        ...this.repo,
        tree,
        ...(baseTree === undefined ? {} : { base_tree: baseTree }),
      }),
    );
    return data.sha;
  }

  /** A commit of `tree` with `parents` (none: a branch's first commit); returns its id. */
  async createCommit(message: string, tree: string, parents: string[]): Promise<string> {
    const route = "POST /repos/{owner}/{repo}/git/commits" satisfies GitHubRoute;
    this.#workflowOnly(route);
    const { data } = await this.#call(route, "create a commit", () =>
      this.#octokit.request(route, { ...this.repo, message, tree, parents }),
    );
    return data.sha;
  }

  /** Creates the full ref `ref` (e.g. `refs/tags/v1.2.0`) at `sha`; GitHub answers 422 when it exists. */
  async createRef(ref: string, sha: string): Promise<void> {
    const route = "POST /repos/{owner}/{repo}/git/refs" satisfies GitHubRoute;
    this.#workflowOnly(route);
    await this.#call(route, `create ${ref}`, () =>
      this.#octokit.request(route, { ...this.repo, ref, sha }),
    );
  }

  /**
   * Moves `ref` (e.g. `heads/pilot-evidence`) to `sha`: 422 when it is no
   * fast-forward, unless `force` (only `rollback run`'s deploy-ref mode,
   * which moves a deploy branch back to an older release on purpose).
   */
  async updateRef(ref: string, sha: string, { force = false } = {}): Promise<void> {
    const route = "PATCH /repos/{owner}/{repo}/git/refs/{ref}" satisfies GitHubRoute;
    this.#workflowOnly(route);
    await this.#call(route, `move ${ref}`, () =>
      this.#octokit.request(route, { ...this.repo, ref, sha, force }),
    );
  }

  /** Opens a PR from the branch `head` into `base`; returns its number and page. */
  async createPull(pull: {
    head: string;
    base: string;
    title: string;
    body: string;
  }): Promise<{ number: number; url: string }> {
    const route = "POST /repos/{owner}/{repo}/pulls" satisfies GitHubRoute;
    this.#workflowOnly(route);
    const { data } = await this.#call(route, `open a PR from ${pull.head} into ${pull.base}`, () =>
      this.#octokit.request(route, { ...this.repo, ...pull }),
    );
    return { number: data.number, url: data.html_url };
  }

  /** An annotated tag object `tag` on the commit `sha`; returns the tag object's id. */
  async createTag(
    tag: string,
    sha: string,
    message: string,
    tagger: ReleaseTagger | undefined,
  ): Promise<string> {
    const route = "POST /repos/{owner}/{repo}/git/tags" satisfies GitHubRoute;
    this.#workflowOnly(route);
    const { data } = await this.#call(route, `create the tag object ${tag}`, () =>
      this.#octokit.request(route, {
        ...this.repo,
        tag,
        message,
        object: sha,
        type: "commit",
        ...(tagger ? { tagger } : {}),
      }),
    );
    return data.sha;
  }

  /** The GitHub release for the existing tag `tag`; returns its id and page. */
  async createRelease(release: {
    tag: string;
    name: string;
    body: string;
    prerelease: boolean;
  }): Promise<{ id: number; url: string }> {
    const route = "POST /repos/{owner}/{repo}/releases" satisfies GitHubRoute;
    this.#workflowOnly(route);
    const { data } = await this.#call(route, `create the release ${release.tag}`, () =>
      this.#octokit.request(route, {
        ...this.repo,
        tag_name: release.tag,
        name: release.name,
        body: release.body,
        prerelease: release.prerelease,
      }),
    );
    return { id: data.id, url: data.html_url };
  }

  #workflowOnly(route: GitHubRoute): void {
    if (this.#token !== "workflow" && isWorkflowOnly(route)) throw new WorkflowOnlyError(route);
  }

  /**
   * The oldest open issue (not PR) carrying `label`: how the App finds the
   * one issue it keeps per repository without remembering its number.
   */
  async findOpenIssue(label: string): Promise<FoundIssue | undefined> {
    const issue = (await this.listOpenIssues(label)).find((item) => !item.isPull);
    return issue ? { number: issue.number, body: issue.body } : undefined;
  }

  /** Opens an issue; `assignees` (logins) are sent only when there are any. */
  async createIssue(
    title: string,
    body: string,
    labels: string[],
    assignees: string[] = [],
  ): Promise<number> {
    const route = "POST /repos/{owner}/{repo}/issues" satisfies GitHubRoute;
    const { data } = await this.#call(route, `open the issue "${title}"`, () =>
      this.#octokit.request(route, {
        ...this.repo,
        title,
        body,
        labels,
        ...(assignees.length > 0 ? { assignees } : {}),
      }),
    );
    return data.number;
  }

  /** One issue or PR, read fresh: a webhook payload may be older than a command's answer. */
  async getIssue(issueNumber: number): Promise<IssueDetail> {
    const route = "GET /repos/{owner}/{repo}/issues/{issue_number}" satisfies GitHubRoute;
    const { data } = await this.#call(route, `read #${issueNumber}`, () =>
      this.#octokit.request(route, { ...this.repo, issue_number: issueNumber }),
    );
    return {
      ...issueItemOf(data as RawIssue),
      assignees: loginsOf(data.assignees),
      association: data.author_association ?? "NONE",
    };
  }

  /**
   * Adds assignees and returns the item's assignees afterwards. GitHub
   * answers 201 and silently skips a login that cannot be assigned (not a
   * collaborator), so the caller compares the answer with what it asked.
   */
  async addAssignees(issueNumber: number, logins: string[]): Promise<string[]> {
    const route =
      "POST /repos/{owner}/{repo}/issues/{issue_number}/assignees" satisfies GitHubRoute;
    const { data } = await this.#call(route, `assign ${logins.join(", ")} to #${issueNumber}`, () =>
      this.#octokit.request(route, { ...this.repo, issue_number: issueNumber, assignees: logins }),
    );
    return loginsOf(data.assignees);
  }

  async removeAssignees(issueNumber: number, logins: string[]): Promise<void> {
    const route =
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/assignees" satisfies GitHubRoute;
    await this.#call(route, `unassign ${logins.join(", ")} from #${issueNumber}`, () =>
      this.#octokit.request(route, { ...this.repo, issue_number: issueNumber, assignees: logins }),
    );
  }

  /**
   * Rewrites an issue's body (unless `body` is undefined), and closes it as
   * completed when `close` is set, or reopens it when `reopen` is.
   */
  async updateIssue(
    issueNumber: number,
    body: string | undefined,
    { close = false, reopen = false } = {},
  ): Promise<void> {
    const route = "PATCH /repos/{owner}/{repo}/issues/{issue_number}" satisfies GitHubRoute;
    const verb = close ? "close" : reopen ? "reopen" : "update";
    await this.#call(route, `${verb} issue #${issueNumber}`, () =>
      this.#octokit.request(route, {
        ...this.repo,
        issue_number: issueNumber,
        ...(body !== undefined ? { body } : {}),
        ...(close ? { state: "closed" as const, state_reason: "completed" as const } : {}),
        ...(reopen && !close ? { state: "open" as const } : {}),
      }),
    );
  }

  /**
   * Open issues and PRs with `label` (one label: GitHub ANDs a list), oldest
   * first. The first page is asked conditionally (see `#conditionalList`),
   * so reading the incidents on every PR event stays cheap.
   */
  async listOpenIssues(label: string): Promise<IssueItem[]> {
    const route = "GET /repos/{owner}/{repo}/issues" satisfies GitHubRoute;
    const params = {
      ...this.repo,
      labels: label,
      state: "open" as const,
      sort: "created" as const,
      direction: "asc" as const,
      per_page: 100,
    };
    const items = await this.#conditionalList(
      route,
      params,
      `find the open issue labelled ${label}`,
    );
    return (items as RawIssue[]).map(issueItemOf);
  }

  /**
   * Every issue (open and closed, not PRs) with `label`, every page: how a
   * command that keeps one issue per item (a pilot client's review or
   * outreach) finds the ones it opened before, closed ones too, so a second
   * run never opens a duplicate of an issue someone closed.
   */
  async listAllIssues(label: string): Promise<IssueItem[]> {
    const route = "GET /repos/{owner}/{repo}/issues" satisfies GitHubRoute;
    const items = await this.#call(route, `list the issues labelled ${label}`, () =>
      this.#octokit.paginate(route, { ...this.repo, labels: label, state: "all", per_page: 100 }),
    );
    return (items as RawIssue[]).map(issueItemOf).filter((item) => !item.isPull);
  }

  /**
   * Every open issue and PR with `label` (one label: GitHub ANDs a list),
   * every page, asked unconditionally: a one-off read, as readiness makes.
   */
  async listAllOpenIssues(label: string): Promise<IssueItem[]> {
    const route = "GET /repos/{owner}/{repo}/issues" satisfies GitHubRoute;
    const items = await this.#call(route, `list the open issues labelled ${label}`, () =>
      this.#octokit.paginate(route, { ...this.repo, labels: label, state: "open", per_page: 100 }),
    );
    return (items as RawIssue[]).map(issueItemOf);
  }

  /**
   * Issues (open and closed) with `label` updated since `since` (ISO 8601),
   * newest first: GitHub filters by update time, so an issue created since
   * then is always among them.
   */
  async listIssuesSince(label: string, since: string): Promise<IssueItem[]> {
    const route = "GET /repos/{owner}/{repo}/issues" satisfies GitHubRoute;
    const items = await this.#call(route, `list the issues labelled ${label}`, () =>
      this.#octokit.paginate(route, {
        ...this.repo,
        labels: label,
        state: "all",
        since,
        sort: "created",
        direction: "desc",
        per_page: 100,
      }),
    );
    return (items as RawIssue[]).map(issueItemOf);
  }

  /** An issue's timeline, oldest first: comments, assignments, label changes. */
  async listTimeline(issueNumber: number): Promise<TimelineItem[]> {
    const route = "GET /repos/{owner}/{repo}/issues/{issue_number}/timeline" satisfies GitHubRoute;
    const events = await this.#call(route, `read the timeline of #${issueNumber}`, () =>
      this.#octokit.paginate(route, { ...this.repo, issue_number: issueNumber, per_page: 100 }),
    );
    return (events as RawTimelineEvent[]).flatMap((raw) => {
      const at = raw.created_at ?? raw.updated_at;
      if (!raw.event || !at) return [];
      // A comment's author is `user`, an event's `actor`.
      const who = raw.actor ?? raw.user;
      return [
        {
          event: raw.event,
          at,
          actor: who?.login ? { login: who.login, type: who.type ?? "User" } : undefined,
          ...(raw.label?.name ? { label: raw.label.name } : {}),
          ...sourceOf(raw),
        },
      ];
    });
  }

  /** The comments on an issue or PR, oldest first. */
  async listComments(issueNumber: number): Promise<IssueComment[]> {
    const route = "GET /repos/{owner}/{repo}/issues/{issue_number}/comments" satisfies GitHubRoute;
    const comments = await this.#call(route, `read the comments on #${issueNumber}`, () =>
      this.#octokit.paginate(route, { ...this.repo, issue_number: issueNumber, per_page: 100 }),
    );
    return comments.map((comment) => ({
      id: comment.id,
      body: comment.body ?? "",
      author: { login: comment.user?.login ?? "", type: comment.user?.type ?? "User" },
      created_at: comment.created_at,
      association: comment.author_association,
      ...(typeof comment.performed_via_github_app?.id === "number"
        ? { appId: comment.performed_via_github_app.id }
        : {}),
    }));
  }

  async updateComment(commentId: number, body: string): Promise<void> {
    const route = "PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}" satisfies GitHubRoute;
    await this.#call(route, "update the App's comment", () =>
      this.#octokit.request(route, { ...this.repo, comment_id: commentId, body }),
    );
  }

  /** Open PRs of the repository, oldest first (first page asked conditionally, as for issues). */
  async listOpenPulls(): Promise<OpenPull[]> {
    const route = "GET /repos/{owner}/{repo}/pulls" satisfies GitHubRoute;
    const params = {
      ...this.repo,
      state: "open" as const,
      sort: "created" as const,
      direction: "asc" as const,
      per_page: 100,
    };
    const pulls = (await this.#conditionalList(route, params, "list the open PRs")) as (RawPull & {
      html_url: string;
    })[];
    return pulls.map((pull) => ({ ...toPullInfo(pull), url: pull.html_url }));
  }

  /**
   * The PRs into any branch, most recently updated first, open and closed,
   * at most `maxPages` pages of 100: `truncated` when GitHub had more, so a
   * PR not found among them is unknown, not absent. The cycles read which
   * PRs carry their stories from it (one list for every cycle).
   */
  async listRecentPulls(maxPages: number): Promise<{ pulls: RecentPull[]; truncated: boolean }> {
    const route = "GET /repos/{owner}/{repo}/pulls" satisfies GitHubRoute;
    let pages = 0;
    let truncated = false;
    const pulls = await this.#call(route, "list the PRs", () =>
      this.#octokit.paginate(
        route,
        { ...this.repo, state: "all", sort: "updated", direction: "desc", per_page: 100 },
        (response, done) => {
          pages++;
          // A full last page allowed means there may be more: stop and say so.
          if (pages >= maxPages && response.data.length === 100) {
            truncated = /rel="next"/.test(String(response.headers.link ?? ""));
            done();
          }
          return response.data;
        },
      ),
    );
    return {
      pulls: pulls.map((pull) => ({
        ...toPullInfo(pull as RawPull),
        url: pull.html_url,
        mergedAt: pull.merged_at ?? null,
      })),
      truncated,
    };
  }

  /**
   * The PRs, open or closed, whose head is the branch `branch` of this
   * repository (one request: a branch has a handful at most; 100 read).
   */
  async listPullsFromBranch(
    branch: string,
  ): Promise<{ number: number; url: string; state: string; base: string }[]> {
    const route = "GET /repos/{owner}/{repo}/pulls" satisfies GitHubRoute;
    const { data } = await this.#call(route, `list the PRs from ${branch}`, () =>
      this.#octokit.request(route, {
        ...this.repo,
        head: `${this.repo.owner}:${branch}`,
        state: "all",
        per_page: 100,
      }),
    );
    return data.map((pull) => ({
      number: pull.number,
      url: pull.html_url,
      state: pull.state,
      base: pull.base.ref,
    }));
  }

  /**
   * A list whose first page is asked conditionally; only a full first page
   * (100 items) pages on, without the cache.
   */
  async #conditionalList(
    route: GitHubRoute,
    params: Record<string, unknown> & { per_page: number },
    action: string,
  ): Promise<unknown[]> {
    const first = (await this.#conditional(route, params, action)) as unknown[];
    if (first.length < params.per_page) return first;
    return (await this.#call(route, action, () =>
      this.#octokit.paginate(route, params as never),
    )) as unknown[];
  }

  /** One GET whose answer is kept with its ETag, so asking again costs nothing while unchanged. */
  async #conditional(
    route: GitHubRoute,
    params: Record<string, unknown>,
    action: string,
  ): Promise<unknown> {
    const key = `${route} ${JSON.stringify(params)}`;
    const cached = this.#cache?.get(key);
    try {
      const response = await this.#octokit.request(route, {
        ...params,
        ...(cached ? { headers: { "if-none-match": cached.etag } } : {}),
      } as never);
      const etag = (response as { headers: { etag?: string } }).headers.etag;
      const data = (response as { data: unknown }).data;
      if (etag && this.#cache) this.#cache.set(key, { etag, data });
      return data;
    } catch (error) {
      if (statusOf(error) === 304 && cached) return cached.data;
      throw new GitHubApiError(route, action, error);
    }
  }

  async #call<T>(route: GitHubRoute, action: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      throw new GitHubApiError(route, action, error);
    }
  }
}

/** How the config plugin starts its messages; what follows says which refusal it is. */
const PLUGIN = "[@probot/octokit-plugin-config]";

/**
 * Where `_extends: value` leads in a config of `repo` at `path`, as Probot's
 * config plugin resolves it (a bare `repo` is the judged repository's
 * owner's, and the path defaults to `path`), or `undefined` when the plugin
 * refuses the value. The plugin does not export its parser, so it is asked
 * with a stand-in that reads nothing: no request is made.
 */
export async function extendsTarget(
  repo: RepoRef,
  path: string,
  value: string,
): Promise<{ owner: string; repo: string; path: string } | undefined> {
  const resolved = { stop: true };
  let target: { owner: string; repo: string; path: string } | undefined;
  let asked = 0;
  const request = async (endpoint: Record<string, unknown>) => {
    asked++;
    if (asked === 1) return { data: JSON.stringify({ _extends: value }), headers: {} };
    target = {
      owner: String(endpoint.owner),
      repo: String(endpoint.repo),
      path: String(endpoint.path),
    };
    throw resolved;
  };
  try {
    await composeConfigGet(
      {
        request: Object.assign(request, { endpoint: () => ({ url: path }) }),
      } as unknown as Parameters<typeof composeConfigGet>[0],
      { ...repo, path },
    );
  } catch (error) {
    if (error === resolved) return target;
    if (error instanceof Error && error.message.startsWith(`${PLUGIN} Invalid value`)) {
      return undefined;
    }
    throw error;
  }
  return undefined;
}

/** A fault carried through the config plugin unrecognised (see `readConfigFiles`). */
class Fault {
  readonly error: unknown;
  constructor(error: unknown) {
    this.error = error;
  }
}

export interface RawIssue {
  number: number;
  title: string;
  body?: string | null;
  state: string;
  labels?: ({ name?: string | null } | string)[] | null;
  created_at: string;
  closed_at: string | null;
  html_url: string;
  user: { login: string; type: string } | null;
  assignees?: ({ login?: string } | null)[] | null;
  pull_request?: unknown;
}

/** An issue as a webhook payload or the REST API carries it, read as the incident protocol does. */
export function issueItemOf(raw: RawIssue): IssueItem {
  return {
    number: raw.number,
    title: raw.title,
    body: raw.body ?? "",
    state: raw.state === "closed" ? "closed" : "open",
    labels: labelNames(raw.labels),
    created_at: raw.created_at,
    closed_at: raw.closed_at,
    html_url: raw.html_url,
    author: { login: raw.user?.login ?? "", type: raw.user?.type ?? "User" },
    isPull: raw.pull_request !== undefined && raw.pull_request !== null,
    assignees: (raw.assignees ?? []).flatMap((user) => (user?.login ? [user.login] : [])),
  };
}

interface RawTimelineEvent {
  event?: string;
  created_at?: string;
  updated_at?: string;
  actor?: { login?: string; type?: string } | null;
  user?: { login?: string; type?: string } | null;
  label?: { name?: string | null } | null;
  source?: {
    issue?: {
      number?: number;
      title?: string;
      html_url?: string;
      state?: string;
      pull_request?: unknown;
    } | null;
  } | null;
}

/** The issue or PR a cross-reference came from, when the event carries one. */
function sourceOf(raw: RawTimelineEvent): Pick<TimelineItem, "source"> {
  const issue = raw.source?.issue;
  if (raw.event !== "cross-referenced" || !issue?.number) return {};
  return {
    source: {
      number: issue.number,
      title: issue.title ?? "",
      url: issue.html_url ?? "",
      state: issue.state ?? "open",
      isPull: issue.pull_request !== undefined && issue.pull_request !== null,
    },
  };
}

/** The logins of an assignee list as the REST API answers it. */
function loginsOf(users: readonly ({ login?: string } | null)[] | null | undefined): string[] {
  return (users ?? []).flatMap((user) => (user?.login ? [user.login] : []));
}

interface LabelEvent {
  event?: string;
  label?: { name?: string | null } | null;
  actor?: { login?: string; type?: string } | null;
  performed_via_github_app?: { id?: number } | null;
}

function checkRunBody(write: CheckRunWrite) {
  return {
    name: write.name,
    status: "completed" as const,
    conclusion: write.conclusion,
    completed_at: write.completedAt,
    output: {
      title: write.title,
      summary: write.summary,
      ...(write.text !== undefined ? { text: write.text } : {}),
      ...(write.annotations.length > 0 ? { annotations: write.annotations } : {}),
    },
    ...(write.actions.length > 0 ? { actions: write.actions } : {}),
    ...(write.detailsUrl !== undefined ? { details_url: write.detailsUrl } : {}),
  };
}

function reviewState(state: string): PullRequestReview["state"] {
  switch (state.toUpperCase()) {
    case "APPROVED":
      return "approved";
    case "CHANGES_REQUESTED":
      return "changes_requested";
    case "DISMISSED":
      return "dismissed";
    case "PENDING":
      return "pending";
    default:
      return "commented";
  }
}

/** The URL of the request an Octokit `RequestError` is about, read structurally; "" when unknown. */
function failedUrl(error: unknown): string {
  const url = (error as { request?: { url?: unknown } } | null)?.request?.url;
  return typeof url === "string" ? url : "";
}

/** `text` as JSON, or `undefined` when it is not JSON: an answer that cannot be read is unknown. */
export function parseJsonOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The fields of a check run (as listed by GitHub) that `CheckRunReading` keeps. */
function checkRunReadingOf(run: {
  name: string;
  app?: { id?: number } | null;
  status: string;
  conclusion: string | null;
  html_url?: string | null;
  head_sha?: string;
  output?: { text?: string | null } | null;
  completed_at?: string | null;
  started_at?: string | null;
}): CheckRunReading {
  // Read leniently: a list may leave out what this run's reader does not need.
  return {
    name: run.name,
    appId: run.app?.id,
    status: run.status,
    conclusion: run.conclusion,
    url: run.html_url ?? undefined,
    headSha: run.head_sha ?? "",
    text: run.output?.text ?? undefined,
    completedAt: run.completed_at ?? null,
    startedAt: run.started_at ?? null,
  };
}

function shortRef(ref: string): string {
  return /^[0-9a-f]{40}$/.test(ref) ? ref.slice(0, 7) : ref;
}

/** A repository an installation may reach, as the scheduled reconcile needs it. */
export interface InstallationRepository {
  owner: string;
  repo: string;
  ownerIsOrg: boolean;
  defaultBranch: string;
  archived: boolean;
}

/** The App's installations, every page; `appOctokit` is signed with the App's JWT. */
export async function listInstallations(appOctokit: SeamOctokit): Promise<number[]> {
  const route = "GET /app/installations" satisfies GitHubRoute;
  try {
    const installations = await appOctokit.paginate(route, { per_page: 100 });
    return installations.map((installation) => installation.id);
  } catch (error) {
    throw new GitHubApiError(route, "list the App's installations", error);
  }
}

/** The repositories an installation reaches, every page, with their default branch. */
export async function listInstallationRepositories(
  octokit: SeamOctokit,
): Promise<InstallationRepository[]> {
  const route = "GET /installation/repositories" satisfies GitHubRoute;
  try {
    const repositories = await octokit.paginate(route, { per_page: 100 });
    return repositories.map((repository) => ({
      owner: repository.owner.login,
      repo: repository.name,
      ownerIsOrg: repository.owner.type === "Organization",
      defaultBranch: repository.default_branch,
      archived: repository.archived,
    }));
  } catch (error) {
    throw new GitHubApiError(route, "list the installation's repositories", error);
  }
}
