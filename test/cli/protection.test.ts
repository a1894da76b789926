import { beforeEach, describe, expect, it, vi } from "vitest";
import {
  classicProtectionBody,
  defaultProtectionConfig,
  desiredProtection,
  type ProtectionSettings,
  protectionStatusSchema,
} from "../../core/protection/index.js";
import { run, STACK_LINE, tempDir, writeFiles } from "./helpers.js";

/** A request the stubbed client got. */
interface Call {
  route: string;
  params: Record<string, unknown>;
}

/** The stubbed GitHub: route -> branch -> answer; a thrown answer is an Octokit-like RequestError. */
const github = vi.hoisted(() => ({
  calls: [] as { route: string; params: Record<string, unknown> }[],
  protection: {} as Record<string, { status: number; data: unknown }>,
  writeStatus: 200 as number,
}));

vi.mock("../../github/token-octokit.js", () => ({
  createTokenOctokit: () => ({
    // GitHubClient counts requests with a hook; this stub counts them in `calls`.
    hook: { before() {} },
    async request(route: string, params: Record<string, unknown>) {
      github.calls.push({ route, params });
      const answer = (status: number, data: unknown) => {
        if (status >= 400) {
          throw Object.assign(new Error(String((data as { message?: string }).message)), {
            status,
            response: { data },
          });
        }
        return { data };
      };
      if (route === "GET /repos/{owner}/{repo}/branches/{branch}/protection") {
        const found = github.protection[String(params.branch)];
        return found
          ? answer(found.status, found.data)
          : answer(404, { message: "Branch not protected" });
      }
      if (route === "GET /repos/{owner}/{repo}/rules/branches/{branch}") return answer(200, []);
      if (route === "PUT /repos/{owner}/{repo}/branches/{branch}/protection") {
        return answer(
          github.writeStatus,
          github.writeStatus >= 400 ? { message: "Validation Failed" } : {},
        );
      }
      throw new Error(`unexpected request ${route}`);
    },
  }),
}));

const APP = 123;
const WANT = desiredProtection(defaultProtectionConfig(), "required-check", APP).settings;
const ENV = { GITHUB_TOKEN: "ghp_test", APP_ID: String(APP) };

/** GET .../protection's answer for `settings`. */
function protectedWith(settings: ProtectionSettings) {
  const body = classicProtectionBody(settings);
  return {
    status: 200,
    data: {
      ...body,
      enforce_admins: { enabled: body.enforce_admins },
      allow_force_pushes: { enabled: body.allow_force_pushes },
      allow_deletions: { enabled: body.allow_deletions },
      required_linear_history: { enabled: body.required_linear_history },
      required_conversation_resolution: { enabled: body.required_conversation_resolution },
    },
  };
}

const writes = (): Call[] => github.calls.filter((call) => call.route.startsWith("PUT "));

beforeEach(() => {
  github.calls.length = 0;
  github.protection = {};
  github.writeStatus = 200;
});

describe("pilot-gate protection", () => {
  it("plan exits 0 when every branch is applied, and writes nothing", async () => {
    github.protection = { main: protectedWith(WANT), develop: protectedWith(WANT) };
    const result = await run(["protection", "plan", "--repo", "acme/app"], { env: ENV });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("main: Applied, from classic; Scorecard tier 3 (8/10)");
    expect(writes()).toEqual([]);
  });

  it("plan exits 1 on drift or a missing protection, prints the diff, writes nothing", async () => {
    github.protection = { main: protectedWith({ ...WANT, approvingReviews: 0 }) };
    const result = await run(["protection", "plan", "--repo", "acme/app"], { env: ENV });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("main: Drifted");
    expect(result.stdout).toContain("required_approving_reviews: 0 -> 1");
    expect(result.stdout).toContain("develop: Missing, from none");
    expect(result.stdout).toContain(
      "sync would write: PUT /repos/acme/app/branches/develop/protection",
    );
    expect(writes()).toEqual([]);
  });

  it("sync writes one PUT per drifted branch and exits 0 once applied", async () => {
    github.protection = { main: protectedWith(WANT) };
    const result = await run(["protection", "sync", "--repo", "acme/app", "--json"], {
      env: ENV,
    });
    expect(result.code).toBe(0);
    const report = protectionStatusSchema.parse(JSON.parse(result.stdout));
    expect(report.dry_run).toBe(false);
    expect(report.branches.map((b) => b.status)).toEqual(["Applied", "Applied"]);
    expect(writes().map((call) => call.params.branch)).toEqual(["develop"]);
    // 2 reads per branch and 1 write for the one that needed it.
    expect(github.calls).toHaveLength(5);
  });

  it("exits 2 when a write fails, with GitHub's message", async () => {
    github.writeStatus = 422;
    const result = await run(["protection", "sync", "--repo", "acme/app"], { env: ENV });
    expect(result.code).toBe(2);
    expect(result.stdout).toContain("main: Error");
    expect(result.stdout).toContain("(422): Validation Failed");
  });

  it("exits 2 with the permission to grant when GitHub refuses", async () => {
    github.protection = {
      main: { status: 403, data: { message: "Resource not accessible by personal access token" } },
    };
    const result = await run(["protection", "plan", "--repo", "acme/app"], { env: ENV });
    expect(result.code).toBe(2);
    expect(result.stdout).toContain("main: PermissionNeeded");
    expect(result.stdout).toContain("Permission needed: administration: write");
  });

  it("reads protection: from --config, the App id included", async () => {
    const cwd = await tempDir();
    await writeFiles(cwd, {
      "p.yml": "protection:\n  app_id: 123\n  branches: [main]\n  required_approving_reviews: 2\n",
    });
    github.protection = { main: protectedWith(WANT) };
    const result = await run(["protection", "plan", "--repo", "acme/app", "--config", "p.yml"], {
      cwd,
      env: { GITHUB_TOKEN: "ghp_test" },
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("required_approving_reviews: 1 -> 2");
    expect(result.stdout).not.toContain("develop");
  });

  it.each([
    [["protection", "plan", "--repo", "acme/app"], { APP_ID: "123" }, "GITHUB_TOKEN is not set"],
    [
      ["protection", "plan", "--repo", "acme/app"],
      { GITHUB_TOKEN: "t" },
      "the App's id is unknown",
    ],
    [
      ["protection", "plan", "--repo", "acme/app", "--app-id", "abc"],
      { GITHUB_TOKEN: "t" },
      "is not an App id",
    ],
    [["protection", "plan", "--repo", "acme"], ENV, "expected format owner/name"],
    [["protection", "apply", "--repo", "acme/app"], ENV, 'unknown subcommand "apply"'],
    [["protection", "plan"], ENV, "pass --repo owner/name"],
  ])("exits 2 on %j", async (argv, env, message) => {
    const result = await run(argv, { env });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr).not.toMatch(STACK_LINE);
    expect(github.calls).toEqual([]);
  });

  it("says how to set the token", async () => {
    const result = await run(["protection", "plan", "--repo", "acme/app"], { env: {} });
    expect(result.stderr).toContain("export GITHUB_TOKEN=$(gh auth token)");
  });

  it("prints its help", async () => {
    const result = await run(["protection", "--help"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Usage: pilot-gate protection <plan|sync>");
  });
});
