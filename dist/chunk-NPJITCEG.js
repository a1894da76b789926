import { createRequire as __pilotGateCreateRequire } from "node:module";
const require = __pilotGateCreateRequire(import.meta.url);
import {
  cliVersion
} from "./chunk-XEQG24DF.js";
import {
  ArgumentError
} from "./chunk-IYG7IW7E.js";
import {
  createTokenOctokit
} from "./chunk-PPUIZ7VU.js";

// cli/github.ts
var NO_REPOSITORY = {
  message: "no repository given",
  hint: "pass --repo owner/name (GITHUB_REPOSITORY is used when set)"
};
function repositoryOf(value, missing = NO_REPOSITORY) {
  if (value === void 0 || value.trim() === "")
    throw new ArgumentError(missing.message, missing.hint);
  let [owner, repo, ...rest] = value.trim().split("/");
  if (!owner || !repo || rest.length > 0)
    throw new ArgumentError(`--repo "${value}" is not a repository`, "expected format owner/name");
  return { owner, repo };
}
function cliOctokit(io, token) {
  return createTokenOctokit({
    token,
    baseUrl: (io.env.GITHUB_API_URL ?? "").trim() || "https://api.github.com",
    userAgent: `pilot-gate-cli/${cliVersion()}`,
    log: { debug() {
    }, info() {
    }, warn() {
    }, error() {
    } },
    retries: io.env.PILOT_GATE_NO_RETRY !== "1"
  });
}

export {
  repositoryOf,
  cliOctokit
};
