import type * as Core from "@actions/core";
import { vi } from "vitest";

/**
 * A typed stand-in for `@actions/core`, for `vi.mock("@actions/core", ...)`:
 * every function the action calls, each recording what it was given.
 */

export interface CoreRecord {
  outputs: Record<string, string>;
  /** Each job summary written, as one string. */
  summaries: string[];
  /** Messages given to `setFailed`. */
  failed: string[];
  secrets: string[];
  logs: { level: "debug" | "info" | "warning" | "error"; message: string }[];
}

export const record: CoreRecord = { outputs: {}, summaries: [], failed: [], secrets: [], logs: [] };

let pending = "";

export function resetCore(): void {
  record.outputs = {};
  record.summaries = [];
  record.failed = [];
  record.secrets = [];
  record.logs = [];
  pending = "";
}

/** Log lines at `level`. */
export function logged(level: CoreRecord["logs"][number]["level"]): string[] {
  return record.logs.filter((line) => line.level === level).map((line) => line.message);
}

const log =
  (level: CoreRecord["logs"][number]["level"]) =>
  (message: string | Error): void => {
    record.logs.push({ level, message: String(message) });
  };

interface FakeSummary {
  addRaw(text: string, addEOL?: boolean): FakeSummary;
  write(): Promise<FakeSummary>;
}

const summary: FakeSummary = {
  addRaw: vi.fn((text: string) => {
    pending += text;
    return summary;
  }),
  write: vi.fn(async () => {
    record.summaries.push(pending);
    pending = "";
    return summary;
  }),
};

export const coreMock = {
  setOutput: vi.fn<typeof Core.setOutput>((name, value) => {
    record.outputs[name] = String(value);
  }),
  setFailed: vi.fn<typeof Core.setFailed>((message) => {
    record.failed.push(String(message));
  }),
  setSecret: vi.fn<typeof Core.setSecret>((secret) => {
    record.secrets.push(secret);
  }),
  debug: vi.fn<typeof Core.debug>(log("debug")),
  info: vi.fn<typeof Core.info>(log("info")),
  warning: vi.fn<typeof Core.warning>(log("warning")),
  error: vi.fn<typeof Core.error>(log("error")),
  summary,
};
