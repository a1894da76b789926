import { pathToFileURL } from "node:url";
import { run } from "probot";
import { PilotGateOctokit } from "../github/octokit.js";
import app from "./index.js";

/**
 * The App's server entry (bundled to dist/app.js): `node dist/app.js`, with
 * Probot's usual environment (APP_ID, PRIVATE_KEY, WEBHOOK_SECRET, PORT...).
 * Starting it here rather than with `probot run` is what lets the App pass
 * its own Octokit, with the retry and rate-limit policy in github/octokit.ts.
 * Imported (e.g. by `probot run dist/app.js`), it only exports the App.
 */
export default app;
export { PilotGateOctokit };

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  await run(app, { Octokit: PilotGateOctokit });
}
