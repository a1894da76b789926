import type { IncomingMessage, ServerResponse } from "node:http";
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";
import type { SerialQueue } from "../engine/state.js";
import { onGitHubResponse } from "../github/octokit.js";

/** Where Prometheus scrapes, beside /healthz and /readyz. */
export const METRICS_PATH = "/metrics";

/**
 * The process's metrics. Per process (each replica is scraped on its own),
 * so one registry for the module rather than per loaded App: Node's default
 * metrics can only be collected once per registry.
 */
export const registry = new Registry();
collectDefaultMetrics({ register: registry });

export const webhookEvents = new Counter({
  name: "pilot_gate_webhook_events_total",
  help: "Webhook events handled, by event (name.action) and outcome (handled, failed).",
  labelNames: ["event", "outcome"] as const,
  registers: [registry],
});
export const verdicts = new Counter({
  name: "pilot_gate_verdicts_total",
  help: "PR verdicts reached, by conclusion (pass, no_merge).",
  labelNames: ["conclusion"] as const,
  registers: [registry],
});
export const githubRequests = new Counter({
  name: "pilot_gate_github_requests_total",
  help: "Requests to GitHub, by method, route and HTTP status (0: no answer).",
  labelNames: ["method", "route", "status"] as const,
  registers: [registry],
});
export const rateLimitRemaining = new Gauge({
  name: "pilot_gate_github_rate_limit_remaining",
  help: "x-ratelimit-remaining on GitHub's latest answer to this process.",
  registers: [registry],
});
export const handlerDuration = new Histogram({
  name: "pilot_gate_handler_duration_seconds",
  help: "Time from an event reaching the App to its handler finishing, by event.",
  labelNames: ["event"] as const,
  buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
  registers: [registry],
});
export const queueDepth = new Gauge({
  name: "pilot_gate_queue_depth",
  help: "Tasks waiting or running in the per-PR queues of this process.",
  registers: [registry],
});

onGitHubResponse((info) => {
  githubRequests.inc({ method: info.method, route: info.route, status: String(info.status) });
  if (info.rateLimitRemaining !== undefined) rateLimitRemaining.set(info.rateLimitRemaining);
});

/** `queue`, counted in `pilot_gate_queue_depth` while each task waits or runs. */
export function countedQueue(queue: SerialQueue): SerialQueue {
  return {
    async run(key, task) {
      queueDepth.inc();
      try {
        return await queue.run(key, task);
      } finally {
        queueDepth.dec();
      }
    },
  };
}

/** A Probot server handler (`addHandler`) answering `GET /metrics` in Prometheus's text format. */
export function metricsHandler(): (req: IncomingMessage, res: ServerResponse) => Promise<boolean> {
  return async (req, res) => {
    if (req.method !== "GET" || (req.url ?? "").split("?")[0] !== METRICS_PATH) return false;
    const body = await registry.metrics();
    res.writeHead(200, { "content-type": registry.contentType }).end(body);
    return true;
  };
}
