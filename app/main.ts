import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { parseEnv } from "node:util";
import { run } from "probot";
import { PilotGateOctokit } from "../github/octokit.js";
import { withHealth } from "./health.js";
import app from "./index.js";
import { checkServerEnv, StartupError } from "./server-env.js";

/**
 * The App's server entry (bundled to dist/app.js): `node dist/app.js`, with
 * Probot's usual environment (APP_ID, PRIVATE_KEY, WEBHOOK_SECRET, PORT...;
 * every variable is in .env.example). Starting it here rather than with
 * `probot run` is what lets the App pass its own Octokit, with the retry and
 * rate-limit policy in github/octokit.ts, check its settings before Probot
 * starts, and serve /healthz and /readyz (app/health.ts).
 * Imported (e.g. by `probot run dist/app.js`), it only exports the App.
 */
export default app;
export { PilotGateOctokit };

/**
 * The environment Probot's `run` will see: it lays `.env` in the working
 * directory over the process's variables (with node:util's parser, as here)
 * before reading them, and exports no function that does only that.
 */
function environmentWithDotEnv(): NodeJS.ProcessEnv {
  let text: string;
  try {
    text = readFileSync(".env", "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return process.env;
    throw error;
  }
  return { ...process.env, ...parseEnv(text) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  try {
    for (const warning of checkServerEnv(environmentWithDotEnv())) console.warn(warning);
  } catch (error) {
    if (!(error instanceof StartupError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
  await run(withHealth(app), { Octokit: PilotGateOctokit });
}
