import { describe, expect, it } from "vitest";
import { PR_TEMPLATE_NAME, pickPrTemplateName } from "../../core/pr-template.js";

describe("pickPrTemplateName", () => {
  it.each([
    [["README.md", "pull_request_template.md"], "pull_request_template.md"],
    [["PULL_REQUEST_TEMPLATE.md"], "PULL_REQUEST_TEMPLATE.md"],
    [["Pull_Request_Template.txt"], "Pull_Request_Template.txt"],
    [["PULL_REQUEST_TEMPLATE"], "PULL_REQUEST_TEMPLATE"],
    [["PULL_REQUEST_TEMPLATE.md", "pull_request_template.md"], PR_TEMPLATE_NAME],
    [["pull_request_template.txt", "PULL_REQUEST_TEMPLATE.md"], "PULL_REQUEST_TEMPLATE.md"],
  ])("finds GitHub's template among %j", (names, picked) => {
    expect(pickPrTemplateName(names)).toBe(picked);
  });

  it.each([
    [[]],
    [["pull_request_template.html", "my_pull_request_template.md"]],
    // A folder of several templates is chosen per PR, so none of them is the default.
    [["PULL_REQUEST_TEMPLATE"].map((name) => `${name}/feature.md`)],
  ])("finds none among %j", (names) => {
    expect(pickPrTemplateName(names)).toBeUndefined();
  });
});
