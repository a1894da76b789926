import { describe, expect, it } from "vitest";
import { SUPPORTED_EVENTS } from "../../../actions/pull-request/events.js";
import { WAVE_LEAVE_ACTIONS } from "../../../app/handlers/pull-request.js";
import { HANDLED_EVENTS } from "../../../app/index.js";

describe("the events the action judges", () => {
  it("are the App's, activity type for activity type", () => {
    const app = (name: string) =>
      HANDLED_EVENTS.filter((event) => event.startsWith(`${name}.`))
        .map((event) => event.slice(name.length + 1))
        .sort();
    // A PR leaving its wave re-judges the wave's other PRs: the App's alone,
    // since the action judges only the PR of the event.
    const appOnly = new Set<string>(WAVE_LEAVE_ACTIONS);
    expect([...SUPPORTED_EVENTS.pull_request].sort()).toEqual(
      app("pull_request").filter((action) => !appOnly.has(action)),
    );
    // The same payload; only the token a fork's PR gets differs.
    expect(SUPPORTED_EVENTS.pull_request_target).toEqual(SUPPORTED_EVENTS.pull_request);
    expect([...SUPPORTED_EVENTS.pull_request_review].sort()).toEqual(app("pull_request_review"));
    expect([...SUPPORTED_EVENTS.merge_group].sort()).toEqual(app("merge_group"));
  });
});
