import { readdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { Probot } from "probot";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { createApp, HANDLED_EVENTS } from "../../app/index.js";
import { readAppOptions } from "../../engine/options.js";
import {
  EVENT_PERMISSIONS,
  REQUEST_PERMISSIONS,
  requiredPermissions,
} from "../../github/permissions.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const manifest = parse(readFileSync(join(ROOT, "app.yml"), "utf8")) as {
  name: string;
  public: boolean;
  hook_attributes?: unknown;
  default_events: string[];
  default_permissions: Record<string, string>;
};

const require = createRequire(import.meta.url);
const spec = require("@octokit/openapi/generated/api.github.com.json") as {
  paths: Record<string, Record<string, unknown>>;
  components: { schemas: Record<string, { properties: Record<string, { enum?: string[] }> }> };
};

/** The events the App registers, read by loading it into a stand-in Probot. */
function registeredEvents(): string[] {
  const names: string[] = [];
  const fake = {
    on(events: string | string[]) {
      names.push(...(Array.isArray(events) ? events : [events]));
    },
  } as unknown as Probot;
  void createApp({ ...readAppOptions({}), reconcileIntervalSeconds: 0 })(fake, {
    cwd: ROOT,
    addHandler: () => {},
  });
  return names;
}

function eventNames(events: readonly string[]): string[] {
  return [...new Set(events.map((event) => event.split(".")[0] as string))].sort();
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith(".ts") ? [path] : [];
  });
}

describe("app.yml", () => {
  it("is a private App manifest", () => {
    expect(manifest.name).toBe("pilot-gate");
    expect(manifest.public).toBe(false);
  });

  it("leaves the webhook URL to Probot's setup flow (the proxy channel or the server's URL)", () => {
    // Probot spreads app.yml over the manifest it generates: a URL here
    // would send every registered App's webhooks to it.
    expect(manifest.hook_attributes).toBeUndefined();
  });

  it("subscribes to exactly the events the App handles", () => {
    expect([...registeredEvents()].sort()).toEqual([...HANDLED_EVENTS].sort());
    expect([...manifest.default_events].sort()).toEqual(eventNames(HANDLED_EVENTS));
    expect(Object.keys(EVENT_PERMISSIONS).sort()).toEqual(eventNames(HANDLED_EVENTS));
  });

  it("grants exactly the permissions the App's requests and events need", () => {
    expect(manifest.default_permissions).toEqual(requiredPermissions());
  });

  it("names only permissions and access levels GitHub knows", () => {
    const known = spec.components.schemas["app-permissions"]?.properties ?? {};
    for (const [name, access] of Object.entries(manifest.default_permissions)) {
      expect(known[name], `permission ${name}`).toBeDefined();
      expect(known[name]?.enum, `access for ${name}`).toContain(access);
    }
  });
});

describe("the permission ledger (github/permissions.ts)", () => {
  it("lists only operations GitHub documents", () => {
    for (const route of Object.keys(REQUEST_PERMISSIONS)) {
      const [method = "", path = ""] = route.split(" ");
      expect(spec.paths[path]?.[method.toLowerCase()], route).toBeDefined();
    }
  });

  it("lists exactly the routes the seam calls", () => {
    const client = ["github/client.ts", "github/protection.ts"]
      .map((file) => readFileSync(join(ROOT, file), "utf8"))
      .join("\n");
    const called = [
      ...client.matchAll(/"((?:GET|POST|PATCH|PUT|DELETE) \/[^"]*)" satisfies GitHubRoute/g),
    ].map((match) => match[1]);
    expect([...new Set(called)].sort()).toEqual(Object.keys(REQUEST_PERMISSIONS).sort());
  });

  it("keeps every Octokit call inside github/", () => {
    const offenders = ["core", "engine", "app", "actions", "cli"]
      .flatMap((layer) => sourceFiles(join(ROOT, layer)))
      .filter((file) =>
        /octokit\.(request|paginate|rest|graphql|auth|hook)\b/.test(readFileSync(file, "utf8")),
      )
      .map((file) => relative(ROOT, file));
    expect(offenders).toEqual([]);
  });
});
