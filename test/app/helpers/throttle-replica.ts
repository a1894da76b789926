// One App replica's GitHub client, as app/main.ts builds it (Probot with
// PilotGateOctokit, REDIS_URL as Probot's redisConfig), making label writes
// for installation 1 once told "go" on stdin. argv: GitHub's base URL, the
// Redis URL ("" for none), the number of writes.
import { Probot } from "probot";
import { PilotGateOctokit } from "../../../github/octokit.js";
import { TEST_PRIVATE_KEY } from "./keys.js";

const [baseUrl = "", redisUrl = "", count = "3"] = process.argv.slice(2);
const probot = new Probot({
  appId: 1,
  privateKey: TEST_PRIVATE_KEY,
  baseUrl,
  ...(redisUrl ? { redisConfig: redisUrl } : {}),
  Octokit: PilotGateOctokit,
  logLevel: "warn",
});
const octokit = await probot.auth(1);
// The installation token is fetched before the writes start, so they start together.
await octokit.request("GET /repos/{owner}/{repo}", { owner: "o", repo: "r" });
console.log("ready");
await new Promise((resolve) => process.stdin.once("data", resolve));
await Promise.all(
  Array.from({ length: Number(count) }, (_, i) =>
    octokit.request("POST /repos/{owner}/{repo}/issues/{issue_number}/labels", {
      owner: "o",
      repo: "r",
      issue_number: i + 1,
      labels: ["NO_MERGE"],
    }),
  ),
);
console.log("done");
process.exit(0);
