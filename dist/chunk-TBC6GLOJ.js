import { createRequire as __pilotGateCreateRequire } from "node:module";
const require = __pilotGateCreateRequire(import.meta.url);

// actions/runner.ts
var InputError = class extends Error {
  name = "InputError";
};
function readRepository(env) {
  let repository = (env.GITHUB_REPOSITORY ?? "").trim(), [owner, repo, ...rest] = repository.split("/");
  if (!owner || !repo || rest.length > 0)
    throw new InputError(
      `GITHUB_REPOSITORY="${repository}" is not a repository: expected format {owner}/{repo}. Run the action in a workflow, where the runner sets it.`
    );
  return { owner, repo };
}

export {
  InputError,
  readRepository
};
