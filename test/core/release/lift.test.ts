import { describe, expect, it } from "vitest";
import { decideLift, findPostmortem, planLift } from "../../../core/release/lift.js";

const URL = "https://wiki.example.com/pm/1";
const source = (body: string, trusted = true) => ({
  on: "freeze issue #9",
  where: "x",
  body,
  trusted,
});

describe("findPostmortem", () => {
  it.each([
    [`Postmortem: ${URL}`, URL],
    [`- **Postmortem**: <${URL}>`.replace(/\*\*/g, ""), URL],
    [`notes\npostmortem:   ${URL}  \nmore`, URL],
    [`> Postmortem: ${URL}`, URL],
  ])("reads %j", (body, url) => {
    expect(findPostmortem([source(body)])?.url).toBe(url);
  });

  it.each([
    "Postmortem: http://wiki.example.com/pm/1",
    "Postmortem: javascript:alert(1)",
    "Postmortem: TBD",
    `The postmortem: ${URL} is coming`,
    `Postmortem: ${URL} (draft)`,
  ])("takes no link from %j", (body) => {
    expect(findPostmortem([source(body)])).toBeUndefined();
  });

  it("ignores a source that is not trusted", () => {
    expect(findPostmortem([source(`Postmortem: ${URL}`, false)])).toBeUndefined();
  });
});

describe("decideLift and planLift", () => {
  const target = { tag: "v1.2.0", sha: "a".repeat(40) };
  const smoke = {
    file: "s.json",
    status: "pass" as const,
    executed: 2,
    sha: "A".repeat(40),
    digest: "d".repeat(64),
  };

  it("lifts on a green report of the target (any case) and a trusted link", () => {
    const decision = decideLift({
      from: "v1.3.0",
      target,
      smoke,
      sources: [source(`Postmortem: ${URL}`)],
    });
    expect(decision).toEqual({ lift: true, postmortem: { url: URL, where: "x" } });
  });

  it("refuses a pass that ran nothing", () => {
    const decision = decideLift({
      from: "v1.3.0",
      target,
      smoke: { ...smoke, executed: 0 },
      sources: [source(`Postmortem: ${URL}`)],
    });
    expect(decision).toMatchObject({
      lift: false,
      unmet: [expect.stringContaining("0 scenario(s) run")],
    });
  });

  it("plans the receipt before the close, escaping the actor and keeping the body", () => {
    const writes = planLift({
      issue: 9,
      body: "freeze body",
      from: "v1.3.0",
      target,
      smoke,
      postmortem: { url: URL, where: "a comment by @someone" },
      actor: "octo`cat",
      now: new Date("2026-12-05T00:00:00Z"),
    });
    expect(writes.map((w) => w.kind)).toEqual(["create-comment", "update-issue"]);
    const [comment, close] = writes;
    expect(comment).toMatchObject({ failure: "fails-event" });
    expect(comment?.kind === "create-comment" && comment.body).toContain("``octo`cat``");
    expect(comment?.kind === "create-comment" && comment.body).not.toContain("@someone");
    expect(close).toMatchObject({ issue: 9, body: "freeze body", close: true });
  });
});
