import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type ActionInputs, getInputs } from "../../../actions/pull-request/inputs.js";
import { APP_ID, GitHubMock, OWNER, REPO } from "../../app/helpers/github.js";

/** The App tests' GitHub mock, plus what only the Action asks. */
export class ActionGitHubMock extends GitHubMock {
  /**
   * `GET /apps/{slug}`: the app the token belongs to. Answers with the
   * fixtures' App id, so the shared check run and label mocks apply.
   */
  app(slug = "github-actions", { id = APP_ID, token }: { id?: number; token?: string } = {}): this {
    const interceptor = this.scope.get(`/apps/${slug}`);
    if (token !== undefined) interceptor.matchHeader("authorization", `token ${token}`);
    interceptor.reply(200, { id, slug, name: slug, owner: null });
    return this;
  }
}

/** The runner's environment for an event: its payload written where GITHUB_EVENT_PATH says. */
export async function runnerEnv(
  eventName: string,
  payload: unknown,
  env: NodeJS.ProcessEnv = {},
): Promise<NodeJS.ProcessEnv> {
  const dir = await mkdtemp(join(tmpdir(), "pilot-gate-action-"));
  const eventPath = join(dir, "event.json");
  await writeFile(eventPath, JSON.stringify(payload));
  return {
    INPUT_TOKEN: "ghs_workflow_token",
    INPUT_DRY_RUN: "false",
    INPUT_APP_SLUG: "github-actions",
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_API_URL: "https://api.github.com",
    ...env,
  };
}

/** The action's inputs for an event, read as the entry reads them. */
export async function inputsFor(
  eventName: string,
  payload: unknown,
  env: NodeJS.ProcessEnv = {},
): Promise<ActionInputs> {
  return getInputs(await runnerEnv(eventName, payload, env));
}
