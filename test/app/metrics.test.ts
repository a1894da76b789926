import { describe, expect, it } from "vitest";
import { registry } from "../../app/metrics.js";
import { BAD_BODY } from "./helpers/configs.js";
import { GitHubMock, useGitHubMock } from "./helpers/github.js";
import { PR_NUMBER, pullRequestEvent } from "./helpers/payloads.js";
import { createTestApp } from "./helpers/probot.js";

useGitHubMock();

/** What a scrape of /metrics gets (the endpoint itself: test/app/health.test.ts). */
function scrape(): Promise<string> {
  return registry.metrics();
}

/** The value of one series in Prometheus's text format, 0 when absent. */
function value(text: string, series: string): number {
  const line = text.split("\n").find((l) => l.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
}

describe("/metrics", () => {
  it("counts events, verdicts, GitHub requests by route and status, queue depth and handler time", async () => {
    const before = await scrape();
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.config(null);
    gh.files(PR_NUMBER, ["src/login.ts"]);
    gh.createCheckRun();
    gh.addLabels(PR_NUMBER);

    await app.receive("pull_request", pullRequestEvent("opened", { body: BAD_BODY }));

    const text = await scrape();
    const grew = (series: string) => value(text, series) - value(before, series);
    expect(
      grew('pilot_gate_webhook_events_total{event="pull_request.opened",outcome="handled"}'),
    ).toBe(1);
    expect(grew('pilot_gate_verdicts_total{conclusion="no_merge"}')).toBe(1);
    expect(
      grew(
        'pilot_gate_github_requests_total{method="POST",route="/repos/{owner}/{repo}/check-runs",status="201"}',
      ),
    ).toBe(1);
    expect(
      grew(
        'pilot_gate_github_requests_total{method="POST",route="/repos/{owner}/{repo}/issues/{issue_number}/labels",status="200"}',
      ),
    ).toBe(1);
    expect(grew('pilot_gate_handler_duration_seconds_count{event="pull_request.opened"}')).toBe(1);
    // The PR's task is done: nothing waits in the queue.
    expect(value(text, "pilot_gate_queue_depth")).toBe(0);
    expect(text).toContain("# TYPE pilot_gate_github_rate_limit_remaining gauge");
    // Node's own, from prom-client's defaults.
    expect(text).toContain("process_resident_memory_bytes");
    expect(text).toContain("nodejs_eventloop_lag_seconds");
  });

  it("records the rate limit GitHub last reported", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.config(null);
    gh.files(PR_NUMBER, ["src/login.ts"]);
    gh.scope
      .post("/repos/Codertocat/Hello-World/check-runs")
      .reply(201, { id: 1 }, { "x-ratelimit-remaining": "4321" });
    await app.receive("pull_request", pullRequestEvent("opened"));
    expect(
      await registry.getSingleMetricAsString("pilot_gate_github_rate_limit_remaining"),
    ).toMatch(/pilot_gate_github_rate_limit_remaining 4321/);
  });
});
