import { describe, expect, it } from "vitest";
import { getInputs, INPUTS, inputEnvName } from "../../../actions/pull-request/inputs.js";

const RUNNER = {
  GITHUB_EVENT_NAME: "pull_request",
  GITHUB_EVENT_PATH: "/home/runner/work/_temp/_github_workflow/event.json",
  GITHUB_REPOSITORY: "octo-org/octo-repo",
};

describe("getInputs", () => {
  it("reads the inputs from INPUT_* and the runner's variables, with the defaults action.yml documents", () => {
    expect(getInputs({ ...RUNNER, INPUT_TOKEN: " ghs_x " })).toEqual({
      token: "ghs_x",
      dryRun: false,
      appSlug: "github-actions",
      eventName: "pull_request",
      eventPath: RUNNER.GITHUB_EVENT_PATH,
      owner: "octo-org",
      repo: "octo-repo",
      apiUrl: "https://api.github.com",
    });
  });

  it("takes an App's slug and a GitHub Enterprise Server API", () => {
    const inputs = getInputs({
      ...RUNNER,
      INPUT_TOKEN: "ghs_x",
      INPUT_APP_SLUG: "pilot-gate",
      GITHUB_API_URL: "https://ghe.example.com/api/v3",
    });
    expect(inputs).toMatchObject({
      appSlug: "pilot-gate",
      apiUrl: "https://ghe.example.com/api/v3",
    });
  });

  it.each([
    ["true", true],
    ["True", true],
    ["FALSE", false],
    ["", false],
  ])("reads dry-run %j as %s", (value, expected) => {
    expect(getInputs({ ...RUNNER, INPUT_TOKEN: "t", INPUT_DRY_RUN: value }).dryRun).toBe(expected);
  });

  it("refuses what it cannot read, saying what to set", () => {
    expect(() => getInputs({ ...RUNNER, INPUT_TOKEN: "t", INPUT_DRY_RUN: "yes" })).toThrow(
      'The dry-run input is "yes", not a boolean: set it to true or false.',
    );
    expect(() => getInputs({ ...RUNNER, INPUT_TOKEN: "  " })).toThrow(/^The token input is empty/);
    expect(() =>
      getInputs({ ...RUNNER, INPUT_TOKEN: "t", GITHUB_REPOSITORY: "octo-repo" }),
    ).toThrow('GITHUB_REPOSITORY="octo-repo" is not a repository: expected format {owner}/{repo}.');
    expect(() => getInputs({ INPUT_TOKEN: "t", GITHUB_REPOSITORY: "o/r" })).toThrow(
      /^GITHUB_EVENT_NAME is not set: pilot-gate runs as a step of a GitHub Actions workflow/,
    );
  });

  it("names each input's variable so bash can carry it", () => {
    expect(INPUTS.map(inputEnvName)).toEqual(["INPUT_TOKEN", "INPUT_DRY_RUN", "INPUT_APP_SLUG"]);
  });
});
