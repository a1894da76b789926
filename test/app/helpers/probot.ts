import { pino } from "pino";
import { Probot, type ProbotOctokit } from "probot";
import { createApp } from "../../../app/index.js";
import { type AppOptions, readAppOptions } from "../../../engine/options.js";
import { PilotGateOctokit } from "../../../github/octokit.js";
import { APP_ID, recorded } from "./github.js";
import { TEST_PRIVATE_KEY } from "./keys.js";

export const WEBHOOK_SECRET = "test-secret";
export const NOW = new Date("2024-05-01T12:00:00Z");

export interface LogLine {
  level: number;
  msg: string;
  [key: string]: unknown;
}

export interface TestApp {
  probot: Probot;
  logs: LogLine[];
  /** Delivers one event; returns the requests it made (token excluded unless asked). */
  receive(name: string, payload: unknown): Promise<void>;
  /** Log lines at `level` or above (pino levels: 30 info, 40 warn, 50 error). */
  logged(level: number): LogLine[];
}

/**
 * The real App loaded into a real Probot, as the issue describes: retries and
 * throttling off so a mocked failure is final, logs captured, the clock fixed.
 * `env` is what the App reads besides its options (`REDIS_URL`): nothing by default.
 */
export async function createTestApp(
  options: Partial<AppOptions> = {},
  env: NodeJS.ProcessEnv = {},
): Promise<TestApp> {
  const logs: LogLine[] = [];
  const log = pino(
    { level: "trace" },
    {
      write(line: string) {
        logs.push(JSON.parse(line) as LogLine);
      },
    },
  );
  const probot = new Probot({
    appId: APP_ID,
    privateKey: TEST_PRIVATE_KEY,
    secret: WEBHOOK_SECRET,
    log,
    // A function, not an object: Probot 14 sets its own `throttle` on the
    // instance options, which would replace an object default and leave
    // throttling on (writes then wait a second each).
    // The App's own Octokit (its request deadline, its metrics hook), retries
    // and throttling off.
    Octokit: PilotGateOctokit.defaults((options: Record<string, unknown>) => ({
      ...options,
      retry: { enabled: false },
      throttle: { ...(options.throttle as object | undefined), enabled: false },
    })) as typeof ProbotOctokit,
  });
  // Judged on the test's thread unless a test asks for workers: a worker
  // loads the engine through tsx, which costs each test a second.
  await probot.load(
    createApp(
      {
        ...readAppOptions({}),
        now: () => NOW,
        evaluationWorkers: 0,
        // Off unless a test asks: the pass at start would list every installation.
        reconcileIntervalSeconds: 0,
        ...options,
      },
      env,
    ),
  );
  let delivery = 0;
  return {
    probot,
    logs,
    async receive(name, payload) {
      delivery++;
      await probot.receive({ id: `delivery-${delivery}`, name, payload } as Parameters<
        Probot["receive"]
      >[0]);
    },
    logged(level) {
      return logs.filter((line) => line.level >= level);
    },
  };
}

/** Index into `recorded`, to count one event's requests. */
export function mark(): number {
  return recorded.length;
}
