import { getPrivateKey } from "@probot/get-private-key";

/**
 * The server cannot start as configured. Its message names every setting
 * that is missing, so one restart fixes them all.
 */
export class StartupError extends Error {
  override readonly name = "StartupError";
}

/**
 * Checks the settings Probot needs to serve a registered App, before Probot
 * starts. Probot itself, with `NODE_ENV=production`, names only the first
 * missing one, and accepts no `WEBHOOK_SECRET` at all: it then verifies
 * deliveries against its development secret, which anyone can sign with.
 * In production every missing setting is a `StartupError`; elsewhere (where
 * no credentials at all means Probot's manifest setup flow) the development
 * secret is allowed but said out loud, as the returned warnings.
 */
export function checkServerEnv(
  env: NodeJS.ProcessEnv = process.env,
  cwd = process.cwd(),
): string[] {
  const missing: string[] = [];
  if (!env.WEBHOOK_SECRET) {
    missing.push("WEBHOOK_SECRET (the webhook secret in the App's settings)");
  }
  const appId = env.APP_ID?.trim() ?? "";
  if (appId === "") {
    missing.push("APP_ID (the App ID in the App's settings)");
  } else if (!/^[1-9][0-9]*$/.test(appId)) {
    missing.push(`APP_ID (a number: "${env.APP_ID}" is not one)`);
  }
  const key = readPrivateKey(env, cwd);
  if (key !== "ok") missing.push(`PRIVATE_KEY or PRIVATE_KEY_PATH (${key})`);
  // ioredis reads a string that is not a redis URL as a host name and
  // retries it for ever; the replicas would then share nothing, silently.
  if (env.REDIS_URL && !isRedisUrl(env.REDIS_URL)) {
    throw new StartupError(
      `REDIS_URL must be a redis:// or rediss:// URL (e.g. redis://redis:6379), not "${env.REDIS_URL}": fix it, or unset it to run a single replica.`,
    );
  }

  if (env.NODE_ENV === "production") {
    if (missing.length > 0) {
      throw new StartupError(
        `pilot-gate will not start with NODE_ENV=production without ${missing.join(", ")}. ` +
          "Set them (see .env.example); to register a new App through the manifest flow, run it once without NODE_ENV=production.",
      );
    }
    return [];
  }
  const credentials = appId !== "" && key === "ok";
  if (credentials) {
    return env.WEBHOOK_SECRET
      ? []
      : [
          "WEBHOOK_SECRET is not set: webhooks are verified against Probot's development secret, which anyone can sign with. Set it to the App's webhook secret (with NODE_ENV=production the App refuses to start without it).",
        ];
  }
  // Probot's setup page registers the App with WEBHOOK_PROXY_URL as its
  // webhook URL, or with a smee.io channel it asks for; when it cannot get
  // one it uses the page's own address plus "/", where the App serves no
  // webhooks (they are on WEBHOOK_PATH, /api/github/webhooks), so every
  // delivery would fail until the URL is fixed by hand.
  return env.WEBHOOK_PROXY_URL
    ? []
    : [
        "Setup mode without WEBHOOK_PROXY_URL: the App registered from the setup page gets a smee.io channel as its webhook URL if smee.io answers, otherwise this server's address plus \"/\", where no webhooks are served. Set WEBHOOK_PROXY_URL to a channel of your own first, or after registering set the webhook URL in the App's settings to https://<your host>/api/github/webhooks.",
      ];
}

function isRedisUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return ["redis:", "rediss:"].includes(url.protocol) && url.hostname !== "";
  } catch {
    return false;
  }
}

/** "ok" when Probot will find a private key (as Probot looks for it), else why not. */
function readPrivateKey(env: NodeJS.ProcessEnv, cwd: string): string {
  try {
    return getPrivateKey({ env, cwd }) ? "ok" : "the App's private key, PEM text or a file path";
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
