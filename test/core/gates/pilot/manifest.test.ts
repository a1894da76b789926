import { describe, expect, it } from "vitest";
import {
  InputFileError,
  parsePilotManifest,
  windowStart,
} from "../../../../core/gates/pilot/manifest.js";
import {
  pilotRunFolder,
  renderPilotManifestTemplate,
} from "../../../../core/gates/pilot/manifest-template.js";
import { PILOT_MANIFEST_LIMIT } from "../../../../core/limits.js";

const NOW = new Date("2025-06-02T10:30:00Z");

function errorOf(text: string): InputFileError {
  try {
    parsePilotManifest(text, "pilot.yml");
  } catch (error) {
    if (error instanceof InputFileError) return error;
    throw error;
  }
  throw new Error("parsed");
}

describe("pilot manifest", () => {
  it("parses the template pilot start writes: 3 suggested clients, empty contacts, 48 h from today", () => {
    const manifest = parsePilotManifest(renderPilotManifestTemplate("m6-pilot", NOW));
    expect(manifest).toEqual({
      name: "m6-pilot",
      window: { start: "2025-06-02", hours: 48 },
      clients: [1, 2, 3].map((n) => ({
        name: `client-${n}`,
        status: "suggested",
        technical_contact: null,
        business_contact: null,
      })),
    });
    expect(windowStart(manifest)?.toISOString()).toBe("2025-06-02T00:00:00.000Z");
    expect(pilotRunFolder("m6-pilot", NOW)).toBe("pilots/m6-pilot/2025-06-02");
  });

  it("locates a misspelt key at its line and column", () => {
    const error = errorOf(
      "name: p\nwindow:\n  start: 2025-06-02\n  hours: 48\nclients:\n  - name: A\n    status: suggested\n    tecnical_contact: x\n",
    );
    expect(error.message).toMatch(
      /^pilot\.yml:8:5 clients\.0\.tecnical_contact: unknown key "tecnical_contact"/,
    );
  });

  it("locates a wrong status", () => {
    const error = errorOf(
      "name: p\nwindow: {start: 2025-06-02, hours: 48}\nclients:\n  - name: A\n    status: active\n",
    );
    expect(error.issues[0]).toMatchObject({
      path: "clients.0.status",
      position: { line: 5, column: 13 },
    });
  });

  it("reports YAML syntax errors with their position", () => {
    expect(errorOf("name: [\n").message).toMatch(/^pilot\.yml:\d+:\d+ YAML syntax error/);
  });

  it("refuses a window start that is not a date", () => {
    expect(errorOf("name: p\nwindow: {start: soon, hours: 48}\nclients: []\n").message).toMatch(
      /window\.start: expected a date/,
    );
  });
});

describe("pilot manifest: the cost of a hostile file is bounded", () => {
  it("refuses a manifest over 64 KiB before parsing, and says what to do", () => {
    const template = renderPilotManifestTemplate("m6-pilot", NOW);
    const text = `${template}# ${"x".repeat(PILOT_MANIFEST_LIMIT.bytes)}\n`;
    const error = errorOf(text);
    expect(error.issues).toEqual([
      {
        path: "",
        message: expect.stringMatching(
          /^the file is [\d,]+ bytes, over the limit of 65,536 bytes \(64 KiB\); a pilot manifest holds/,
        ),
      },
    ]);
    expect(error.message).toMatch(/^pilot\.yml the file is/);
    expect(parsePilotManifest(template).name).toBe("m6-pilot");
  });
});
