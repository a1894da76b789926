import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import {
  parseAssignee,
  pilotIssueMarker,
  planPilotIssues,
  readPilotIssueMarker,
  readReviewer,
  renderOutreachBody,
  renderReviewBody,
} from "../../../../core/gates/pilot/issues.js";
import type { PilotManifest } from "../../../../core/gates/pilot/manifest.js";
import type { RosterCandidate } from "../../../../core/gates/pilot/roster.js";

const CANDIDATE: RosterCandidate = {
  id: "DELTA-04",
  name: "Delta <b>Saúde</b> @ceo",
  class: "REVISAR_CONTATO",
  score: 54,
  reasons: ["no business contact", "see [this](javascript:alert(1))"],
  service: 27,
  sales: 30,
  last_activity: "2026-05-28T00:00:00.000Z",
  kind: "production",
  technical_contact: "Edu <edu@delta.example>",
  business_contact: null,
  line: 5,
  receipts: [],
};

const planned = (client: string, body: string) => ({
  client,
  title: `t ${client}`,
  body: `${body}\n\n${pilotIssueMarker("pilot-outreach", "m6", client)}`,
  labels: ["pilot-outreach"],
  assignees: ["octocat"],
});

describe("parseAssignee", () => {
  it.each([
    ["octocat", { kind: "user", login: "octocat" }],
    ["@octocat", { kind: "user", login: "octocat" }],
    ["acme/sales", { kind: "team", slug: "acme/sales" }],
    ["@acme/pilot.reviewers", { kind: "team", slug: "acme/pilot.reviewers" }],
    ["two words", undefined],
    ["acme/sales/x", undefined],
    ["-octocat", undefined],
  ])("reads %j", (text, expected) => {
    expect(parseAssignee(text)).toEqual(expected);
  });
});

describe("planPilotIssues", () => {
  it("opens an issue per client that has none, assigned", () => {
    const { plan, steps } = planPilotIssues("pilot-outreach", "m6", [], [planned("A", "x")]);
    expect(steps).toEqual([{ client: "A", action: "create" }]);
    expect(plan).toMatchObject([{ kind: "create-issue", assignees: ["octocat"] }]);
  });

  it("rewrites the issue carrying the client's marker when its body differs, leaves it when not", () => {
    const a = planned("A", "new");
    const b = planned("B", "same");
    const existing = [
      { number: 3, body: a.body.replace("new", "old") },
      { number: 4, body: `${b.body}\r\n` },
    ];
    const { plan, steps } = planPilotIssues("pilot-outreach", "m6", existing, [a, b]);
    expect(steps).toEqual([
      { client: "A", action: "update", number: 3 },
      { client: "B", action: "unchanged", number: 4 },
    ]);
    expect(plan).toEqual([
      expect.objectContaining({ kind: "update-issue", issue: 3, body: a.body }),
    ]);
  });

  it("does not take another pilot's or another kind's issue for the client's", () => {
    const other = [
      { number: 1, body: pilotIssueMarker("pilot-outreach", "m7", "A") },
      { number: 2, body: pilotIssueMarker("pilot-review", "m6", "A") },
      { number: 5, body: pilotIssueMarker("pilot-outreach", "m6", "AB") },
    ];
    const { steps } = planPilotIssues("pilot-outreach", "m6", other, [planned("A", "x")]);
    expect(steps).toEqual([{ client: "A", action: "create" }]);
  });

  it("keeps an id from closing the marker early", () => {
    expect(pilotIssueMarker("pilot-review", "m6", "x --> @all")).toBe(
      "<!-- pilot-gate:pilot-review pilot=m6 client=x%20--%3E%20%40all -->",
    );
  });
});

describe("renderReviewBody", () => {
  const body = renderReviewBody("m6", CANDIDATE, {
    reviewer: { kind: "team", slug: "acme/reviewers" },
    minScore: 60,
    roster: "pilots/m6/2026-06-01/roster.json",
    label: "pilot-review",
  });

  it("escapes the export's text: no HTML, no mention, no link", () => {
    expect(body).toContain("Delta &lt;b&gt;Saúde&lt;/b&gt; @\u200bceo");
    expect(body).not.toContain("<b>");
    expect(body).toContain("see \\[this\\](javascript:alert(1))");
    expect(body).toContain("@acme/reviewers, please review");
  });

  it("writes the headings of .github/ISSUE_TEMPLATE/pilot-review.yml, in its order", () => {
    const form = parse(readFileSync(".github/ISSUE_TEMPLATE/pilot-review.yml", "utf8")) as {
      body: { type: string; attributes: { label?: string } }[];
    };
    const labels = form.body.filter((e) => e.type !== "markdown").map((e) => e.attributes.label);
    const headings = [...body.matchAll(/^### (.+)$/gm)].map((m) => m[1]);
    expect(headings).toEqual(labels);
  });

  it("names its reviewer in a hidden line the App reads back, and the marker reads back too", () => {
    expect(readReviewer(body)).toEqual({ kind: "team", slug: "acme/reviewers" });
    expect(readPilotIssueMarker("pilot-review", body)).toEqual({ pilot: "m6", client: "DELTA-04" });
    expect(readPilotIssueMarker("pilot-outreach", body)).toBeUndefined();
    expect(body).toContain("`/pilot-gate accept <reason>`");
    expect(body).toContain("`pilot-review:accepted`");
  });

  it("reads no reviewer from a line that names neither a login nor a team", () => {
    expect(readReviewer("<!-- pilot-gate:pilot-review-reviewer user=a/b -->")).toBeUndefined();
    expect(readReviewer("<!-- pilot-gate:pilot-review-reviewer team=bob -->")).toBeUndefined();
    expect(readReviewer("no line")).toBeUndefined();
    expect(
      readPilotIssueMarker("pilot-review", "<!-- pilot-gate:pilot-review pilot=m6 client=%E0 -->"),
    ).toBeUndefined();
  });

  it("ends with the marker that finds it again", () => {
    expect(body.endsWith(pilotIssueMarker("pilot-review", "m6", "DELTA-04"))).toBe(true);
    expect(body).toContain("### Score\n\n54 (minimum 60, below it)");
    expect(body).toContain("### Business contact\n\n_No response_");
  });
});

describe("renderOutreachBody", () => {
  const manifest: PilotManifest = {
    name: "m6",
    window: { start: "2026-06-02T09:00:00Z", hours: 48 },
    clients: [
      {
        id: "ACME-01",
        name: "Acme",
        status: "suggested",
        technical_contact: "Ada <ada@acme.example>",
        business_contact: "Grace <grace@acme.example>",
      },
    ],
  };
  const client = manifest.clients[0] as PilotManifest["clients"][number];

  it("has the contacts, the window and the script as a task list, escaped", () => {
    const body = renderOutreachBody(manifest, client, {
      owner: { kind: "user", login: "octocat" },
      script: ["Log in", "Create a **lead**"],
      windowEnd: "2026-06-04T09:00:00.000Z",
    });
    expect(body).toContain("@octocat, please invite");
    expect(body).toContain("- Technical: Ada &lt;ada@\u200bacme.example&gt;");
    expect(body).toContain("`2026-06-02T09:00:00Z` for 48 h (until `2026-06-04T09:00:00.000Z`)");
    expect(body).toContain("### Script\n\n- [ ] Log in\n- [ ] Create a \\*\\*lead\\*\\*");
    expect(body.endsWith(pilotIssueMarker("pilot-outreach", "m6", "ACME-01"))).toBe(true);
  });
});
