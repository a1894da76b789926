import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { parseEnv } from "node:util";
import { type Logger, run } from "probot";
import { type AppOptions, readAppOptions } from "../engine/options.js";
import { PilotGateOctokit } from "../github/octokit.js";
import { withHealth } from "./health.js";
import app, { createApp } from "./index.js";
import { checkServerEnv } from "./server-env.js";
import { handleShutdown, ShutdownHooks } from "./shutdown.js";

/**
 * The App's server entry (bundled to dist/app.js): `node dist/app.js`, with
 * Probot's usual environment (APP_ID, PRIVATE_KEY, WEBHOOK_SECRET, PORT...;
 * every variable is in .env.example). Starting it here rather than with
 * `probot run` is what lets the App pass its own Octokit, with the retry and
 * rate-limit policy in github/octokit.ts, check its settings before Probot
 * starts, serve /healthz and /readyz (app/health.ts), and shut down
 * gracefully (app/shutdown.ts).
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
  const env = environmentWithDotEnv();
  let options: AppOptions;
  try {
    for (const warning of checkServerEnv(env)) console.warn(warning);
    options = readAppOptions(env);
  } catch (error) {
    // Both name the setting to fix; a stack trace would only bury that.
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
  const hooks = new ShutdownHooks();
  let log: Logger | undefined;
  const probotSigint = process.listeners("SIGINT");
  const server = await run(
    withHealth((probot, probotOptions) => {
      log = probot.log;
      return createApp(options, process.env, hooks)(probot, probotOptions);
    }),
    { Octokit: PilotGateOctokit },
  );
  handleShutdown(
    {
      server,
      hooks,
      deadlineMs: options.shutdownMs ?? 25_000,
      log: () => log ?? console,
    },
    process.listeners("SIGINT").filter((listener) => !probotSigint.includes(listener)),
  );
}
