import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultConfig } from "../../../core/config/schema.js";
import { evaluatePullRequest } from "../../../core/evaluate.js";
import { readBlockedFields } from "../../../core/incidents/blocked.js";
import { defaultIncidentsConfig } from "../../../core/incidents/config.js";
import { MAX_BODY_CHARS } from "../../../core/markdown/limits.js";
import { ADVERSARIAL_BODIES, generatedBody, realisticBody } from "../../helpers/markdown-corpus.js";
import { snapshot } from "../../helpers/pull-request.js";

/**
 * Correctness over the corpus `npm run bench` times: every body GitHub
 * accepts gets a verdict. No timing here; the figures are in the bench.
 */
function judgeInFull(body: string): void {
  const verdict = evaluatePullRequest(snapshot({ body, changedFiles: [] }), defaultConfig());
  // Read in full: no finding says the body was cut, refused or unreadable,
  // and no rule crashed on it.
  expect(verdict.findings.filter((f) => f.ruleId === "pr-body")).toEqual([]);
  for (const finding of verdict.findings) expect(finding.message).not.toMatch(/could not finish/);
  // None of these bodies is a filled-in PR template, so the checklist blocks.
  expect(verdict.status).toBe("no_merge");
  expect(verdict.findings.some((f) => f.ruleId === "pr-checklist")).toBe(true);

  const blocked = readBlockedFields(body, defaultIncidentsConfig());
  expect(blocked.unreadable).toBeUndefined();
}

describe("bodies that stall Markdown parsers", () => {
  it.each(Object.entries(ADVERSARIAL_BODIES))("judges %s in full", (_name, body) => {
    expect(body).toHaveLength(MAX_BODY_CHARS);
    judgeInFull(body);
  });

  it("judges generated bodies, reading them in full or refusing them as too deep", () => {
    fc.assert(
      fc.property(generatedBody, (body) => {
        const verdict = evaluatePullRequest(snapshot({ body, changedFiles: [] }), defaultConfig());
        // A generated body may repeat a list marker ("1. 1. 1. ...") past the
        // nesting limit: refusing it is the documented outcome, and it blocks.
        const refused = verdict.findings.filter((f) => f.ruleId === "pr-body");
        for (const finding of refused) {
          expect(finding.message).toMatch(/nests .* more than \d+ levels deep/);
        }
        if (refused.length === 0) judgeInFull(body);
        else expect(verdict.status).toBe("no_merge");
      }),
      { numRuns: 10 },
    );
  });

  it("passes a realistic body of GitHub's maximum size", () => {
    const body = realisticBody();
    expect(body.length).toBeGreaterThan(MAX_BODY_CHARS - 1_000);
    expect(body.length).toBeLessThanOrEqual(MAX_BODY_CHARS);
    // Every evidence file it cites exists; it cites more than are checked, which is only noted.
    const files = Array.from({ length: 2_000 }, (_, i) => `evidence/story/S-PC-01/run-${i}.json`);
    const headPaths = { exists: Object.fromEntries(files.map((file) => [file, true])) };
    const verdict = evaluatePullRequest(
      snapshot({ body, changedFiles: [], headPaths }),
      defaultConfig(),
    );
    expect(verdict.findings).toEqual([
      expect.objectContaining({
        severity: "info",
        message: expect.stringMatching(
          /cites \d+ more repository paths than the 10 that are checked/,
        ),
      }),
    ]);
    expect(verdict.status).toBe("pass");
  });
});
