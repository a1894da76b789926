import { describe, expect, it } from "vitest";
import { findOperation, validateRequest } from "./helpers/contract.js";

/**
 * The contract check every App test runs after each test (helpers/github.ts)
 * is only as good as its ability to say no: these requests are each wrong in
 * one way GitHub would reject.
 */
describe("the OpenAPI contract check", () => {
  const checkRun = {
    name: "required-check",
    head_sha: "a".repeat(40),
    status: "completed",
    conclusion: "success",
    completed_at: "2024-05-01T12:00:00Z",
    output: { title: "Ready", summary: "All good" },
  };

  it("accepts a request GitHub documents", () => {
    expect(
      validateRequest({
        method: "POST",
        path: "/repos/o/r/check-runs",
        body: JSON.stringify(checkRun),
      }),
    ).toEqual([]);
    expect(
      validateRequest({
        method: "GET",
        path: "/repos/o/r/commits/abc/check-runs?check_name=x&filter=all&app_id=1&per_page=100",
        body: "",
      }),
    ).toEqual([]);
  });

  it("rejects a path GitHub does not document", () => {
    expect(validateRequest({ method: "GET", path: "/repos/o/r/verdicts", body: "" })).toEqual([
      "GET /repos/o/r/verdicts is not an operation in GitHub's OpenAPI description",
    ]);
    expect(
      validateRequest({ method: "PUT", path: "/repos/o/r/check-runs", body: "" }),
    ).toHaveLength(1);
  });

  it("rejects an undeclared or mistyped parameter", () => {
    expect(
      validateRequest({
        method: "GET",
        path: "/repos/o/r/pulls/2/files?per_page=100&since=x",
        body: "",
      }),
    ).toEqual([expect.stringMatching(/query parameter "since" is not declared/)]);
    expect(
      validateRequest({ method: "GET", path: "/repos/o/r/pulls/two/files", body: "" }),
    ).toEqual([expect.stringMatching(/path parameter "pull_number"="two" must be integer/)]);
    expect(
      validateRequest({
        method: "GET",
        path: "/repos/o/r/commits/abc/check-runs?filter=newest",
        body: "",
      }),
    ).toEqual([
      expect.stringMatching(/"filter"="newest" must be equal to one of the allowed values/),
    ]);
  });

  it("rejects a body against the operation's schema", () => {
    const problems = (body: unknown) =>
      validateRequest({
        method: "POST",
        path: "/repos/o/r/check-runs",
        body: JSON.stringify(body),
      });
    expect(problems({ ...checkRun, conclusion: "passed" })).toEqual([
      expect.stringMatching(/body\/conclusion must be equal to one of the allowed values/),
    ]);
    expect(problems({ ...checkRun, output: { title: "t" } })).toEqual([
      expect.stringMatching(/body\/output must have required property 'summary'/),
    ]);
    const annotation = {
      path: "a",
      start_line: 1,
      end_line: 1,
      annotation_level: "failure",
      message: "m",
    };
    expect(
      problems({
        ...checkRun,
        output: { ...checkRun.output, annotations: Array(51).fill(annotation) },
      }),
    ).toEqual([expect.stringMatching(/must NOT have more than 50 items/)]);
    expect(
      problems({
        ...checkRun,
        actions: [{ label: "Re-run this check now!", identifier: "rerun", description: "d" }],
      }),
    ).toEqual([expect.stringMatching(/label must NOT have more than 20 characters/)]);
  });

  it("accepts null where the description says nullable", () => {
    expect(
      validateRequest({
        method: "PATCH",
        path: "/repos/o/r/issues/2",
        body: JSON.stringify({ milestone: null, body: null }),
      }),
    ).toEqual([]);
  });

  it("prefers the most literal template", () => {
    expect(findOperation("GET", "/repos/o/r/pulls/2/files")?.template).toBe(
      "/repos/{owner}/{repo}/pulls/{pull_number}/files",
    );
  });
});
