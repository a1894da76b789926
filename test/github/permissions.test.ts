import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { GitHubClient, WorkflowOnlyError } from "../../github/client.js";
import {
  type GitHubRoute,
  isWorkflowOnly,
  REQUEST_PERMISSIONS,
  type RequestPermission,
  requiredPermissions,
} from "../../github/permissions.js";
import { testTokenOctokit } from "../app/helpers/deps.js";
import { OWNER, REPO, recorded, useGitHubMock } from "../app/helpers/github.js";
import { ROOT, sourceFiles } from "../helpers/source-files.js";

useGitHubMock();

/** Each `GitHubClient` method, by name, with the ledger routes it names. */
function clientMethodRoutes(): Map<string, GitHubRoute[]> {
  const file = join(ROOT, "github/client.ts");
  const source = ts.createSourceFile(
    file,
    readFileSync(file, "utf8"),
    ts.ScriptTarget.Latest,
    true,
  );
  const methods = new Map<string, GitHubRoute[]>();
  const routesIn = (node: ts.Node, found: GitHubRoute[]): GitHubRoute[] => {
    if (ts.isSatisfiesExpression(node) && ts.isStringLiteral(node.expression)) {
      found.push(node.expression.text as GitHubRoute);
    }
    ts.forEachChild(node, (child) => {
      routesIn(child, found);
    });
    return found;
  };
  ts.forEachChild(source, (node) => {
    if (!ts.isClassDeclaration(node) || node.name?.text !== "GitHubClient") return;
    for (const member of node.members) {
      if (ts.isMethodDeclaration(member) && member.name && ts.isIdentifier(member.name)) {
        methods.set(member.name.text, routesIn(member, []));
      }
    }
  });
  return methods;
}

const WORKFLOW_METHODS = [
  "createBlob",
  "createCommit",
  "createPull",
  "createRef",
  "createRelease",
  "createTag",
  "createTree",
  "getCommitTree",
  "getRef",
  "listSecretNames",
  "updateRef",
];

describe("workflow-only requests (releases, evidence commits)", () => {
  const workflowRoutes = (Object.keys(REQUEST_PERMISSIONS) as GitHubRoute[]).filter(isWorkflowOnly);

  it("are left out of what app.yml must grant, so the App never gets contents: write", () => {
    const manifest = parse(readFileSync(join(ROOT, "app.yml"), "utf8")) as {
      default_permissions: Record<string, string>;
    };
    expect(workflowRoutes.length).toBeGreaterThan(0);
    expect(
      workflowRoutes.some(
        (route) => (REQUEST_PERMISSIONS[route] as RequestPermission).uses?.contents === "write",
      ),
    ).toBe(true);
    expect(requiredPermissions().contents).toBe("read");
    expect(manifest.default_permissions.contents).toBe("read");
  });

  it("are made by exactly the client methods the workflow steps use", () => {
    const methods = clientMethodRoutes();
    const calling = [...methods]
      .filter(([, routes]) => routes.some(isWorkflowOnly))
      .map(([name]) => name)
      .sort();
    expect(calling).toEqual(WORKFLOW_METHODS);
    // A method that mixed an App route with a workflow-only one would be
    // refused to the App as a whole, taking the App route with it.
    for (const name of WORKFLOW_METHODS) {
      expect(methods.get(name)?.every(isWorkflowOnly), name).toBe(true);
    }
    const named = [...methods.values()].flat();
    expect(workflowRoutes.filter((route) => !named.includes(route))).toEqual([]);
  });

  it("are never asked for by the App's code", () => {
    const reaches = new RegExp(
      `\\.(${WORKFLOW_METHODS.join("|")})\\(|\\bforWorkflow\\b|\\b(publishRelease|commitFiles|readScopeManifests)\\(`,
    );
    const offenders = sourceFiles(join(ROOT, "app"))
      .filter((file) => reaches.test(readFileSync(file, "utf8")))
      .map((file) => relative(ROOT, file));
    expect(offenders).toEqual([]);
  });

  it.each(WORKFLOW_METHODS)(
    "are refused by the App's client, before any request: %s",
    async (name) => {
      const app = new GitHubClient(testTokenOctokit(), { owner: OWNER, repo: REPO });
      const method = (app as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>)[
        name
      ] as (...args: unknown[]) => Promise<unknown>;

      const error = await method
        .call(app, "a".repeat(40), "a".repeat(40), "message", [])
        .catch((e: unknown) => e);

      expect(error).toBeInstanceOf(WorkflowOnlyError);
      expect((error as Error).message).toMatch(/only with a workflow's token.*nothing was sent/);
      expect(recorded).toEqual([]);
    },
  );
});
