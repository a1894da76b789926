import type { z } from "zod";
import { InputFileError } from "./gates/pilot/manifest.js";
import { MAX_FILE_ISSUES } from "./limits.js";

/**
 * Parses JSON `text` a command was handed (a gate's report, a pilot roster)
 * against `schema`. Text that is not JSON, or data the schema refuses, is
 * an `InputFileError` naming the file and each problem's path (at most
 * `MAX_FILE_ISSUES`, the rest counted), with `next` as the next step.
 */
export function parseJsonInput<T extends z.ZodType>(
  schema: T,
  text: string,
  file: string,
  next: string,
): z.output<T> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new InputFileError(
      file,
      [{ path: "", message: `not JSON: ${(error as Error).message}` }],
      next,
    );
  }
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({
    path: issue.path.map(String).join("."),
    message: issue.message,
  }));
  throw new InputFileError(
    file,
    issues.slice(0, MAX_FILE_ISSUES),
    next,
    Math.max(0, issues.length - MAX_FILE_ISSUES),
  );
}
