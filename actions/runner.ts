/**
 * What every pilot-gate action reads from the runner the same way. Each
 * action's `getInputs` stays the one place that reads its inputs; these are
 * the pieces they share.
 */

/** An input or a runner variable the action cannot use; the message says what to set. */
export class InputError extends Error {
  override readonly name = "InputError";
}

/** The repository the workflow runs in, from `GITHUB_REPOSITORY` (`owner/repo`). */
export function readRepository(env: NodeJS.ProcessEnv): { owner: string; repo: string } {
  const repository = (env.GITHUB_REPOSITORY ?? "").trim();
  const [owner, repo, ...rest] = repository.split("/");
  if (!owner || !repo || rest.length > 0) {
    throw new InputError(
      `GITHUB_REPOSITORY="${repository}" is not a repository: expected format {owner}/{repo}. Run the action in a workflow, where the runner sets it.`,
    );
  }
  return { owner, repo };
}
